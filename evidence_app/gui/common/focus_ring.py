"""Where the keyboard is, seen at a glance: a ring in the selection's colour around the
control that Tab or Shift+Tab reached (WCAG 2.2, 2.4.7 "Focus visible").

Qt's styles show the focus of a text field, a combo box and a check box, but not always
of the rest. In Fusion, the style on Linux:

- a window's default button (OK, Save, Close) looks the same with the focus and without:
  Fusion draws both with the same outline, so a person cannot tell whether Tab is on it;
- a list with nothing chosen, or nothing in it, and a scrolled area show nothing at all.

`FocusStyle` wraps the style in use (whichever the system gives) and draws, after it, a
ring two pixels wide inside a button, a list, a text area or a framed panel while it has
the keyboard's focus; a tool button (Quick exit, Settings) shows it in place of the
style's own focus rectangle (dotted in Qt's "Windows" style). Only after Tab: Qt marks a
window whose focus came from the keyboard (`State_KeyboardFocusChange`), so a click does
not draw it, as in a web browser's `:focus-visible`; after a key, the control a window
opens on (or comes back to) shows it too, before any Tab. The ring takes the selection's
colour, made to reach 3:1 on the window, the buttons and the fields
(`contrast.ring_color`, WCAG's 1.4.11 for what is not text).

The same wrapper makes a check box's square and a radio button's circle (in a window and in
a list) grow with the app's text size (`text_size`): at text 200 % a square of the system's
size beside letters twice as big is hard to see and to hit. And where a check box or radio
button whose words wrap (`wrapping_choice`) takes a click, which is where Qt's accessibility
tells a screen reader or a magnifier it is, is the button's own answer: the style's is one line.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QRectF, Qt, Slot
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QLabel,
    QProxyStyle,
    QPushButton,
    QStyle,
    QStyleOption,
    QToolButton,
    QWidget,
)

from evidence_app.gui.common import contrast, text_size
from evidence_app.gui.common.wrapping_choice import WrappingCheckBox, WrappingRadioButton

WIDTH = 2  # pixels

_INDICATORS = frozenset(
    {
        QStyle.PixelMetric.PM_IndicatorWidth,
        QStyle.PixelMetric.PM_IndicatorHeight,
        QStyle.PixelMetric.PM_ExclusiveIndicatorWidth,
        QStyle.PixelMetric.PM_ExclusiveIndicatorHeight,
    }
)

_CLICK_RECTS = frozenset(
    {QStyle.SubElement.SE_CheckBoxClickRect, QStyle.SubElement.SE_RadioButtonClickRect}
)

_KEYBOARD_FOCUS = QStyle.StateFlag.State_HasFocus | QStyle.StateFlag.State_KeyboardFocusChange


def has_keyboard_focus(option: QStyleOption) -> bool:
    return (option.state & _KEYBOARD_FOCUS) == _KEYBOARD_FOCUS


def draw_ring(painter: QPainter, option: QStyleOption, inset: float = 0) -> None:
    """The ring, inside `option.rect` (less `inset` on each side)."""
    half = WIDTH / 2
    box = QRectF(option.rect).adjusted(inset + half, inset + half, -inset - half, -inset - half)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(QPen(contrast.ring_color(option.palette), WIDTH))
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
        if metric in _INDICATORS:
            return round(found * text_size.factor())
        return found

    def subElementRect(
        self, element: QStyle.SubElement, option: QStyleOption, widget: QWidget | None = None
    ) -> QRect:
        if (
            element in _CLICK_RECTS
            and isinstance(widget, WrappingCheckBox | WrappingRadioButton)
            and option.rect == widget.rect()
        ):
            return widget.click_rect()  # all its lines (Qt's accessibility asks this)
        # Qt asks with no widget at times; the stubs say there is always one.
        return super().subElementRect(element, option, widget)  # type: ignore[arg-type]

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        # A tool button (Quick exit, Settings) shows its focus with the style's own focus
        # rectangle, a dotted outline in Qt's "Windows" style: the ring instead, as elsewhere.
        if (
            element == QStyle.PrimitiveElement.PE_FrameFocusRect
            and isinstance(widget, QToolButton)
            and has_keyboard_focus(option)
        ):
            draw_ring(painter, option, inset=-1)  # a pixel clear of the icon and the text
            return
        super().drawPrimitive(element, option, painter, widget)

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


_WATCHED = "bewijskluis-keys-watched"


def watch_window(window: QWidget, watcher: QObject, mark: str) -> None:
    """Have `watcher` filter the events of `window`'s `QWindow` (once per `mark`): the keys
    and clicks come there before the window's widgets have them. The app's windows are
    watched one by one, as the focus first comes into each: a filter in Python on the
    whole app is handed objects that are being destroyed, and PySide crashes on them."""
    handle = window.windowHandle()
    if handle is not None and not handle.property(mark):
        handle.setProperty(mark, True)
        handle.installEventFilter(watcher)


class _OpenedByKey(QObject):
    """After a key press (Ctrl+E, Enter, Escape), the focus that comes into a window as it
    opens or comes back shows the ring: Qt marks a window only while Tab moves in it, and
    unmarks it when a window takes the focus in any other way, so the control a dialog
    opens on would show nothing until the first Tab. A click since the last key counts
    as the mouse's: no ring.

    Keys and clicks are watched on the app's windows (`watch_window`)."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.by_key = False
        app.focusChanged.connect(self._focus_changed)

    @Slot(QWidget, QWidget)
    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is None:
            return
        window = new.window()
        watch_window(window, self, _WATCHED)
        if self.by_key and not window.testAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange):
            window.setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange, True)
            new.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.KeyPress:
            self.by_key = True
        elif kind in (QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin):
            self.by_key = False
        return False


def install(app: QApplication) -> None:
    """Wrap the app's style in `FocusStyle` (once; before the palette is adjusted, since a
    new style brings its own). Qt owns the style from here on."""
    if isinstance(app.style(), FocusStyle):
        return
    app.setStyle(FocusStyle())  # wraps the style the system chose
    _OpenedByKey(app)
