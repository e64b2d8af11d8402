"""The check box and radio button whose words wrap look and act as Qt's own on one line:
the same pixels, with and without the keyboard's focus, ticked or not, and a click counts
on the square and the words only."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from evidence_app.gui.common.wrapping_choice import WrappingCheckBox, WrappingRadioButton

PAIRS = [
    pytest.param(QCheckBox, WrappingCheckBox, id="check box"),
    pytest.param(QRadioButton, WrappingRadioButton, id="radio button"),
]


def _drawn(qtbot: QtBot, kind: type[QAbstractButton], ticked: bool, tabbed: bool) -> QImage:
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    before = QPushButton("Before")
    button = kind("Keep the web address")
    layout.addWidget(before)
    layout.addWidget(button)
    button.setChecked(ticked)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    before.setFocus()
    qtbot.waitUntil(before.hasFocus)
    if tabbed:  # the focus Tab brings, which the style draws
        qtbot.keyClick(before, Qt.Key.Key_Tab)
        qtbot.waitUntil(button.hasFocus)
    drawn = button.grab().toImage()
    window.close()
    return drawn


@pytest.mark.parametrize(("qt", "ours"), PAIRS)
@pytest.mark.parametrize("ticked", [False, True])
@pytest.mark.parametrize("tabbed", [False, True])
def test_on_one_line_it_is_drawn_as_qts_own(
    qtbot: QtBot,
    qt: type[QAbstractButton],
    ours: type[QAbstractButton],
    ticked: bool,
    tabbed: bool,
) -> None:
    theirs = _drawn(qtbot, qt, ticked, tabbed)
    mine = _drawn(qtbot, ours, ticked, tabbed)
    assert mine.size() == theirs.size()
    assert mine == theirs


@pytest.mark.parametrize(("qt", "ours"), PAIRS)
def test_a_click_beside_its_words_does_nothing(
    qtbot: QtBot, qt: type[QAbstractButton], ours: type[QAbstractButton]
) -> None:
    button = ours("Short")
    qtbot.addWidget(button)
    button.resize(400, button.sizeHint().height())
    button.show()
    qtbot.waitExposed(button)
    middle = button.height() // 2
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(390, middle))
    assert not button.isChecked()
    on_the_word = QRect(button.rect()).center()
    on_the_word.setX(button.width() - 400 + 30 + button.fontMetrics().horizontalAdvance("Sh"))
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=on_the_word)
    assert button.isChecked()
