"""Opening a bundle to check it: a folder, a ZIP or a 7z, read as hostile input.

The bundle is someone else's data. Links, devices and other things that are not
plain files are reported (`strange`) and never opened (a link to `/dev/zero` would
be hashed for ever); `read` stops one byte past a bound; an archive may hold at
most `MAX_ENTRIES` entries. A 7z (what a password export makes) is read once, as
it is opened (`sevenzip.read_entries`): it may unpack to at most 16 times its size
(its files are stored as they are), and names in it that are not plain paths inside
the bundle (`../x`, `/etc/x`), links and names found twice are reported, never
read. A password ZIP, what exports with a password made before, is read as before.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import stat
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import IO

import pyzipper

from evidence_app.domain.errors import EvidenceError
from evidence_app.export import manifest as mf
from evidence_app.export import sevenzip
from evidence_app.export.sevenzip import SevenZipUnreadable

_READ = 1024 * 1024
# A dossier of thousands of items has a manifest of a few megabytes: more is not ours.
MAX_MANIFEST = 64 * 1024 * 1024
MAX_SUMS = 16 * 1024 * 1024
MAX_VERIFY_TEXT = 1024 * 1024  # VERIFY.txt is a few KiB
# A dossier of 2,000 items holds some 8,000 files.
MAX_ENTRIES = 100_000


class BundleUnreadable(EvidenceError):
    """The bundle cannot be opened at all (exit code 2)."""

    exit_code = 2


class _Opened:
    """A bundle whose files are opened one by one: a folder or a ZIP."""

    def open(self, name: str) -> contextlib.AbstractContextManager[IO[bytes]]:
        raise NotImplementedError

    def hash(self, name: str) -> tuple[str, int]:
        digest, size = hashlib.sha256(), 0
        with self.open(name) as handle:
            while data := handle.read(_READ):
                digest.update(data)
                size += len(data)
        return digest.hexdigest(), size

    def read(self, name: str, limit: int) -> bytes | None:
        """The whole file, or None when it is larger than `limit` (not a file of ours)."""
        with self.open(name) as handle:
            data = handle.read(limit + 1)
        return data if len(data) <= limit else None

    def close(self) -> None:
        return None


class _Folder(_Opened):
    def __init__(self, root: Path) -> None:
        self._root = root
        self.strange: list[str] = []  # links, devices, pipes: reported, never opened

    def names(self) -> set[str]:
        found: set[str] = set()
        for folder, dirs, files in os.walk(self._root, followlinks=False):
            here = Path(folder)
            for name in [*files, *(d for d in dirs if (here / d).is_symlink())]:
                path = here / name
                relative = path.relative_to(self._root).as_posix()
                if stat.S_ISREG(path.lstat().st_mode):
                    found.add(relative)
                else:
                    self.strange.append(relative)
        return found

    @contextlib.contextmanager
    def open(self, name: str) -> Iterator[IO[bytes]]:
        # Never through a link (it could lead anywhere): a plain file of the bundle only.
        fd = os.open(self._root / name, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
        with os.fdopen(fd, "rb") as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                raise BundleUnreadable(f"{name} is not a plain file")
            yield handle


class _Zip(_Opened):
    def __init__(self, path: Path, password: str | None) -> None:
        try:
            self._zip = pyzipper.AESZipFile(path)
        except (pyzipper.BadZipFile, OSError) as exc:
            raise BundleUnreadable(f"{path.name} is not a readable ZIP file") from exc
        if password:
            self._zip.setpassword(password.encode("utf-8"))
        self.strange: list[str] = []  # a ZIP holds only files (it is never unpacked here)

    def names(self) -> set[str]:
        entries = self._zip.infolist()
        if len(entries) > MAX_ENTRIES:
            raise BundleUnreadable(
                f"the ZIP holds {len(entries)} entries, far more than any Bewijskluis "
                "bundle: not read"
            )
        found: set[str] = set()
        for info in entries:
            if info.is_dir():
                continue
            if info.filename in found:  # two entries of one name: which is checked is unclear
                self.strange.append(info.filename)
            found.add(info.filename)
        return found

    @contextlib.contextmanager
    def open(self, name: str) -> Iterator[IO[bytes]]:
        try:
            with self._zip.open(name) as handle:
                yield handle
        except RuntimeError as exc:  # zipfile's way to say "password required" or "bad password"
            raise BundleUnreadable(
                "the ZIP is encrypted: give the right password (--password)"
            ) from exc

    def close(self) -> None:
        self._zip.close()


class _SevenZip:
    """A 7z, read once as it is opened: every file hashed, the two lists kept."""

    def __init__(self, path: Path, password: str | None) -> None:
        keep = {mf.SUMS: MAX_SUMS, mf.NAME: MAX_MANIFEST, mf.VERIFY: MAX_VERIFY_TEXT}
        try:
            self._contents = sevenzip.read_entries(path, password, keep, MAX_ENTRIES)
        except SevenZipUnreadable as exc:
            raise BundleUnreadable(_unreadable_7z(path.name, exc)) from exc
        self.strange = self._contents.strange

    def names(self) -> set[str]:
        return set(self._contents.files)

    def hash(self, name: str) -> tuple[str, int]:
        return self._contents.files[name]

    def read(self, name: str, limit: int) -> bytes | None:
        return self._contents.kept.get(name)

    def close(self) -> None:
        return None


def _unreadable_7z(name: str, exc: SevenZipUnreadable) -> str:
    if exc.reason == SevenZipUnreadable.PASSWORD_NEEDED:
        return f"{name} is protected with a password: give it with --password"
    if exc.reason == SevenZipUnreadable.WRONG_PASSWORD:
        return f"this password does not open {name} (or the file is damaged)"
    if exc.reason == SevenZipUnreadable.TOO_MANY:
        return f"{name} holds {exc.detail} entries, far more than any Bewijskluis bundle: not read"
    if exc.reason == SevenZipUnreadable.TOO_LARGE:
        return f"{name} unpacks to far more than any Bewijskluis bundle holds: not read"
    return f"{name} is damaged or not ours ({exc.detail or exc.reason})"


Source = _Folder | _Zip | _SevenZip


@contextlib.contextmanager
def open_bundle(path: Path, password: str | None) -> Iterator[Source]:
    """The bundle at `path`; whatever cannot be read in it raises BundleUnreadable."""
    try:
        if path.is_dir():
            yield _Folder(path)
            return
        if not path.is_file():
            raise BundleUnreadable(f"{path.name}: no such file or folder")
        if sevenzip.is_7z(path):
            yield _SevenZip(path, password)
            return
        source = _Zip(path, password)
        try:
            yield source
        except (pyzipper.BadZipFile, zlib.error, EOFError, NotImplementedError) as exc:
            # NotImplementedError: a compression method zipfile does not know
            raise BundleUnreadable(f"{path.name} is damaged or not ours: {exc}") from exc
        finally:
            source.close()
    except OSError as exc:  # a file of the bundle that cannot be read (permissions, a bad disk)
        name = Path(exc.filename).name if exc.filename else path.name
        raise BundleUnreadable(f"{name} cannot be read ({exc.strerror or 'error'})") from exc
