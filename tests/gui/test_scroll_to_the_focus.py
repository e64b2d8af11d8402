"""A page that scrolls shows what a person reaches with Tab: the control, and the words
before its first control or after its last one, which no Tab reaches."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QScrollArea, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from evidence_app.gui.common.dialog_parts import scrolls_to_the_focus_only

WORDS = "Words that no Tab reaches, before the first field or after the last. " * 3


def _shown(area: QScrollArea, widget: QWidget) -> bool:
    viewport = area.viewport()
    top = widget.mapTo(viewport, widget.rect().topLeft()).y()
    bottom = widget.mapTo(viewport, widget.rect().bottomLeft()).y()
    return top >= 0 and bottom <= viewport.height()


def test_tab_to_the_last_control_shows_the_words_after_it_and_back_to_the_first(
    qtbot: QtBot,
) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    before = QPushButton("before the page")  # where the focus comes from
    inside = QWidget()
    column = QVBoxLayout(inside)
    intro = QLabel(WORDS)
    intro.setWordWrap(True)
    column.addWidget(intro)
    fields = [QLineEdit() for _ in range(8)]
    for field in fields:
        column.addWidget(field)
    warning = QLabel(WORDS)
    warning.setWordWrap(True)
    column.addWidget(warning)
    area = QScrollArea()
    area.setWidget(inside)
    area.setWidgetResizable(True)
    scrolls_to_the_focus_only(area)
    after = QPushButton("after the page")
    layout = QVBoxLayout(window)
    for part in (before, area, after):
        layout.addWidget(part)
    window.resize(320, 300)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    before.setFocus()
    assert area.verticalScrollBar().maximum() > 0  # the page is longer than its room

    for _ in fields:
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
    assert fields[-1].hasFocus()
    qtbot.waitUntil(lambda: area.verticalScrollBar().value() == area.verticalScrollBar().maximum())
    assert _shown(area, fields[-1])
    last_line = warning.mapTo(area.viewport(), warning.rect().bottomLeft()).y()
    assert last_line <= area.viewport().height()  # the warning's end is in sight

    for _ in fields[1:]:
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Backtab)
    assert fields[0].hasFocus()
    qtbot.waitUntil(lambda: area.verticalScrollBar().value() == 0)
    assert _shown(area, fields[0])
    assert intro.mapTo(area.viewport(), intro.rect().topLeft()).y() >= 0  # its start too

    # After a click, the last control reached another way (the window coming back) is shown,
    # no more: what the person scrolled to stays as far in sight as it can.
    # Through the window, as a real click comes (the app's focus ring watches it there).
    centre = before.mapTo(window, before.rect().center())
    QTest.mouseClick(window.windowHandle(), Qt.MouseButton.LeftButton, pos=centre)
    assert before.hasFocus()
    area.verticalScrollBar().setValue(0)
    fields[-1].setFocus(Qt.FocusReason.ActiveWindowFocusReason)
    qtbot.wait(50)
    assert _shown(area, fields[-1])
    assert area.verticalScrollBar().value() < area.verticalScrollBar().maximum()
