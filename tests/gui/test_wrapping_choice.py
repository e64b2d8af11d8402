"""The check box and radio button whose words wrap look and act as Qt's own on one line:
the same pixels, with and without the keyboard's focus, ticked or not, a click counts
on the square and the words only, and a screen reader is told the same place. On more
lines, the focus and that place go round all of them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAccessible, QImage
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


LONG = "Keep the web address, the date and the time of every page that was captured"


def _drawn(
    qtbot: QtBot,
    kind: type[QAbstractButton],
    ticked: bool,
    tabbed: bool,
    text: str = "Keep the web address",
    width: int | None = None,
) -> QImage:
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    before = QPushButton("Before")
    button = kind(text)
    layout.addWidget(before)
    layout.addWidget(button)
    button.setChecked(ticked)
    if width is not None:  # with the height of its lines (a window does not ask for it)
        window.setFixedSize(width, window.heightForWidth(width))
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


def _told(button: QAbstractButton) -> QRect:
    """Where Qt's accessibility tells a screen reader the button is, in the button."""
    told = QAccessible.queryAccessibleInterface(button).rect()
    return told.translated(-button.mapToGlobal(QPoint(0, 0)))


@pytest.mark.parametrize(("qt", "ours"), PAIRS)
@pytest.mark.parametrize("text", ["Keep the web address", "&Keep the web address"])
def test_on_one_line_a_screen_reader_is_told_where_qts_own_is(
    qtbot: QtBot, qt: type[QAbstractButton], ours: type[QAbstractButton], text: str
) -> None:
    """With a mnemonic too: its "&" is not drawn, and takes no room."""
    places = []
    for kind in (qt, ours):
        button = kind(text)
        qtbot.addWidget(button)
        button.resize(400, button.sizeHint().height())
        button.show()
        qtbot.waitExposed(button)
        places.append(_told(button))
    assert places[0].isValid() and places[0].width() < 400
    assert places[1] == places[0]


@pytest.mark.parametrize(("qt", "ours"), PAIRS)
def test_on_more_lines_a_screen_reader_is_told_of_all_of_them(
    qtbot: QtBot, qt: type[QAbstractButton], ours: type[QAbstractButton]
) -> None:
    """Qt's accessibility asks the style where the button takes a click, and a style knows of
    one line: a magnifier that follows the focus showed the middle of the button's lines."""
    button = ours(LONG)
    qtbot.addWidget(button)
    width = button.sizeHint().width() // 3
    button.resize(width, button.heightForWidth(width))
    button.show()
    qtbot.waitExposed(button)
    lines = button.fontMetrics().lineSpacing()
    assert button.height() >= 3 * lines
    told = _told(button)
    assert button.rect().contains(told)
    assert told.top() <= 2 and told.bottom() >= button.height() - 3
    assert told.left() == 0 and told.right() >= button.width() - 3 * lines
    # and a click there counts, on the last line too
    qtbot.mouseClick(
        button, Qt.MouseButton.LeftButton, pos=QPoint(told.center().x(), told.bottom() - 2)
    )
    assert button.isChecked()


@pytest.mark.parametrize(("qt", "ours"), PAIRS)
def test_on_more_lines_the_focus_goes_round_all_of_them(
    qtbot: QtBot, qt: type[QAbstractButton], ours: type[QAbstractButton]
) -> None:
    """The style's rectangle around the words, measured on the first line of a button too
    narrow for them, was cut off at its side: its width came out below zero, and nothing
    showed the focus around the words."""
    width = ours(LONG).sizeHint().width() // 3
    without = _drawn(qtbot, ours, ticked=False, tabbed=False, text=LONG, width=width)
    tabbed = _drawn(qtbot, ours, ticked=False, tabbed=True, text=LONG, width=width)
    assert tabbed.size() == without.size()
    changed = [
        (x, y)
        for y in range(tabbed.height())
        for x in range(tabbed.width())
        if tabbed.pixel(x, y) != without.pixel(x, y)
    ]
    lines = QCheckBox().fontMetrics().lineSpacing()
    xs, ys = [x for x, _ in changed], [y for _, y in changed]
    # round the words: from the first line to below the last, and out to their right
    assert min(ys) <= lines and max(ys) >= tabbed.height() - lines
    assert max(xs) >= tabbed.width() // 2 + lines
