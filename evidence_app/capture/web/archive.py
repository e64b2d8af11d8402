"""The page archive (MHTML): the page's HTML with its images and styles, in one file.

QtWebEngine writes MHTML only to a file (`QWebEnginePage.save`), and opens it
again only from a file (Chromium loads MHTML from `file:` URLs alone). So
both go through a private temporary folder (mode 0700, in `TMPDIR`) that is
deleted as soon as the bytes are read or the page has loaded: the archive
itself is kept only in the vault.

Upstream, saving a page also makes the standard Downloads folder
(`QStandardPaths::DownloadLocation`, `~/Downloads`) when it does not exist:
QtWebEngine's `DownloadManagerDelegateQt::GetSaveDir` names it and Chromium's
`SavePackage` creates it. Nothing is written into it, and `save_mhtml` removes
it again when it was not there before (an empty folder only: `rmdir`).
"""

from __future__ import annotations

import os
import re
import shutil
import stat
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

import shiboken6
from PySide6.QtCore import QStandardPaths, QUrl
from PySide6.QtWebEngineCore import (
    QWebEngineDownloadRequest,
    QWebEnginePage,
    QWebEngineProfile,
)

from evidence_app.capture.web.load import CaptureFailed, plain_text, wait_until

SAVE_TIMEOUT_MS = 60_000
MHTML_MIME = "multipart/related"


_PREFIX = "bk-"
_OUR_NAME = re.compile(re.escape(_PREFIX) + r"[a-z0-9_]{8}")
_ARCHIVE = "page.mhtml"
# A capture takes seconds; a folder this old belongs to no capture still running.
STALE_AFTER_SECONDS = 15 * 60


def remove_stale_folders(now: float | None = None) -> int:
    """Delete what a killed or crashed capture left in the temp folder; how many went.

    Only what is surely ours: a folder named exactly as `private_folder` names them
    (the prefix and mkdtemp's 8 random characters), owned by this user, untouched
    for a while, holding nothing but page archives.
    """
    now = time.time() if now is None else now
    removed = 0
    for folder in Path(tempfile.gettempdir()).glob(_PREFIX + "*"):
        if not _OUR_NAME.fullmatch(folder.name):
            continue
        try:
            info = folder.lstat()
            contents = list(folder.iterdir()) if stat.S_ISDIR(info.st_mode) else None
        except OSError:
            continue
        mine = not hasattr(os, "getuid") or info.st_uid == os.getuid()
        archives_only = contents is not None and all(
            entry.name.startswith(_ARCHIVE) and entry.is_file() and not entry.is_symlink()
            for entry in contents
        )
        if mine and archives_only and now - info.st_mtime > STALE_AFTER_SECONDS:
            shutil.rmtree(folder, ignore_errors=True)
            removed += not folder.exists()
    return removed


@contextmanager
def private_folder() -> Iterator[Path]:
    """A folder only we can read, removed with everything in it on leaving."""
    folder = Path(tempfile.mkdtemp(prefix=_PREFIX))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@contextmanager
def _removing_if_new(folder: Path, existed: bool) -> Iterator[None]:
    """Take away `folder` afterwards if it was made meanwhile and is still empty."""
    try:
        yield
    finally:
        if not existed:
            with suppress(OSError):  # not empty, or already gone: leave it
                folder.rmdir()


def save_mhtml(page: QWebEnginePage) -> bytes:
    """The page as it is now, as MHTML bytes."""
    profile = page.profile()
    requests: list[QWebEngineDownloadRequest] = []

    def started(request: QWebEngineDownloadRequest) -> None:
        if request.isSavePageDownload():
            requests.append(request)

    downloads = Path(
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DownloadLocation)
    )
    downloads_existed = downloads.exists()
    with private_folder() as folder, _removing_if_new(downloads, downloads_existed):
        target = folder / _ARCHIVE
        profile.downloadRequested.connect(started)
        try:
            page.save(str(target), QWebEngineDownloadRequest.SavePageFormat.MimeHtmlSaveFormat)
            done = wait_until(
                lambda: bool(requests) and requests[0].isFinished(), SAVE_TIMEOUT_MS, step_ms=10
            )
        finally:
            profile.downloadRequested.disconnect(started)
        if (
            not done
            or requests[0].state() != QWebEngineDownloadRequest.DownloadState.DownloadCompleted
        ):
            raise CaptureFailed(CaptureFailed.TIMEOUT, "the page archive could not be made")
        return target.read_bytes()


def archive_text(profile: QWebEngineProfile, mhtml: bytes, timeout_ms: int = 30_000) -> str:
    """Open an MHTML archive in QtWebEngine again and return its visible text."""
    page = QWebEnginePage(profile)
    try:
        with private_folder() as folder:
            path = folder / _ARCHIVE
            path.write_bytes(mhtml)
            finished: list[bool] = []
            page.loadFinished.connect(finished.append)
            page.load(QUrl.fromLocalFile(str(path)))
            if not wait_until(lambda: bool(finished), timeout_ms, step_ms=10):
                raise CaptureFailed(CaptureFailed.TIMEOUT, "the page archive did not open")
        return plain_text(page)
    finally:
        shiboken6.delete(page)  # now: a page left for later would outlive its profile
