"""A check box and a radio button whose words go on to more lines where the window is narrow.

Qt's own keep their words on one line, however long, and a window cannot be narrower than
its widest line: in Dutch, with the text at 200 % and 150 % scale, "I am helping someone (as a
parent, a friend, a teacher or a counsellor)" made About you 1,541 px wide on a screen of
1,366. These ask for that one line where there is room (`sizeHint`), for their longest word
where there is not (`minimumSizeHint`), and for the height of the lines the width they get
makes (`heightForWidth`). They are Qt's check box and radio button in every other way: the
keyboard, the mnemonic, the name a screen reader says (the text), a click anywhere on the
words; the style draws the square or circle at the first line, the words beside it, and the
focus rectangle around the words.
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
_TOP_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
_FOCUS = QStyle.StateFlag.State_HasFocus

if TYPE_CHECKING:
    _Button = QCheckBox  # what the type checker sees; both have the same methods
else:
    _Button = object


class _Wraps(_Button):
    """What the two have in common, put before Qt's class (so `super()` is Qt's); `_CONTROL`
    and `_CONTENTS` are the parts of the style that draw it."""

    _CONTROL: QStyle.ControlElement
    _CONTENTS: QStyle.SubElement

    def _setup(self) -> None:
        # Qt's are as wide as their line and as high as their hint, whatever the room.
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

    def _words_rect(self, rect: QRect) -> QRect:
        """Where the words go in a button of `rect`: beside the square, below the padding
        the style puts above a single line."""
        words = self.style().subElementRect(self._CONTENTS, self._option(rect), self)
        top = max(0, (self._one_line().height() - self.fontMetrics().height()) // 2)
        return words.adjusted(0, top, 0, 0)

    def _words_height(self, width: int) -> int:
        rect = self._words_rect(QRect(0, 0, width, 1 << 16))
        return self.fontMetrics().boundingRect(rect, _WORDS, self.text()).height()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        one = self._one_line().height()
        return one + max(0, self._words_height(width) - self.fontMetrics().height())

    def sizeHint(self) -> QSize:
        return self._one_line()

    def minimumSizeHint(self) -> QSize:
        one = self._one_line()
        beside = self._words_rect(QRect(0, 0, one.width(), one.height())).left()
        metrics = self.fontMetrics()
        longest = max((metrics.horizontalAdvance(w) for w in self.text().split()), default=0)
        return QSize(min(one.width(), beside + longest + 2), one.height())

    def hitButton(self, pos: QPoint) -> bool:
        return self.rect().contains(pos)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = self._option()
        focused = bool(option.state & _FOCUS)
        option.text = ""
        option.state &= ~_FOCUS
        # The square or circle at the first line, however many lines the words take.
        option.rect.setHeight(min(option.rect.height(), self._one_line().height()))
        painter.drawControl(self._CONTROL, option)
        words = self._words_rect(self.rect())
        painter.drawItemText(
            words,
            _TOP_LEFT | _WORDS,
            self.palette(),
            self.isEnabled(),
            self.text(),
            QPalette.ColorRole.WindowText,
        )
        if focused:
            ring = QStyleOptionFocusRect()
            ring.initFrom(self)
            ring.rect = self.fontMetrics().boundingRect(words, _WORDS, self.text())
            ring.rect.adjust(-1, 0, 1, 0)
            painter.drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, ring)


class WrappingCheckBox(_Wraps, QCheckBox):
    _CONTROL = QStyle.ControlElement.CE_CheckBox
    _CONTENTS = QStyle.SubElement.SE_CheckBoxContents

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._setup()


class WrappingRadioButton(_Wraps, QRadioButton):
    _CONTROL = QStyle.ControlElement.CE_RadioButton
    _CONTENTS = QStyle.SubElement.SE_RadioButtonContents

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._setup()
