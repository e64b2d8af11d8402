"""Opening `vault.db`: SQLCipher 4 with a raw key and the settings every connection needs.

The data key reaches SQLCipher as a raw key (`x'<hex>'`) through
`Connection.set_key()`, never as SQL text, so it does not sit in a statement
cache. Every connection then sets and checks WAL, `synchronous=FULL`, foreign
keys, an in-memory temp store, `secure_delete` and SQLCipher logging off.
Writes go through `transaction()`: an explicit `BEGIN IMMEDIATE ... COMMIT`.

Pages: a vault is made with pages of 16 KiB, each authenticated with HMAC-SHA256
(`PAGES`). SQLCipher 4's defaults (4 KiB, HMAC-SHA512) cost twice the time to read a
large vault on the machine of issue 13 (`bench/check.py`): HMAC-SHA512 runs at less
than half the speed of SHA-256 on a processor with SHA instructions, and each page has
a cost of its own. Vaults made before keep their pages (`EARLIER_PAGES`) until their
key changes (`export_rekeyed`). SQLCipher keeps the page size encrypted, so a vault's
pages are known by opening it: the first page authenticates under one layout only.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import sqlcipher3

from evidence_app.domain.errors import CannotWrite, EvidenceError, VaultUnreadable
from evidence_app.storage.diskerrors import write_problem

if TYPE_CHECKING:
    # sqlcipher3 ships no type hints; its Connection is the standard library's sqlite3
    # module built against SQLCipher, with the same API (plus set_key/reset_key).
    from sqlite3 import Connection as Connection
else:
    Connection = sqlcipher3.Connection
DatabaseError: type[Exception] = sqlcipher3.DatabaseError
_CORRUPT = 11  # SQLITE_CORRUPT: a page did not authenticate
_NOT_A_DATABASE = 26  # SQLITE_NOTADB: the first page did not authenticate


@dataclass(frozen=True)
class Pages:
    """How SQLCipher lays out and authenticates the pages of a database. With a raw key
    the HMAC's key is still derived from it (PBKDF2 with `kdf`, two rounds)."""

    size: int
    hmac: str
    kdf: str = "PBKDF2_HMAC_SHA512"

    def apply(self, conn: Connection, schema: str = "main") -> None:
        """Set on `conn` after the key and before the first read (or on `schema`, a
        database just attached, before its first write)."""
        conn.execute(f"PRAGMA {schema}.cipher_page_size = {self.size}")
        conn.execute(f"PRAGMA {schema}.cipher_hmac_algorithm = {self.hmac}")
        conn.execute(f"PRAGMA {schema}.cipher_kdf_algorithm = {self.kdf}")


PAGES = Pages(16 * 1024, "HMAC_SHA256")
EARLIER_PAGES = Pages(4096, "HMAC_SHA512")  # SQLCipher 4's defaults, until 2026-12

# (pragma, value to set, value the pragma must read back)
_REQUIRED_PRAGMAS: tuple[tuple[str, str, object], ...] = (
    ("journal_mode", "WAL", "wal"),
    ("synchronous", "FULL", 2),
    ("foreign_keys", "ON", 1),
    ("temp_store", "MEMORY", 2),
    ("secure_delete", "ON", 1),
)


# On a connection for reading only: those that change nothing on the disk (no WAL switch).
_READ_ONLY_PRAGMAS = tuple(p for p in _REQUIRED_PRAGMAS if p[0] in ("foreign_keys", "temp_store"))


def raw_key_literal(data_key: bytes) -> bytearray:
    """`x'<hex>'`, the form in which SQLCipher takes a raw 256-bit key."""
    return bytearray(b"x'" + data_key.hex().encode("ascii") + b"'")


class _ReadOnlyConnection(sqlcipher3.Connection):  # type: ignore[misc]
    """A connection opened for reading only, and why: every write raises `write_problem`."""

    write_problem: EvidenceError | None = None


