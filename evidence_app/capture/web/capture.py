"""One web capture: what is taken from the page (GUI thread) and how it is stored (any thread).

`capture_page` takes, in this order, the viewport as the person sees it, the
page archive (MHTML, the page's state now), and the full-page image. A page
that could not be reached is not captured: there is nothing of the site to
keep, and an image of Chromium's error page would be no evidence.
A 404 or other error answer of the site is captured as it is, with its status.

`store_capture` makes the PNGs and the stamped copy and writes one item (kind
`web`, the full-page PNG as its original bytes, hashed by the vault) and its
attachments: the viewport, the archive, and the stamped copy (derived).

`HeadlessBrowser` does the same without a window, for the command line,
re-checks and tests.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWebEngineCore import QWebEnginePage, QWebEngineProfile
from PySide6.QtWebEngineWidgets import QWebEngineView

from evidence_app.capture.web.archive import MHTML_MIME, save_mhtml
from evidence_app.capture.web.engine import EvidencePage, private_profile
from evidence_app.capture.web.load import CaptureFailed, LoadRecorder, LoadResult, load
from evidence_app.capture.web.shot import FullPage, full_page, viewport
from evidence_app.capture.web.stamp import load_font, png_bytes, stamp_text, stamped
from evidence_app.domain import clock
from evidence_app.domain.model import Attachment, AttachmentRole, Item, ItemKind, NewAttachment
from evidence_app.domain.web import validate_url
from evidence_app.vault.service import VaultService

CAPTURE_METHOD = "web page (QtWebEngine)"
VIEW_WIDTH, VIEW_HEIGHT = 1280, 900


@dataclass(frozen=True)
class PageCapture:
    """Everything taken from one page, not stored yet."""

    load: LoadResult
    user_agent: str
    viewport: QImage
    full: FullPage
    archive: bytes
    taken_at: datetime


@dataclass(frozen=True)
class StoredCapture:
    """The stored item, its attachments and the text of the stamped copy's band."""

    item: Item
    attachments: tuple[Attachment, ...]
    stamp: str

    @property
    def truncated(self) -> bool:
        return "The full-page image stops" in self.item.notes


def capture_page(view: QWebEngineView, page: QWebEnginePage, loaded: LoadResult) -> PageCapture:
    """Take the page shown in `view` (GUI thread); raises CaptureFailed when it was unreachable."""
    if loaded.unreachable:
        raise CaptureFailed(CaptureFailed.UNREACHABLE, loaded.error)
    load_font()  # fonts are registered on the GUI thread; the stamp is drawn in the worker
    taken_at = datetime.now(UTC)
    shown = viewport(view, page)
    archive = save_mhtml(page)
    whole = full_page(view, page)
    return PageCapture(loaded, page.profile().httpUserAgent(), shown, whole, archive, taken_at)


def _notes(full: FullPage) -> str:
    if not full.truncated:
        return ""
    return (
        f"The full-page image stops at {full.image.height()} px; "
        f"the page is {full.page_height} px tall."
    )


def store_capture(
    service: VaultService,
    case_id: int,
    capture: PageCapture,
    *,
    capture_method: str = CAPTURE_METHOD,
    picture_ok: bool = False,
) -> StoredCapture:
    """Write the capture to the vault (safe in the worker thread)."""
    loaded = capture.load
    original = png_bytes(capture.full.image)
    # The stamp is drawn before storing, from the moment of the grab and the hash of
    # exactly the bytes that will be stored, so item and attachments go in together.
    instant = clock.at(capture.taken_at)
    text = stamp_text(
        url=validate_url(loaded.requested_url),
        final_url=validate_url(loaded.final_url) if loaded.final_url else "",
        captured_at=instant.utc,
        time_zone=instant.time_zone,
        utc_offset_minutes=instant.utc_offset_minutes,
        http_status=loaded.http_status,
        sha256=hashlib.sha256(original).hexdigest(),
    )
    item = service.add_bytes(
        original,
        case_id=case_id,
        original_name=f"web-page-{capture.taken_at:%Y%m%dT%H%M%SZ}.png",
        kind=ItemKind.WEB,
        capture_method=capture_method,
        picture_ok=picture_ok,
        url=loaded.requested_url,
        notes=_notes(capture.full),
        fields={
            "final_url": loaded.final_url,
            "page_title": loaded.title,
            "http_status": loaded.http_status,
            "user_agent": capture.user_agent,
        },
        captured_at=capture.taken_at,
        attachments=[
            NewAttachment(
                png_bytes(capture.viewport), AttachmentRole.VIEWPORT, "viewport.png", "image/png"
            ),
            NewAttachment(capture.archive, AttachmentRole.ARCHIVE, "page.mhtml", MHTML_MIME),
            NewAttachment(
                png_bytes(stamped(capture.full.image, text)),
                AttachmentRole.STAMPED,
                "stamped-copy.png",
                "image/png",
                derived=True,
            ),
        ],
    )
    attachments = tuple(service.attachments(item.id))
    return StoredCapture(item, attachments, text)


class HeadlessBrowser:
    """A private profile, a page and a hidden view: capture without a window.

    Close it (or use it as a context manager) so the page goes before its profile.
    """

    def __init__(self, width: int = VIEW_WIDTH, height: int = VIEW_HEIGHT) -> None:
        self.profile: QWebEngineProfile = private_profile()
        self.page: QWebEnginePage = EvidencePage(self.profile)
        self.recorder = LoadRecorder(self.page)
        self.view = QWebEngineView()
        self.view.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
        self.view.resize(width, height)
        self.view.setPage(self.page)
        self.view.show()

    def __enter__(self) -> HeadlessBrowser:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def load(self, url: str) -> LoadResult:
        return load(self.page, self.recorder, url)

    def capture(self, url: str) -> PageCapture:
        """Load `url` and capture it."""
        return capture_page(self.view, self.page, self.load(url))

    def close(self) -> None:
        for obj in (self.view, self.page, self.profile):
            if shiboken6.isValid(obj):
                shiboken6.delete(obj)
