"""Web capture against a local site: full page, redirects, errors, archive, stamp, re-check.

Each test captures with a `HeadlessBrowser` (a private profile and a hidden
view, as the command line does) and stores into a fresh vault.
"""

from __future__ import annotations

import io
import socket
from collections.abc import Iterator
from datetime import datetime

import pytest
from PIL import Image
from pytestqt.qtbot import QtBot

from evidence_app.capture.web import engine as web_engine

web_engine.prepare()  # before pytest-qt makes the QApplication

from evidence_app.capture.web.archive import archive_text  # noqa: E402
from evidence_app.capture.web.capture import (  # noqa: E402
    HeadlessBrowser,
    StoredCapture,
    store_capture,
)
from evidence_app.capture.web.load import CaptureFailed  # noqa: E402
from evidence_app.capture.web.recheck import recheck_item  # noqa: E402
from evidence_app.capture.web.stamp import BAND_BACKGROUND, BAND_TEXT, STAMP_KEY  # noqa: E402
from evidence_app.domain.model import AttachmentRole, ItemKind, RecheckResult  # noqa: E402
from tests.helpers.vaults import Vault  # noqa: E402
from tests.helpers.web_site import BAND, Site, band_colour  # noqa: E402


@pytest.fixture
def browser(qtbot: QtBot) -> Iterator[HeadlessBrowser]:
    with HeadlessBrowser() as b:
        yield b


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def capture_and_store(browser: HeadlessBrowser, vault: Vault, url: str) -> StoredCapture:
    case_id = vault.service.cases()[0].id
    return store_capture(vault.service, case_id, browser.capture(url))


