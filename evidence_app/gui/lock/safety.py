"""Lock and Quick exit from every window of the app, and a Quick exit that always ends.

`SafetyKeys` owns the two actions a frightened person must be able to reach at
any moment: Lock (Ctrl+L) and Quick exit (Ctrl+Shift+Q). Qt answers an
application-wide shortcut only in windows that no modal dialog blocks, so the
export dialog, a message box or a file dialog would swallow them. Every window
of ours therefore carries both actions itself: they are added to each
top-level window as it gets the focus, and a window in front of a modal dialog
is the modal dialog itself.

Quick exit (`quick_exit`) does the safe thing first, then the tidy thing:
1. a hard exit is armed before anything else (`arm_hard_exit`): a timer ends the
   process after a few seconds whatever happens next, and on POSIX an alarm
   whose default action ends it even if Python itself is stuck;
2. every window is hidden at once;
3. the vault is locked (`VaultSession.lock`: what was typed in open record forms
   is committed, then the key is forgotten and the file closed);
4. the event loops end, modal ones included; `app.run_gui` then leaves with
   `os._exit(0)` rather than waiting on anything at interpreter shutdown. The
   windows are not closed one by one: a window asked to close may ask a
   question back (the setup does), and nobody is there to answer it.
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import socket
import sys
import threading

import shiboken6
from PySide6.QtCore import QObject, QSocketNotifier, Qt, Slot
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QWindow
from PySide6.QtWidgets import QApplication, QWidget

from evidence_app.gui.common.icons import icon
from evidence_app.gui.lock.session import VaultSession, run_guarded

log = logging.getLogger(__name__)

HARD_EXIT_SECONDS = 3.0
LAST_RESORT_SECONDS = 10


def exit_now() -> None:
    """End the process now, exit code 0 (the vault is locked, or Quick exit ran out of time)."""
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):  # leaving anyway; nothing to report to
            stream.flush()
    os._exit(0)


def arm_hard_exit() -> None:
    """End this process within seconds, whatever the rest of Quick exit does."""
    timer = threading.Timer(HARD_EXIT_SECONDS, exit_now)
    timer.daemon = True
    timer.start()
    if hasattr(signal, "alarm"):
        # SIGALRM's default action ends the process even when no Python code can run
        # any more (a hang in a destructor at shutdown, a stuck native call).
        signal.signal(signal.SIGALRM, signal.SIG_DFL)
        signal.alarm(LAST_RESORT_SECONDS)


def end_event_loops() -> None:
    """End the main event loop and every modal one running inside it."""
    QApplication.exit(0)


def hide_every_window() -> None:
    """Out of sight at once: every top-level window of the app, modal dialogs included."""
    for widget in QApplication.topLevelWidgets():
        if shiboken6.isValid(widget) and widget.isVisible():
            widget.hide()
    app = QGuiApplication.instance()
    if isinstance(app, QGuiApplication):
        app.sync()  # the window system hides them now, not at the next turn of the loop


def quick_exit(session: VaultSession) -> None:
    """Leave at once: see the module docstring for the order and why."""
    arm_hard_exit()
    session.leaving = True
    try:
        run_guarded([("hiding the windows", hide_every_window)])
        session.lock()
    finally:
        end_event_loops()


QUIT_SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGTERM", "SIGHUP", "SIGINT") if hasattr(signal, name)
)


def quit_on_signals(safety: SafetyKeys) -> None:
    """SIGTERM, SIGHUP and SIGINT (logging out, shutting down, a closed terminal, Ctrl+C) do
    what Quick exit does: save what was typed, lock, leave nothing behind.

    Python runs a signal handler only when the interpreter gets control, which Qt's
    event loop may not give it for a long time; the signal's number is therefore also
    written to a socket (`signal.set_wakeup_fd`) that Qt watches.
    """
    receiver, sender = socket.socketpair()
    receiver.setblocking(False)
    sender.setblocking(False)
    signal.set_wakeup_fd(sender.fileno(), warn_on_full_buffer=False)
    for number in QUIT_SIGNALS:
        signal.signal(number, lambda *_: None)  # the wakeup socket does the work
    notifier = QSocketNotifier(receiver.fileno(), QSocketNotifier.Type.Read, safety)

    @Slot()
    def on_signal() -> None:
        with contextlib.suppress(OSError):
            receiver.recv(64)
        safety.quick_exit.trigger()

    notifier.activated.connect(on_signal)
    safety.signal_sockets = (receiver, sender)  # they live as long as the keys


class SafetyKeys(QObject):
    """The Lock and Quick exit actions, answered in every window of the app.

    `lock` is enabled only while a vault is open; its `triggered` is connected by
    the main window (which covers its contents first). `quick_exit` works always.
    """

    def __init__(self, session: VaultSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.left = False  # Quick exit was asked for: the process is to end
        self.signal_sockets: tuple[socket.socket, socket.socket] | None = None
        self.lock = QAction(icon("lock"), "", self)
        self.lock.setObjectName("lock")
        self.lock.setShortcut(QKeySequence("Ctrl+L"))
        self.lock.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.quick_exit = QAction(icon("exit"), "", self)
        self.quick_exit.setObjectName("quick_exit")
        self.quick_exit.setShortcut(QKeySequence("Ctrl+Shift+Q"))
        self.quick_exit.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.quick_exit.triggered.connect(self._quick_exit)
        session.opened.connect(self._update)
        session.locked.connect(self._update)
        self._update()
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.focusWindowChanged.connect(self._on_focus_window)
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible():
                self.attach(widget)

    def attach(self, widget: QWidget) -> None:
        """Let `widget`'s window answer Ctrl+L and Ctrl+Shift+Q (also while it is modal).

        Not a popup: a menu would list them as two more entries.
        """
        window = widget.window()
        if window.windowType() == Qt.WindowType.Popup:
            return
        actions = window.actions()
        for action in (self.lock, self.quick_exit):
            if action not in actions:
                window.addAction(action)

    def detach(self) -> None:
        """Stop answering anywhere (the window that made these keys is closing)."""
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.focusWindowChanged.disconnect(self._on_focus_window)
        for action in (self.lock, self.quick_exit):
            for owner in action.associatedObjects():
                if isinstance(owner, QWidget) and shiboken6.isValid(owner):
                    owner.removeAction(action)

    @Slot(QWindow)
    def _on_focus_window(self, focused: QWindow | None) -> None:
        if focused is None:
            return
        for widget in QApplication.topLevelWidgets():
            if widget.windowHandle() is focused:
                self.attach(widget)
                return

    @Slot()
    def _update(self) -> None:
        self.lock.setEnabled(self._session.is_open())

    @Slot()
    def _quick_exit(self) -> None:
        self.left = True
        quick_exit(self._session)
