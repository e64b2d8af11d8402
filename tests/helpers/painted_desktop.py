"""Someone else's window for the offscreen screen captures: known pixels to grab.

The offscreen platform grabs from the windows it shows, so the capture tests
cover the screen with this window (the `desktop` fixture of tests/gui/conftest.py)
and compare what was stored with what it painted.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPainter
from PySide6.QtWidgets import QWidget


class PaintedDesktop(QWidget):
    """Someone else's window covering the whole screen: four coloured quarters and a stripe."""

    def __init__(self) -> None:
        super().__init__()
        screen = QGuiApplication.primaryScreen()
        self.setGeometry(screen.geometry())

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        w, h = self.width(), self.height()
        painter.fillRect(0, 0, w // 2, h // 2, QColor(200, 0, 0))
        painter.fillRect(w // 2, 0, w - w // 2, h // 2, QColor(0, 160, 0))
        painter.fillRect(0, h // 2, w // 2, h - h // 2, QColor(0, 0, 210))
        painter.fillRect(w // 2, h // 2, w - w // 2, h - h // 2, QColor(250, 250, 250))
        for x in range(0, w, 7):  # fine detail that lossy encoding would smear
            painter.fillRect(x, h // 2 - 3, 1, 6, QColor(x % 256, 255 - x % 256, 128))
        painter.end()
