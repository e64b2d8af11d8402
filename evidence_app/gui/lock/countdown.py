"""The visible countdown before a delayed capture: time to open a menu or a chat.

A small frameless window in a corner of the screen counts down the seconds;
Esc or its Cancel button stops it. It hides itself before the grab.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QFont, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

TICK_MS = 1000


class Countdown(QWidget):
    """Counts `seconds` down, then emits `finished`.

    Signals:
        finished(): the time is up (the window is hidden already).
        cancelled(): the person stopped it.
    """

    finished = Signal()
    cancelled = Signal()

    def __init__(self, seconds: int, tick_ms: int = TICK_MS, parent: QWidget | None = None) -> None:
        super().__init__(
            parent,
            Qt.WindowType.Tool
            | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowStaysOnTopHint,
        )
        self.setObjectName("countdown")
        self._left = seconds
        self._timer = QTimer(self)
        self._timer.setInterval(tick_ms)
        self._timer.timeout.connect(self._tick)
        self.number = QLabel()
        self.number.setObjectName("number")
        font = QFont(self.font())
        font.setPointSize(28)
        font.setBold(True)
        self.number.setFont(font)
        self.number.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.cancel)
        row = QHBoxLayout()
        row.addWidget(self.number)
        row.addWidget(self.text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignRight)
        self.setStyleSheet(
            "#countdown { background: #1f2d3d; border-radius: 8px; } QLabel { color: white; }"
        )
        self.setFixedWidth(300)
        self.retranslate()
        self._show_number()

    def retranslate(self) -> None:
        self.text.setText(self.tr("The screen will be captured. Open what you want to keep."))
        self.cancel_button.setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def seconds_left(self) -> int:
        return self._left

    def start(self) -> None:
        """Show in the top right corner of the primary screen and start counting."""
        screen = QGuiApplication.primaryScreen()
        self.adjustSize()
        if screen is not None:
            area = screen.availableGeometry()
            self.move(area.right() - self.width() - 24, area.top() + 24)
        self.show()
        self._timer.start()

    def _show_number(self) -> None:
        self.number.setText(str(self._left))

    @Slot()
    def _tick(self) -> None:
        self._left -= 1
        if self._left > 0:
            self._show_number()
            return
        self._timer.stop()
        self.hide()
        self.finished.emit()

    @Slot()
    def cancel(self) -> None:
        if not self._timer.isActive():
            return
        self._timer.stop()
        self.hide()
        self.cancelled.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.cancel()
            return
        super().keyPressEvent(event)
