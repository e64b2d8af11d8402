"""Choosing items of a case, from a case of any size: a search, a sorted list, check boxes.

The list is the main window's own model (`ItemTableModel`): the vault sorts and searches
it, and only the rows in view are read, so a case of 100,000 items opens at once. The
choice is a set of ids beside the model (`_Checks`): it stays whatever the search shows.
"Only the chosen" lists the chosen items alone, still sorted and searched by the vault.

`ItemPicker` chooses any number (the items a report is about); with `single`, it chooses
one or none (the receipt of a report). `ItemField` shows one chosen item by its name, with
"Choose…" (an `ItemPicker` in a dialog of its own, `ItemChooser`) and "Remove".
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QEvent,
    QIdentityProxyModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from evidence_app.domain.errors import VaultLocked
from evidence_app.domain.escapes import one_line
from evidence_app.domain.listing import ListQuery
from evidence_app.domain.model import Item
from evidence_app.gui.common import messages
from evidence_app.gui.common.dialog_parts import fit_to_screen, list_follows_the_text
from evidence_app.gui.common.wrapping_choice import WrappingCheckBox
from evidence_app.gui.items.item_model import (
    COL_CAPTURED,
    COL_DESCRIPTION,
    COL_EVENT,
    COL_HASH,
    COL_KIND,
    COL_PLATFORM,
    ID_ROLE,
    ItemTableModel,
)
from evidence_app.gui.items.item_source import Failed, Ids, Items, ItemSource

Index = QModelIndex | QPersistentModelIndex
CHECK_COLUMN = COL_DESCRIPTION  # the check box is in front of what the item shows, shown first


def item_label(item: Item) -> str:
    """An item named in one line: its number and what best says what it is."""
    what = item.original_name or item.url or item.description.strip().split("\n")[0] or item.kind
    return f"#{item.id}  {what}"


class _OnlyChosen:
    """A source that lists only the chosen items (sorted and searched by the one it wraps)."""

    def __init__(self, source: ItemSource, chosen: set[int]) -> None:
        self._source = source
        self._chosen = chosen

    def list_ids(self, query: ListQuery, done: Ids, failed: Failed) -> None:
        chosen = set(self._chosen)  # as it was when asked
        self._source.list_ids(query, lambda ids: done([i for i in ids if i in chosen]), failed)

    def read(self, ids: Sequence[int], done: Items, failed: Failed) -> None:
        self._source.read(ids, done, failed)

    def remember(self, item: Item) -> None:
        self._source.remember(item)

    def forget(self, item_id: int) -> None:
        self._source.forget(item_id)

    def bound(self, context: QObject) -> ItemSource:
        return _OnlyChosen(self._source.bound(context), self._chosen)


class _Checks(QIdentityProxyModel):
    """The item list with a check box in `CHECK_COLUMN`: checked when chosen."""

    changed = Signal()

    def __init__(self, chosen: set[int], single: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.chosen = chosen
        self._single = single

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == CHECK_COLUMN:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        checks = index.isValid() and index.column() == CHECK_COLUMN
        if role == Qt.ItemDataRole.CheckStateRole and checks:
            item_id = super().data(index, ID_ROLE)
            return Qt.CheckState.Checked if item_id in self.chosen else Qt.CheckState.Unchecked
        shown = super().data(index, role)
        if checks and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole):
            # Nothing said about what it shows: its file's name, or what kind it is, so
            # that no line of the list is blank; for every kind alike, in the text's colour.
            source = self.sourceModel()
            item = source.item_at(index.row()) if isinstance(source, ItemTableModel) else None
            if item is not None and not item.description.strip() and not item.notes.strip():
                if role == Qt.ItemDataRole.ForegroundRole:
                    return None
                return one_line(item.original_name) or messages.kind_label(item.kind)
        return shown

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        checks = index.isValid() and index.column() == CHECK_COLUMN
        if role != Qt.ItemDataRole.CheckStateRole or not checks:
            return super().setData(index, value, role)
        item_id = super().data(index, ID_ROLE)
        if item_id is None:
            return False
        checked = value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value)
        self.choose(int(item_id), checked)
        return True

    def choose(self, item_id: int, checked: bool) -> None:
        before = set(self.chosen)
        if checked and self._single:
            self.chosen.clear()
        if checked:
            self.chosen.add(item_id)
        else:
            self.chosen.discard(item_id)
        self._repaint(before ^ self.chosen)
        if before != self.chosen:
            self.changed.emit()

    def toggle(self, row: int) -> None:
        item_id = self.index(row, CHECK_COLUMN).data(ID_ROLE)
        if item_id is not None:
            self.choose(int(item_id), int(item_id) not in self.chosen)

    def _repaint(self, ids: Iterable[int]) -> None:
        source = self.sourceModel()
        if not isinstance(source, ItemTableModel):
            return
        for item_id in ids:
            row = source.row_of(item_id)
            if row is not None:
                cell = self.index(row, CHECK_COLUMN)
                self.dataChanged.emit(cell, cell, [Qt.ItemDataRole.CheckStateRole])


class _List(QTreeView):
    """The list: Space checks or unchecks the current row, whatever its column; so does
    Enter, which with `single` picks the row (`activated`). Enter never reaches the
    window's default button from here: it would save the report half chosen. Letters
    typed go to the search (Qt's own find-as-you-type would read every row of the case)."""

    def __init__(self, checks: _Checks, single: bool, search: QLineEdit) -> None:
        super().__init__()
        self._checks = checks
        self._single = single
        self._search = search

    def keyPressEvent(self, event: QKeyEvent) -> None:
        current = self.currentIndex()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            if current.isValid():
                if self._single:
                    self.activated.emit(current)
                else:
                    self._checks.toggle(current.row())
            return
        if event.key() == Qt.Key.Key_Space and current.isValid():
            self._checks.toggle(current.row())
            return
        super().keyPressEvent(event)

    def keyboardSearch(self, text: str) -> None:
        self._search.setFocus()
        self._search.insert(text)


class _KeepEnter(QObject):
    """Enter in the search goes down into the list (with `single` and one item found, it
    picks that one), never to the window's default button."""

    def __init__(self, picker: ItemPicker) -> None:
        super().__init__(picker)
        self._picker = picker

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self._picker.enter_from_search()
            return True
        return super().eventFilter(watched, event)


class ItemPicker(QWidget):
    """The items of `case_id` from `source`, to check the ones meant.

    Signals:
        changed(): an item was checked or unchecked.
        picked(): with `single`, a row was double-clicked or Enter pressed on it: it is
            chosen (a dialog takes it as "OK").
    """

    changed = Signal()
    picked = Signal()

    def __init__(
        self,
        source: ItemSource,
        case_id: int,
        chosen: Iterable[int] = (),
        *,
        single: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._source = source.bound(self)  # answers for a closed window go nowhere
        self._case_id = case_id
        self._single = single
        self._first = list(dict.fromkeys(chosen))  # the order they were stored in
        self._chosen: set[int] = set(self._first)
        self._gone: set[int] = set()  # of those, the ones deleted since
        self._list_name = ""  # what a screen reader calls the list, if its owner says
        self.model = ItemTableModel(self)
        self.checks = _Checks(self._chosen, single, self)
        self.checks.setSourceModel(self.model)
        self.checks.changed.connect(self._changed)
        self.model.failed.connect(self._failed)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.model.set_search)
        self.only_chosen = WrappingCheckBox()
        self.only_chosen.toggled.connect(self._relist)
        self.search.installEventFilter(_KeepEnter(self))
        self.view = _List(self.checks, single, self.search)
        self.view.setModel(self.checks)
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(True)  # a case of 100,000 rows scrolls at once
        self.view.setAllColumnsShowFocus(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSortingEnabled(True)
        self.view.activated.connect(self._activated)
        self.view.sortByColumn(COL_EVENT, Qt.SortOrder.AscendingOrder)
        # What it shows, when it happened, when it was captured (always known), its address:
        # enough to tell items apart.
        for column in (COL_KIND, COL_PLATFORM, COL_HASH):
            self.view.setColumnHidden(column, True)
        header = self.view.header()
        header.moveSection(header.visualIndex(CHECK_COLUMN), 0)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # Wide enough for a long date at any scale ("30 september 2026 23:59").
        date_width = self.view.fontMetrics().horizontalAdvance("30 september 2026 23:59") + 16
        header.resizeSection(COL_EVENT, date_width)
        header.resizeSection(COL_CAPTURED, date_width)
        list_follows_the_text(self.view, {COL_DESCRIPTION: 240})
        self.count = QLabel()
        self.count.setWordWrap(True)  # it may say why the list could not be read
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.search, 1)
        top.addWidget(self.only_chosen)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count)
        self.model.show_case(self._source, case_id)
        # Items chosen before and deleted since stay chosen (the report named them), but no
        # list shows them: the count says how many.
        if self._first:
            self._source.read(self._first, self._still_there, lambda _exc: None)
        self.retranslate()

    def _still_there(self, items: list[Item]) -> None:
        self._gone = set(self._first).difference(item.id for item in items)
        self._show_count()

    def chosen(self) -> list[int]:
        """The ids checked: those chosen before in their order, then the new ones by number
        (a report saved unchanged stays unchanged)."""
        kept = [item_id for item_id in self._first if item_id in self._chosen]
        return kept + sorted(self._chosen.difference(kept))

    def enter_from_search(self) -> None:
        """Enter in the search: with `single` and one item found, that one is picked; else
        the list takes the keyboard, on its first line."""
        if self._single and self.model.rowCount() == 1:
            self._activated(self.checks.index(0, CHECK_COLUMN))
            return
        self.view.setFocus()
        if not self.view.currentIndex().isValid() and self.model.rowCount():
            self.view.setCurrentIndex(self.checks.index(0, CHECK_COLUMN))

    @Slot()
    def _changed(self) -> None:
        self._show_count()
        self.changed.emit()

    def name_list(self, name: str) -> None:
        """Call the list `name` (the words of the form that holds it), for a screen reader."""
        self._list_name = name
        self.view.setAccessibleName(name)

    @Slot(QModelIndex)
    def _activated(self, index: QModelIndex) -> None:
        item_id = index.data(ID_ROLE)
        if self._single and item_id is not None:
            self.checks.choose(int(item_id), True)
            self.picked.emit()

    @Slot(object)
    def _failed(self, exc: BaseException) -> None:
        """The list could not be read: said where the count stands (a lock closes the window)."""
        if not isinstance(exc, VaultLocked):
            self.count.setVisible(True)
            self.count.setText(messages.error_text(exc))

    @Slot()
    def _relist(self) -> None:
        source = self._source
        if self.only_chosen.isChecked():
            source = _OnlyChosen(self._source, self._chosen)
        self.model.show_case(source, self._case_id)

    def _show_count(self) -> None:
        count = len(self._chosen)
        self.count.setVisible(not self._single)  # one: the check box in the list says it
        text = self.tr("%n item(s) chosen", "", count)
        gone = len(self._gone & self._chosen)
        if gone:
            text += " " + self.tr("(%n of them deleted since)", "", gone)
        self.count.setText(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search the items"))
        self.search.setAccessibleName(self.tr("Search the items"))
        self.search.setAccessibleDescription(
            self.tr("The list shows only the items in which these words appear.")
        )
        self.only_chosen.setText(self.tr("Only the chosen"))
        self.only_chosen.setAccessibleDescription(
            self.tr("The list shows only the items you chose.")
        )
        self.view.setAccessibleName(self._list_name or self.tr("Items of the case"))
        self.view.setAccessibleDescription(
            self.tr("Space checks or unchecks the item in the line you are on.")
        )
        self.model.retranslate()
        self._show_count()


class ItemField(QWidget):
    """One item of a case, or none: its name, "Choose…" and "Remove".

    Signals:
        changed(): another item was chosen, or none.
    """

    changed = Signal()

    def __init__(self, source: ItemSource, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._source = source.bound(self)  # answers for a closed window go nowhere
        self._case_id = case_id
        self._item_id: int | None = None
        self._asked = 0  # an answer for an earlier choice is dropped
        self._name = ""
        self._gone = False  # the item was deleted since it was chosen
        self.picker: ItemPicker | None = None  # while "Choose…" is open, for tests
        # Read-only: the name can be long (a web address) and is shown from its start.
        self.label = QLineEdit()
        self.label.setReadOnly(True)
        self.choose_button = QPushButton()
        self.choose_button.clicked.connect(self.choose)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(lambda: self.set_item(None))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.choose_button)
        layout.addWidget(self.remove_button)
        self.setFocusProxy(self.label)  # a form's label names it (`name_fields_after_labels`)
        self.retranslate()

    def item_id(self) -> int | None:
        return self._item_id

    def set_item(self, item_id: int | None) -> None:
        """Show `item_id` (None: no item), by its name once read."""
        changed = item_id != self._item_id
        self._item_id = item_id
        self._asked += 1
        asked = self._asked
        self._name = "" if item_id is None else f"#{item_id}"
        self._gone = False
        self._show()
        if item_id is not None:

            def named(items: list[Item]) -> None:
                if asked == self._asked:
                    # None: deleted since it was chosen (the report still names it).
                    self._name = item_label(items[0]) if items else ""
                    self._gone = not items
                    self._show()

            self._source.read([item_id], named, lambda _exc: None)  # the number says enough
        if changed:
            self.changed.emit()

    @Slot()
    def choose(self) -> None:
        dialog = ItemChooser(self._source, self._case_id, self._item_id, self)
        self.picker = dialog.picker
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                self.set_item(dialog.chosen())
        finally:
            self.picker = None
            if shiboken6.isValid(dialog):
                dialog.deleteLater()

    def _show(self) -> None:
        name = self._name
        if self._gone:
            name = f"#{self._item_id}  " + self.tr("(deleted since)")
        self.label.setText(name or self.tr("(none)"))
        self.label.setCursorPosition(0)
        self.label.setToolTip(self._name)
        self.remove_button.setEnabled(self._item_id is not None)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.choose_button.setText(self.tr("Choose…"))
        self.choose_button.setAccessibleDescription(
            self.tr("Choose one of the items of this case.")
        )
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setAccessibleDescription(
            self.tr("Takes the item off here. It stays in your vault.")
        )
        self._show()


class ItemChooser(QDialog):
    """The window "Choose an item": one item of `case_id` or none, `chosen` checked at first
    (the "Choose…" of an `ItemField`); `chosen()` once accepted."""

    def __init__(
        self,
        source: ItemSource,
        case_id: int,
        chosen: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        first = () if chosen is None else (chosen,)
        self.picker = ItemPicker(source, case_id, first, single=True, parent=self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.picker.picked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.picker, 1)
        layout.addWidget(self.buttons)
        self.retranslate()
        fit_to_screen(self, QSize(720, 480))
        self.picker.search.setFocus()

    def chosen(self) -> int | None:
        found = self.picker.chosen()
        return found[0] if found else None

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Choose an item"))
