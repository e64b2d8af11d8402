"""Discreet mode: a neutral name in the task bar and the window list.

On a shared family computer, "Bewijskluis" in the task bar tells anyone passing by what
the person is dealing with. When they switch discretion on (Settings), every window of
the app, the unlock dialog first, is called by a neutral word ("Notes" in the window's
language) with a plain note icon instead, and so is the installed app's entry in the
desktop's menu (`desktop_entry`); the choice is a plain setting, so it holds before the
vault is opened.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from evidence_app import APP_NAME
from evidence_app.bundled import resource
from evidence_app.gui.common import desktop_entry

APP_ICON = resource("icons", "bewijskluis.svg")
NEUTRAL_ICON = resource("icons", "notes.svg")


def neutral_name() -> str:
    return QCoreApplication.translate("Discretion", "Notes")


_state = {"discreet": False}


def apply(discreet: bool) -> str:
    """Use the neutral name and icon (or the app's own) for the app, every window titled
    with either, and the desktop's menu entry (`desktop_entry`); the name now in use."""
    _state["discreet"] = discreet
    name = neutral_name() if discreet else APP_NAME
    icon = NEUTRAL_ICON if discreet else APP_ICON
    app = QApplication.instance()
    if isinstance(app, QApplication):
        old = {APP_NAME, app.applicationDisplayName(), neutral_name()}
        app.setApplicationDisplayName(name)
        app.setWindowIcon(QIcon(str(icon)))
        for window in app.topLevelWidgets():
            if window.windowTitle() in old:
                window.setWindowTitle(name)
    desktop_entry.show_discreet(discreet, name, icon)
    return name


def window_name() -> str:
    """The name a window of the app is titled with now."""
    return neutral_name() if _state["discreet"] else APP_NAME
