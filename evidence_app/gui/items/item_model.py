"""The list of items: a table model and the proxy that sorts and searches it.

The model holds `Item` records as the service returns them; it never reads the
vault itself. Views sort through `SORT_ROLE` (a key that sorts right, such as
the ISO time of capture) and find the record through `ID_ROLE`. The description
column shows what the item shows; when that is empty but there are notes, it
shows the notes, dimmed and marked as notes, so the item does not look empty.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QGuiApplication, QPalette

from evidence_app.domain import event_time
from evidence_app.domain.model import Item
from evidence_app.gui.common import messages, timefmt
from evidence_app.gui.common.platforms import platform_name

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3

COL_EVENT, COL_CAPTURED, COL_KIND, COL_PLATFORM, COL_URL, COL_DESCRIPTION, COL_HASH = range(7)
COLUMN_COUNT = 7
HASH_PREFIX = 12
SHORT_DESCRIPTION = 80

Index = QModelIndex | QPersistentModelIndex


def short_description(text: str) -> str:
    """The first line of a description, cut to fit a table cell."""
    first = text.strip().splitlines()[0] if text.strip() else ""
    return first if len(first) <= SHORT_DESCRIPTION else first[: SHORT_DESCRIPTION - 1] + "…"


def _notes_only(item: Item) -> bool:
    """Nothing is said about what the item shows, but there are notes."""
    return not item.description.strip() and bool(item.notes.strip())


class ItemTableModel(QAbstractTableModel):
    """One row per item, in the order the service gave them."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._items: list[Item] = []

    # -- filling --------------------------------------------------------------
    def set_items(self, items: list[Item]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def clear(self) -> None:
        self.set_items([])

    def add_item(self, item: Item) -> None:
        row = len(self._items)
        self.beginInsertRows(QModelIndex(), row, row)
        self._items.append(item)
        self.endInsertRows()

    def replace_item(self, item: Item) -> None:
        row = self.row_of(item.id)
        if row is None:
            return
        self._items[row] = item
        self.dataChanged.emit(self.index(row, 0), self.index(row, COLUMN_COUNT - 1))

    def remove_item(self, item_id: int) -> None:
        row = self.row_of(item_id)
        if row is None:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._items[row]
        self.endRemoveRows()

    def row_of(self, item_id: int) -> int | None:
        for row, item in enumerate(self._items):
            if item.id == item_id:
                return row
        return None

    def item_at(self, row: int) -> Item:
        return self._items[row]

    # -- the model ------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_EVENT:
                return item.posted_at or None  # in the person's own words
            if column == COL_URL:
                return item.url or None
            if column == COL_DESCRIPTION:
                return item.description or item.notes or None
            if column == COL_HASH:
                return item.sha256 or None
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == COL_DESCRIPTION and _notes_only(item):
                return QGuiApplication.palette().brush(
                    QPalette.ColorGroup.Active, QPalette.ColorRole.PlaceholderText
                )
            return None
        if role == SORT_ROLE:
            return self._sort_key(item, column)
        if role == ID_ROLE:
            return item.id
        if role == SEARCH_ROLE:
            return self._search_text(item)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = (
            self.tr("When it happened"),
            self.tr("Captured"),
            self.tr("Kind"),
            self.tr("Platform"),
            self.tr("Web address"),
            self.tr("Description"),
            self.tr("Fingerprint"),
        )
        return headers[section] if 0 <= section < COLUMN_COUNT else None

    def retranslate(self) -> None:
        """Headers and kinds are translated text: tell the views to redraw them."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMN_COUNT - 1)
        if self._items:
            self.dataChanged.emit(
                self.index(0, COL_KIND),
                self.index(len(self._items) - 1, COL_DESCRIPTION),
            )

    def _display(self, item: Item, column: int) -> str:
        if column == COL_EVENT:
            return timefmt.event_text(item.event())
        if column == COL_CAPTURED:
            return timefmt.local_text(item.captured_local())
        if column == COL_KIND:
            return messages.kind_label(item.kind)
        if column == COL_PLATFORM:
            return platform_name(item.platform)
        if column == COL_URL:
            return item.url
        if column == COL_DESCRIPTION:
            if _notes_only(item):
                return self.tr("Notes: %1").replace("%1", short_description(item.notes))
            return short_description(item.description)
        return item.sha256[:HASH_PREFIX]

    def _sort_key(self, item: Item, column: int) -> str:
        if column == COL_EVENT:
            # The chronology: when it happened where known, else when it was captured.
            moment, later = event_time.sort_key(item.event(), item.captured_at)
            return f"{moment.isoformat()}#{later}#{item.id:012d}"
        if column == COL_CAPTURED:
            # ISO UTC with the id as tie-breaker: sorts by the real moment of capture.
            return f"{item.captured_at}#{item.id:012d}"
        if column == COL_KIND:
            return messages.kind_label(item.kind).casefold()
        if column == COL_HASH:
            return item.sha256
        return self._display(item, column).casefold()

    @staticmethod
    def _search_text(item: Item) -> str:
        fields = (
            item.url,
            item.platform,
            platform_name(item.platform),
            item.place,
            item.posted_by,
            item.posted_at,
            item.description,
            item.notes,
            item.original_name,
            item.sha256,
            messages.kind_label(item.kind),
            item.captured_local().strftime("%Y-%m-%d %H:%M"),
            timefmt.local_text(item.captured_local()),
        )
        return "\n".join(fields).casefold()


class ItemFilterProxy(QSortFilterProxyModel):
    """Sorts by `SORT_ROLE` and keeps the rows whose text contains the search words."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)
        self._words: list[str] = []

    def set_search(self, text: str) -> None:
        """Every word of `text` must appear somewhere in the item (any case)."""
        self.beginFilterChange()
        self._words = text.casefold().split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._words:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        text = str(index.data(SEARCH_ROLE) or "")
        return all(word in text for word in self._words)

    def item_id(self, proxy_row: int) -> int | None:
        """The id of the item shown in `proxy_row`."""
        index = self.index(proxy_row, 0)
        value = index.data(ID_ROLE) if index.isValid() else None
        return int(value) if value is not None else None
