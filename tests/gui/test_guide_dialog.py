"""The guide of next steps, clicked as a person does: a step marked done and taken off
again, each step's button opening what it says, the words of a helper and a school,
and ready texts to others filled from the case."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from evidence_app.domain.guide import StepState
from evidence_app.gui.cases.report_editor import ReportEditor
from evidence_app.gui.common.settings import Settings
from evidence_app.gui.export.export_dialog import ExportDialog
from evidence_app.gui.guide.guide_dialog import GuideDialog
from evidence_app.gui.guide.help_dialog import HelpDialog
from evidence_app.gui.guide.messages_dialog import MessagesDialog
from evidence_app.gui.lock.session import VaultSession
from evidence_app.gui.main_window import MainWindow
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


def _guide(window: MainWindow, qtbot: QtBot) -> GuideDialog:
    qtbot.mouseClick(window.case_bar.guide_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.case_bar.guide_dialog is not None)
    dialog = window.case_bar.guide_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: "capture" in dialog.cards)
    return dialog


def _button(dialog: QDialog, name: str) -> QPushButton:
    found = dialog.findChild(QPushButton, name)
    assert found is not None, name
    return found


def test_a_step_is_marked_and_taken_off_again(
    window: MainWindow, vault: Vault, qtbot: QtBot
) -> None:
    dialog = _guide(window, qtbot)
    assert dialog.progress.text() == "0 of 11 done"
    qtbot.mouseClick(_button(dialog, "done-capture"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: vault.service.step_states(1) == {"capture": StepState.DONE})
    qtbot.waitUntil(lambda: dialog.progress.text() == "1 of 11 done")
    assert _button(dialog, "done-capture").isChecked()
    assert "(done)" in dialog.cards["capture"].title.text()
    qtbot.mouseClick(_button(dialog, "skip-police"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: vault.service.step_states(1).get("police") == StepState.SKIP)
    qtbot.mouseClick(_button(dialog, "done-capture"), Qt.MouseButton.LeftButton)  # off again
    qtbot.waitUntil(lambda: vault.service.step_states(1)["capture"] == StepState.OPEN)
    qtbot.waitUntil(lambda: not _button(dialog, "done-capture").isChecked())
    assert dialog.progress.text() == "0 of 11 done"
    dialog.accept()
    again = _guide(window, qtbot)  # shown again: kept in the vault
    qtbot.waitUntil(lambda: _button(again, "skip-police").isChecked())


def test_the_buttons_open_what_they_say(window: MainWindow, vault: Vault, qtbot: QtBot) -> None:
    qtbot.mouseClick(_button(_guide(window, qtbot), "do-talk"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(window.help_menu.dialog, HelpDialog))
    assert window.help_menu.dialog is not None and window.help_menu.dialog.isVisible()
    window.help_menu.dialog.reject()

    editors: list[ReportEditor] = []

    def close_the_editor() -> None:  # it runs its own event loop: answered from a timer
        shown = QApplication.activeModalWidget()
        if isinstance(shown, ReportEditor) and shown.isVisible():
            editors.append(shown)
            shown.reject()
        elif len(editors) == 0:
            QTimer.singleShot(20, close_the_editor)

    QTimer.singleShot(0, close_the_editor)
    qtbot.mouseClick(_button(_guide(window, qtbot), "do-report"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(editors) == 1)
    qtbot.waitUntil(lambda: window.case_bar.reports_dialog is not None)
    window.case_bar.reports_dialog.reject()  # type: ignore[union-attr]

    qtbot.mouseClick(_button(_guide(window, qtbot), "do-others"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(window.case_bar.messages_dialog, MessagesDialog))
    messages = window.case_bar.messages_dialog
    assert messages is not None and messages.isVisible()
    messages.reject()

    qtbot.mouseClick(_button(_guide(window, qtbot), "do-hand-over"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.case_bar.custody_dialog is not None)
    window.case_bar.custody_dialog.reject()  # type: ignore[union-attr]

    qtbot.mouseClick(_button(_guide(window, qtbot), "do-check-gone"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.case_bar.reports_dialog is not None)
    assert window.case_bar.reports_dialog.isVisible()  # type: ignore[union-attr]
    window.case_bar.reports_dialog.reject()  # type: ignore[union-attr]

    exports: list[QDialog] = []

    def close_the_export() -> None:  # a modal dialog with its own loop: answered by a timer
        shown = QApplication.activeModalWidget()
        if isinstance(shown, ExportDialog) and shown.isVisible():
            exports.append(shown)
            shown.reject()
        elif not exports:
            QTimer.singleShot(20, close_the_export)

    QTimer.singleShot(0, close_the_export)
    qtbot.mouseClick(_button(_guide(window, qtbot), "do-police"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(exports) == 1)

    guide = _guide(window, qtbot)
    capture = _button(guide, "do-capture")
    assert capture.menu() is not None
    texts = [a.text() for a in capture.menu().actions()]
    assert "Write it down, without a picture…" in texts and "Whole screen" in texts


def test_a_helper_and_a_school_read_their_own_words(
    window: MainWindow, vault: Vault, qtbot: QtBot
) -> None:
    vault.service.choose("role", "helper")
    vault.service.choose("helper_name", "Ann")
    dialog = _guide(window, qtbot)
    qtbot.waitUntil(lambda: "Tell them" in dialog.cards["not-your-fault"].title.text())
    dialog.accept()
    vault.service.choose("role", "school")
    school = _guide(window, qtbot)
    qtbot.waitUntil(lambda: "school-support" in school.cards)
    assert list(school.cards)[:2] == ["school-scope", "school-support"]
    assert "not-your-fault" not in school.cards


def test_a_ready_text_is_filled_from_the_case_and_typed_into(
    window: MainWindow, vault: Vault, qtbot: QtBot
) -> None:
    vault.service.choose("role", "helper")
    vault.service.choose("helper_name", "Ann Peeters")
    vault.service.add_person(1, name="Jonas V.")
    window.case_bar.messages_action.trigger()
    qtbot.waitUntil(lambda: window.case_bar.messages_dialog is not None)
    dialog = window.case_bar.messages_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.recipient.text() == "Jonas V.")
    assert dialog.text.toPlainText().startswith("Hi Jonas V.,")
    # In the person's own voice: the helper does not sign it.
    assert "Ann Peeters" not in dialog.text.toPlainText()
    assert dialog.text.toPlainText().endswith("[your name]\n")
    dialog.kind.setCurrentIndex(dialog.kind.findData("school"))
    assert dialog.text.toPlainText().endswith("Ann Peeters\n")  # the parent's letter
    child = dialog.child
    assert child.isVisibleTo(dialog) and not dialog.recipient.isVisibleTo(dialog)
    qtbot.keyClicks(child, "Lien")
    assert "my child, Lien," in dialog.text.toPlainText()
    assert "[your phone number or e-mail address]" in dialog.text.toPlainText()
    dialog.language.setCurrentIndex(dialog.language.findData("nl"))
    assert "Lien" in dialog.text.toPlainText() and "Geachte" in dialog.text.toPlainText()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == dialog.text.toPlainText()
    # A change to the text is not written over by the fields; it can be written again.
    dialog.text.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(dialog.text, "PS: Lien weet dat ik schrijf.")
    qtbot.keyClicks(child, "tje")
    assert dialog.text.toPlainText().endswith("PS: Lien weet dat ik schrijf.")
    assert dialog.rewrite_button.isVisible()
    qtbot.mouseClick(dialog.rewrite_button, Qt.MouseButton.LeftButton)
    assert "Lientje" in dialog.text.toPlainText() and "PS:" not in dialog.text.toPlainText()
    assert isinstance(dialog.findChild(QLineEdit), QLineEdit)
