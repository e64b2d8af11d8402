"""The list of items: a table model over a list the vault sorted and searched.

The list is never read whole. The model holds the ids of its rows, in order, as its
`ItemSource` gave them for a `ListQuery` (a case, a column to sort by, the search
words), and reads the items of the rows that come into view, a page at a time, keeping
the last few thousand. Until a row has arrived its cells are empty. Sorting (the
header) and searching ask the source again; what changed is told to the views as rows
inserted, removed or moved, so that the chosen row stays chosen.

Views find the record through `ID_ROLE`. The description column shows what the item
shows; when that is empty but there are notes, it shows the notes, dimmed and marked as
notes, so the item does not look empty.
"""

from __future__ import annotations

import functools
import html
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QGuiApplication, QPalette

from evidence_app.domain.escapes import one_line
from evidence_app.domain.listing import ListQuery, Order, Word, split_words
from evidence_app.domain.model import Item, ItemKind
from evidence_app.domain.web import PLATFORMS
from evidence_app.gui.common import messages, timefmt
from evidence_app.gui.common.platforms import platform_name
from evidence_app.gui.items.item_source import ItemSource

ID_ROLE = Qt.ItemDataRole.UserRole + 2

COL_EVENT, COL_CAPTURED, COL_KIND, COL_PLATFORM, COL_URL, COL_DESCRIPTION, COL_HASH = range(7)
COLUMN_COUNT = 7
HASH_PREFIX = 12
SHORT_DESCRIPTION = 80
ORDER_OF_COLUMN: dict[int, Order] = {
    COL_EVENT: Order.EVENT,
    COL_CAPTURED: Order.CAPTURED,
    COL_KIND: Order.KIND,
    COL_PLATFORM: Order.PLATFORM,
    COL_URL: Order.URL,
    COL_DESCRIPTION: Order.DESCRIPTION,
    COL_HASH: Order.HASH,
}
PAGE_ROWS = 100  # rows read at once as they come into view
FIRST_ROWS = 100  # a new case's first rows, asked for before its whole list
WHOLE_LIST_AFTER_MS = 40  # then the whole list, once the first rows had time to be drawn
CACHED_ITEMS = 5000  # items kept once read (the last ones used)
RELIST_DELAY_MS = 150  # typing a search or adding many items asks once
MOST_RUNS = 64  # rows added or gone in more places than this: the list is shown anew
_ROLES_SHOWN = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.ForegroundRole,
    }
)

Index = QModelIndex | QPersistentModelIndex


def short_description(text: str) -> str:
    """The first line of a description, cut to fit a table cell."""
    first = text.strip().splitlines()[0] if text.strip() else ""
    return first if len(first) <= SHORT_DESCRIPTION else first[: SHORT_DESCRIPTION - 1] + "…"


def plain_tip(text: str) -> str:
    """`text` for a tooltip, shown as it is: Qt would read `<b>x.png` as rich text."""
    if "<" not in text and "&" not in text:
        return text
    return "<p style='white-space:pre-wrap'>" + html.escape(text, quote=False) + "</p>"


def _notes_only(item: Item) -> bool:
    """Nothing is said about what the item shows, but there are notes."""
    return not item.description.strip() and bool(item.notes.strip())


def _name_only(item: Item) -> bool:
    """A file brought in whose description and notes are still empty: its name is what
    tells it from the others of its batch (a phone's names hold the app and the time)."""
    return (
        item.kind == ItemKind.FILE
        and not item.description.strip()
        and not item.notes.strip()
        and bool(item.original_name)
    )


