"""Fields for a passphrase or an export password that keep it from the accessibility bus.

Qt sends every character typed into a line edit to the screen reader as it is typed
(a "text inserted" event with the text itself), also when the field shows only dots:
Orca then says the passphrase aloud, letter by letter, and any program of the session
listening on the bus receives it. A secret field has an accessible interface of its
own, without the text interface: Qt's Linux bridge then sends no text events for it
(`AtSpiAdaptor::notify` drops them). A screen reader still says the field's name, its
description and that it is a password field when it gets the focus; it says nothing as
each letter is typed, and on Linux it cannot tell how many the field holds (AT-SPI has
no text to give it). That is the price: a passphrase is not said at all. (Qt also logs a
warning for each dropped event; `app._qt_message` keeps those out of the log.)

`make_secret(field)` makes a field so; `show_secret` shows what it holds, or hides it.
"""

from __future__ import annotations

import atexit

import shiboken6
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAccessibleWidget, QLineEdit

_WATCHED = "bewijskluis_secret_watched"  # its going is followed (`_register`)


class _SecretInterface(QAccessibleWidget):
    """A password field as a screen reader sees it, without its text."""

    def __init__(self, field: QLineEdit) -> None:
        super().__init__(field, QAccessible.Role.EditableText)
        self._field = field

    def state(self) -> QAccessible.State:
        state = super().state()
        state.passwordEdit = True
        state.editable = not self._field.isReadOnly()
        return state

    def text(self, kind: QAccessible.Text) -> str:
        if kind == QAccessible.Text.Value:
            return self._field.displayText()  # dots (shown in clear, Qt's own interface is used)
        return super().text(kind)


# The interfaces Qt uses. A Python object owns its C++ half: it is kept here as long as
# Qt uses it, and let go once Qt has deleted the C++ half (when its field goes, or is
# shown in clear again), or before Python ends.
_made: list[_SecretInterface] = []


def _let_go_of_the_deleted() -> None:
    _made[:] = [made for made in _made if shiboken6.isValid(made)]


def _register(field: QLineEdit) -> None:
    """Put a secret interface for `field` in Qt's cache, in place of any other."""
    _forget(field)
    made = _SecretInterface(field)
    QAccessible.registerAccessibleInterface(made)
    _made.append(made)
    if not field.property(_WATCHED):
        field.setProperty(_WATCHED, True)
        # Connected after the cache's own handler (made by the registering above), which
        # deletes the interface when the field goes.
        field.destroyed.connect(_let_go_of_the_deleted)


def _forget(field: QLineEdit) -> None:
    """Have Qt delete the interface it has for `field`, if any."""
    made = QAccessible.queryAccessibleInterface(field)
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


def make_secret(field: QLineEdit) -> QLineEdit:
    """`field` shows dots, and what is typed in it never reaches the accessibility bus."""
    show_secret(field, False)
    return field


def show_secret(field: QLineEdit, shown: bool) -> None:
    """Show what `field` holds, or dots again. Shown, it is an ordinary field (a person
    who chose to see the passphrase may want it read out too); hidden, it is secret."""
    field.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)
    if shown:
        _forget(field)  # Qt makes its own again when asked
    elif not isinstance(QAccessible.queryAccessibleInterface(field), _SecretInterface):
        _register(field)
