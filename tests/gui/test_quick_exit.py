"""Quick exit: one shortcut locks the vault, closes every window of the app and quits."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from evidence_app.gui.main_window import MainWindow
from evidence_app.vault.service import VaultService
from tests.helpers.dialogs import when_a_dialog_opens
from tests.helpers.windows import open_journal, shown_main_window


@pytest.fixture
def window(qtbot: QtBot, vault, make_png, translations) -> tuple[MainWindow, int]:
    item = vault.service.add_file(make_png((0, 120, 0), (60, 40)), case_id=1)
    return shown_main_window(vault, qtbot, translations), item.id


def _app_windows() -> list[str]:
    return [
        w.objectName() or type(w).__name__ for w in QApplication.topLevelWidgets() if w.isVisible()
    ]


def test_ctrl_shift_q_locks_closes_every_window_and_quits(
    qtbot: QtBot, window, vault, quick_exits: list[str]
) -> None:
    win, item_id = window
    record = win.open_record(vault.service.item(item_id))
    assert record is not None
    qtbot.waitExposed(record)
    qtbot.keyClicks(record.form.description, "Gezien in de klasgroep")
    assert win.toolbar.quick_exit.text() == "Quick exit"
    # From the record window: the shortcut works in every window of the app.
    qtbot.keyClick(
        record,
        Qt.Key.Key_Q,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert vault.service.locked
    assert win.service() is None
    assert _app_windows() == []
    assert win.unlock_dialog is None  # it does not ask for the passphrase again
    assert quick_exits == ["armed", "ended"]
    assert win.model.rowCount() == 0 and win.detail.form.item() is None
    # What was stored is all there; the words typed were committed before locking.
    again = VaultService.unlock(vault.paths.vault_dir, vault.passphrase)
    try:
        assert again.item(item_id).description == "Gezien in de klasgroep"
    finally:
        again.lock()


def test_quick_exit_keeps_a_journal_entry_being_written(
    qtbot: QtBot, window, vault, quick_exits: list[str]
) -> None:
    """Quick exit hides every window first; what was typed in a journal entry is kept all
    the same, as its Save would, before the vault closes."""
    win, _ = window
    journal = open_journal(win, qtbot)

    def write_then_leave(editor: QWidget) -> None:
        qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)
        qtbot.keyClicks(editor.text, "Hij zei dat hij het zou doorsturen.")  # type: ignore[attr-defined]
        qtbot.keyClick(
            editor.text,  # type: ignore[attr-defined]
            Qt.Key.Key_Q,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )

    seen = when_a_dialog_opens(write_then_leave)
    qtbot.mouseClick(journal.add_button, Qt.MouseButton.LeftButton)  # exec(): until it ends
    assert seen and vault.service.locked
    assert _app_windows() == [] and quick_exits == ["armed", "ended"]
    again = VaultService.unlock(vault.paths.vault_dir, vault.passphrase)
    try:
        assert [e.text for e in again.journal(1)] == ["Hij zei dat hij het zou doorsturen."]
    finally:
        again.lock()


def test_quick_exit_works_while_locked_too(
    qtbot: QtBot, window, vault, quick_exits: list[str]
) -> None:
    win, _ = window
    win.lock_vault()
    assert win.unlock_dialog is not None and win.unlock_dialog.isVisible()
    assert win.toolbar.quick_exit.isEnabled()
    win.toolbar.quick_exit.trigger()
    assert _app_windows() == []
    assert quick_exits == ["armed", "ended"]


def test_the_quick_exit_is_named_in_dutch_and_french(qtbot: QtBot, window, translations) -> None:
    win, _ = window
    translations.switch("nl")
    qtbot.waitUntil(lambda: win.toolbar.quick_exit.text() == "Snel sluiten")
    translations.switch("fr")
    qtbot.waitUntil(lambda: win.toolbar.quick_exit.text() == "Sortie rapide")
    assert win.toolbar.quick_exit.shortcut().toString() == "Ctrl+Shift+Q"
