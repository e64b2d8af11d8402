"""The journal in the window: written, changed and removed by typing and clicking."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from evidence_app.domain.event_time import EventTime
from evidence_app.gui.cases.journal_dialog import JournalDialog, JournalEntryEditor
from tests.helpers.dialogs import close_without_saving, when_a_dialog_opens
from tests.helpers.vaults import Vault
from tests.helpers.windows import open_journal, shown_main_window


@pytest.fixture
def journal(qtbot: QtBot, vault: Vault, translations) -> JournalDialog:
    return open_journal(shown_main_window(vault, qtbot, translations), qtbot)


def _write(qtbot: QtBot, text: str, involved: str, *, at: QDateTime | None = None):
    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, JournalEntryEditor)
        if at is not None:
            qtbot.keyClick(dialog.when.choice, Qt.Key.Key_End)  # "At this time"
            dialog.when.date.setDate(at.date())
            dialog.when.time.setTime(at.time())
            qtbot.mouseClick(dialog.when.roughly, Qt.MouseButton.LeftButton)
        qtbot.keyClicks(dialog.text, text)
        qtbot.keyClicks(dialog.involved, involved)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    return answer


def test_an_entry_is_written_with_when_and_who(
    journal: JournalDialog, vault: Vault, qtbot: QtBot
) -> None:
    when = QDateTime(QDate(2024, 11, 14), QTime(19, 30))
    seen = when_a_dialog_opens(_write(qtbot, "Hij belde en dreigde.", "x_francois", at=when))
    qtbot.mouseClick(journal.add_button, Qt.MouseButton.LeftButton)
    assert seen
    qtbot.waitUntil(lambda: journal.table.rowCount() == 1)
    (entry,) = vault.service.journal(1)
    assert (entry.text, entry.involved, entry.event_precision) == (
        "Hij belde en dreigde.",
        "x_francois",
        "about",
    )
    assert entry.event_at.startswith("2024-11-14T19:30")
    assert journal.table.item(0, 1).text() == "Hij belde en dreigde."
    assert journal.table.item(0, 0).text().startswith("about 14 November 2024, 19:30")


def test_an_empty_entry_is_not_saved_and_says_why(journal: JournalDialog, qtbot: QtBot) -> None:
    said: list[str] = []

    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, JournalEntryEditor)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        said.append(dialog.problem.text())
        close_without_saving(qtbot, dialog)

    seen = when_a_dialog_opens(answer)
    qtbot.mouseClick(journal.add_button, Qt.MouseButton.LeftButton)
    assert seen and said == ["Write a few words about what happened."]


def test_an_entry_is_changed_and_removed(
    journal: JournalDialog, vault: Vault, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault.service.add_journal_entry(1, "Ik vertelde het aan mijn mentor.")
    journal.reload()
    qtbot.waitUntil(lambda: journal.table.rowCount() == 1)
    journal.table.selectRow(0)

    def reword(dialog: QWidget) -> None:
        assert isinstance(dialog, JournalEntryEditor)
        dialog.text.selectAll()
        qtbot.keyClicks(dialog.text, "Ik vertelde het aan mevrouw Peeters.")
        qtbot.keyClick(dialog.when.choice, Qt.Key.Key_Down)  # "On this day"
        dialog.when.date.setDate(QDate(2024, 11, 15))
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    seen = when_a_dialog_opens(reword)
    qtbot.mouseClick(journal.change_button, Qt.MouseButton.LeftButton)
    assert seen
    qtbot.waitUntil(lambda: journal.status.text() == "The entry is changed.")
    (entry,) = vault.service.journal(1)
    assert entry.text == "Ik vertelde het aan mevrouw Peeters."
    assert entry.event() == EventTime("2024-11-15", "day")

    monkeypatch.setattr(
        QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes
    )  # the question box itself is Qt's
    qtbot.waitUntil(lambda: journal.table.rowCount() == 1)
    journal.table.selectRow(0)
    qtbot.mouseClick(journal.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: journal.table.rowCount() == 0)
    assert vault.service.journal(1) == []
    assert vault.service.check() == []
