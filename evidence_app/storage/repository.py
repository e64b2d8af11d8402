"""The repository: the only place with SQL. Rows in, domain records out.

Transactions are the caller's (the service), through `storage.database.transaction`,
so that an item, its bytes and its audit entry are committed together.

The `*_around` readers read a whole table around damaged pages (`storage.salvage`):
what they return is every row that could be read, and the gaps of keys that could not.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any

from evidence_app.domain.audit import interned_keys
from evidence_app.domain.guide import Choice
from evidence_app.domain.listing import ListQuery
from evidence_app.domain.model import (
    JOURNAL_FIELDS,
    PERSON_FIELDS,
    Attachment,
    AuditEntry,
    Case,
    Item,
    JournalEntry,
    Person,
    Recheck,
    Region,
)
from evidence_app.storage import item_list, salvage
from evidence_app.storage.database import Connection
from evidence_app.storage.report_rows import ReportRows
from evidence_app.storage.salvage import Gap

_ITEM_COLUMNS: tuple[str, ...] = tuple(
    name for name in Item.__dataclass_fields__ if name not in ("id", "deleted")
)


_JOURNAL_COLUMNS = "case_id, text, event_at, event_precision, involved, created_at, deleted"


def _journal(row: tuple[Any, ...]) -> JournalEntry:
    entry_id, case_id, text, event_at, precision, involved, created_at, deleted = row
    return JournalEntry(
        entry_id, case_id, text, event_at, precision, involved, created_at, bool(deleted)
    )


# A value read many times over (a MIME type, a time zone, an item's URL in its row and in
# its audit entry) is kept as one string while a whole vault is read (`items_around`,
# `audit_around`): for 2,000 screenshots that is 3 MiB less.
Strings = dict[str, str]


def _shared(strings: Strings | None, value: Any) -> Any:
    if strings is None or type(value) is not str:
        return value
    return strings.setdefault(value, value)


def _item(row: tuple[Any, ...], strings: Strings | None = None) -> Item:
    if strings is not None:
        row = tuple(_shared(strings, value) for value in row)
    values = dict(zip(("id", *_ITEM_COLUMNS, "deleted"), row, strict=True))
    values["deleted"] = bool(values["deleted"])
    return Item(**values)


class Repository:
    """SQL over one open connection (replaced by `reopen` after a damaged page)."""

    def __init__(self, conn: Connection, reopen: Callable[[], Connection] | None = None) -> None:
        self._conn = conn
        self._reopen = reopen
        self.reports = ReportRows(self)

    @property
    def conn(self) -> Connection:
        return self._conn

    def fresh_connection(self) -> None:
        """Go on through a new connection: SQLCipher refuses every further read on one
        that met a damaged page (see `storage.salvage`)."""
        if self._reopen is None:
            raise RuntimeError("this repository cannot reopen its connection")
        self._conn = self._reopen()

    # -- cases ---------------------------------------------------------------

    def insert_case(self, name: str, created_at: str) -> Case:
        cur = self._conn.execute(
            "INSERT INTO cases (name, created_at) VALUES (?, ?)", (name, created_at)
        )
        return Case(int(cur.lastrowid or 0), name, "", created_at)

    def cases(self) -> list[Case]:
        rows = self._conn.execute("SELECT id, name, summary, created_at FROM cases ORDER BY id")
        return [Case(*row) for row in rows]

    def cases_around(self, known: Iterable[int] = ()) -> tuple[list[Case], list[Gap]]:
        rows, gaps = salvage.read_around(
            self, "cases", "name, summary, created_at", key="id", known=known
        )
        return [Case(*row) for row in rows], gaps

    def set_case_summary(self, case_id: int, summary: str) -> None:
        self._conn.execute("UPDATE cases SET summary = ? WHERE id = ?", (summary, case_id))

    def rename_case(self, case_id: int, name: str) -> None:
        self._conn.execute("UPDATE cases SET name = ? WHERE id = ?", (name, case_id))

    def case_by_name(self, name: str) -> Case | None:
        row = self._conn.execute(
            "SELECT id, name, summary, created_at FROM cases WHERE name = ?", (name,)
        ).fetchone()
        return Case(*row) if row else None

    # -- the journal ---------------------------------------------------------

    def insert_journal(self, entry: JournalEntry) -> int:
        cur = self._conn.execute(
            "INSERT INTO journal (case_id, text, event_at, event_precision, involved, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (
                entry.case_id,
                entry.text,
                entry.event_at,
                entry.event_precision,
                entry.involved,
                entry.created_at,
            ),
        )
        return int(cur.lastrowid or 0)

    def journal(self, case_id: int | None, *, include_deleted: bool = False) -> list[JournalEntry]:
        sql = f"SELECT id, {_JOURNAL_COLUMNS} FROM journal WHERE 1"  # noqa: S608 - fixed names
        params: list[Any] = []
        if case_id is not None:
            sql += " AND case_id = ?"
            params.append(case_id)
        if not include_deleted:
            sql += " AND deleted = 0"
        return [_journal(row) for row in self._conn.execute(sql + " ORDER BY id", params)]

    def journal_entry(self, entry_id: int) -> JournalEntry | None:
        row = self._conn.execute(
            f"SELECT id, {_JOURNAL_COLUMNS} FROM journal WHERE id = ?",  # noqa: S608
            (entry_id,),
        ).fetchone()
        return _journal(row) if row else None

    def journal_around(self, known: Iterable[int] = ()) -> tuple[list[JournalEntry], list[Gap]]:
        rows, gaps = salvage.read_around(self, "journal", _JOURNAL_COLUMNS, key="id", known=known)
        return [_journal(row) for row in rows], gaps

    def set_journal_fields(self, entry_id: int, fields: Mapping[str, Any]) -> None:
        self.set_fields("journal", {*JOURNAL_FIELDS, "deleted"}, entry_id, fields)

    def set_fields(
        self, table: str, columns: set[str], row_id: int, fields: Mapping[str, Any]
    ) -> None:
        """UPDATE `table` SET the `fields` (each one of `columns`) of row `row_id`."""
        unknown = set(fields) - columns
        if unknown:
            raise ValueError(f"not {table} columns: {sorted(unknown)}")
        assignments = ", ".join(f"{name} = ?" for name in fields)
        self._conn.execute(
            f"UPDATE {table} SET {assignments} WHERE id = ?",  # noqa: S608 - checked names
            [*fields.values(), row_id],
        )

    # -- items ---------------------------------------------------------------

    def insert_item(self, item: Item) -> int:
        values = item.state()
        columns = ", ".join(_ITEM_COLUMNS)
        marks = ", ".join("?" for _ in _ITEM_COLUMNS)
        cur = self._conn.execute(
            f"INSERT INTO items ({columns}) VALUES ({marks})",  # noqa: S608 - fixed column names
            [values[name] for name in _ITEM_COLUMNS],
        )
        return int(cur.lastrowid or 0)

    def set_item_fields(self, item_id: int, fields: Mapping[str, Any]) -> None:
        self.set_fields("items", {*_ITEM_COLUMNS, "deleted"}, item_id, fields)

    def item(self, item_id: int) -> Item | None:
        row = self._conn.execute(
            f"SELECT id, {', '.join(_ITEM_COLUMNS)}, deleted FROM items WHERE id = ?",  # noqa: S608
            (item_id,),
        ).fetchone()
        return _item(row) if row else None

    def items_around(
        self, known: Iterable[int] = (), strings: Strings | None = None
    ) -> tuple[list[Item], list[Gap]]:
        """Every item that can be read (deleted ones too), and the gaps of ids that cannot;
        equal values share one string of `strings`."""
        rows, gaps = salvage.read_around(
            self, "items", f"{', '.join(_ITEM_COLUMNS)}, deleted", key="id", known=known
        )
        return [_item(row, strings) for row in rows], gaps

    def items(self, case_id: int | None, *, include_deleted: bool = False) -> list[Item]:
        sql = f"SELECT id, {', '.join(_ITEM_COLUMNS)}, deleted FROM items WHERE 1"  # noqa: S608
        params: list[Any] = []
        if case_id is not None:
            sql += " AND case_id = ?"
            params.append(case_id)
        if not include_deleted:
            sql += " AND deleted = 0"
        sql += " ORDER BY captured_at, id"
        return [_item(row) for row in self._conn.execute(sql, params)]

    def item_ids(self, query: ListQuery) -> list[int]:
        """The ids of the items `query` asks for, in its order (`storage.item_list`)."""
        ids: list[int] = []
        for sql, params in item_list.select_ids(query, with_fts=self._has_table("item_words")):
            # One JSON array rather than a row each: 100,000 ids in one step, which also
            # hands Python's lock to the window's thread once instead of once per row. An
            # aggregate over a subquery with ORDER BY reads it in that order (SQLite does
            # not flatten such a subquery); the tests of every order hold it to that.
            found = self._conn.execute(
                f"SELECT json_group_array(id) FROM ({sql})",  # noqa: S608 - item_list's SQL
                params,
            ).fetchone()
            ids.extend(json.loads(found[0]))
            if query.first is not None and len(ids) >= query.first:
                return ids[: query.first]
        return ids

    def items_by_id(self, ids: Sequence[int]) -> list[Item]:
        """The items of `ids` not deleted, in the order of `ids`."""
        found: dict[int, Item] = {}
        columns = ", ".join(_ITEM_COLUMNS)
        for start in range(0, len(ids), item_list.ROWS_PER_QUERY):
            part = ids[start : start + item_list.ROWS_PER_QUERY]
            marks = ", ".join("?" for _ in part)
            rows = self._conn.execute(
                f"SELECT id, {columns}, deleted FROM items"  # noqa: S608 - fixed names
                f" WHERE deleted = 0 AND id IN ({marks})",
                list(part),
            )
            found.update((item.id, item) for item in map(_item, rows))
        return [found[item_id] for item_id in ids if item_id in found]

    # -- original bytes ------------------------------------------------------

    def insert_chunk(self, item_id: int, seq: int, data: bytes) -> None:
        self._conn.execute(
            "INSERT INTO chunks (item_id, seq, data) VALUES (?, ?, ?)", (item_id, seq, data)
        )

    def chunks(self, item_id: int) -> Iterator[tuple[int, bytes]]:
        """(seq, data) in order, one row at a time: never the whole file in memory."""
        cur = self._conn.execute(
            "SELECT seq, data FROM chunks WHERE item_id = ? ORDER BY seq", (item_id,)
        )
        for seq, data in cur:
            yield int(seq), bytes(data)

    def chunk(self, item_id: int, seq: int) -> bytes | None:
        row = self._conn.execute(
            "SELECT data FROM chunks WHERE item_id = ? AND seq = ?", (item_id, seq)
        ).fetchone()
        return bytes(row[0]) if row else None

    def delete_chunks(self, item_id: int) -> None:
        self._conn.execute("DELETE FROM chunks WHERE item_id = ?", (item_id,))

    def chunk_keys_around(self) -> tuple[dict[tuple[int, int], int], list[Gap]]:
        """(item id, part) -> rowid of every stored part whose row can be read.

        Read from the table itself, not its index, for when the index is what is damaged;
        the parts' bytes (on their own overflow pages) are not read here.
        """
        rows, gaps = salvage.read_around(self, "chunks", "item_id, seq")
        return {(int(row[1]), int(row[2])): int(row[0]) for row in rows}, gaps

    def chunk_at(self, rowid: int) -> bytes | None:
        row = self._conn.execute("SELECT data FROM chunks WHERE rowid = ?", (rowid,)).fetchone()
        return bytes(row[0]) if row else None

    def chunk_owners(self) -> list[int]:
        """Item ids that have stored bytes."""
        return [int(r[0]) for r in self._conn.execute("SELECT DISTINCT item_id FROM chunks")]

    # -- redaction regions ---------------------------------------------------

    def set_regions(self, item_id: int, regions: list[Region]) -> None:
        self._conn.execute("DELETE FROM redactions WHERE item_id = ?", (item_id,))
        self._conn.executemany(
            "INSERT INTO redactions (item_id, x, y, width, height, style)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [(item_id, r.x, r.y, r.width, r.height, r.style) for r in regions],
        )

    def regions_around(self) -> tuple[dict[int, list[Region]], list[Gap]]:
        rows, gaps = salvage.read_around(
            self, "redactions", "item_id, x, y, width, height, style", key="id"
        )
        found: dict[int, list[Region]] = {}
        for _, item_id, *values in rows:
            found.setdefault(int(item_id), []).append(Region(*values))
        return found, gaps

    def item_regions(self, item_id: int) -> list[Region]:
        return [
            Region(*values)
            for values in self._conn.execute(
                "SELECT x, y, width, height, style FROM redactions WHERE item_id = ? ORDER BY id",
                (item_id,),
            )
        ]

    def regions(self) -> dict[int, list[Region]]:
        found: dict[int, list[Region]] = {}
        for item_id, *values in self._conn.execute(
            "SELECT item_id, x, y, width, height, style FROM redactions ORDER BY item_id, id"
        ):
            found.setdefault(int(item_id), []).append(Region(*values))
        return found

    # -- persons -------------------------------------------------------------

    def insert_person(self, person: Person, created_at: str) -> int:
        cur = self._conn.execute(
            "INSERT INTO persons (case_id, name, handles, email, phone, notes, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                person.case_id,
                person.name,
                person.handles,
                person.email,
                person.phone,
                person.notes,
                created_at,
            ),
        )
        return int(cur.lastrowid or 0)

    def set_person_fields(self, person_id: int, fields: Mapping[str, str]) -> None:
        unknown = set(fields) - set(PERSON_FIELDS)
        if unknown:
            raise ValueError(f"not person columns: {sorted(unknown)}")
        assignments = ", ".join(f"{name} = ?" for name in fields)
        self._conn.execute(
            f"UPDATE persons SET {assignments} WHERE id = ?",  # noqa: S608 - checked names
            [*fields.values(), person_id],
        )

    def persons(self, case_id: int | None = None) -> list[Person]:
        sql = "SELECT id, case_id, name, handles, email, phone, notes FROM persons"
        params: tuple[Any, ...] = ()
        if case_id is not None:
            sql += " WHERE case_id = ?"
            params = (case_id,)
        return [Person(*row) for row in self._conn.execute(sql + " ORDER BY id", params)]

    def persons_around(self, known: Iterable[int] = ()) -> tuple[list[Person], list[Gap]]:
        rows, gaps = salvage.read_around(
            self, "persons", "case_id, name, handles, email, phone, notes", key="id", known=known
        )
        return [Person(*row) for row in rows], gaps

    def person(self, person_id: int) -> Person | None:
        row = self._conn.execute(
            "SELECT id, case_id, name, handles, email, phone, notes FROM persons WHERE id = ?",
            (person_id,),
        ).fetchone()
        return Person(*row) if row else None

    # -- attachments ---------------------------------------------------------

    def insert_attachment(self, attachment: Attachment) -> int:
        cur = self._conn.execute(
            "INSERT INTO attachments (item_id, role, name, mime_type, size, sha256, width,"
            " height, derived) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                attachment.item_id,
                attachment.role,
                attachment.name,
                attachment.mime_type,
                attachment.size,
                attachment.sha256,
                attachment.width,
                attachment.height,
                int(attachment.derived),
            ),
        )
        return int(cur.lastrowid or 0)

    def set_attachment_digest(self, attachment_id: int, size: int, sha256: str) -> None:
        self._conn.execute(
            "UPDATE attachments SET size = ?, sha256 = ? WHERE id = ?",
            (size, sha256, attachment_id),
        )

    def attachments(self, item_id: int | None = None) -> list[Attachment]:
        sql = f"SELECT id, {_ATTACHMENT_COLUMNS} FROM attachments"  # noqa: S608 - fixed names
        params: tuple[Any, ...] = ()
        if item_id is not None:
            sql += " WHERE item_id = ?"
            params = (item_id,)
        return [_attachment(row) for row in self._conn.execute(sql + " ORDER BY id", params)]

    def attachments_around(self, known: Iterable[int] = ()) -> tuple[list[Attachment], list[Gap]]:
        rows, gaps = salvage.read_around(
            self, "attachments", _ATTACHMENT_COLUMNS, key="id", known=known
        )
        return [_attachment(row) for row in rows], gaps

    def insert_attachment_chunk(self, attachment_id: int, seq: int, data: bytes) -> None:
        self._conn.execute(
            "INSERT INTO attachment_chunks (attachment_id, seq, data) VALUES (?, ?, ?)",
            (attachment_id, seq, data),
        )

    def attachment_chunk(self, attachment_id: int, seq: int) -> bytes | None:
        row = self._conn.execute(
            "SELECT data FROM attachment_chunks WHERE attachment_id = ? AND seq = ?",
            (attachment_id, seq),
        ).fetchone()
        return bytes(row[0]) if row else None

    def attachment_chunk_keys_around(self) -> tuple[dict[tuple[int, int], int], list[Gap]]:
        """As `chunk_keys_around`, for the attachments' parts."""
        rows, gaps = salvage.read_around(self, "attachment_chunks", "attachment_id, seq")
        return {(int(row[1]), int(row[2])): int(row[0]) for row in rows}, gaps

    def attachment_chunk_at(self, rowid: int) -> bytes | None:
        row = self._conn.execute(
            "SELECT data FROM attachment_chunks WHERE rowid = ?", (rowid,)
        ).fetchone()
        return bytes(row[0]) if row else None

    def attachment_chunks(self, attachment_id: int) -> Iterator[tuple[int, bytes]]:
        cur = self._conn.execute(
            "SELECT seq, data FROM attachment_chunks WHERE attachment_id = ? ORDER BY seq",
            (attachment_id,),
        )
        for seq, data in cur:
            yield int(seq), bytes(data)

    def delete_attachments(self, item_id: int) -> None:
        self._conn.execute(
            "DELETE FROM attachment_chunks WHERE attachment_id IN"
            " (SELECT id FROM attachments WHERE item_id = ?)",
            (item_id,),
        )

    # -- re-checks -----------------------------------------------------------

    def insert_recheck(self, recheck: Recheck) -> int:
        cur = self._conn.execute(
            "INSERT INTO rechecks (item_id, checked_at, result, http_status, final_url, note)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (
                recheck.item_id,
                recheck.checked_at,
                recheck.result,
                recheck.http_status,
                recheck.final_url,
                recheck.note,
            ),
        )
        return int(cur.lastrowid or 0)

    def rechecks_around(self, known: Iterable[int] = ()) -> tuple[list[Recheck], list[Gap]]:
        rows, gaps = salvage.read_around(
            self,
            "rechecks",
            "item_id, checked_at, result, http_status, final_url, note",
            key="id",
            known=known,
        )
        return [Recheck(*row) for row in rows], gaps

    def rechecks(self, item_id: int | None = None) -> list[Recheck]:
        sql = "SELECT id, item_id, checked_at, result, http_status, final_url, note FROM rechecks"
        params: tuple[Any, ...] = ()
        if item_id is not None:
            sql += " WHERE item_id = ?"
            params = (item_id,)
        return [Recheck(*row) for row in self._conn.execute(sql + " ORDER BY id", params)]

    # -- audit chain ---------------------------------------------------------

    def last_audit(self) -> AuditEntry | None:
        row = self._conn.execute(
            "SELECT seq, at_utc, actor, action, target, details, prev_hash, hash"
            " FROM audit ORDER BY seq DESC LIMIT 1"
        ).fetchone()
        return _audit(row) if row else None

    def audit_entry(self, seq: int) -> AuditEntry | None:
        row = self._conn.execute(
            "SELECT seq, at_utc, actor, action, target, details, prev_hash, hash"
            " FROM audit WHERE seq = ?",
            (seq,),
        ).fetchone()
        return _audit(row) if row else None

    def insert_audit(self, entry: AuditEntry) -> None:
        self._conn.execute(
            "INSERT INTO audit (seq, at_utc, actor, action, target, details, prev_hash, hash)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                entry.seq,
                entry.at_utc,
                entry.actor,
                entry.action,
                entry.target,
                json.dumps(entry.details, sort_keys=True, ensure_ascii=False),
                entry.prev_hash,
                entry.hash,
            ),
        )

    def audit_around(self, strings: Strings | None = None) -> tuple[list[AuditEntry], list[Gap]]:
        """Every audit entry that can be read, in order, and the gaps of numbers that cannot;
        equal values share one string of `strings`."""
        rows, gaps = salvage.read_around(
            self, "audit", "at_utc, actor, action, target, details, prev_hash, hash", key="seq"
        )
        return [_audit(row, strings) for row in rows], gaps

    def audit(self) -> Iterator[AuditEntry]:
        cur = self._conn.execute(
            "SELECT seq, at_utc, actor, action, target, details, prev_hash, hash"
            " FROM audit ORDER BY seq"
        )
        for row in cur:
            yield _audit(row)

    def audit_since(self, seq: int) -> list[AuditEntry]:
        """The entries after number `seq`, oldest first."""
        cur = self._conn.execute(
            "SELECT seq, at_utc, actor, action, target, details, prev_hash, hash"
            " FROM audit WHERE seq > ? ORDER BY seq",
            (seq,),
        )
        return [_audit(row) for row in cur]

    # -- integrity -----------------------------------------------------------

    # -- what the person chose (`domain.guide`) ----------------------------------

    def _has_table(self, name: str) -> bool:
        found = self._conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)
        ).fetchone()
        return found is not None

    def insert_choice(self, choice: Choice) -> int:
        cur = self._conn.execute(
            "INSERT INTO choices (case_id, name, value, chosen_at) VALUES (?, ?, ?, ?)",
            (choice.case_id, choice.name, choice.value, choice.chosen_at),
        )
        return int(cur.lastrowid or 0)

    def choices(self) -> list[Choice]:
        """Every choice in the order made; none when the table is not there yet (a vault
        read without migration 9)."""
        if not self._has_table("choices"):
            return []
        rows = self._conn.execute(
            "SELECT id, case_id, name, value, chosen_at FROM choices ORDER BY id"
        )
        return [Choice(*row) for row in rows]

    def choices_around(self, known: Iterable[int] = ()) -> tuple[list[Choice], list[Gap]]:
        if not self._has_table("choices"):
            return [], []
        rows, gaps = salvage.read_around(
            self, "choices", "case_id, name, value, chosen_at", key="id", known=known
        )
        return [Choice(*row) for row in rows], gaps

    def add_unfinished_export(self, temp: str, started_at: str) -> None:
        self._conn.execute(
            "INSERT OR REPLACE INTO unfinished_exports (temp, started_at) VALUES (?, ?)",
            (temp, started_at),
        )

    def remove_unfinished_export(self, temp: str) -> None:
        self._conn.execute("DELETE FROM unfinished_exports WHERE temp = ?", (temp,))

    def unfinished_exports(self) -> list[str]:
        """None noted, also when the table is not there yet (a vault read without migration 5)."""
        if not self._has_table("unfinished_exports"):
            return []
        rows = self._conn.execute("SELECT temp FROM unfinished_exports ORDER BY started_at")
        return [str(row[0]) for row in rows]

    def damaged_pages(self) -> tuple[list[int], list[str]]:
        """SQLCipher's page check: the numbers of the pages whose HMAC does not match or
        that cannot be read, and its other findings as it words them. It reads the file
        itself, page by page, and raises for none of them."""
        pages, other = [], []
        for line in self.cipher_integrity_problems():
            match = _PAGE_FINDING.search(line)
            if match:
                pages.append(int(match.group(1)))
            else:
                other.append(line)
        return pages, other

    def cipher_integrity_problems(self) -> list[str]:
        return [str(r[0]) for r in self._conn.execute("PRAGMA cipher_integrity_check")]

    def page_size(self) -> int:
        return int(self._conn.execute("PRAGMA page_size").fetchone()[0])

    def integrity_problems(self) -> list[str]:
        rows = [str(r[0]) for r in self._conn.execute("PRAGMA integrity_check")]
        return [] if rows == ["ok"] else rows

    def checkpoint(self) -> None:
        self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()

    def audit_count(self) -> int:
        return int(self._conn.execute("SELECT count(*) FROM audit").fetchone()[0])


