"""The app's shortcuts answer in every window of the app; Lock and Quick exit in modal ones too.

Qt answers an application-wide shortcut only in windows that no modal dialog
blocks, so a question, a file dialog or the passphrase dialog swallowed Ctrl+L
and Ctrl+Shift+Q. Here each is opened the way a person opens it, and the keys
are pressed in it.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from evidence_app.gui.common.settings import Settings
from evidence_app.gui.lock.session import VaultSession
from evidence_app.gui.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def window(qtbot: QtBot, vault, make_png, translations) -> MainWindow:
    vault.service.add_file(make_png(), case_id=1)
    win = MainWindow(
        VaultSession.holding(vault.service), translations, Settings(vault.paths.settings_file)
    )
    qtbot.addWidget(win)
    with qtbot.waitActive(win):
        win.show()
    qtbot.waitUntil(lambda: win.model.rowCount() == 1)
    return win


class _PressInModal:
    """Presses a key in the first modal dialog that opens (the test waits inside it)."""

    def __init__(self, qtbot: QtBot, key: Qt.Key, modifiers: Qt.KeyboardModifier) -> None:
        self.seen: list[str] = []
        self._qtbot, self._key, self._modifiers = qtbot, key, modifiers
        self._timer = QTimer()
        self._timer.setInterval(20)
        self._timer.timeout.connect(self._press)
        self._timer.start()

    def _press(self) -> None:
        modal = QApplication.activeModalWidget()
        if modal is None or not modal.isVisible():
            return
        if QApplication.activeWindow() is not modal:
            modal.activateWindow()  # as the window manager gives it the focus; next tick
            return
        self._timer.stop()
        self.seen.append(type(modal).__name__)
        self._qtbot.keyClick(QApplication.focusWidget() or modal, self._key, self._modifiers)


def _ask_delete(win: MainWindow) -> None:
    win.select_item(win.model.item_at(0).id)
    win.detail.ask_delete()


def _write_in_the_journal(win: MainWindow) -> None:
    win.case_bar.open_journal()
    assert win.case_bar.journal_dialog is not None
    win.case_bar.journal_dialog.add_entry()


OPENERS: dict[str, Callable[[MainWindow], None]] = {
    "the delete question": _ask_delete,
    "the file dialog": lambda win: win.importer.add_files(),
    "the new case question": lambda win: win.case_bar.new_case(),
    "the export dialog": lambda win: win.export_dossier(),
    "the case's summary": lambda win: win.case_bar.edit_summary(),
    "a journal entry": _write_in_the_journal,
}


@pytest.mark.parametrize("opener", OPENERS)
def test_ctrl_l_locks_from_a_modal_dialog(
    qtbot: QtBot, window: MainWindow, vault, opener: str
) -> None:
    presser = _PressInModal(qtbot, Qt.Key.Key_L, CTRL)
    OPENERS[opener](window)  # returns once the dialog is gone
    assert presser.seen, "no modal dialog opened"
    assert vault.service.locked
    assert window.session.service() is None
    assert QApplication.activeModalWidget() in (None, window.unlock_dialog)


@pytest.mark.parametrize("opener", ["the delete question", "the file dialog"])
def test_quick_exit_from_a_modal_dialog(
    qtbot: QtBot, window: MainWindow, vault, opener: str, quick_exits: list[str]
) -> None:
    presser = _PressInModal(qtbot, Qt.Key.Key_Q, CTRL_SHIFT)
    OPENERS[opener](window)  # hidden at once, the dialog's own loop ends
    assert presser.seen, "no modal dialog opened"
    assert vault.service.locked
    assert quick_exits == ["armed", "ended"]
    assert not [w for w in QApplication.topLevelWidgets() if w.isVisible()]


def test_the_toolbar_shortcuts_answer_in_a_record_window(
    qtbot: QtBot, window: MainWindow, vault
) -> None:
    record = window.open_record(vault.service.item(1))
    assert record is not None
    with qtbot.waitActive(record):
        record.activateWindow()
    QGuiApplication.clipboard().clear()
    done = record.findChild(QPushButton, "done")
    done.setFocus()
    # Ctrl+V in the record window (not in a text field) pastes into the vault: here the
    # clipboard is empty, and the main window says so.
    qtbot.keyClick(done, Qt.Key.Key_V, CTRL)
    assert window.statusBar().currentMessage() == (
        "There is no picture or file on the clipboard to paste."
    )
    # And Ctrl+L from there locks.
    qtbot.keyClick(done, Qt.Key.Key_L, CTRL)
    assert vault.service.locked
