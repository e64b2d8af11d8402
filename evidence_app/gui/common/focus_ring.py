"""Where the keyboard is, seen at a glance: a ring in the selection's colour around the
control that Tab or Shift+Tab reached (WCAG 2.2, 2.4.7 "Focus visible").

Qt's styles show the focus of a text field, a combo box and a check box, but not always
of the rest. In Fusion, the style on Linux:

- a window's default button (OK, Save, Close) looks the same with the focus and without:
  Fusion draws both with the same outline, so a person cannot tell whether Tab is on it;
- a list with nothing chosen, or nothing in it, and a scrolled area show nothing at all.

`FocusStyle` wraps the style in use (whichever the system gives) and draws, after it, a
ring two pixels wide inside a button, a list, a text area or a framed panel while it has
the keyboard's focus. Only after Tab: Qt marks a window whose focus came from the
keyboard (`State_KeyboardFocusChange`), so a click does not draw it, as in a web
browser's `:focus-visible`. The selection's colour is at least 3:1 against the window
(WCAG's 1.4.11 for what is not text): `contrast` makes it reach 4.5:1 with white.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QLabel,
    QProxyStyle,
    QPushButton,
    QStyle,
    QStyleOption,
    QWidget,
)

WIDTH = 2  # pixels

_KEYBOARD_FOCUS = QStyle.StateFlag.State_HasFocus | QStyle.StateFlag.State_KeyboardFocusChange


def has_keyboard_focus(option: QStyleOption) -> bool:
    return (option.state & _KEYBOARD_FOCUS) == _KEYBOARD_FOCUS


def draw_ring(painter: QPainter, option: QStyleOption, inset: float = 0) -> None:
    """The ring, inside `option.rect` (less `inset` on each side)."""
    half = WIDTH / 2
    box = QRectF(option.rect).adjusted(inset + half, inset + half, -inset - half, -inset - half)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(QPen(option.palette.color(QPalette.ColorRole.Highlight), WIDTH))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(box, 2, 2)
    painter.restore()


def _framed(widget: QWidget | None) -> bool:
    """A list, a text area, a scrolled panel, or a label whose links Tab goes through."""
    return isinstance(widget, QAbstractScrollArea) or (
        isinstance(widget, QLabel)
        and bool(widget.textInteractionFlags() & Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
    )


class FocusStyle(QProxyStyle):
    """The system's style, with the ring (the module docstring)."""

    def pixelMetric(
        self,
        metric: QStyle.PixelMetric,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> int:
        found = super().pixelMetric(metric, option, widget)
        if metric == QStyle.PixelMetric.PM_DefaultFrameWidth and _framed(widget):
            return max(found, WIDTH)  # room for the whole ring around what a list shows
        return found

    def drawControl(
        self,
        element: QStyle.ControlElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawControl(element, option, painter, widget)
        if not has_keyboard_focus(option):
            return
        if element == QStyle.ControlElement.CE_PushButton and isinstance(widget, QPushButton):
            draw_ring(painter, option, inset=2)  # inside the button's own outline
        elif element == QStyle.ControlElement.CE_ShapedFrame and _framed(widget):
            draw_ring(painter, option)


_style: list[FocusStyle] = []


def install(app: QApplication) -> None:
    """Wrap the app's style in `FocusStyle` (once; before the palette is adjusted, since a
    new style brings its own)."""
    if isinstance(app.style(), FocusStyle):
        return
    style = FocusStyle()  # wraps the style the system chose
    _style[:] = [style]  # Qt takes it, Python keeps the wrapper alive
    app.setStyle(style)
