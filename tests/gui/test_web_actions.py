"""The main window's web actions: a capture browser per "Web page…", closed on lock; re-checks."""

from __future__ import annotations

import pytest
import shiboken6
from pytestqt.qtbot import QtBot

from evidence_app.capture.web import engine as web_engine

web_engine.prepare()  # before pytest-qt makes the QApplication

from evidence_app.domain.model import ItemKind, RecheckResult  # noqa: E402
from evidence_app.gui.common.settings import Settings  # noqa: E402
from evidence_app.gui.lock.session import VaultSession  # noqa: E402
from evidence_app.gui.main_window import MainWindow  # noqa: E402
from evidence_app.gui.web.capture_browser import CaptureBrowser  # noqa: E402
from tests.helpers.vaults import Vault  # noqa: E402
from tests.helpers.web_site import Site  # noqa: E402


@pytest.fixture
def window(qtbot: QtBot, vault: Vault, translations) -> MainWindow:
    win = MainWindow(
        VaultSession.holding(vault.service), translations, Settings(vault.paths.settings_file)
    )
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_web_page_action_opens_a_browser_that_lock_closes(qtbot: QtBot, window: MainWindow) -> None:
    action = window.toolbar.capture_web
    assert action.text() == "Web page…"
    assert action.shortcut().toString() == "Ctrl+Shift+4"
    assert action in window.capture_menu.actions()
    action.trigger()
    (browser,) = window.web.browsers
    assert isinstance(browser, CaptureBrowser) and browser.isVisible()
    window.lock_vault()
    assert window.web.browsers == []
    qtbot.waitUntil(lambda: not shiboken6.isValid(browser) or not browser.isVisible())


def test_recheck_records_what_is_found(
    qtbot: QtBot, window: MainWindow, vault: Vault, site: Site, make_png
) -> None:
    window.import_paths([make_png()])
    (item,) = vault.service.items(1)
    assert item.kind == ItemKind.FILE
    vault.service.update_item(item.id, {"url": site.url("/page")})
    window.select_item(item.id)
    window.toolbar.recheck.trigger()
    assert window.statusBar().currentMessage().startswith("Still online")
    site.page_status = 410
    window.toolbar.recheck.trigger()
    assert window.statusBar().currentMessage().startswith("The page is gone")
    assert [r.result for r in vault.service.rechecks(item.id)] == [
        RecheckResult.PRESENT,
        RecheckResult.REMOVED,
    ]


def test_recheck_without_an_address_says_so(
    qtbot: QtBot, window: MainWindow, vault: Vault, make_png
) -> None:
    window.import_paths([make_png()])
    (item,) = vault.service.items(1)
    window.select_item(item.id)
    window.toolbar.recheck.trigger()
    assert window.statusBar().currentMessage() == "Choose an item with a web address first."
    assert vault.service.rechecks(item.id) == []


def test_looking_again_asks_before_marking_a_report_back_online_and_offers_a_new_capture(
    qtbot: QtBot, window: MainWindow, vault: Vault, site: Site
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox, QWidget

    from tests.helpers.dialogs import when_a_dialog_opens

    page, gone = site.url("/page"), site.url("/gone")
    report = vault.service.add_report(1, "other", urls=[page, gone], status="removed")
    qtbot.waitUntil(lambda: window.case_bar.box.count() == 1)
    window.case_bar.reports_action.trigger()
    dialog = window.case_bar.reports_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1)
    dialog.table.selectRow(0)
    asked: list[str] = []
    # Look again: yes. It answers again, back online? yes (the person looked). Capture it
    # again? no.
    buttons = [QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Yes]
    buttons.append(QMessageBox.StandardButton.No)

    def press(box: QWidget) -> None:
        if not isinstance(box, QMessageBox):  # the reports dialog itself: wait for the box
            when_a_dialog_opens(press)
            return
        asked.append(box.text())
        qtbot.mouseClick(box.button(buttons[len(asked) - 1]), Qt.MouseButton.LeftButton)
        if len(asked) < len(buttons):
            when_a_dialog_opens(press)

    seen = when_a_dialog_opens(press)
    qtbot.mouseClick(dialog.recheck_button, Qt.MouseButton.LeftButton)
    assert seen
    qtbot.waitUntil(lambda: len(asked) == 3, timeout=60_000)
    checks = vault.service.report_checks(report.id)
    assert [(c.url, c.result) for c in checks] == [(page, "present"), (gone, "removed")]
    assert "answers again" in asked[1] and page in asked[1]
    assert "still online" in asked[2] and page in asked[2]  # declined: nothing opened
    assert vault.service.report(report.id).status == "back-online"  # said by the person
    assert window.web.browsers == []