def open_database(path: Path, data_key: bytes, *, read_only: bool = False) -> Connection:
    """Open (or create) the encrypted database at `path` with `data_key`.

    Raises `VaultUnreadable(DATABASE_DAMAGED)` when the file does not open with
    the key; callers make sure the key is right first (the key header check), so
    a failure here means the file itself is damaged. When the vault's disk is full
    or read-only (its write-ahead log cannot be made), it is opened for reading
    only: what was saved can still be listed, checked and exported, and each write
    raises the `CannotWrite` that says why.
    """
    if read_only:
        return _open(path, data_key, read_only=True)
    try:
        return _open(path, data_key, read_only=False)
    except CannotWrite as problem:
        if not path.exists():
            raise
        try:
            conn = _open(path, data_key, read_only=True)
        except (CannotWrite, VaultUnreadable):
            raise problem from None
        conn.write_problem = problem  # type: ignore[attr-defined]
        return conn


def _open(path: Path, data_key: bytes, *, read_only: bool) -> Connection:
    """Open `path` with its pages' layout: the current one for a new file, else the one
    whose first page authenticates (`Pages`)."""
    made = any(_size(where) > 0 for where in (path, path.with_name(path.name + "-wal")))
    for pages in (PAGES, EARLIER_PAGES) if made else (PAGES,):
        try:
            return _open_as(path, data_key, pages, read_only=read_only)
        except _OtherPages:
            continue
    # The first page authenticates with neither: it is damaged (the key was checked).
    raise VaultUnreadable(VaultUnreadable.DATABASE_DAMAGED, "DatabaseError")


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


class _OtherPages(Exception):
    """The first page does not authenticate with these pages: another layout, or damage."""


def _open_as(path: Path, data_key: bytes, pages: Pages, *, read_only: bool) -> Connection:
    conn: Connection
    if read_only:
        # With an empty write-ahead log (or none) the file is all there is: open it as it is
        # ("immutable"), since the log's index (-shm) could not be made either. A log with
        # saves in it must be read through, or they would be missed.
        wal = path.with_name(path.name + "-wal")
        holds_saves = wal.exists() and wal.stat().st_size > 0
        flags = "mode=ro" if holds_saves else "mode=ro&immutable=1"
        conn = sqlcipher3.connect(
            f"{path.as_uri()}?{flags}",
            uri=True,
            isolation_level=None,
            check_same_thread=False,
            factory=_ReadOnlyConnection,
        )
    else:
        _make_companions_writable(path)
        conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    key = raw_key_literal(data_key)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        if conn.execute("PRAGMA cipher_log_level").fetchone()[0] != "NONE":
            raise VaultUnreadable(VaultUnreadable.DATABASE_DAMAGED, "SQLCipher logging stays on")
        # The bytearray itself, so that the only copy we made can be wiped below.
        conn.set_key(key)  # type: ignore[attr-defined]
        pages.apply(conn)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except DatabaseError as exc:
            if getattr(exc, "sqlite_errorcode", None) == _NOT_A_DATABASE:
                raise _OtherPages from None
            raise
        if conn.execute("PRAGMA cipher_status").fetchall() != [("1",)]:  # `probe_damage`
            raise VaultUnreadable(
                VaultUnreadable.DATABASE_DAMAGED, "SQLCipher 4.12 or later is needed"
            )
        for name, value, expected in _READ_ONLY_PRAGMAS if read_only else _REQUIRED_PRAGMAS:
            conn.execute(f"PRAGMA {name} = {value}").fetchall()
            actual = conn.execute(f"PRAGMA {name}").fetchone()[0]
            if actual != expected:
                raise VaultUnreadable(
                    VaultUnreadable.DATABASE_DAMAGED, f"{name} is {actual!r}, not {expected!r}"
                )
    except DatabaseError as exc:
        conn.close()
        # A full disk or a read-only folder is not a damaged vault (its WAL could not be made).
        problem = write_problem(exc, path.parent)
        if problem is not None:
            raise problem from None
        raise VaultUnreadable(VaultUnreadable.DATABASE_DAMAGED, type(exc).__name__) from None
    except BaseException:
        conn.close()
        raise
    finally:
        key[:] = bytes(len(key))
    if not read_only:
        # Keep the WAL from staying at the size of the largest file ever added.
        conn.execute(f"PRAGMA journal_size_limit = {64 * 1024 * 1024}").fetchall()
    return conn


