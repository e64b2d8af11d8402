"""Naming a case and writing its summary, typed in the dialogs as a person does."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QLineEdit, QPlainTextEdit, QWidget
from pytestqt.qtbot import QtBot

from evidence_app.gui.cases.summary_dialog import SummaryDialog
from evidence_app.gui.common.settings import Settings
from evidence_app.gui.lock.session import VaultSession
from evidence_app.gui.main_window import MainWindow
from tests.helpers.dialogs import press, when_a_dialog_opens
from tests.helpers.vaults import Vault


@pytest.fixture
def window(qtbot: QtBot, vault: Vault, translations) -> MainWindow:
    win = MainWindow(
        VaultSession.holding(vault.service), translations, Settings(vault.paths.settings_file)
    )
    qtbot.addWidget(win)
    win.resize(1100, 700)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: win.case_bar.box.count() == 1)
    return win


def _type_and_enter(qtbot: QtBot, text: str) -> Callable[[QWidget], None]:
    def answer(dialog: QWidget) -> None:
        field = dialog.findChild(QLineEdit)
        assert field is not None
        field.selectAll()
        qtbot.keyClicks(field, text)
        qtbot.keyClick(field, Qt.Key.Key_Return)

    return answer


def test_a_case_is_renamed_from_its_menu(window: MainWindow, vault: Vault, qtbot: QtBot) -> None:
    seen = when_a_dialog_opens(_type_and_enter(qtbot, "Instagram, november"))
    window.case_bar.rename_action.trigger()
    assert seen and isinstance(seen[0], QInputDialog)
    qtbot.waitUntil(lambda: window.case_bar.box.currentText() == "Instagram, november")
    assert [case.name for case in vault.service.cases()] == ["Instagram, november"]
    assert vault.service.audit_entries()[-1].action == "case.edit"


def test_a_name_in_use_is_refused_and_said(window: MainWindow, vault: Vault, qtbot: QtBot) -> None:
    vault.service.create_case("School")
    seen = when_a_dialog_opens(_type_and_enter(qtbot, "School"))
    window.case_bar.rename_action.trigger()
    assert seen
    qtbot.waitUntil(lambda: bool(window.statusBar().currentMessage()))
    assert sorted(case.name for case in vault.service.cases()) == ["Case A", "School"]
    assert window.statusBar().currentMessage() == (
        "There is already a case with that name. Choose another name."
    )


def test_the_summary_is_written_in_the_persons_own_words(
    window: MainWindow, vault: Vault, qtbot: QtBot
) -> None:
    words = "Hij stuurde mijn foto naar de klasgroep.\nIk heb het aan mijn mentor verteld."

    def write(dialog: QWidget) -> None:
        assert isinstance(dialog, SummaryDialog)
        editor = dialog.findChild(QPlainTextEdit)
        assert editor is not None
        qtbot.keyClicks(editor, words.splitlines()[0])
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        qtbot.keyClicks(editor, words.splitlines()[1])
        qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)  # Save

    seen = when_a_dialog_opens(write)
    window.case_bar.summary_action.trigger()
    assert seen
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "The summary is saved.")
    assert vault.service.cases()[0].summary == words


def test_cancel_keeps_the_summary_as_it_was(
    window: MainWindow, vault: Vault, qtbot: QtBot, tmp_path: Path
) -> None:
    vault.service.set_case_summary(1, "Zoals het was.")
    window.case_bar.load()
    qtbot.waitUntil(lambda: window.case_bar.current_case() is not None)
    qtbot.waitUntil(lambda: window.case_bar.current_case().summary == "Zoals het was.")

    def change_then_cancel(dialog: QWidget) -> None:
        editor = dialog.findChild(QPlainTextEdit)
        assert editor is not None and editor.toPlainText() == "Zoals het was."
        qtbot.keyClicks(editor, " Niet bewaren.")
        # Esc asks first (`gui.common.unsaved`): the person chooses not to keep it.
        when_a_dialog_opens(lambda box: press(qtbot, box, "Close without saving"))  # type: ignore[arg-type]
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    seen = when_a_dialog_opens(change_then_cancel)
    window.case_bar.summary_action.trigger()
    assert seen
    assert vault.service.cases()[0].summary == "Zoals het was."