_ATTACHMENT_COLUMNS = "item_id, role, name, mime_type, size, sha256, width, height, derived"
# "HMAC verification failed for page 5", "error reading 4096 bytes from file page 5 at ..."
_PAGE_FINDING = re.compile(r"(?:HMAC verification failed for|from file) page (\d+)")


def _attachment(row: tuple[Any, ...]) -> Attachment:
    return Attachment(
        id=row[0],
        item_id=row[1],
        role=row[2],
        name=row[3],
        mime_type=row[4],
        size=row[5],
        sha256=row[6],
        width=row[7],
        height=row[8],
        derived=bool(row[9]),
    )


def _audit(row: tuple[Any, ...], strings: Strings | None = None) -> AuditEntry:
    seq, at_utc, actor, action, target, details, prev_hash, digest = row
    hook = interned_keys
    if strings is not None:
        at_utc, actor, action, prev_hash, digest = (
            _shared(strings, value) for value in (at_utc, actor, action, prev_hash, digest)
        )

        def hook(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
            return {sys.intern(key): _shared(strings, value) for key, value in pairs}

    try:
        parsed = json.loads(details, object_pairs_hook=hook)
    except (ValueError, TypeError):  # not JSON, not UTF-8, or not text at all
        parsed = None
    if not isinstance(parsed, dict):  # never the app's: damage, or a change behind its back
        # Kept as text, whatever the row held, so that it can be written out (the manifest).
        if isinstance(details, bytes):
            details = details.decode("utf-8", "replace")
        parsed = {"unparseable": details if isinstance(details, str) else repr(details)}
    return AuditEntry(seq, at_utc, actor, action, target, parsed, prev_hash, digest)
