"""The capture browser window: browse to a page, capture it, see errors; offscreen."""

from __future__ import annotations

import socket

from pytestqt.qtbot import QtBot

from evidence_app.capture.web import engine as web_engine

web_engine.prepare()  # before pytest-qt makes the QApplication

from PySide6.QtCore import Qt  # noqa: E402

from evidence_app.domain.model import AttachmentRole  # noqa: E402
from evidence_app.gui.web.capture_browser import CaptureBrowser  # noqa: E402
from tests.helpers.focus import focus_moves_from  # noqa: E402
from tests.helpers.vaults import Vault  # noqa: E402
from tests.helpers.web_site import Site  # noqa: E402

LOAD_MS = 30_000


def make_browser(qtbot: QtBot, vault: Vault) -> CaptureBrowser:
    browser = CaptureBrowser(vault.service, vault.service.cases()[0].id)
    qtbot.addWidget(browser)
    browser.show()
    return browser


def type_address(qtbot: QtBot, browser: CaptureBrowser, url: str) -> None:
    browser.address.clear()
    qtbot.keyClicks(browser.address, url)
    qtbot.keyClick(browser.address, Qt.Key.Key_Return)


def test_capture_this_page_stores_one_item_with_its_files(
    qtbot: QtBot, vault: Vault, site: Site
) -> None:
    browser = make_browser(qtbot, vault)
    assert "keeps nothing on disk" in browser.privacy_note.text()
    assert not browser.capture_button.isEnabled()
    type_address(qtbot, browser, site.url("/redirect"))
    qtbot.waitUntil(browser.capture_button.isEnabled, timeout=LOAD_MS)
    assert browser.address.text() == site.url("/page")
    with qtbot.waitSignal(browser.captured, timeout=LOAD_MS) as caught:
        qtbot.mouseClick(browser.capture_button, Qt.MouseButton.LeftButton)
    (item_id,) = caught.args
    item = vault.service.item(item_id)
    assert (item.url, item.final_url) == (site.url("/redirect"), site.url("/page"))
    roles = sorted(a.role for a in vault.service.attachments(item_id))
    assert roles == sorted(
        [AttachmentRole.ARCHIVE, AttachmentRole.STAMPED, AttachmentRole.VIEWPORT]
    )
    assert f"item {item_id}" in browser.status.text()
    assert browser.capture_button.isEnabled()  # ready for the next one
    assert browser.back_button.isEnabled() is False  # one page visited (redirects do not count)


def test_an_unreachable_address_says_so_and_cannot_be_captured(qtbot: QtBot, vault: Vault) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    browser = make_browser(qtbot, vault)
    type_address(qtbot, browser, f"http://127.0.0.1:{port}/")
    qtbot.waitUntil(lambda: "could not be reached" in browser.status.text(), timeout=LOAD_MS)
    assert not browser.capture_button.isEnabled()
    browser.capture()  # even if asked directly, nothing is stored
    assert vault.service.items() == []


def test_a_404_can_be_captured_and_is_marked(qtbot: QtBot, vault: Vault, site: Site) -> None:
    browser = make_browser(qtbot, vault)
    type_address(qtbot, browser, site.url("/missing"))
    qtbot.waitUntil(browser.capture_button.isEnabled, timeout=LOAD_MS)
    assert "404" in browser.status.text()
    with qtbot.waitSignal(browser.captured, timeout=LOAD_MS) as caught:
        browser.capture()
    assert vault.service.item(caught.args[0]).http_status == 404
    assert "404" in browser.status.text()


def test_not_a_web_address_is_refused(qtbot: QtBot, vault: Vault) -> None:
    browser = make_browser(qtbot, vault)
    type_address(qtbot, browser, "javascript:alert(1)")
    assert "Only web addresses" in browser.status.text()


def test_capturing_with_the_keyboard_keeps_the_focus_on_the_button(
    qtbot: QtBot, vault: Vault, site: Site
) -> None:
    """The button was disabled while it captured: Qt moved the focus into the page (where
    a key could scroll what was being captured) and left it there."""
    browser = make_browser(qtbot, vault)
    type_address(qtbot, browser, site.url("/page"))
    qtbot.waitUntil(browser.capture_button.isEnabled, timeout=LOAD_MS)
    with (
        focus_moves_from(qtbot, browser.capture_button) as went_to,
        qtbot.waitSignal(browser.captured, timeout=LOAD_MS) as caught,
    ):
        qtbot.keyClick(browser.capture_button, Qt.Key.Key_Space)
    assert [item.id for item in vault.service.items()] == [caught.args[0]]
    assert went_to == []
    assert browser.capture_button.hasFocus()
