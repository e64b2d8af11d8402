"""A tool bar that Tab reaches as one stop, its buttons gone through with the arrow keys.

Qt's tool bar makes its buttons no Tab stop at all: the capture buttons were reached by
their shortcuts and the menus only, never by Tab. Each of them a stop of its own would put
ten stops between the window's top and the list, at every round. So, as a tool bar is in
the desktop's own apps and in WAI-ARIA's authoring practices ("Toolbar"), and as a screen
reader expects of a "tool bar": Tab reaches one of its buttons (the one last gone to, the
first at first), Left and Right go to the one before and after (round at the ends), Home
and End to the first and the last, Space or Enter presses it, Down or Up opens a button's
menu (Delay, Settings), and Tab goes on past the bar.

Only buttons shown and enabled count: one that a narrow window puts behind Qt's "More
actions" button, or one the locked vault disables, is passed by, and the bar's stop moves to
one that counts (the Capture menu has them all), back to the one last gone to once it counts
again. A button that goes behind "More actions" while it has the keyboard hands it to the
bar's stop: the keyboard stays on the bar.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QToolBar, QToolButton

_ALONG = {  # the keys that go along the bar: before, after
    Qt.Orientation.Horizontal: (Qt.Key.Key_Left, Qt.Key.Key_Right),
    Qt.Orientation.Vertical: (Qt.Key.Key_Up, Qt.Key.Key_Down),
}
_ACROSS = frozenset({Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Right})
_PRESS = frozenset({Qt.Key.Key_Return, Qt.Key.Key_Enter})
_FOLLOWED = frozenset({QEvent.Type.Show, QEvent.Type.Hide, QEvent.Type.EnabledChange})
_BAR_CHANGES = frozenset(
    {
        QEvent.Type.ChildAdded,
        QEvent.Type.ActionAdded,
        QEvent.Type.ActionRemoved,
        QEvent.Type.Resize,
    }
)


class _OneStop(QObject):
    def __init__(self, bar: QToolBar) -> None:
        super().__init__(bar)
        self._bar = bar
        self._wanted: QToolButton | None = None  # the one the keys went to last
        self._later = QTimer(self, singleShot=True, interval=0)
        self._later.timeout.connect(self._follow)
        bar.installEventFilter(self)
        self._follow()

    def _all(self) -> list[QToolButton]:
        """The bar's buttons, in their order (Qt's "More actions" is not one of them)."""
        found = []
        for action in self._bar.actions():
            widget = self._bar.widgetForAction(action)
            if isinstance(widget, QToolButton):
                found.append(widget)
        return found

    def _counted(self) -> list[QToolButton]:
        return [b for b in self._all() if b.isVisibleTo(self._bar) and b.isEnabled()]

    def _stop(self) -> QToolButton | None:
        """The button Tab stops at: the one the keys went to last while it counts (through
        a lock, a narrower window and back), else the first that counts."""
        counted = self._counted()
        if self._wanted in counted:
            return self._wanted
        return counted[0] if counted else None

    def _follow(self) -> None:
        if not shiboken6.isValid(self._bar):
            return
        stop = self._stop()
        for button in self._all():
            button.installEventFilter(self)  # once: Qt puts a filter in once
            policy = Qt.FocusPolicy.TabFocus if button is stop else Qt.FocusPolicy.NoFocus
            if button.focusPolicy() != policy:
                button.setFocusPolicy(policy)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self._bar:
            if kind in _BAR_CHANGES:
                self._later.start()  # Qt hides or shows buttons as the bar's width changes
            return False
        if not isinstance(watched, QToolButton):
            return False
        if kind == QEvent.Type.Hide and watched.hasFocus() and not watched.isVisibleTo(self._bar):
            # The button with the keyboard goes behind "More actions" (a bigger text): the
            # keyboard stays on the bar, before Qt sends it on past the bar.
            self._follow()
            stop = self._stop()
            if stop is not None:
                stop.setFocus(Qt.FocusReason.TabFocusReason)
        elif kind in _FOLLOWED:
            self._later.start()
        elif kind == QEvent.Type.KeyPress:
            return self._key(watched, event)  # type: ignore[arg-type]
        return False

    def _key(self, button: QToolButton, event: QKeyEvent) -> bool:
        key = Qt.Key(event.key())
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False  # Shift+Tab, a shortcut: as everywhere
        if key in _PRESS:
            if not event.isAutoRepeat():  # held down, it presses once (as Space)
                button.click()
            return True
        counted = self._counted()
        if button not in counted:
            return False
        before, after = _ALONG[self._bar.orientation()]
        if self._bar.orientation() == Qt.Orientation.Horizontal and button.isRightToLeft():
            before, after = after, before
        if key in (before, after):
            step = 1 if key == after else -1
            going = counted[(counted.index(button) + step) % len(counted)]
        elif key in _ACROSS:
            if button.menu() is not None:
                button.showMenu()  # a menu button (Delay, Settings): its menu, as a click
            return True  # else nothing (Qt's button would send the keyboard past the bar)
        elif key == Qt.Key.Key_Home:
            going = counted[0]
        elif key == Qt.Key.Key_End:
            going = counted[-1]
        else:
            return False
        self._wanted = going
        self._follow()
        going.setFocus(Qt.FocusReason.TabFocusReason)  # with the ring, as after Tab
        return True


def one_tab_stop(bar: QToolBar) -> None:
    """Make `bar` one Tab stop whose buttons the arrow keys go through (the module
    docstring). Call it once its actions are in."""
    _OneStop(bar)