class ItemTableModel(QAbstractTableModel):
    """One row per id of the current list; items read as their rows are shown.

    Signals:
        listed(): a new list of ids arrived and is shown (after a case, a sort, a search).
        failed(exception): the source could not answer (the window says why).
    """

    listed = Signal()
    failed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source: ItemSource | None = None
        self._query: ListQuery | None = None
        self._order, self._descending = Order.EVENT, False
        self._search = ""
        self._ids: list[int] = []
        self._cache: OrderedDict[int, Item] = OrderedDict()
        self._wanted: set[int] = set()  # pages the views showed unread, not yet asked
        self._asked: set[int] = set()  # ids asked of the source, not yet arrived
        self._missing: set[int] = set()  # ids asked that did not come (gone meanwhile)
        self._generation = 0  # answers for an older list are not shown
        self._opened = 0  # answers from before `clear` or another source are dropped whole
        self._said_failure = False  # one failure said per list
        self._ask_timer = QTimer(self, singleShot=True, interval=0)
        self._ask_timer.timeout.connect(self._ask)
        self._relist_timer = QTimer(self, singleShot=True, interval=RELIST_DELAY_MS)
        self._relist_timer.timeout.connect(self.relist)

    # -- what is listed -------------------------------------------------------
    def show_case(self, source: ItemSource, case_id: int | None) -> None:
        """List the items of `case_id` from `source`, in the order and search as set."""
        self._source = source
        self._opened += 1
        self._cache.clear()
        self._asked.clear()
        self._missing.clear()
        self._set_ids([])
        self._query = ListQuery(case_id)
        self.relist(first=FIRST_ROWS)

    def clear(self) -> None:
        """Show nothing and forget every item read (at a lock)."""
        self._source, self._query = None, None
        self._opened += 1
        self._generation += 1
        self._relist_timer.stop()
        self._cache.clear()
        self._asked.clear()
        self._missing.clear()
        self._set_ids([])

    def set_search(self, text: str) -> None:
        """Keep the items that hold every word of `text` (any case), soon after typing."""
        self._search = text
        self._relist_timer.start()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        wanted = ORDER_OF_COLUMN.get(column, Order.EVENT), order == Qt.SortOrder.DescendingOrder
        if wanted == (self._order, self._descending):
            return  # a view says it twice (its header, then itself): one question is enough
        self._order, self._descending = wanted
        self.relist()

    def refresh(self) -> None:
        """The vault changed (an item added or edited): list again soon, once for many."""
        self._relist_timer.start()

    def relist(self, *, first: int | None = None) -> None:
        """Ask the source for the ids now; they are shown when they arrive.

        With `first`, the first rows come before the whole list (a new case): their ids,
        then their items, then the rest of the ids, one after the other on the one read
        thread, so that a window's worth shows at once whatever the size of the list.
        """
        self._relist_timer.stop()
        if self._source is None or self._query is None:
            return
        self._generation += 1
        self._said_failure = False
        generation = self._generation
        self._query = query = self._make_query(self._query.case_id)

        def whole() -> None:
            if self._source is not None and generation == self._generation:
                self._source.list_ids(
                    query,
                    lambda ids: self._listed(generation, ids),
                    lambda exc: self._failed(generation, exc),
                )

        def started(ids: list[int]) -> None:
            self._listed(generation, ids)
            if generation == self._generation:
                self._wanted.add(0)
                self._ask()  # the first page's items, before the rest of the ids
            # The rest once those rows are painted: reading 100,000 ids would hold Python's
            # lock while the window draws them.
            QTimer.singleShot(WHOLE_LIST_AFTER_MS, self, whole)

        if first is None:
            whole()
            return
        self._source.list_ids(
            replace(query, first=first), started, lambda exc: self._failed(generation, exc)
        )

    def _make_query(self, case_id: int | None) -> ListQuery:
        words = tuple(
            Word(
                word,
                kinds=tuple(k for k in ItemKind if word in messages.kind_label(k).lower()),
                platforms=tuple(p for p in PLATFORMS if word in platform_name(p).lower()),
            )
            for word in split_words(self._search)
        )
        return ListQuery(
            case_id,
            self._order,
            self._descending,
            words,
            kind_order=tuple(sorted(ItemKind, key=lambda k: messages.kind_label(k).casefold())),
            platform_order=tuple(sorted(PLATFORMS, key=lambda p: platform_name(p).casefold())),
        )

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation and not self._said_failure:
            self._said_failure = True  # the pages asked at once fail together: said once
            self.failed.emit(exc)

    def _listed(self, generation: int, ids: list[int]) -> None:
        if generation != self._generation:
            return  # a later sort or search asked again
        self._missing.clear()  # what is listed now exists
        self._set_ids(ids)
        self.listed.emit()

    def _set_ids(self, ids: list[int]) -> None:
        """Show `ids`, telling the views as little as changed."""
        old = self._ids
        if ids == old:
            return
        if len(ids) == len(old):
            self._move(ids)
        elif not old or not ids or not (self._grow(ids) or self._shrink(ids)):
            self.beginResetModel()
            self._ids = ids
            self._wanted.clear()
            self.endResetModel()

    def _grow(self, ids: list[int]) -> bool:
        """`ids` is the list with rows added (in order): insert them where they go."""
        runs = _added_runs(self._ids, ids)
        if runs is None:
            return False
        self._wanted.clear()
        for start, end in runs:  # positions in `ids`; earlier runs are in place by then
            self.beginInsertRows(QModelIndex(), start, end)
            self._ids[start:start] = ids[start : end + 1]
            self.endInsertRows()
        return True

    def _shrink(self, ids: list[int]) -> bool:
        """`ids` is the list with rows gone: remove them, the chosen row stays chosen."""
        runs = _added_runs(ids, self._ids)
        if runs is None:
            return False
        self._wanted.clear()
        for start, end in reversed(runs):  # positions in the list as it is
            self.beginRemoveRows(QModelIndex(), start, end)
            del self._ids[start : end + 1]
            self.endRemoveRows()
        return True

    def _move(self, ids: list[int]) -> None:
        """As many rows in another order (a sort; rarely, one item in place of another):
        the chosen rows move with their items, or are no longer chosen when theirs is gone.
        No set of 100,000 ids is compared: the views show every row anew after a layout
        change anyway."""
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()  # what is chosen and current: a few, mostly
        rows = {item_id: row for row, item_id in enumerate(ids)} if len(before) > 64 else None
        after = [
            self._index_of(self._ids[index.row()], index.column(), ids, rows) for index in before
        ]
        self._ids = ids
        self._wanted.clear()
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    def _index_of(
        self, item_id: int, column: int, ids: list[int], rows: dict[int, int] | None
    ) -> QModelIndex:
        row = rows.get(item_id) if rows is not None else _position(ids, item_id)
        return self.index(row, column) if row is not None else QModelIndex()

    # -- changes made in this window --------------------------------------------
    def add_item(self, item: Item) -> None:
        """A new item: shown at the end at once (it can be chosen), and where it belongs
        once the list is asked again (soon)."""
        if self._source is not None:
            self._source.remember(item)
        self._keep(item)
        if item.id not in self._ids:
            row = len(self._ids)
            self.beginInsertRows(QModelIndex(), row, row)
            self._ids.append(item.id)
            self.endInsertRows()
        self.refresh()

    def replace_item(self, item: Item) -> None:
        """An item was edited: shown at once; its place is asked again (soon)."""
        if self._source is not None:
            self._source.remember(item)
        self._keep(item)
        row = self.row_of(item.id)
        if row is not None:
            self.dataChanged.emit(self.index(row, 0), self.index(row, COLUMN_COUNT - 1))
        self.refresh()

    def remove_item(self, item_id: int) -> None:
        if self._source is not None:
            self._source.forget(item_id)
        row = self.row_of(item_id)
        self._cache.pop(item_id, None)
        if row is None:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._ids[row]
        self._wanted.clear()
        self.endRemoveRows()

    # -- reading the rows shown -----------------------------------------------
    def row_of(self, item_id: int) -> int | None:
        return _position(self._ids, item_id)

    def item_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def item_at(self, row: int) -> Item | None:
        """The item of `row` if it was read (see `fetch`)."""
        item_id = self.item_id(row)
        return self._cache.get(item_id) if item_id is not None else None

    def fetch(self, item_id: int, done: Callable[[Item | None], None]) -> None:
        """Call `done` with the item `item_id` (None if it is gone), read if need be."""
        found = self._cache.get(item_id)
        if found is not None or self._source is None:
            done(found)
            return
        generation, opened = self._generation, self._opened

        def arrived(items: list[Item]) -> None:
            if opened != self._opened:
                return  # read before a lock or for another case: never kept nor shown
            for item in items:
                self._keep(item)
            done(items[0] if items else None)

        def failed(exc: BaseException) -> None:
            if opened == self._opened:
                done(None)  # nothing stays shown as if it were the one chosen
                self._failed(generation, exc)

        self._source.read([item_id], arrived, failed)

    def _keep(self, item: Item) -> None:
        self._cache[item.id] = item
        self._cache.move_to_end(item.id)
        while len(self._cache) > CACHED_ITEMS:
            self._cache.popitem(last=False)

    def _item(self, row: int) -> Item | None:
        """The item of `row`, or None after asking for its page."""
        item_id = self._ids[row]
        found = self._cache.get(item_id)
        if found is None and item_id not in self._asked and item_id not in self._missing:
            self._wanted.add(row // PAGE_ROWS)
            self._ask_timer.start()  # after this paint: never a signal inside data()
        return found

    @Slot()
    def _ask(self) -> None:
        wanted, self._wanted = sorted(self._wanted), set()
        if self._source is None:
            return
        opened = self._opened
        for page in wanted:
            first = page * PAGE_ROWS
            ids = [
                item_id
                for item_id in self._ids[first : first + PAGE_ROWS]
                if item_id not in self._cache and item_id not in self._asked
            ]
            if not ids:
                continue
            self._asked.update(ids)
            self._source.read(
                ids,
                functools.partial(self._arrived, opened, first, ids),
                functools.partial(self._not_arrived, opened, ids),
            )

    def _arrived(self, opened: int, first: int, ids: list[int], items: list[Item]) -> None:
        if opened != self._opened:
            return  # read before a lock or for another case: never kept
        self._asked.difference_update(ids)
        for item in items:
            self._keep(item)
        self._missing.update(set(ids) - {item.id for item in items})  # not asked again
        rows = range(first, min(first + PAGE_ROWS, len(self._ids)))
        if set(ids) <= set(self._ids[rows.start : rows.stop]) and rows:
            self.dataChanged.emit(self.index(rows[0], 0), self.index(rows[-1], COLUMN_COUNT - 1))
        elif self._ids:  # the list moved meanwhile: the views find the rows themselves
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._ids) - 1, COLUMN_COUNT - 1)
            )

    def _not_arrived(self, opened: int, ids: list[int], exc: BaseException) -> None:
        if opened != self._opened:
            return
        self._asked.difference_update(ids)  # asked again when shown again
        self._failed(self._generation, exc)

    # -- the model ------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == ID_ROLE:
            return self._ids[index.row()]
        if role not in _ROLES_SHOWN:
            return None
        item = self._item(index.row())
        if item is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_EVENT:
                return item.posted_at or None  # in the person's own words
            if column == COL_URL:
                return item.url or None
            if column == COL_DESCRIPTION:
                if _name_only(item):
                    return plain_tip(one_line(item.original_name))
                words = item.description or item.notes
                return plain_tip(words) if words else None
            if column == COL_HASH:
                return item.sha256 or None
            return None
        if column == COL_DESCRIPTION and (_notes_only(item) or _name_only(item)):  # foreground
            return QGuiApplication.palette().brush(
                QPalette.ColorGroup.Active, QPalette.ColorRole.PlaceholderText
            )
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
        """Headers and kinds are translated text: tell the views to redraw them, and sort
        again when the list is sorted by a translated name."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMN_COUNT - 1)
        if self._ids:
            self.dataChanged.emit(
                self.index(0, COL_KIND), self.index(len(self._ids) - 1, COL_DESCRIPTION)
            )
        if self._order in (Order.KIND, Order.PLATFORM) or self._search:
            self.relist()

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
            if _name_only(item):
                name = short_description(one_line(item.original_name))
                return self.tr("File: %1").replace("%1", name)
            return short_description(item.description)
        return item.sha256[:HASH_PREFIX]


def search_text(item: Item) -> str:
    """What a search looks in when the list is in memory (`item_source.ReadSource`): the
    words of the item and the names as shown."""
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
    return "\n".join(fields).lower()


def _position(ids: list[int], item_id: int) -> int | None:
    try:
        return ids.index(item_id)
    except ValueError:
        return None


def _added_runs(short: list[int], long: list[int]) -> list[tuple[int, int]] | None:
    """Where `long` has ids that `short` has not, as runs (first, last) of positions in
    `long`, when `long` is `short` with ids added and the rest in the same order; None
    when it is not, or when they are spread over more than `MOST_RUNS` places."""
    if len(long) <= len(short):
        return None
    if long[: len(short)] == short:  # the rest of a list after its first rows: at once
        return [(len(short), len(long) - 1)]
    runs: list[tuple[int, int]] = []
    at = 0  # the next id of `short` to meet in `long`
    for position, item_id in enumerate(long):
        if at < len(short) and short[at] == item_id:
            at += 1
            continue
        if runs and runs[-1][1] == position - 1:
            runs[-1] = (runs[-1][0], position)
        else:
            runs.append((position, position))
            if len(runs) > MOST_RUNS:
                return None
    return runs if at == len(short) else None
