"""Picking one window of another program on a frozen screen: point, click, Esc cancels.

The frozen picture is the region selector's (`region_selector.RegionSelector`):
what is stored is exactly what was grabbed. Instead of a dragged rectangle the
highlighted part is the window under the mouse (from `capture.window_pick`,
listed right after the grab), outlined with its title and size; a click chooses
it. With the keyboard alone, the arrow keys (or Tab) go from one window on the screen to
the next, and Enter chooses the one outlined. `WindowPickSession` runs one picker per
screen.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QCursor, QKeyEvent, QMouseEvent, QShowEvent
from PySide6.QtWidgets import QWidget

from evidence_app.capture.screen import ScreenShot
from evidence_app.capture.window_pick import ForeignWindow, window_at
from evidence_app.gui.capture.region_selector import RegionSelector, RegionSession


class WindowPicker(RegionSelector):
    """A full-screen overlay of `shot` that outlines the window under the mouse.

    Signals (besides `RegionSelector`'s, of which `selected` is not used):
        picked(window, rect): a click on `window` (a `ForeignWindow`); `rect` is
            its part on this screen in the shot's device pixels.
    """

    picked = Signal(object, QRect)

    def __init__(
        self,
        shot: ScreenShot,
        windows: list[ForeignWindow],
        hint: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(shot, hint, parent)
        self.setObjectName("window_picker")
        self._windows = windows
        self._hovered: ForeignWindow | None = None
        self._by_keys = False  # a window chosen with the keys stays until a click

    def hovered(self) -> ForeignWindow | None:
        """The window the mouse is over (None over the bare desktop)."""
        return self._hovered

    def hover(self, pos: QPoint) -> None:
        """Outline the topmost window at `pos` (this widget's logical pixels)."""
        ratio = self._shot.device_pixel_ratio
        origin = self._shot.device_origin()
        # The desktop point in device pixels, as the X server counts them.
        x = origin.x() + int(pos.x() * ratio)
        y = origin.y() + int(pos.y() * ratio)
        window = window_at(self._windows, x, y)
        if window != self._hovered:
            self._hovered = window
            self.update()

    # -- what the region selector paints ----------------------------------------
    def device_selection(self) -> QRect:
        if self._hovered is None:
            return QRect()
        return self._shot.device_rect_of(self._hovered)

    def selection(self) -> QRect:
        device = self.device_selection()
        if device.isEmpty():
            return QRect()
        ratio = self._shot.device_pixel_ratio
        return QRectF(
            device.x() / ratio, device.y() / ratio, device.width() / ratio, device.height() / ratio
        ).toAlignedRect()

    def size_text(self) -> str:
        rect = self.device_selection()
        if self._hovered is None or rect.isEmpty():
            return ""
        title = self._hovered.title or self.tr("(window without a title)")
        return f"{title}\n{rect.width()} × {rect.height()}"

    # -- input --------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Outline what is under the mouse at once, before it moves.
        self.hover(self.mapFromGlobal(QCursor.pos()))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.RightButton:
            self.cancelled.emit()
            return
        if event.button() != Qt.MouseButton.LeftButton:
            return
        self._by_keys = False
        self.hover(event.position().toPoint())
        rect = self.device_selection()
        if self._hovered is not None and not rect.isEmpty():
            self.picked.emit(self._hovered, rect)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if not self._by_keys:  # a shaky pointer does not undo what the keys chose
            self.hover(event.position().toPoint())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        pass  # the press already chose

    def on_this_screen(self) -> list[ForeignWindow]:
        """The windows with a part on this screen, the topmost first (the keyboard's order)."""
        return [w for w in reversed(self._windows) if not self._shot.device_rect_of(w).isEmpty()]

    def focusNextPrevChild(self, next: bool) -> bool:
        return False  # Tab comes to keyPressEvent: it goes from window to window

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        backward = key in (Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_Backtab) or (
            key == Qt.Key.Key_Tab and shift
        )
        forward = not backward and key in (Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Tab)
        if forward or backward:
            windows = self.on_this_screen()
            if windows:
                self._by_keys = True
                at = windows.index(self._hovered) if self._hovered in windows else -1
                step = 1 if forward else -1
                start = at if at >= 0 else (-1 if forward else 0)
                self._hovered = windows[(start + step) % len(windows)]
                self.update()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            rect = self.device_selection()
            if self._hovered is not None and not rect.isEmpty():
                self.picked.emit(self._hovered, rect)
            return
        if key == Qt.Key.Key_Escape:
            self.cancelled.emit()
            return
        QWidget.keyPressEvent(self, event)  # not the region's keys: no rectangle to drag


class WindowPickSession(RegionSession):
    """One picker per screen shot; the first click on a window (or Esc) ends them all.

    Signals (besides `RegionSession`'s `cancelled`; `chosen` is not used):
        picked(shot, window, rect): `window` was clicked on `shot`; `rect` is its
            part on that shot in device pixels.
    """

    picked = Signal(object, object, QRect)

    def __init__(
        self,
        shots: list[ScreenShot],
        windows: list[ForeignWindow],
        hint: str,
        parent: QObject | None = None,
    ) -> None:
        super().__init__([], hint, parent)
        for shot in shots:
            picker = WindowPicker(shot, windows, hint)
            picker.picked.connect(lambda window, rect, s=shot: self._on_picked(s, window, rect))
            picker.cancelled.connect(self._on_cancelled)
            self.selectors.append(picker)

    def _on_picked(self, shot: ScreenShot, window: ForeignWindow, rect: QRect) -> None:
        self._close()
        self.picked.emit(shot, window, rect)
