"""A line edit's caret waits where Tab will put it (`gui/common/focus_said.py`)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from evidence_app.gui.common import focus_said


@pytest.fixture(autouse=True)
def installed(qapp: QApplication) -> Iterator[None]:
    """Installed as the app does, for these tests only (the other tests' fields as Qt has them)."""
    focus_said.install(qapp)
    focus_said.install(qapp)  # once is enough: a second call adds nothing
    watchers = qapp.findChildren(focus_said._SaidFirst)
    assert len(watchers) == 1
    yield
    watchers[0].setParent(None)
    watchers[0].deleteLater()


def _window(qtbot: QtBot) -> tuple[QWidget, QLineEdit, QLineEdit]:
    window = QWidget()
    first, second = QLineEdit("https://example.org/a"), QLineEdit()
    layout = QVBoxLayout(window)
    layout.addWidget(first)
    layout.addWidget(second)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    return window, first, second


def test_the_caret_waits_at_the_end_after_the_focus_left(qtbot: QtBot) -> None:
    window, first, second = _window(qtbot)
    first.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(first.hasFocus)
    first.setCursorPosition(3)  # the person clicked into the middle
    second.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: first.cursorPosition() == len(first.text()))
    assert first.text() == "https://example.org/a" and not first.hasSelectedText()
    assert window.isVisible()


def test_a_menu_or_another_window_leaves_the_caret_where_it_was(qtbot: QtBot) -> None:
    window, first, _ = _window(qtbot)
    first.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(first.hasFocus)
    first.setCursorPosition(3)
    for reason in (Qt.FocusReason.PopupFocusReason, Qt.FocusReason.ActiveWindowFocusReason):
        QApplication.sendEvent(first, QFocusEvent(QEvent.Type.FocusOut, reason))
        qtbot.wait(20)
        assert first.cursorPosition() == 3
    assert window.isVisible()
