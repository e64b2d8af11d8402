"""Damaged pages of a closed vault: found by reading it on a plain connection, made by
flipping one bit (the page's HMAC no longer matches)."""

from __future__ import annotations

from pathlib import Path

import sqlcipher3

from evidence_app.domain.recovery_key import parse
from evidence_app.vault.service import VAULT_DB

PAGE = 4096


def reads(db: Path, recovery_key: str, query: str) -> bool:
    """Whether `query` reads on a fresh plain connection without meeting a damaged page."""
    conn = sqlcipher3.connect(str(db))
    conn.execute(f"PRAGMA key = \"x'{parse(recovery_key).hex()}'\"")
    try:
        conn.execute(query).fetchall()
        conn.execute("PRAGMA shrink_memory")  # a damaged page read as zeros shows now
        conn.execute("SELECT count(*) FROM sqlite_master").fetchall()
    except sqlcipher3.DatabaseError:
        return False
    finally:
        conn.close()
    return True


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
