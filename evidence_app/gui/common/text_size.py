"""A text size for people who need bigger letters (Settings > Text size), on top of the
system's own scaling, which Qt already follows.

The app's font is the system's, made 100, 125, 150 or 200 % as big; every window's
layout follows it (widgets that set no font of their own take the application's). The
choice is a plain setting, applied before the first window opens and at once when it
changes.
"""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from evidence_app.gui.common.settings import TEXT_SIZES

__all__ = ["TEXT_SIZES", "apply", "current", "factor"]

_system = {"points": 0.0}


def apply(percent: int) -> None:
    """Make the app's text `percent` % of the system's size."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    if not _system["points"]:
        points = app.font().pointSizeF()  # the system's size, taken once
        if points <= 0:
            return  # a font sized in pixels: left as the system has it
        _system["points"] = points
    font = QFont(app.font())
    font.setPointSizeF(_system["points"] * percent / 100)
    QApplication.setFont(font)  # QApplication's: every widget without a font of its own follows
    # Except a widget with a style sheet of its own (a bold label, a coloured box) and what
    # is inside it: Qt worked out its font when the sheet was set and keeps it. Setting the
    # sheet again works it out anew, from the new size.
    for widget in QApplication.allWidgets():
        sheet = widget.styleSheet()
        if sheet:
            widget.setStyleSheet(sheet)


def current() -> int:
    """The text size in use, in percent of the system's (100 before any choice)."""
    return round(factor() * 100)


def factor() -> float:
    """The text size as a factor of the system's (1.0 before any choice), for what is drawn
    to go with the text (a check box's square)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication) or not _system["points"]:
        return 1.0
    return app.font().pointSizeF() / _system["points"]
