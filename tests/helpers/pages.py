"""Damaged pages of a closed vault: found by reading it on a plain connection, made by
flipping one bit (the page's HMAC no longer matches)."""

from __future__ import annotations

from pathlib import Path

import sqlcipher3

from evidence_app.domain.recovery_key import parse
from evidence_app.storage.database import PAGES
from evidence_app.vault.service import VAULT_DB

PAGE = PAGES.size


def plain(db: Path, recovery_key: str) -> sqlcipher3.Connection:
    """A plain SQLCipher connection to `db`, as the README tells any SQLCipher 4 tool to
    open it (autocommit: each statement is saved as it runs)."""
    conn = sqlcipher3.connect(str(db), isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{parse(recovery_key).hex()}'\"")
    conn.execute("PRAGMA cipher_page_size = 16384")
    conn.execute("PRAGMA cipher_hmac_algorithm = HMAC_SHA256")
    return conn


def read_plainly(
    db: Path, recovery_key: str, query: str, params: tuple[object, ...] = ()
) -> list[tuple[object, ...]] | None:
    """The rows of `query` on a fresh plain connection; None if it fails, or if the
    connection met a damaged page on the way (its next read from the disk fails: SQLCipher
    hands a damaged overflow page over as zeros, and says so only then)."""
    conn = plain(db, recovery_key)
    try:
        rows = conn.execute(query, params).fetchall()
        conn.execute("PRAGMA shrink_memory")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchall()
    except sqlcipher3.DatabaseError:
        return None
    finally:
        conn.close()
    return rows


def reads(db: Path, recovery_key: str, query: str) -> bool:
    """Whether `query` reads on a fresh plain connection without meeting a damaged page."""
    return read_plainly(db, recovery_key, query) is not None


def page_failing(folder: Path, recovery_key: str, query: str, *still: str) -> int:
    """The first page (from 0) whose damage alone makes `query` fail and leaves `still`
    (and the schema) readable."""
    db = folder / VAULT_DB
    original = db.read_bytes()
    try:
        for page in range(1, len(original) // PAGE):
            data = bytearray(original)
            data[page * PAGE + PAGE // 2] ^= 0x10
            db.write_bytes(data)
            if not reads(db, recovery_key, query) and all(
                reads(db, recovery_key, other) for other in ("SELECT * FROM sqlite_master", *still)
            ):
                return page
    finally:
        db.write_bytes(original)
    raise AssertionError(f"no page makes {query!r} fail alone")


def damage(folder: Path, *pages: int) -> None:
    db = folder / VAULT_DB
    data = bytearray(db.read_bytes())
    for page in pages:
        data[page * PAGE + PAGE // 2] ^= 0x10
    db.write_bytes(data)
