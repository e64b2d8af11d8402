"""A check box and a radio button whose words go on to more lines where the window is narrow.

Qt's own keep their words on one line, however long, and a window cannot be narrower than
its widest line: in Dutch, with the text at 200 % and 150 % scale, "I am helping someone (as a
parent, a friend, a teacher or a counsellor)" made About you 1,541 px wide on a screen of
1,366. These ask for that one line where there is room (`sizeHint`), for their longest word
where there is not (`minimumSizeHint`), and for the height of the lines the width they get
makes (`heightForWidth`). They are Qt's check box and radio button in every other way: the
keyboard, the mnemonic, the name a screen reader says (the text), a click on the square or
circle or on the words; where a screen reader or a magnifier is told they are covers all
their lines (`click_rect`). The style draws the square or circle at the first line, with the
keyboard's focus as it shows it, the words beside it, and its focus rectangle around them.
On one line they are drawn as Qt's own, pixel for pixel (`tests/gui/test_wrapping_choice.py`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QRadioButton,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStyleOptionFocusRect,
    QStylePainter,
    QWidget,
)

_WORDS = Qt.TextFlag.TextWordWrap | Qt.TextFlag.TextShowMnemonic
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_FOCUS = QStyle.StateFlag.State_HasFocus

if TYPE_CHECKING:
    _Button = QCheckBox  # what the type checker sees; both have the same methods
else:
    _Button = object


class _Wraps(_Button):
    """What the two have in common, put before Qt's class (so `super()` is Qt's); the class
    attributes name the parts of the style that draw it (its square or circle, its words)."""

    _INDICATOR: QStyle.PrimitiveElement
    _INDICATOR_RECT: QStyle.SubElement
    _CONTENTS: QStyle.SubElement
    _FOCUS_RECT: QStyle.SubElement

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        # Qt's are as wide as their line and one line high (Fixed), whatever the room. This
        # one may be narrower, and a layout gives it the height of its lines only where the
        # height may grow (Minimum); with Fixed it would keep one line's.
        policy = QSizePolicy(
            QSizePolicy.Policy.Preferred,
            QSizePolicy.Policy.Minimum,
            self.sizePolicy().controlType(),
        )
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def _one_line(self) -> QSize:
        return super().sizeHint()  # Qt's own: the words on one line

    def _option(self, rect: QRect | None = None) -> QStyleOptionButton:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        if rect is not None:
            option.rect = rect
        return option

    def _contents(self, rect: QRect) -> QRect:
        """Where the words may go in a button of `rect`: beside the square or circle."""
        return self.style().subElementRect(self._CONTENTS, self._option(rect), self)

    def _words_height(self, width: int) -> int:
        rect = self._contents(QRect(0, 0, width, 1 << 16))
        return self.fontMetrics().boundingRect(rect, _WORDS, self.text()).height()

    def _words_rect(self) -> QRect:
        """Where its words are drawn, centred as Qt centres one line: in a place as high as
        they ask for (a layout may give the button more), their first line where Qt's is."""
        words = self._contents(self.rect())
        words.setHeight(min(words.height(), self.heightForWidth(self.width())))
        return words

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        one = self._one_line().height()
        return one + max(0, self._words_height(width) - self.fontMetrics().height())

    def sizeHint(self) -> QSize:
        return self._one_line()

    def minimumSizeHint(self) -> QSize:
        one = self._one_line()
        beside = self._contents(QRect(0, 0, one.width(), one.height())).left()
        metrics = self.fontMetrics()
        longest = max((metrics.horizontalAdvance(w) for w in self.text().split()), default=0)
        return QSize(min(one.width(), beside + longest + 2), one.height())

    def _first_line(self) -> QRect:
        """The button as high as one line: where Qt's own puts everything."""
        first = QRect(self.rect())
        first.setHeight(min(first.height(), self._one_line().height()))
        return first

    def _indicator_rect(self) -> QRect:
        """Where its square or circle is: at the first line, however many the words take."""
        first = self._first_line()
        return self.style().subElementRect(self._INDICATOR_RECT, self._option(first), self)

    def _ink(self, words: QRect) -> QRect:
        return self.fontMetrics().boundingRect(words, _LEFT | _WORDS, self.text())

    def click_rect(self) -> QRect:
        """Where a click counts, and where a screen reader or a magnifier is told the button
        is: the square or circle and the words on all their lines, with the style's margin
        around them. On one line this is Qt's own (its style's `SE_CheckBoxClickRect`), which
        the app's style asks here for (`focus_ring.FocusStyle`)."""
        around = self._indicator_rect().united(self._focus_rect(self._words_rect()))
        return around.intersected(self.rect())

    def hitButton(self, pos: QPoint) -> bool:
        return self.click_rect().contains(pos)

    def paintEvent(self, event: QPaintEvent) -> None:
        # As Qt's style draws one (QCommonStyle's CE_CheckBox), the words wrapped.
        painter = QStylePainter(self)
        option = self._option()
        indicator = QStyleOptionButton(option)
        indicator.rect = self._indicator_rect()
        painter.drawPrimitive(self._INDICATOR, indicator)  # with the focus, as the style shows it
        words = self._words_rect()
        style = self.style()
        underline = style.styleHint(QStyle.StyleHint.SH_UnderlineShortcut, option, self)
        mnemonic = Qt.TextFlag.TextShowMnemonic if underline else Qt.TextFlag.TextHideMnemonic
        painter.drawItemText(
            words,
            int(_LEFT | Qt.TextFlag.TextWordWrap | mnemonic),
            self.palette(),
            self.isEnabled(),
            self.text(),
            QPalette.ColorRole.WindowText,
        )
        if option.state & _FOCUS:
            ring = QStyleOptionFocusRect()
            ring.initFrom(self)
            ring.rect = self._focus_rect(words)
            painter.drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, ring)

    def _focus_rect(self, words: QRect) -> QRect:
        """Around the words, as far out as the style puts it around one line of them: on a
        button as wide as that line, where the style's rectangle is not cut off at its side."""
        first = QRect(QPoint(0, 0), self._one_line())
        style = self.style()
        qt_ring = style.subElementRect(self._FOCUS_RECT, self._option(first), self)
        qt_words = style.itemTextRect(
            self.fontMetrics(),
            self._contents(first),
            int(_LEFT | Qt.TextFlag.TextShowMnemonic),  # as the style: "&" is not drawn
            self.isEnabled(),
            self.text(),
        )
        ink = self._ink(words)
        return ink.adjusted(
            qt_ring.left() - qt_words.left(),
            qt_ring.top() - qt_words.top(),
            qt_ring.right() - qt_words.right(),
            qt_ring.bottom() - qt_words.bottom(),
        )


class WrappingCheckBox(_Wraps, QCheckBox):
    _INDICATOR = QStyle.PrimitiveElement.PE_IndicatorCheckBox
    _INDICATOR_RECT = QStyle.SubElement.SE_CheckBoxIndicator
    _CONTENTS = QStyle.SubElement.SE_CheckBoxContents
    _FOCUS_RECT = QStyle.SubElement.SE_CheckBoxFocusRect


class WrappingRadioButton(_Wraps, QRadioButton):
    _INDICATOR = QStyle.PrimitiveElement.PE_IndicatorRadioButton
    _INDICATOR_RECT = QStyle.SubElement.SE_RadioButtonIndicator
    _CONTENTS = QStyle.SubElement.SE_RadioButtonContents
    _FOCUS_RECT = QStyle.SubElement.SE_RadioButtonFocusRect