def _make_companions_writable(path: Path) -> None:
    """Give our own `-wal` and `-shm` back their owner's write permission.

    SQLite makes them with the permissions of `vault.db`; opened while `vault.db`
    was read-only (a copy from a CD, a file made read-only by a backup tool), they
    stay read-only after `vault.db` is writable again, and every later save would
    fail. They are ours (same owner), so they are simply made writable again.
    """
    if os.name != "posix":
        return  # elsewhere a read-only attribute is not inherited this way
    for suffix in ("-wal", "-shm"):
        companion = path.with_name(path.name + suffix)
        try:
            info = companion.stat()
            if info.st_uid == os.geteuid() and not info.st_mode & 0o200:
                os.chmod(companion, 0o600)
        except OSError:
            continue  # not there, or not ours: SQLite says what it cannot do


def probe_damage(conn: Connection) -> None:
    """Raise the `DatabaseError` of a damaged page that `conn` met, if it met one.

    SQLCipher hands a damaged overflow page over as zeros without an error, and fails
    every later page it reads from the disk on that connection (`storage.salvage`).
    Its cache is emptied and the schema read again: that read fails then, unless all
    of the schema is on the first page, which stays in the cache while a read
    transaction lasts (with 16 KiB pages it often is). So SQLCipher is asked as well:
    `cipher_status` turns 0 once a page failed its HMAC.
    """
    conn.execute("PRAGMA shrink_memory").fetchall()
    conn.execute("SELECT count(*) FROM sqlite_master").fetchall()
    if conn.execute("PRAGMA cipher_status").fetchall() == [("0",)]:
        failed = sqlcipher3.DatabaseError("a page did not match its HMAC")
        failed.sqlite_errorcode = _CORRUPT  # as SQLite says it for the page that failed
        raise failed


@contextlib.contextmanager
def transaction(conn: Connection) -> Iterator[Connection]:
    """`BEGIN IMMEDIATE` ... `COMMIT`, or `ROLLBACK` if the block raises.

    A full disk, a read-only place or a vault another program is writing to comes out
    as the typed error that says so (`storage.diskerrors`); nothing was committed.
    Nothing is committed either that was made from a damaged page read as zeros: the
    connection is probed first (`probe_damage`).
    """
    refused = getattr(conn, "write_problem", None)
    if refused is not None:
        raise refused
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
            probe_damage(conn)
        except BaseException:
            # SQLite may have rolled back already (a full disk does): that is no news.
            with contextlib.suppress(DatabaseError):
                conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
    except (DatabaseError, OSError) as exc:
        problem = write_problem(exc, _folder_of(conn))
        if problem is None:
            raise
        with contextlib.suppress(DatabaseError):
            conn.execute("ROLLBACK")
        raise problem from exc


def refused(conn: Connection) -> EvidenceError:
    """Why a connection opened for reading only refuses writes."""
    problem = getattr(conn, "write_problem", None)
    return problem if problem is not None else CannotWrite(CannotWrite.READ_ONLY, "")


def read_only(conn: Connection) -> bool:
    """Whether `conn` was opened for reading only (a full or read-only disk)."""
    return getattr(conn, "write_problem", None) is not None


def _folder_of(conn: Connection) -> Path:
    """The folder of the database file `conn` has open."""
    try:
        row = conn.execute("PRAGMA database_list").fetchone()
    except DatabaseError:
        return Path(".")
    return Path(row[2]).parent if row and row[2] else Path(".")


def cipher_version(conn: Connection) -> str:
    row = conn.execute("PRAGMA cipher_version").fetchone()
    return str(row[0]) if row else ""


def export_rekeyed(conn: Connection, target: Path, data_key: bytes) -> None:
    """Copy the whole database into a new file at `target`, encrypted with `data_key`.

    SQLCipher's `sqlcipher_export` into an attached database; the key is a bound
    parameter, never SQL text. The schema version (`user_version`) is copied along, and
    the copy has the current pages (`PAGES`), whatever the original's.
    The caller has checkpointed the write-ahead log and removed any old `target`.
    """
    key = raw_key_literal(data_key)
    try:
        conn.execute("ATTACH DATABASE ? AS rekeyed KEY ?", (str(target), key))
    finally:
        key[:] = bytes(len(key))
    try:
        PAGES.apply(conn, "rekeyed")
        conn.execute("SELECT sqlcipher_export('rekeyed')").fetchall()
        probe_damage(conn)  # a damaged page read as zeros must not pass into the copy
        version = int(conn.execute("PRAGMA main.user_version").fetchone()[0])
        conn.execute(f"PRAGMA rekeyed.user_version = {version}")
    finally:
        conn.execute("DETACH DATABASE rekeyed")
