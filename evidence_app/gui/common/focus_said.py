"""A text field is said by a screen reader the first time Tab reaches it, too (Linux).

A line edit tells the accessibility bus where its caret is each time the caret is not
where it last told, and it has told nothing before its first time. When Tab first
reaches an empty field, the field puts its caret at the start, and Qt tells the bus so in
the field's focus-in handler, before it tells the bus that the focus moved. Orca takes a
caret that moves in another field as the focus going there quietly; told of the focus
just after, it finds the focus already there and says nothing. So the first time Tab
reached the search field, the journal's "Who was involved?", "Prepared by", Orca 43 said
nothing at all; the second time, it said the field. (A field with text selects it all as
Tab reaches it, and Qt tells of a selection, not of a caret: that one was said.) Telling
of the focus once more, first, does not help: Orca drops a focus event a later one repeats.

So each line edit tells where its caret is, without moving it, while it does not have the
focus: when the focus first comes into its window, and again as Tab is pressed there, for
a field that came since (the "Where" field that shows when there is no web address).
Orca ignores a caret of a field without the focus. The field's caret, text and selection
stay as they were: only what Qt last told changes. A field inside a date, time or number
field is left alone: moving its caret would change the part the arrow keys change.

The windows are watched one by one, from the first time the focus is in them
(`focus_ring.watch_window`).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QLineEdit, QWidget

from evidence_app.gui.common.focus_ring import watch_window

_TOLD = "bewijskluis-caret-told"
_WATCHED = "bewijskluis-tab-watched"
_TAB_KEYS = frozenset({Qt.Key.Key_Tab, Qt.Key.Key_Backtab})


def tell_the_carets(window: QWidget) -> None:
    """Have each line edit of `window` that has not told where its caret is tell it now,
    in place (see the module)."""
    for field in window.findChildren(QLineEdit):
        if (
            field.property(_TOLD)
            or field.hasFocus()
            or field.hasSelectedText()  # moving would take the selection away
            or isinstance(field.parentWidget(), QAbstractSpinBox)
        ):
            continue
        field.setProperty(_TOLD, True)
        field.setCursorPosition(field.cursorPosition())


class _SaidFirst(QObject):
    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        app.focusChanged.connect(self._focus_changed)

    @Slot(QWidget, QWidget)
    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is None:
            return
        window = new.window()
        tell_the_carets(window)
        watch_window(window, self, _WATCHED)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Before the window's widgets have the key: the focus has not moved yet.
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in _TAB_KEYS
        ):
            focused = QApplication.focusWidget()
            if focused is not None:
                tell_the_carets(focused.window())
        return False


def install(app: QApplication) -> None:
    """Watch the app's windows (once)."""
    if app.findChild(_SaidFirst) is None:
        _SaidFirst(app)
