"""Where the list of items gets its rows: the vault, or (when it is damaged) what was read.

A source answers two questions, each later and on the GUI thread: the ids of a
`ListQuery` in order, and the items of some ids. `VaultSource` asks the open vault on
the read thread (`tasks.run_task(..., read=True)`), so that scrolling does not wait
behind an export; `ReadSource` answers from a list already in memory: what a damaged
vault could still give (`ItemStore.items_readable`), sorted and searched here.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from PySide6.QtCore import QObject

from evidence_app.domain import event_time
from evidence_app.domain.listing import ListQuery, Order, Word, narrows
from evidence_app.domain.model import Item
from evidence_app.gui.common import tasks
from evidence_app.vault.service import VaultService

Ids = Callable[[list[int]], None]
Items = Callable[[list[Item]], None]
Failed = Callable[[BaseException], None]


class ItemSource(Protocol):
    def list_ids(self, query: ListQuery, done: Ids, failed: Failed) -> None:
        """Call `done(ids)` with the ids `query` asks for, in order (or `failed`)."""

    def read(self, ids: Sequence[int], done: Items, failed: Failed) -> None:
        """Call `done(items)` with the items of `ids` that exist (or `failed`)."""

    def remember(self, item: Item) -> None:
        """An item added or changed in this window (a list in memory takes it in)."""

    def forget(self, item_id: int) -> None:
        """An item deleted in this window."""

    def bound(self, context: QObject) -> ItemSource:
        """The same source, answering only while `context` lives: a list in a window that
        closes before its answer came gets none."""


class VaultSource:
    """The open vault, read on the read thread."""

    def __init__(self, service: VaultService, context: QObject) -> None:
        self._service = service
        self._context = context

    def list_ids(self, query: ListQuery, done: Ids, failed: Failed) -> None:
        service = self._service
        tasks.run_task(
            lambda: service.item_ids(query), done, failed, context=self._context, read=True
        )

    def read(self, ids: Sequence[int], done: Items, failed: Failed) -> None:
        service, wanted = self._service, list(ids)
        tasks.run_task(
            lambda: service.items_by_id(wanted), done, failed, context=self._context, read=True
        )

    def remember(self, item: Item) -> None:
        pass  # the vault has it already

    def forget(self, item_id: int) -> None:
        pass

    def bound(self, context: QObject) -> ItemSource:
        return VaultSource(self._service, context)  # `tasks` drops answers for a dead context


class ReadSource:
    """Items already read, sorted and searched in memory (a damaged vault's list, which
    cannot be asked for more)."""

    def __init__(self, items: Sequence[Item], text_of: Callable[[Item], str]) -> None:
        self._items = {item.id: item for item in items}
        self._text_of = text_of  # what a search looks in, with the names as shown

    def list_ids(self, query: ListQuery, done: Ids, failed: Failed) -> None:
        found = [
            item
            for item in self._items.values()
            if query.case_id in (None, item.case_id) and self._matches(item, query.words)
        ]
        found.sort(key=lambda item: _sort_key(item, query), reverse=query.descending)
        done([item.id for item in found][: query.first])

    def read(self, ids: Sequence[int], done: Items, failed: Failed) -> None:
        done([self._items[item_id] for item_id in ids if item_id in self._items])

    def remember(self, item: Item) -> None:
        """Added or changed after the damaged vault was read: listed from now on."""
        self._items[item.id] = item

    def forget(self, item_id: int) -> None:
        self._items.pop(item_id, None)

    def bound(self, context: QObject) -> ItemSource:
        return self  # it answers at once, before any window can close

    def _matches(self, item: Item, words: Sequence[Word]) -> bool:
        text = self._text_of(item).lower()
        return all(
            word.text in text or item.kind in word.kinds or item.platform in word.platforms
            for word in words
            if narrows(word.text)
        )


def _sort_key(item: Item, query: ListQuery) -> tuple[object, ...]:
    """As `storage.item_list` sorts, for items in memory."""
    if query.order == Order.EVENT:
        moment, later = event_time.sort_key(item.event(), item.captured_at)
        return (moment.isoformat(), later, item.id)
    if query.order == Order.KIND:
        return (_rank(item.kind, query.kind_order), item.kind, item.captured_at, item.id)
    if query.order == Order.PLATFORM:
        rank = _rank(item.platform, query.platform_order)
        return (rank, item.platform.casefold(), item.captured_at, item.id)
    if query.order == Order.URL:
        return (item.url.casefold(), item.captured_at, item.id)
    if query.order == Order.DESCRIPTION:
        shown = item.description if item.description.strip() else item.notes
        return (shown.casefold(), item.captured_at, item.id)
    if query.order == Order.HASH:
        return (item.sha256, item.id)
    return (item.captured_at, item.id)


def _rank(value: str, order: Sequence[str]) -> int:
    return order.index(value) if value in order else len(order)
