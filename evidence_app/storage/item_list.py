"""The SQL of lists of items at any size (`domain.listing`): ids in order, rows by id.

Sorting and searching happen in the database: a list of 100,000 items costs one query
for its ids, and the rows shown are read by id. The chronology sorts by `sort_event` and
search uses the FTS5 table `item_words` (migration 10, kept up to date by triggers); a
vault opened read-only before that migration computes the one and searches with
`instr` instead: slower, the same result.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from evidence_app.domain.listing import ListQuery, Order, Word, narrows

WORD_COLUMNS = (
    "url",
    "final_url",
    "platform",
    "place",
    "posted_by",
    "posted_at",
    "description",
    "notes",
    "original_name",
    "page_title",
    "sha256",
)
ROWS_PER_QUERY = 500  # ids per `IN (...)`, well under SQLite's limit on parameters

# When it happened where known (a day at its start in this machine's zone, before the
# timed events of that day), else when it was captured; as ISO UTC text that sorts right.
_EVENT_KEY = (
    "CASE WHEN event_at = '' THEN strftime('%Y-%m-%dT%H:%M:%f', captured_at)"
    " WHEN event_precision = 'day' THEN strftime('%Y-%m-%dT%H:%M:%f', event_at, 'utc')"
    " ELSE strftime('%Y-%m-%dT%H:%M:%f', event_at) END"
)
_DAY_FIRST = "CASE WHEN event_at <> '' AND event_precision = 'day' THEN 0 ELSE 1 END"
# As in the index `items_shown`, word for word, so that SQLite uses it.
_SHOWN_TEXT = "(CASE WHEN trim(description) = '' THEN notes ELSE description END) COLLATE NOCASE"
_LOCAL_CAPTURE = "strftime('%Y-%m-%d %H:%M', captured_at, utc_offset_minutes || ' minutes')"


def fts_phrase(text: str) -> str | None:
    """`text` as an FTS5 prefix phrase (`"exam"*` finds "example"); None when it holds
    no letter or digit, which the tokenizer would leave empty."""
    if not narrows(text):
        return None
    return '"' + text.replace('"', '""') + '"*'


def _word_match(word: Word, params: list[Any], *, with_fts: bool) -> str:
    """One word's condition: in the item's words, or naming its kind or platform."""
    found: list[str] = []
    phrase = fts_phrase(word.text)
    if phrase is not None and with_fts:
        found.append("id IN (SELECT rowid FROM item_words WHERE item_words MATCH ?)")
        params.append(phrase)
    elif phrase is not None:
        words = " || char(10) || ".join((*WORD_COLUMNS, _LOCAL_CAPTURE))
        found.append(f"instr(lower({words}), ?) > 0")
        params.append(word.text.casefold())
    if word.kinds:
        found.append(f"kind IN ({_marks(word.kinds)})")
        params.extend(word.kinds)
    if word.platforms:
        found.append(f"platform IN ({_marks(word.platforms)})")
        params.extend(word.platforms)
    if phrase is None and not found:
        return "1"  # no letter or digit ("-", a quote): it narrows nothing
    return "(" + " OR ".join(found) + ")" if found else "0"


def _marks(values: Sequence[object]) -> str:
    return ", ".join("?" for _ in values)


def _order_by(terms: Sequence[str], descending: bool) -> str:
    direction = " DESC" if descending else ""
    return ", ".join(term + direction for term in terms)


def select_ids(query: ListQuery, *, with_fts: bool) -> list[tuple[str, list[Any]]]:
    """The SELECTs of the ids `query` asks for, their parameters: the list is their rows
    one after the other.

    One SELECT for most orders, each read in the order of an index (migration 10), so
    that nothing is sorted. Kinds and platforms sort by their names in the window's
    language: one SELECT per name in that order, then the rest by their key.
    """
    params: list[Any] = []
    where = ["deleted = 0"]
    if query.case_id is not None:
        where.append("case_id = ?")
        params.append(query.case_id)
    where.extend(_word_match(word, params, with_fts=with_fts) for word in query.words)
    base = f"SELECT id FROM items WHERE {' AND '.join(where)}"  # noqa: S608 - fixed text

    def one(
        terms: Sequence[str], extra: str = "", extra_params: Sequence[Any] = ()
    ) -> tuple[str, list[Any]]:
        sql = f"{base}{extra} ORDER BY {_order_by(terms, query.descending)}"
        if query.first is not None:
            return f"{sql} LIMIT ?", [*params, *extra_params, query.first]
        return sql, [*params, *extra_params]

    if query.order in (Order.KIND, Order.PLATFORM):
        column, named = (
            ("kind", query.kind_order)
            if query.order == Order.KIND
            else ("platform", query.platform_order)
        )
        key = "kind" if query.order == Order.KIND else "platform COLLATE NOCASE"
        parts = [one(["captured_at", "id"], f" AND {column} = ?", [value]) for value in named]
        rest = f" AND {column} NOT IN ({_marks(named)})" if named else ""
        parts.append(one([key, "captured_at", "id"], rest, named))
        return parts[::-1] if query.descending else parts
    return [one(_ORDERS[query.order] if with_fts or query.order != Order.EVENT else _OLD_EVENT)]


_OLD_EVENT = (_EVENT_KEY, _DAY_FIRST, "id")  # before migration 10: computed for every row
_ORDERS: dict[Order, tuple[str, ...]] = {
    Order.EVENT: ("sort_event", "id"),
    Order.CAPTURED: ("captured_at", "id"),
    Order.URL: ("url COLLATE NOCASE", "captured_at", "id"),
    Order.DESCRIPTION: (_SHOWN_TEXT, "captured_at", "id"),
    Order.HASH: ("sha256", "id"),
}
