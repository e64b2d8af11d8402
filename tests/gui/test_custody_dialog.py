"""The hand-overs in the window: written by typing and clicking, removed after a second
question, and a vault that refuses says why under the list, losing nothing typed before.

The journal and the reports go through the same steps (`CaseListDialog`); their own
tests do the same there."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from evidence_app.gui.cases.custody_dialog import CustodyDialog, CustodyEditor
from tests.helpers.dialogs import when_a_dialog_opens
from tests.helpers.vaults import Vault


@pytest.fixture
def custody(qtbot: QtBot, vault: Vault, translations) -> CustodyDialog:
    dialog = CustodyDialog(vault.service, 1, "School")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _hand_over(qtbot: QtBot, to_whom: str, reference: str):
    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, CustodyEditor)
        qtbot.keyClicks(dialog.given_to, to_whom)
        qtbot.keyClicks(dialog.reference, reference)
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    return answer


def _answer_the_question(
    monkeypatch: pytest.MonkeyPatch, answer: QMessageBox.StandardButton
) -> list[str]:
    """Answer the next "are you sure" with `answer`; the list gets each question's title."""
    asked: list[str] = []

    def question(_parent: QWidget, title: str, *_args: object) -> QMessageBox.StandardButton:
        asked.append(title)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)  # the box itself is Qt's
    return asked


def test_a_hand_over_is_written_then_removed_after_a_second_question(
    custody: CustodyDialog, vault: Vault, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen = when_a_dialog_opens(_hand_over(qtbot, "Politie Gent", "PV 2026/1234"))
    qtbot.mouseClick(custody.add_button, Qt.MouseButton.LeftButton)
    assert seen
    qtbot.waitUntil(lambda: custody.table.rowCount() == 1)
    assert custody.status.text() == "Written down."
    (entry,) = vault.service.custody(1)
    assert (entry.given_to, entry.reference) == ("Politie Gent", "PV 2026/1234")
    assert custody.table.item(0, 1).text() == "Politie Gent"

    custody.table.selectRow(0)
    asked = _answer_the_question(monkeypatch, QMessageBox.StandardButton.No)
    qtbot.mouseClick(custody.remove_button, Qt.MouseButton.LeftButton)
    assert asked == ["Remove the hand-over?"]
    assert [e.given_to for e in vault.service.custody(1)] == ["Politie Gent"]  # No: kept

    asked = _answer_the_question(monkeypatch, QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(custody.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: custody.table.rowCount() == 0)
    assert custody.status.text() == "The hand-over is removed."
    assert vault.service.custody(1) == []
    assert vault.service.check() == []


def test_a_locked_vault_says_so_under_the_list(
    custody: CustodyDialog, vault: Vault, qtbot: QtBot
) -> None:
    vault.service.lock()
    seen = when_a_dialog_opens(_hand_over(qtbot, "Politie Gent", ""))
    qtbot.mouseClick(custody.add_button, Qt.MouseButton.LeftButton)
    assert seen
    qtbot.waitUntil(lambda: "locked" in custody.status.text())
    assert custody.table.rowCount() == 0