def open_png(data: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    image.load()
    return image.convert("RGB")


def attachment(vault: Vault, item_id: int, role: str) -> bytes:
    (found,) = [a for a in vault.service.attachments(item_id) if a.role == role]
    return vault.service.attachment_bytes(found.id)


def test_a_6000px_page_is_captured_whole_at_device_pixel_ratio_1(
    browser: HeadlessBrowser, vault: Vault, site: Site
) -> None:
    stored = capture_and_store(browser, vault, site.url("/tall?h=6000"))
    item = stored.item
    assert (item.kind, item.mime_type, item.width, item.height) == (
        ItemKind.WEB,
        "image/png",
        1280,
        6000,
    )
    image = open_png(vault.service.original_bytes(item.id))
    assert image.size == (1280, 6000)
    for i in range(6):  # the middle of each band, right of its label; the last one too
        assert image.getpixel((900, i * BAND + BAND // 2)) == band_colour(i), f"band {i}"
    assert image.getpixel((900, 5990)) == band_colour(5)
    assert not stored.truncated
    viewport = open_png(attachment(vault, item.id, AttachmentRole.VIEWPORT))
    assert viewport.size == (1280, 900)
    assert viewport.getpixel((900, 450)) == band_colour(0)


def test_a_redirect_stores_the_address_asked_for_and_the_final_one(
    browser: HeadlessBrowser, vault: Vault, site: Site
) -> None:
    item = capture_and_store(browser, vault, site.url("/redirect")).item
    assert item.url == site.url("/redirect")
    assert item.final_url == site.url("/page")
    assert (item.page_title, item.http_status) == ("A post", 200)
    assert "QtWebEngine" in item.user_agent
    assert item.platform == "other"


def test_a_404_page_is_evidence_too_and_marked_with_its_status(
    browser: HeadlessBrowser, vault: Vault, site: Site
) -> None:
    stored = capture_and_store(browser, vault, site.url("/missing"))
    assert stored.item.http_status == 404
    assert stored.item.page_title == "Not found"
    image = open_png(vault.service.original_bytes(stored.item.id))
    assert image.getpixel((1000, 600)) == (250, 230, 120)  # the site's own page, not a blank
    assert "HTTP 404" in stored.stamp


def test_an_unreachable_address_is_reported_and_nothing_is_stored(
    browser: HeadlessBrowser, vault: Vault
) -> None:
    with pytest.raises(CaptureFailed) as caught:
        browser.capture(f"http://127.0.0.1:{closed_port()}/post")
    assert caught.value.reason == CaptureFailed.UNREACHABLE
    assert "ERR_CONNECTION_REFUSED" in caught.value.detail
    assert vault.service.items() == []


def test_the_archive_opens_again_and_holds_the_page_text(
    browser: HeadlessBrowser, vault: Vault, site: Site
) -> None:
    site.text = "Ze zei dat ze de foto's zou verwijderen"
    item = capture_and_store(browser, vault, site.url("/page")).item
    archive = attachment(vault, item.id, AttachmentRole.ARCHIVE)
    assert archive.startswith(b"From: <Saved by Blink>")
    site.text = "something else entirely"  # the archive must not come from the site again
    text = archive_text(browser.profile, archive)
    assert "Ze zei dat ze de foto's zou verwijderen" in text
    assert "Profile" in text


def test_the_stamped_copy_shows_the_address_and_utc_time_above_the_page(
    browser: HeadlessBrowser, vault: Vault, site: Site
) -> None:
    stored = capture_and_store(browser, vault, site.url("/tall?h=1500"))
    item = stored.item
    (meta,) = [a for a in vault.service.attachments(item.id) if a.role == AttachmentRole.STAMPED]
    assert meta.derived
    data = vault.service.attachment_bytes(meta.id)
    png = Image.open(io.BytesIO(data))
    assert png.info[STAMP_KEY] == stored.stamp  # the band's text travels with the copy
    utc = datetime.fromisoformat(item.captured_at.replace("Z", "+00:00"))
    assert stored.stamp.splitlines()[0] == item.url
    assert f"{utc:%Y-%m-%d %H:%M:%S} UTC" in stored.stamp.splitlines()
    assert f"SHA-256 {item.sha256}" in stored.stamp
    stamped = png.convert("RGB")
    original = open_png(vault.service.original_bytes(item.id))
    band = stamped.height - original.height
    assert stamped.width == original.width and 60 < band < 300
    # The page sits below the band, pixel for pixel.
    assert stamped.crop((0, band, stamped.width, stamped.height)).tobytes() == original.tobytes()
    # The band is the band's colour with text drawn in it, not blank.
    colours = dict(
        (rgb, n) for n, rgb in stamped.crop((0, 0, stamped.width, band)).getcolors(1 << 20)
    )
    assert colours[BAND_BACKGROUND.getRgb()[:3]] > stamped.width * band // 2
    assert colours[BAND_TEXT.getRgb()[:3]] > 500


def test_re_check_finds_present_changed_removed_and_unreachable(
    browser: HeadlessBrowser, vault: Vault, site: Site
) -> None:
    item = capture_and_store(browser, vault, site.url("/page")).item
    assert recheck_item(vault.service, item.id, browser).result == RecheckResult.PRESENT
    site.text = "The post was edited"
    changed = recheck_item(vault.service, item.id, browser)
    assert (changed.result, changed.http_status) == (RecheckResult.CHANGED, 200)
    site.page_status = 410
    assert recheck_item(vault.service, item.id, browser).result == RecheckResult.REMOVED
    site.page_status = 404
    removed = recheck_item(vault.service, item.id, browser)
    assert (removed.result, removed.http_status) == (RecheckResult.REMOVED, 404)
    site.close()
    unreachable = recheck_item(vault.service, item.id, browser)
    assert unreachable.result == RecheckResult.UNREACHABLE
    assert "ERR_CONNECTION_REFUSED" in unreachable.note
    results = [r.result for r in vault.service.rechecks(item.id)]
    assert results == [
        RecheckResult.PRESENT,
        RecheckResult.CHANGED,
        RecheckResult.REMOVED,
        RecheckResult.REMOVED,
        RecheckResult.UNREACHABLE,
    ]
