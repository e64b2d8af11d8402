"""Where the keyboard's focus goes while a person presses a button (offscreen tests)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot


@contextmanager
def focus_moves_from(qtbot: QtBot, button: QWidget) -> Iterator[list[QWidget | None]]:
    """`button` reached with Tab in its active window; inside, every widget the focus goes
    to from there, in order (none: it stayed on `button`)."""
    window = button.window()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(button.hasFocus)
    went_to: list[QWidget | None] = []

    def moved(_: QWidget | None, now: QWidget | None) -> None:
        went_to.append(now)

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.focusChanged.connect(moved)
    try:
        yield went_to
    finally:
        app.focusChanged.disconnect(moved)
