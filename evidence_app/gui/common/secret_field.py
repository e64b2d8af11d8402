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

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAccessibleWidget, QLineEdit

from evidence_app.gui.common import own_interface


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


def make_secret(field: QLineEdit) -> QLineEdit:
    """`field` shows dots, and what is typed in it never reaches the accessibility bus."""
    show_secret(field, False)
    return field


def show_secret(field: QLineEdit, shown: bool) -> None:
    """Show what `field` holds, or dots again. Shown, it is an ordinary field (a person
    who chose to see the passphrase may want it read out too); hidden, it is secret."""
    field.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)
    if shown:
        own_interface.forget(field)  # Qt makes its own again when asked
    elif not isinstance(QAccessible.queryAccessibleInterface(field), _SecretInterface):
        own_interface.use(field, _SecretInterface(field))
