"""Reading around the damaged pages of `vault.db`.

SQLCipher checks each page's HMAC when it reads it. A page that fails makes the
statement that touched it raise (SQLITE_CORRUPT, "database disk image is
malformed"; SQLITE_NOTADB for the first page), and SQLCipher then takes the
failure as permanent for that connection: every later read of a page it does not
hold in its cache fails as well (`sqlite3Codec` in SQLCipher's `src/sqlcipher.c`:
"failure to decrypt a page is considered a permanent error and will render the
pager unusable"). So after each such failure reading goes on through a new
connection (`Reconnecting.fresh_connection`, about a millisecond).

Worse, a damaged overflow page (the rest of a row too long for its own page: a
file's bytes, a long note) is handed over as zeros, and the statement that read
it succeeds; only the next page read from the disk on that connection fails.
`poisoned` makes one such read on purpose, so that a reader here knows whether
what it just read can be trusted. The stored files have their SHA-256 as well.

A damaged page loses only what is stored on it, if the rest is reached another
way. `read_around` reads a table in the order of its integer key (the rowid) and
steps over the keys it cannot reach: each lookup by key walks only the pages on
the path to that key, so the rows on intact pages after a damaged one are found
again by looking further on (doubling the step, then halving back to the first
key that reads). What it could not read comes back as `Gap`s of keys. Two damaged
pages close together may hide an intact page between them from that search; keys
known from elsewhere (the audit chain names every record) are tried one by one.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from evidence_app.storage.database import Connection, DatabaseError, probe_damage

SQLITE_CORRUPT = 11
SQLITE_NOTADB = 26
SQLITE_IOERR_READ = 266  # the disk itself could not read the sector
SQLITE_IOERR_SHORT_READ = 522

FIRST_KEY = -(2**63)  # SQLite's rowids are signed 64-bit integers
LAST_KEY = 2**63 - 1


def is_damage(exc: BaseException) -> bool:
    """Whether `exc` says a page of the database could not be read (damaged or unreadable)."""
    code = getattr(exc, "sqlite_errorcode", None)
    if not isinstance(exc, DatabaseError) or not isinstance(code, int):
        return False
    return code & 0xFF in (SQLITE_CORRUPT, SQLITE_NOTADB) or code in (
        SQLITE_IOERR_READ,
        SQLITE_IOERR_SHORT_READ,
    )


@dataclass(frozen=True)
class Gap:
    """Keys `first` to `last` of `table` that could not be read; `last` None: to the end.

    Rows may or may not exist with those keys: the pages that would say are damaged.
    """

    table: str
    first: int
    last: int | None

    def holds(self, key: int) -> bool:
        return self.first <= key and (self.last is None or key <= self.last)


class Reconnecting(Protocol):
    """A holder of the connection that can replace it after a damaged page was met."""

    @property
    def conn(self) -> Connection: ...

    def fresh_connection(self) -> None: ...


def poisoned(reader: Reconnecting) -> bool:
    """Whether the connection met a damaged page (then it is renewed).

    SQLCipher fails every page read from the disk after one that did not check
    out, but a page in its cache still reads: the cache is emptied first, then
    the first page is read again.
    """
    try:
        probe_damage(reader.conn)
    except DatabaseError as exc:
        if not is_damage(exc):
            raise
        reader.fresh_connection()
        return True
    return False


def attempt(reader: Reconnecting, sql: str, params: Sequence[Any] = ()) -> list[Any] | None:
    """All rows of `sql`, or None when it met a damaged page (the connection is renewed)."""
    try:
        rows = list(reader.conn.execute(sql, tuple(params)))
    except DatabaseError as exc:
        if not is_damage(exc):
            raise
        reader.fresh_connection()
        return None
    return None if poisoned(reader) else rows


def read_around(
    reader: Reconnecting,
    table: str,
    columns: str,
    *,
    key: str = "rowid",
    known: Iterable[int] = (),
) -> tuple[list[tuple[Any, ...]], list[Gap]]:
    """Every readable row of `table` as `(key, *columns)`, in key order, and the gaps.

    `table`, `columns` and `key` are names from this package, never input. On a
    whole table it is one query; damage costs a few lookups per damaged page. Keys
    in `known` that fall in a gap are looked up one by one, and a gap that one
    fills is split around it.
    """
    select = f"SELECT {key}, {columns} FROM {table}"  # noqa: S608 - our own names
    from_key = f"{select} WHERE {key} >= ? ORDER BY {key}"
    by_key = f"{select} WHERE {key} = ?"
    rows: dict[int, tuple[Any, ...]] = {}
    gaps: list[Gap] = []
    start: int | None = FIRST_KEY
    while start is not None:
        batch: list[tuple[Any, ...]] = []
        failed_at = start
        try:
            for row in reader.conn.execute(from_key, (start,)):
                batch.append(tuple(row))
                start = int(row[0]) + 1 if int(row[0]) < LAST_KEY else None
                if start is None:
                    break
            else:
                start = None  # read to the end
            failed = False
        except DatabaseError as exc:
            if not is_damage(exc):
                raise
            reader.fresh_connection()
            failed, failed_at = True, failed_at if start is None else start
        if failed or poisoned(reader):
            # A row read before the failure may hold a damaged page's zeros: each is read
            # again alone, and one that meets the damage becomes a gap of its own.
            for row in batch:
                again = attempt(reader, by_key, (row[0],))
                if again:
                    rows[int(row[0])] = tuple(again[0])
                else:
                    gaps.append(Gap(table, int(row[0]), int(row[0])))
        else:
            rows.update((int(row[0]), row) for row in batch)
        if failed:
            # The module's cursor reads one row ahead, so the failure of the step onto
            # the damaged page took the last good row with it: read that one alone.
            last_good = attempt(reader, f"{from_key} LIMIT 1", (failed_at,))
            if last_good:
                rows[int(last_good[0][0])] = tuple(last_good[0])
                failed_at = int(last_good[0][0]) + 1
            resume = _next_readable(reader, from_key, failed_at)
            gaps.append(Gap(table, failed_at, None if resume is None else resume - 1))
            start = resume
    for wanted in sorted(set(known)):
        if wanted in rows or not any(gap.holds(wanted) for gap in gaps):
            continue
        found = attempt(reader, by_key, (wanted,))
        if found:
            rows[wanted] = tuple(found[0])
            gaps = _split(gaps, wanted)
    return [rows[k] for k in sorted(rows)], sorted(gaps, key=lambda gap: gap.first)


def _readable_from(reader: Reconnecting, from_key: str, key: int) -> bool:
    """Whether a read starting at `key` gets its first row (or the end) without damage."""
    return attempt(reader, f"{from_key} LIMIT 1", (key,)) is not None


def _next_readable(reader: Reconnecting, from_key: str, failed: int) -> int | None:
    """The first key after `failed` from which reading works again; None if none does."""
    low, step = max(failed, 0), 1  # our keys start at 1: no need to search below
    while True:
        if low >= LAST_KEY:
            return None
        probe = min(low + step, LAST_KEY)
        if _readable_from(reader, from_key, probe):
            high = probe
            break
        low, step = probe, step * 2
    while high - low > 1:  # the first key that reads, between a failing `low` and `high`
        middle = (low + high) // 2
        if _readable_from(reader, from_key, middle):
            high = middle
        else:
            low = middle
    return high


def _split(gaps: list[Gap], key: int) -> list[Gap]:
    """`gaps` with `key` taken out (it was read after all)."""
    result = []
    for gap in gaps:
        if not gap.holds(key):
            result.append(gap)
            continue
        if gap.first < key:
            result.append(Gap(gap.table, gap.first, key - 1))
        if gap.last is None or key < gap.last:
            result.append(Gap(gap.table, key + 1, gap.last))
    return result