@pytest.mark.parametrize("switched_on", [True, False])
def test_reported_addresses_are_looked_at_at_unlock_only_when_switched_on(
    qtbot: QtBot, vault: Vault, site: Site, translations, switched_on: bool
) -> None:
    page, gone = site.url("/page"), site.url("/gone")
    report = vault.service.add_report(1, "other", urls=[page, gone], status="removed")
    vault.service.add_report(1, "x", urls=[site.url("/draft")])  # a draft: not sent, not looked at
    settings = Settings(vault.paths.settings_file)
    settings.set_recheck_at_unlock(switched_on)
    win = MainWindow(VaultSession.holding(vault.service), translations, settings)
    qtbot.addWidget(win)
    win.show()
    assert win.toolbar.recheck_at_unlock.isChecked() == switched_on
    qtbot.waitUntil(lambda: win.case_bar.todo_button.isVisible())
    if not switched_on:
        qtbot.wait(500)
        assert site.requests == [] and vault.service.report_checks() == []
        return
    qtbot.waitUntil(
        lambda: (
            win.statusBar().currentMessage()
            == "Looked again at the reported addresses: 1 gone, 1 still online, 0 not reachable."
        ),
        timeout=60_000,
    )
    assert [(c.url, c.result) for c in vault.service.report_checks(report.id)] == [
        (page, "present"),
        (gone, "removed"),
    ]
    # Answering is not proof the content is back (no capture to compare): only recorded.
    assert vault.service.report(report.id).status == "removed"
    assert "/draft" not in site.requests
    qtbot.waitUntil(lambda: win.case_bar.todo_button.text() == "To do (1)")  # the draft


def test_a_lock_while_an_address_loads_ends_the_round_and_records_nothing_more(
    qtbot: QtBot, vault: Vault, site: Site, translations
) -> None:
    from PySide6.QtCore import QTimer

    from evidence_app.vault.service import VaultService

    urls = [site.url("/page"), site.url("/gone"), site.url("/missing")]
    report = vault.service.add_report(1, "other", urls=urls, status="removed")
    settings = Settings(vault.paths.settings_file)
    settings.set_recheck_at_unlock(True)
    session = VaultSession.holding(vault.service)
    win = MainWindow(session, translations, settings)
    qtbot.addWidget(win)
    # The lock comes as the first page is asked for: while it loads, on the GUI thread.
    watch = QTimer(win)
    watch.setInterval(5)
    watch.timeout.connect(lambda: "/page" in site.requests and session.lock())
    watch.start()
    messages: list[str] = []
    win.statusBar().messageChanged.connect(messages.append)
    rounds: list[str] = []
    win.case_bar.rechecker.finished.connect(rounds.append)
    win.show()
    qtbot.waitUntil(lambda: session.service() is None, timeout=60_000)
    watch.stop()
    qtbot.waitUntil(lambda: rounds == [""], timeout=30_000)  # ended, with nothing to say
    qtbot.wait(500)  # nothing further is asked for once the round ended
    assert [r for r in site.requests if r != "/favicon.ico"] == ["/page"]  # not the others
    assert not win.case_bar.rechecker.running
    assert not [m for m in messages if m.startswith("Looked again")]
    reopened = VaultService.unlock(vault.paths.vault_dir, vault.passphrase)
    try:
        assert reopened.report_checks(report.id) == []  # the look that the lock cut short
        assert reopened.report(report.id).status == "removed"
    finally:
        reopened.lock()
