"""A text field is said by a screen reader the first time Tab reaches it, too (Linux).

A line edit that takes the focus from Tab selects its text, which moves its caret to the
end, and Qt tells the accessibility bus of the caret's move in the field's focus-in
handler, before it tells the bus that the focus moved. Orca takes a caret that moves in
another field as the focus going there quietly; told of the focus just after, it finds
the focus already there and says nothing. Qt tells of a move only when the caret is not
where it last told: so the first time Tab reached a field (its caret had never been told
of), the search field, the journal's "Who was involved?", the record window's web
address, Orca 43 said nothing at all; the second time, it said the field. Telling of the
focus once more, first, does not help: Orca drops a focus event that a later one repeats.

So each line edit's caret is where Tab will put it before Tab comes: at the end of its
text, told of while the field does not have the focus (Orca ignores that), when the field
is first seen and each time it loses the focus (its text is no longer selected then; Tab
back in selects it all and puts the caret at the end, where it is). The focus leaving for
a menu or another window does not move it, so a person who comes back finds the caret as
it was. A click puts the caret where it points, as before.

The fields are watched one by one, from the first time the focus is in their window (each
time again, for fields added since): a filter in Python on the whole app is handed objects
that are being destroyed, and PySide crashes on them (`focus_ring._OpenedByKey`).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Slot
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

_WATCHED = "bewijskluis-focus-said"
# The focus goes to a menu, a completer's list or another window, and comes back as it left.
_COMES_BACK = frozenset({Qt.FocusReason.PopupFocusReason, Qt.FocusReason.ActiveWindowFocusReason})


def _caret_to_the_end(field: QLineEdit) -> None:
    """Where Tab puts it; told of now, while the field does not have the focus."""
    if not field.hasFocus():
        field.setCursorPosition(len(field.text()))


class _SaidFirst(QObject):
    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        app.focusChanged.connect(self._focus_changed)

    @Slot(QWidget, QWidget)
    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is None:
            return
        for field in new.window().findChildren(QLineEdit):
            if not field.property(_WATCHED):
                field.setProperty(_WATCHED, True)
                field.installEventFilter(self)
                _caret_to_the_end(field)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.FocusOut
            and isinstance(watched, QLineEdit)
            and isinstance(event, QFocusEvent)
            and event.reason() not in _COMES_BACK
        ):
            # After Qt's own handler (which takes the selection away); not if the field
            # is gone by then (the timer goes with it).
            field = watched
            QTimer.singleShot(0, field, lambda: _caret_to_the_end(field))
        return False


def install(app: QApplication) -> None:
    """Watch the app's line edits (once)."""
    if app.findChild(_SaidFirst) is None:
        _SaidFirst(app)
