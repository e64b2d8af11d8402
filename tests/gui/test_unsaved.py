"""What was typed is not dropped without asking: Cancel, Esc or the window's close button
in a window whose Save keeps it asks Save, Close without saving, or Go back
(`gui.common.unsaved`). A lock closes it at once, asking nothing."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from evidence_app.domain.guide import Profile, Role
from evidence_app.domain.report import ReportStatus
from evidence_app.gui.cases.journal_dialog import JournalDialog, JournalEntryEditor
from evidence_app.gui.cases.report_editor import ReportEditor
from evidence_app.gui.cases.summary_dialog import SummaryDialog
from evidence_app.gui.guide.about_you import AboutYouDialog
from evidence_app.gui.main_window import MainWindow
from tests.helpers.dialogs import press, question, when_a_dialog_opens
from tests.helpers.vaults import Vault
from tests.helpers.windows import KEPT_AT_LOCK, main_window, open_journal, unlock_again


@pytest.fixture
def window(qtbot: QtBot, vault: Vault, translations) -> MainWindow:
    win = main_window(vault, qtbot, translations)
    qtbot.waitUntil(lambda: win.case_bar.box.count() == 1)
    return win


@pytest.fixture
def journal(qtbot: QtBot, window: MainWindow) -> JournalDialog:
    return open_journal(window, qtbot)


def _then(step: Callable[[], bool]) -> None:
    """Run `step` every 20 ms until it says it is done (at most 10 s)."""
    tries = [500]

    def again() -> None:
        tries[0] -= 1
        if not step() and tries[0] > 0:
            QTimer.singleShot(20, again)

    QTimer.singleShot(20, again)


@pytest.mark.parametrize(
    ("close_with", "answer", "kept"),
    [
        ("Escape", "Save", True),
        ("Cancel", "Close without saving", False),
        ("close button", "Save", True),
    ],
)
def test_a_journal_entry_typed_and_closed_asks_first(
    qtbot: QtBot, journal: JournalDialog, vault: Vault, close_with: str, answer: str, kept: bool
) -> None:
    asked: list[str] = []

    def write(editor: QWidget) -> None:
        assert isinstance(editor, JournalEntryEditor)
        qtbot.keyClicks(editor.text, "Hij belde om middernacht en dreigde.")
        if close_with == "Escape":
            qtbot.keyClick(editor.text, Qt.Key.Key_Escape)
        elif close_with == "Cancel":
            qtbot.mouseClick(editor.cancel_button, Qt.MouseButton.LeftButton)
        else:
            editor.close()

        def answered() -> bool:
            box = question(editor)
            if box is None:
                return False
            asked.append(box.windowTitle())
            assert editor.isVisible()  # not closed while it asks
            qtbot.keyClick(box, Qt.Key.Key_Escape)  # Go back: nothing lost
            assert editor.isVisible()
            assert editor.text.toPlainText() == "Hij belde om middernacht en dreigde."
            qtbot.mouseClick(editor.cancel_button, Qt.MouseButton.LeftButton)  # asks again
            _then(lambda: _answer_again(editor))
            return True

        def _answer_again(editor: JournalEntryEditor) -> bool:
            box = question(editor)
            if box is None:
                return False
            press(qtbot, box, answer)
            return True

        _then(answered)

    seen = when_a_dialog_opens(write)
    qtbot.mouseClick(journal.add_button, Qt.MouseButton.LeftButton)  # exec(): until closed
    assert seen and asked == ["Keep what you wrote?"]
    stored = [e.text for e in vault.service.journal(1)]
    assert stored == (["Hij belde om middernacht en dreigde."] if kept else [])


def test_nothing_typed_closes_without_asking(
    qtbot: QtBot, journal: JournalDialog, vault: Vault
) -> None:
    def close(editor: QWidget) -> None:
        qtbot.keyClick(editor, Qt.Key.Key_Escape)

    seen = when_a_dialog_opens(close)
    qtbot.mouseClick(journal.add_button, Qt.MouseButton.LeftButton)
    assert seen and not seen[0].isVisible()
    assert vault.service.journal(1) == []


def test_a_summary_written_and_cancelled_asks_first(qtbot: QtBot, translations) -> None:
    dialog = SummaryDialog("Zaak A", "Eerst dit.")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.close()
    assert not dialog.isVisible()  # as it was: nothing changed, nothing asked
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.editor.moveCursor(dialog.editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(dialog.editor, " En dan dat.")
    qtbot.keyClick(dialog.editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: question(dialog) is not None)
    box = question(dialog)
    assert box is not None
    assert box.defaultButton().text() == "Save"
    press(qtbot, box, "Save")
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted)
    assert dialog.text() == "Eerst dit. En dan dat."


def test_a_lock_keeps_the_words_typed_in_a_journal_entry_and_says_so(
    qtbot: QtBot, window: MainWindow, journal: JournalDialog, vault: Vault
) -> None:
    """The lock asks nothing and does not wait for the person, but keeps what was typed,
    as Save would, before the vault closes; once it is open again, the window says so."""

    def write_then_lock(editor: QWidget) -> None:
        assert isinstance(editor, JournalEntryEditor)
        qtbot.keyClicks(editor.text, "Hij stuurde de foto naar mijn klas.")
        window.lock_vault()

    seen = when_a_dialog_opens(write_then_lock)
    qtbot.mouseClick(journal.add_button, Qt.MouseButton.LeftButton)
    assert seen and not seen[0].isVisible()
    assert [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)] == []
    assert vault.service.locked
    assert window.statusBar().currentMessage() == ""  # nothing said while locked
    service = unlock_again(window, qtbot, vault.passphrase)
    assert [e.text for e in service.journal(1)] == ["Hij stuurde de foto naar mijn klas."]
    assert window.statusBar().currentMessage() == KEPT_AT_LOCK + "“Write down what happened”."


def test_a_lock_keeps_nothing_save_would_refuse(
    qtbot: QtBot, window: MainWindow, journal: JournalDialog, vault: Vault
) -> None:
    """Only when it happened was changed: Save would say "Write a few words", so the lock
    keeps nothing, and says nothing at unlock."""

    def change_when_then_lock(editor: QWidget) -> None:
        assert isinstance(editor, JournalEntryEditor)
        editor.when.choice.setFocus()
        qtbot.keyClick(editor.when.choice, Qt.Key.Key_End)
        assert editor.changed_by_hand()
        window.lock_vault()

    seen = when_a_dialog_opens(change_when_then_lock)
    qtbot.mouseClick(journal.add_button, Qt.MouseButton.LeftButton)
    assert seen and not seen[0].isVisible()
    assert window._kept_at_lock == []
    service = unlock_again(window, qtbot, vault.passphrase)
    assert service.journal(1) == []
    assert not window.statusBar().currentMessage().startswith(KEPT_AT_LOCK)


def test_a_lock_while_the_summary_asks_keeps_it(
    qtbot: QtBot, window: MainWindow, vault: Vault
) -> None:
    """Esc pressed, the question shows, and the vault locks before an answer: what was
    written is kept (Save is what the question proposes), and both windows are gone."""
    asked: list[bool] = []

    def write_escape_then_lock(dialog: QWidget) -> None:
        assert isinstance(dialog, SummaryDialog)
        qtbot.keyClicks(dialog.editor, "Het begon in september op school.")
        qtbot.keyClick(dialog.editor, Qt.Key.Key_Escape)

        def lock_while_asking() -> bool:
            if question(dialog) is None:
                return False
            asked.append(True)
            window.lock_vault()
            return True

        _then(lock_while_asking)

    seen = when_a_dialog_opens(write_escape_then_lock)
    window.case_bar.summary_action.trigger()  # exec(): until the lock ends it
    assert seen and asked == [True] and not seen[0].isVisible()
    # Out of sight at once; gone from memory with its window (deleted once closed).
    shown = {id(w) for w in QApplication.topLevelWidgets() if w.isVisible()}
    assert shown == {id(window), id(window.unlock_dialog)}
    qtbot.waitUntil(
        lambda: [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)] == []
    )
    # Where it was kept is held while locked: not by the window's title, which names the case.
    assert window._kept_at_lock == ["the case's summary"]
    service = unlock_again(window, qtbot, vault.passphrase)
    assert service.cases()[0].summary == "Het begon in september op school."
    assert window.statusBar().currentMessage() == KEPT_AT_LOCK + "the case's summary."


def test_a_report_written_as_the_vault_locks_is_kept_as_a_draft(
    qtbot: QtBot, window: MainWindow, vault: Vault
) -> None:
    """A report not said to be sent is not made one by the lock: it is kept as written,
    a draft, for the person to finish."""
    window.case_bar.open_reports()
    reports = window.case_bar.reports_dialog
    assert reports is not None
    qtbot.waitExposed(reports)

    def write_then_lock(editor: QWidget) -> None:
        assert isinstance(editor, ReportEditor)
        qtbot.keyClicks(editor.urls, "https://example.com/post/1")
        window.lock_vault()

    seen = when_a_dialog_opens(write_then_lock)
    qtbot.mouseClick(reports.new_button, Qt.MouseButton.LeftButton)
    assert seen and not seen[0].isVisible()
    service = unlock_again(window, qtbot, vault.passphrase)
    (report,) = service.reports(1)
    assert report.urls == ("https://example.com/post/1",)
    assert report.status == ReportStatus.DRAFT and report.sent_at == ""


def test_a_lock_never_lets_pictures_in_again_without_asking(
    qtbot: QtBot, window: MainWindow, vault: Vault
) -> None:
    """About you: a name typed and "under 18" unchecked, then a lock. The name is kept;
    letting pictures in again is asked only with the person there, so it stays off."""
    vault.service.set_profile(Profile(Role.HELPER, "", True))

    def change_then_lock(dialog: QWidget) -> None:
        assert isinstance(dialog, AboutYouDialog)
        qtbot.keyClicks(dialog.form.name, "Mama van Lien")
        dialog.form.minors.click()
        assert not dialog.profile().minors
        window.lock_vault()

    seen = when_a_dialog_opens(change_then_lock)
    window.about_you()
    assert seen and not seen[0].isVisible()
    assert window._kept_at_lock == ["“About you”"]
    service = unlock_again(window, qtbot, vault.passphrase)
    assert service.profile() == Profile(Role.HELPER, "Mama van Lien", True, "")


def test_a_date_set_with_the_keys_alone_asks_too(
    qtbot: QtBot, journal: JournalDialog, vault: Vault
) -> None:
    """Only when it happened is changed (the arrow keys on "When"): that is kept by Save,
    so closing asks."""
    asked: list[bool] = []

    def change_when(editor: QWidget) -> None:
        assert isinstance(editor, JournalEntryEditor)
        before = editor.when.value()
        editor.when.choice.setFocus()
        qtbot.keyClick(editor.when.choice, Qt.Key.Key_End)  # "At this time"
        assert editor.when.value() != before
        qtbot.keyClick(editor.when.choice, Qt.Key.Key_Escape)

        def answer() -> bool:
            box = question(editor)
            if box is None:
                return False
            asked.append(True)
            press(qtbot, box, "Close without saving")
            return True

        _then(answer)

    seen = when_a_dialog_opens(change_when)
    qtbot.mouseClick(journal.add_button, Qt.MouseButton.LeftButton)
    assert seen and asked == [True]
    assert vault.service.journal(1) == []


def test_under_18_alone_turned_off_is_neither_kept_nor_said_kept(
    qtbot: QtBot, window: MainWindow, vault: Vault
) -> None:
    """Only "under 18" unchecked in About you, then a lock: turning it off is asked only
    with the person there, so nothing is kept, and the app does not say it kept anything."""
    vault.service.set_profile(Profile(Role.HELPER, "Mama van Lien", True))

    def uncheck_then_lock(dialog: QWidget) -> None:
        assert isinstance(dialog, AboutYouDialog)
        dialog.form.minors.click()
        window.lock_vault()

    seen = when_a_dialog_opens(uncheck_then_lock)
    window.about_you()
    assert seen and not seen[0].isVisible()
    assert window._kept_at_lock == []
    service = unlock_again(window, qtbot, vault.passphrase)
    assert service.profile() == Profile(Role.HELPER, "Mama van Lien", True, "")
    assert not window.statusBar().currentMessage().startswith(KEPT_AT_LOCK)
