"""Accessible interfaces of our own, in place of the ones Qt would make for a widget.

Qt keeps the interface it uses for each widget in a cache and deletes it when the widget
goes. An interface written in Python has a Python half that owns its C++ half: it is kept
here as long as Qt uses it, let go once Qt has deleted the C++ half, and handed back to
Qt to delete before Python ends (which would otherwise delete it a second time).
"""

from __future__ import annotations

import atexit

import shiboken6
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QWidget

_WATCHED = "bewijskluis_interface_watched"  # its going is followed (`use`)

_made: list[QAccessibleInterface] = []


def _let_go_of_the_deleted() -> None:
    _made[:] = [made for made in _made if shiboken6.isValid(made)]


def use(widget: QWidget, made: QAccessibleInterface) -> None:
    """Have Qt use `made` for `widget`, in place of any interface it had."""
    forget(widget)
    QAccessible.registerAccessibleInterface(made)
    _made.append(made)
    if not widget.property(_WATCHED):
        widget.setProperty(_WATCHED, True)
        # Connected after the cache's own handler (made by the registering above), which
        # deletes the interface when the widget goes.
        widget.destroyed.connect(_let_go_of_the_deleted)


def forget(widget: QWidget) -> None:
    """Have Qt delete the interface it has for `widget`, if any (it makes its own again
    when asked)."""
    made = QAccessible.queryAccessibleInterface(widget)
    if made is not None:
        QAccessible.deleteAccessibleInterface(QAccessible.uniqueId(made))
    _let_go_of_the_deleted()


@atexit.register
def _let_go() -> None:
    """Before Python ends (and would delete the interfaces itself), Qt deletes them."""
    for made in _made:
        if shiboken6.isValid(made):
            QAccessible.deleteAccessibleInterface(QAccessible.uniqueId(made))
    _made.clear()
