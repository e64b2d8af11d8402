"""Choosing part of a frozen screen: drag a rectangle, Esc cancels.

Or with the keyboard alone (for a person who cannot drag): an arrow key puts a rectangle
over the middle of the screen, the arrows move it, Shift and the arrows change its size
(its right and bottom edges), Ctrl with either goes by one pixel instead of ten, and
Enter keeps it.

One selector covers each screen and shows the picture grabbed from it, so what
the person selects is exactly what was on the screen when it froze (a chat
cannot scroll away meanwhile). The selection is in the screen's device pixels;
its size shows while dragging. `RegionSession` runs one selector per screen.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint, QRect, QRectF, Qt, Signal, Slot
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import QWidget

from evidence_app.capture.screen import ScreenShot
from evidence_app.gui.common.keyed_rect import arrow_key, moved

MIN_SIZE = 4  # device pixels; a click without a drag selects nothing
STEP = 10  # logical pixels an arrow key moves or sizes the rectangle by (Ctrl: 1)


class RegionSelector(QWidget):
    """A full-screen overlay showing `shot`; emits the chosen rectangle in device pixels.

    Signals:
        selected(rect): the person released the mouse after dragging, or pressed Enter
            (device pixels).
        cancelled(): Esc (or a right click).
    """

    selected = Signal(QRect)
    cancelled = Signal()

    def __init__(self, shot: ScreenShot, hint: str = "", parent: QWidget | None = None) -> None:
        super().__init__(
            parent,
            Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowStaysOnTopHint
            | Qt.WindowType.Tool,
        )
        self.setObjectName("region_selector")
        self._shot = shot
        self._pixmap = QPixmap.fromImage(shot.image)
        self._pixmap.setDevicePixelRatio(shot.device_pixel_ratio)
        self._hint = ""
        self.set_hint(hint)
        self._origin: QPoint | None = None
        self._current: QPoint | None = None
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setGeometry(shot.geometry)

    def set_hint(self, text: str) -> None:
        self._hint = text
        # Its name too: what a screen reader says as the frozen screen comes.
        self.setWindowTitle(text)
        self.setAccessibleName(text)
        self.update()

    # -- the selection --------------------------------------------------------
    def selection(self) -> QRect:
        """The dragged rectangle in this widget's logical pixels (empty when none)."""
        if self._origin is None or self._current is None:
            return QRect()
        left, right = sorted((self._origin.x(), self._current.x()))
        top, bottom = sorted((self._origin.y(), self._current.y()))
        # From the press point up to (not including) the release point: a drag of
        # 50 pixels selects 50 pixels.
        return QRect(left, top, right - left, bottom - top)

    def device_selection(self) -> QRect:
        """The dragged rectangle in the screen's device pixels, inside the image."""
        logical = self.selection()
        if logical.isEmpty():
            return QRect()
        ratio = self._shot.device_pixel_ratio
        rect = QRectF(
            logical.x() * ratio,
            logical.y() * ratio,
            logical.width() * ratio,
            logical.height() * ratio,
        ).toAlignedRect()
        return rect.intersected(self._shot.image.rect())

    # -- input ----------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.RightButton:
            self.cancelled.emit()
            return
        if event.button() == Qt.MouseButton.LeftButton:
            self._origin = event.position().toPoint()
            self._current = self._origin
            self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        # Only while the button is held: the pointer passing by (the mouse is tracked)
        # would reshape a rectangle made with the keys.
        if self._origin is not None and event.buttons() & Qt.MouseButton.LeftButton:
            self._current = event.position().toPoint()
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self._origin is None:
            return
        self._current = event.position().toPoint()
        rect = self.device_selection()
        if rect.width() < MIN_SIZE or rect.height() < MIN_SIZE:
            self._origin = self._current = None
            self.update()
            return
        self.selected.emit(rect)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        arrow = arrow_key(event)
        if key == Qt.Key.Key_Escape:
            self.cancelled.emit()
        elif arrow is not None:
            selection = self.selection()
            rect = moved(
                QRectF(selection), QRectF(self.rect()), arrow, step=STEP, min_side=MIN_SIZE
            ).toRect()
            # As a drag from the top left to just past the bottom right (see `selection`).
            self._origin = rect.topLeft()
            self._current = QPoint(rect.x() + rect.width(), rect.y() + rect.height())
            self.update()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            rect = self.device_selection()
            if rect.width() >= MIN_SIZE and rect.height() >= MIN_SIZE:
                self.selected.emit(rect)
        else:
            super().keyPressEvent(event)

    # -- drawing --------------------------------------------------------------
    def size_text(self) -> str:
        rect = self.device_selection()
        return f"{rect.width()} × {rect.height()}" if not rect.isEmpty() else ""

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._pixmap)
        shade = QColor(0, 0, 0, 110)
        selection = self.selection()
        if selection.isEmpty():
            painter.fillRect(self.rect(), shade)
        else:
            # Darken around the selection only: what is inside shows as it will be stored.
            full = self.rect()
            painter.fillRect(QRect(0, 0, full.width(), selection.top()), shade)
            painter.fillRect(QRect(0, selection.bottom() + 1, full.width(), full.height()), shade)
            painter.fillRect(QRect(0, selection.top(), selection.left(), selection.height()), shade)
            painter.fillRect(
                QRect(selection.right() + 1, selection.top(), full.width(), selection.height()),
                shade,
            )
            painter.setPen(QPen(QColor("#3b9cff"), 2))
            painter.drawRect(selection.adjusted(0, 0, -1, -1))
            self._draw_tag(painter, self.size_text(), selection.bottomRight() + QPoint(8, 8))
        if self._hint:
            self._draw_tag(painter, self._hint, QPoint(24, 24), bold=True)
        painter.end()

    def _draw_tag(self, painter: QPainter, text: str, at: QPoint, *, bold: bool = False) -> None:
        font = QFont(self.font())
        font.setPointSize(font.pointSize() + 1)
        font.setBold(bold)
        painter.setFont(font)
        bounds = painter.fontMetrics().boundingRect(
            QRect(0, 0, min(640, self.width() - 48), 2000), Qt.TextFlag.TextWordWrap, text
        )
        box = bounds.adjusted(-8, -6, 8, 6)
        box.moveTopLeft(at)
        # Keep the tag on the screen when the selection reaches its edge.
        if box.right() > self.width():
            box.moveRight(self.width() - 4)
        if box.bottom() > self.height():
            box.moveBottom(self.height() - 4)
        painter.fillRect(box, QColor(20, 30, 40, 220))
        painter.setPen(Qt.GlobalColor.white)
        painter.drawText(box.adjusted(8, 6, -8, -6), Qt.TextFlag.TextWordWrap, text)


