"""A line edit has told where its caret is before Tab first reaches it, and nothing of it
moved (`gui/common/focus_said.py`). On a real desktop, through Orca's ears:
`tests/e2e/test_desktop_labels.py`."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QDateEdit,
    QDateTimeEdit,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from evidence_app.gui.common import focus_said


@pytest.fixture(autouse=True)
def installed(qapp: QApplication) -> Iterator[None]:
    """Installed as the app does, for these tests only."""
    focus_said.install(qapp)
    focus_said.install(qapp)  # once is enough: a second call adds nothing
    watchers = qapp.findChildren(focus_said._SaidFirst)
    assert len(watchers) == 1
    yield
    watchers[0].setParent(None)
    watchers[0].deleteLater()


class Window(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.first = QLineEdit()
        self.empty = QLineEdit()
        self.address = QLineEdit("https://www.instagram.com/p/Cx1/")
        self.address.setCursorPosition(0)  # its start in sight, as the record form does
        self.date = QDateEdit(QDate(2024, 5, 17))
        self.date.setCurrentSection(QDateTimeEdit.Section.DaySection)
        self.rows = QVBoxLayout(self)
        for widget in (self.first, self.empty, self.address, self.date):
            self.rows.addWidget(widget)


@pytest.fixture
def window(qtbot: QtBot) -> Window:
    shown = Window()
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    shown.activateWindow()
    shown.first.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(shown.first.hasFocus)
    return shown


def _moves_with_the_focus(field: QLineEdit) -> list[tuple[int, int]]:
    """The caret's moves `field` tells from now on while it has the focus: those a screen
    reader takes for the focus going there (told without it, they are passed over)."""
    moves: list[tuple[int, int]] = []

    def moved(old: int, new: int) -> None:
        if field.hasFocus():
            moves.append((old, new))

    field.cursorPositionChanged.connect(moved)
    return moves


def test_an_empty_field_tells_nothing_more_as_tab_reaches_it(qtbot: QtBot, window: Window) -> None:
    """Without the module the field tells its caret (-1 to 0) as it takes the focus, before
    the focus: Orca then said nothing of it."""
    moves = _moves_with_the_focus(window.empty)
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_Tab)
    qtbot.waitUntil(window.empty.hasFocus)
    assert moves == []


def test_a_field_that_came_later_has_told_before_tab_reaches_it(
    qtbot: QtBot, window: Window
) -> None:
    later = QLineEdit()
    window.rows.insertWidget(1, later)
    later.show()
    QWidget.setTabOrder(window.first, later)  # right after the field with the focus
    moves = _moves_with_the_focus(later)
    QTest.keyClick(window.windowHandle(), Qt.Key.Key_Tab)  # through the window, as a key
    qtbot.waitUntil(later.hasFocus)
    assert moves == []


def test_nothing_moves(window: Window) -> None:
    """The address keeps its start in sight, the date field the part the arrows change."""
    assert window.address.cursorPosition() == 0
    assert window.address.text() == "https://www.instagram.com/p/Cx1/"
    assert window.date.currentSection() == QDateTimeEdit.Section.DaySection
    assert window.date.date() == QDate(2024, 5, 17)
