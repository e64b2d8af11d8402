"""Opening `vault.db`: SQLCipher 4 with a raw key and the settings every connection needs.

The data key reaches SQLCipher as a raw key (`x'<hex>'`) through
`Connection.set_key()`, never as SQL text, so it does not sit in a statement
cache. Every connection then sets and checks WAL, `synchronous=FULL`, foreign
keys, an in-memory temp store, `secure_delete` and SQLCipher logging off.
Writes go through `transaction()`: an explicit `BEGIN IMMEDIATE ... COMMIT`.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import sqlcipher3

from evidence_app.core.errors import VaultUnreadable

if TYPE_CHECKING:
    # sqlcipher3 ships no type hints; its Connection is the standard library's sqlite3
    # module built against SQLCipher, with the same API (plus set_key/reset_key).
    from sqlite3 import Connection as Connection
else:
    Connection = sqlcipher3.Connection
DatabaseError: type[Exception] = sqlcipher3.DatabaseError

# (pragma, value to set, value the pragma must read back)
_REQUIRED_PRAGMAS: tuple[tuple[str, str, object], ...] = (
    ("journal_mode", "WAL", "wal"),
    ("synchronous", "FULL", 2),
    ("foreign_keys", "ON", 1),
    ("temp_store", "MEMORY", 2),
    ("secure_delete", "ON", 1),
)


def raw_key_literal(data_key: bytes) -> bytearray:
    """`x'<hex>'`, the form in which SQLCipher takes a raw 256-bit key."""
    return bytearray(b"x'" + data_key.hex().encode("ascii") + b"'")


def open_database(path: Path, data_key: bytes) -> Connection:
    """Open (or create) the encrypted database at `path` with `data_key`.

    Raises `VaultUnreadable(DATABASE_DAMAGED)` when the file does not open with
    the key; callers make sure the key is right first (the key header check), so
    a failure here means the file itself is damaged.
    """
    conn: Connection = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    key = raw_key_literal(data_key)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        if conn.execute("PRAGMA cipher_log_level").fetchone()[0] != "NONE":
            raise VaultUnreadable(VaultUnreadable.DATABASE_DAMAGED, "SQLCipher logging stays on")
        # The bytearray itself, so that the only copy we made can be wiped below.
        conn.set_key(key)  # type: ignore[attr-defined]
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        for name, value, expected in _REQUIRED_PRAGMAS:
            conn.execute(f"PRAGMA {name} = {value}").fetchall()
            actual = conn.execute(f"PRAGMA {name}").fetchone()[0]
            if actual != expected:
                raise VaultUnreadable(
                    VaultUnreadable.DATABASE_DAMAGED, f"{name} is {actual!r}, not {expected!r}"
                )
    except DatabaseError as exc:
        conn.close()
        raise VaultUnreadable(VaultUnreadable.DATABASE_DAMAGED, type(exc).__name__) from None
    except BaseException:
        conn.close()
        raise
    finally:
        key[:] = bytes(len(key))
    # Keep the WAL from staying at the size of the largest file ever added.
    conn.execute(f"PRAGMA journal_size_limit = {64 * 1024 * 1024}").fetchall()
    return conn


@contextlib.contextmanager
def transaction(conn: Connection) -> Iterator[Connection]:
    """`BEGIN IMMEDIATE` ... `COMMIT`, or `ROLLBACK` if the block raises."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def cipher_version(conn: Connection) -> str:
    row = conn.execute("PRAGMA cipher_version").fetchone()
    return str(row[0]) if row else ""
