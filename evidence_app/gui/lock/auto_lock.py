"""Lock the vault after some minutes without keyboard or mouse input.

An event filter on each of the app's top-level windows (`QWindow`s: every input
event passes through one of them before it reaches a widget) restarts a
single-shot timer. Windows are picked up when the timer starts and whenever
one gets the focus, so dialogs opened later count too. The main window starts
it after unlocking and stops it while locked.

Why not one application-wide filter: PySide6 (6.11) then has to make a Python
wrapper for every object an event goes to, and for some objects that have none
(QtWebEngine's, during a nested event loop) making it sends the object another
event, which reaches the filter again: endless recursion, then a crash. The
windows watched here keep their wrappers alive in `_windows`.

For the same reason the focused *widget* is followed (`QApplication.focusChanged`),
not the focused object (`QGuiApplication.focusObjectChanged`): inside a web page
that object is one of QtWebEngine's Qt Quick items, and making a Python wrapper
for it while the focus moves crashed the app ("Capture this page" disables the
focused button, and the focus falls into the page).
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication, QWindow
from PySide6.QtWidgets import QApplication, QWidget

_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
        QEvent.Type.InputMethod,
    }
)


class AutoLock(QObject):
    """A timer that input keeps resetting.

    Signals:
        timed_out(): there was no input for the whole delay.
    """

    timed_out = Signal()

    def __init__(self, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.timed_out)
        self.set_minutes(minutes)
        self._windows: list[QWindow] = []
        # Text from an input method (dead keys, on-screen keyboards, CJK) goes straight to
        # the focused widget, past the windows: the focused widget is watched as well.
        self._focused: QWidget | None = None
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.focusWindowChanged.connect(self._watch)
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._watch_focus)
        self.watch_windows()

    def watch_windows(self) -> None:
        """Listen to every top-level window that exists now."""
        for window in QGuiApplication.topLevelWindows():
            self._watch(window)

    @Slot(QWindow)
    def _watch(self, window: QWindow | None) -> None:
        self._windows = [w for w in self._windows if shiboken6.isValid(w)]
        if window is None or any(window is known for known in self._windows):
            return
        self._windows.append(window)
        window.installEventFilter(self)

    @Slot(QWidget, QWidget)
    def _watch_focus(self, _old: QWidget | None, focused: QWidget | None) -> None:
        # While no widget has the focus no text can arrive; the last one stays watched.
        if focused is None or focused is self._focused:
            return
        self._unwatch_focus()
        self._focused = focused
        focused.installEventFilter(self)

    def _unwatch_focus(self) -> None:
        if self._focused is not None and shiboken6.isValid(self._focused):
            self._focused.removeEventFilter(self)
        self._focused = None

    def detach(self) -> None:
        """Stop listening to input (before this object goes away)."""
        self._timer.stop()
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.focusWindowChanged.disconnect(self._watch)
        if isinstance(app, QApplication):
            app.focusChanged.disconnect(self._watch_focus)
        self._unwatch_focus()
        for window in self._windows:
            if shiboken6.isValid(window):
                window.removeEventFilter(self)
        self._windows.clear()

    def set_minutes(self, minutes: int) -> None:
        self.set_interval_ms(minutes * 60_000)

    def set_interval_ms(self, msecs: int) -> None:
        """The delay in milliseconds (tests use a short one)."""
        self._timer.setInterval(msecs)
        if self._timer.isActive():
            self._timer.start()

    def interval_ms(self) -> int:
        return self._timer.interval()

    def start(self) -> None:
        self.watch_windows()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def remaining_ms(self) -> int:
        """Milliseconds until the vault locks itself (-1 when not counting)."""
        return self._timer.remainingTime()

    def is_active(self) -> bool:
        return self._timer.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS and self._timer.isActive():
            self._timer.start()
        return False
