"""Is it still online? Loading a captured address again and recording what was found.

The result is `removed` when the site says the page is gone (404, 410, or 451
"unavailable for legal reasons": the takedown worked), `unreachable` when no
server answered or it failed (5xx), else `present` when the visible text is
the same as in the page archive taken at capture, `changed` when it differs.
The text of both is Chromium's (the archive is opened again in QtWebEngine),
with white space folded, so the comparison is of what a person reads. The
session's HTTP cache is emptied first, so the answer comes from the site.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from evidence_app.capture.web.archive import archive_text
from evidence_app.capture.web.capture import HeadlessBrowser
from evidence_app.capture.web.load import CaptureFailed, LoadResult, plain_text, wait_signal
from evidence_app.domain.errors import NotFound
from evidence_app.domain.model import AttachmentRole, Recheck, RecheckResult
from evidence_app.domain.report import ReportCheck
from evidence_app.vault.service import VaultService

GONE = frozenset({404, 410, 451})


def text_digest(text: str) -> str:
    """SHA-256 of the text with white space folded."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


def classify(loaded: LoadResult, live_digest: str | None, archived_digest: str | None) -> str:
    """One of the RECHECK_* results for a load and the two text digests."""
    if loaded.unreachable:
        return RecheckResult.UNREACHABLE
    if loaded.http_status in GONE:
        return RecheckResult.REMOVED
    if loaded.http_status is not None and loaded.http_status >= 500:
        return RecheckResult.UNREACHABLE
    if archived_digest is None or live_digest == archived_digest:
        return RecheckResult.PRESENT
    return RecheckResult.CHANGED


def _note(result: str, loaded: LoadResult, has_archive: bool) -> str:
    if result == RecheckResult.UNREACHABLE:
        return loaded.error or f"HTTP {loaded.http_status}"
    if result == RecheckResult.PRESENT and not has_archive:
        return "no page archive to compare the text with"
    if result == RecheckResult.CHANGED:
        return "the visible text differs from the page archive"
    return ""


@dataclass(frozen=True)
class Prepared:
    """What a re-check needs from the vault: read off the GUI thread (`prepare`)."""

    item_id: int
    url: str
    archive: bytes | None  # the page archive taken at capture, to compare the text with


@dataclass(frozen=True)
class Found:
    """What loading the address again showed (`look_again`), to be recorded (`record`)."""

    result: str
    http_status: int | None
    final_url: str
    note: str


def prepare(service: VaultService, item_id: int) -> Prepared:
    """Read the item's address and page archive (any thread)."""
    item = service.item(item_id)
    archive = next(
        (a for a in service.attachments(item_id) if a.role == AttachmentRole.ARCHIVE), None
    )
    data = service.attachment_bytes(archive.id) if archive is not None else None
    return Prepared(item_id, item.url, data)


def prepare_address(service: VaultService, report_id: int, url: str) -> Prepared:
    """A reported address, with the page archive of the report's item captured from it
    when there is one (any thread); `item_id` is that item's, or 0."""
    report = service.report(report_id)
    for item_id in report.item_ids:
        try:
            item = service.item(item_id)
        except NotFound:  # deleted since: the address is looked at all the same
            continue
        if url in (item.url, item.final_url):
            archived = prepare(service, item_id)
            return Prepared(item_id, url, archived.archive)
    return Prepared(0, url, None)


def record_for_report(
    service: VaultService, report_id: int, prepared: Prepared, found: Found
) -> ReportCheck:
    """Store a re-check of a reported address (any thread). Only a page whose text was
    compared with its archive and found the same can mark a report "back online"."""
    return service.add_report_check(
        report_id,
        prepared.url,
        found.result,
        http_status=found.http_status,
        final_url=found.final_url,
        note=found.note,
        same_as_captured=prepared.archive is not None,
    )


def look_again(prepared: Prepared, browser: HeadlessBrowser | None = None) -> Found:
    """Load the address again and compare its text with the archive (GUI thread; the
    event loop runs meanwhile). Touches no vault."""
    own = browser is None
    browser = browser or HeadlessBrowser()
    try:
        # From the site, not from the session's memory cache (which keeps a 410, for one).
        browser.profile.clearHttpCache()
        wait_signal(browser.profile.clearHttpCacheCompleted, 10_000)
        url = prepared.url
        try:
            loaded = browser.load(url)
        except CaptureFailed as exc:
            if exc.reason != CaptureFailed.TIMEOUT:
                raise
            loaded = LoadResult(url, url, "", None, False, False, "timeout")
        live = None if loaded.unreachable else text_digest(plain_text(browser.page))
        archived = None
        if prepared.archive is not None and live is not None:
            archived = text_digest(archive_text(browser.profile, prepared.archive))
        result = classify(loaded, live, archived)
    finally:
        if own:
            browser.close()
    return Found(
        result,
        loaded.http_status,
        loaded.final_url if not loaded.unreachable else "",
        _note(result, loaded, prepared.archive is not None),
    )


def record(service: VaultService, item_id: int, found: Found) -> Recheck:
    """Store the re-check in the vault and its audit chain (any thread)."""
    return service.add_recheck(
        item_id,
        found.result,
        http_status=found.http_status,
        final_url=found.final_url,
        note=found.note,
    )


def recheck_item(
    service: VaultService, item_id: int, browser: HeadlessBrowser | None = None
) -> Recheck:
    """All three steps at once (the command line; GUI thread)."""
    return record(service, item_id, look_again(prepare(service, item_id), browser))