class RegionSession(QObject):
    """One selector per screen shot; the first selection (or Esc) ends them all.

    Signals:
        chosen(shot, rect): a rectangle (device pixels) of that shot was chosen.
        cancelled(): the person pressed Esc.
    """

    chosen = Signal(object, QRect)
    cancelled = Signal()

    def __init__(self, shots: list[ScreenShot], hint: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.selectors: list[RegionSelector] = []
        for shot in shots:
            selector = RegionSelector(shot, hint)
            selector.selected.connect(lambda rect, s=shot: self._on_selected(s, rect))
            selector.cancelled.connect(self._on_cancelled)
            self.selectors.append(selector)

    def start(self) -> None:
        for selector in self.selectors:
            selector.show()
            selector.raise_()
        if self.selectors:
            self.selectors[0].activateWindow()
            self.selectors[0].setFocus()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.CrossCursor)

    def abort(self) -> None:
        """Take the frozen screens away without choosing (the capture was stopped)."""
        if self.selectors:
            self._close()

    def _close(self) -> None:
        QGuiApplication.restoreOverrideCursor()
        for selector in self.selectors:
            selector.hide()
            selector.deleteLater()
        self.selectors = []

    def _on_selected(self, shot: ScreenShot, rect: QRect) -> None:
        self._close()
        self.chosen.emit(shot, rect)

    @Slot()
    def _on_cancelled(self) -> None:
        self._close()
        self.cancelled.emit()
