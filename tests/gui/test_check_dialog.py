"""Checking the vault from the window: the Vault menu's "Check the vault…", its progress,
what it found in plain words, Stop, and locking, which closes it and leaves nothing shown."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from evidence_app.gui.check.check_dialog import CheckDialog
from evidence_app.gui.common import announce, tasks
from evidence_app.gui.common.settings import Settings
from evidence_app.gui.lock.session import VaultSession
from evidence_app.gui.main_window import MainWindow
from evidence_app.vault.integrity import CheckReport
from evidence_app.vault.service import VAULT_DB
from tests.helpers.pages import plain
from tests.helpers.vaults import Vault

PART = 8 * 1024 * 1024


@pytest.fixture
def window(qtbot: QtBot, vault: Vault, tmp_path: Path, translations) -> MainWindow:
    for n in range(3):
        source = tmp_path / f"chat{n}.bin"
        source.write_bytes(bytes([n + 1]) * PART)
        vault.service.add_file(source, case_id=1)
    win = MainWindow(
        VaultSession.holding(vault.service), translations, Settings(vault.paths.settings_file)
    )
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def _open_check(win: MainWindow) -> CheckDialog:
    """As a person does: the Vault menu, then "Check the vault…"."""
    assert win.toolbar.check_vault in win.vault_menu.actions()
    win.toolbar.check_vault.trigger()
    dialog = win.findChild(CheckDialog, "check_dialog")
    assert dialog is not None and dialog.isVisible() and not dialog.isModal()
    return dialog


def _tamper(vault: Vault) -> None:
    """A description changed in the database behind the app's back."""
    conn = plain(vault.paths.vault_dir / VAULT_DB, vault.recovery_key)
    conn.execute("UPDATE items SET description = 'not what was written' WHERE id = 2")
    conn.close()


def test_a_sound_vault_is_said_to_be_in_order(window: MainWindow, qtbot: QtBot) -> None:
    dialog = _open_check(window)
    qtbot.waitUntil(lambda: not dialog.running)
    assert isinstance(dialog.outcome, CheckReport) and dialog.outcome.problems == []
    assert dialog.status.text() == (
        "Everything is in order: 3 items checked. Every saved file matches its fingerprint, "
        "and nothing was changed outside Bewijskluis."
    )
    assert dialog.details.isHidden() and dialog.progress.isHidden()
    assert dialog.close_button.isVisible() and dialog.stop_button.isHidden()
    # And said (the focus on Close says only what Close does).
    qtbot.waitUntil(lambda: announce.said_by(dialog) == [dialog.status.text()])


def test_a_change_behind_the_apps_back_is_named_and_locking_takes_it_away(
    window: MainWindow, vault: Vault, qtbot: QtBot
) -> None:
    _tamper(vault)
    dialog = _open_check(window)
    qtbot.waitUntil(lambda: not dialog.running)
    assert dialog.status.text().startswith("The check found 1 problem: something in the vault")
    assert dialog.details.isVisible()
    assert dialog.details.toPlainText() == (
        "item 2: field 'description' differs from what the audit chain recorded"
    )
    # Locking closes it: nothing of what it found stays on the screen or in memory.
    window.toolbar.lock.trigger()
    assert vault.service.locked
    qtbot.waitUntil(lambda: window.findChild(CheckDialog) is None)
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, CheckDialog)]


def test_the_language_changes_while_it_is_shown(
    window: MainWindow, qtbot: QtBot, translations
) -> None:
    dialog = _open_check(window)
    qtbot.waitUntil(lambda: not dialog.running)
    translations.switch("nl")
    qtbot.waitUntil(lambda: dialog.windowTitle() != "Check the vault")
    assert dialog.status.text().startswith("Alles is in orde")
    translations.switch("fr")
    qtbot.waitUntil(lambda: dialog.status.text().startswith("Tout est en ordre"))


def test_stop_ends_a_check_under_way(
    window: MainWindow, qtbot: QtBot, threaded_tasks: None
) -> None:
    # The check waits behind other long work, so that Stop surely comes before its end.
    gate = threading.Event()
    tasks.run_task(lambda: gate.wait(30), lambda _: None, apart=True)
    dialog = _open_check(window)
    assert dialog.running and dialog.stop_button.isVisible()
    qtbot.mouseClick(dialog.stop_button, Qt.MouseButton.LeftButton)
    assert dialog.status.text() == "Stopping…"
    gate.set()
    qtbot.waitUntil(lambda: not dialog.running, timeout=30_000)
    assert isinstance(dialog.outcome, tasks.Cancelled)
    assert dialog.status.text() == "The check was stopped. Nothing was changed."
    # And it can be done again, to the end.
    window.toolbar.check_vault.trigger()
    again = window.findChild(CheckDialog, "check_dialog")
    assert again is dialog  # still open: the same window, not a second one
    dialog.close()
    window.toolbar.check_vault.trigger()
    qtbot.waitUntil(
        lambda: any(isinstance(d.outcome, CheckReport) for d in window.findChildren(CheckDialog)),
        timeout=30_000,
    )


def test_locking_during_a_check_stops_it_and_closes_the_window(
    window: MainWindow, vault: Vault, qtbot: QtBot, threaded_tasks: None
) -> None:
    dialog = _open_check(window)
    assert dialog.running
    window.toolbar.lock.trigger()
    assert vault.service.locked
    assert not vault.service._readers._open  # the check's connections are closed too
    qtbot.waitUntil(lambda: window.findChild(CheckDialog) is None)
    assert tasks.wait_idle()
