"""The seal (`vault.seal`): how far the audit chain had come, so that a lost save is noticed.

SQLite keeps the latest saves in the write-ahead log (`vault.db-wal`) until they
are copied into `vault.db`. If that file is lost after a crash (a disk check that
removes it, a copy of the folder without it, a sync tool), the last saves vanish
and the database left behind is consistent: nothing inside it can tell. The seal
is kept outside the database and says how many audit entries there were and the
hash of the last one, after every save; opening a vault whose chain is shorter
than its seal, or that does not hold the sealed entry, says so (`Rollback`).

It is authenticated with a key derived from the data key (HMAC-SHA256), so it can
only be written by someone who can open the vault, and it names no evidence:
a count and a hash. A missing seal (a vault from before seals, or one whose seal
was deleted) proves nothing either way and is written afresh.

The file has two fixed slots written in turn with one `fdatasync`, without a
rename: a torn write spoils only the slot being written, and the other still holds
the previous state. Each write costs one sync, about what SQLite's own commit
costs; it is made after the commit, so a crash between the two leaves a seal that
is behind, never ahead (which would be a false alarm).
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import os
from dataclasses import dataclass
from pathlib import Path

SEAL_FILE = "vault.seal"
SLOT_BYTES = 256
_LABEL = b"bewijskluis seal"
_FORMAT = "bewijskluis-seal"


@dataclass(frozen=True)
class Seal:
    """The state of the audit chain when it was sealed."""

    count: int  # the sequence number of the last entry (entries are numbered from 1)
    head: str  # that entry's hash


@dataclass(frozen=True)
class Rollback:
    """The database is not the one that was sealed: saves after `found` are missing."""

    sealed: Seal
    found: int  # how many audit entries the database holds
    other_history: bool  # the sealed entry is there but is another one (a restored copy)

    @property
    def missing(self) -> int:
        return max(0, self.sealed.count - self.found)


def _mac_key(data_key: bytes) -> bytes:
    return hmac.new(bytes(data_key), _LABEL, hashlib.sha256).digest()


def _mac(key: bytes, count: int, head: str) -> str:
    return hmac.new(key, f"{_FORMAT}:{count}:{head}".encode("ascii"), hashlib.sha256).hexdigest()


def _slot(data_key: bytes, seal: Seal) -> bytes:
    doc = {
        "format": _FORMAT,
        "count": seal.count,
        "head": seal.head,
        "mac": _mac(_mac_key(data_key), seal.count, seal.head),
    }
    raw = json.dumps(doc, sort_keys=True, separators=(",", ":")).encode("ascii")
    return raw.ljust(SLOT_BYTES - 1) + b"\n"


def write_seal(folder: Path, data_key: bytes, seal: Seal, *, both: bool = False) -> None:
    """Write `seal` into the slot the previous state is not in, and sync it.

    `both` writes it into both slots: for a seal that goes back (after a loss was
    recorded), which would otherwise lose to the larger count in the other slot.
    Raises OSError (a full or read-only disk): the caller decides whether that matters.
    """
    fd = os.open(folder / SEAL_FILE, os.O_RDWR | os.O_CREAT, 0o600)
    slot = _slot(data_key, seal)
    try:
        for index in (0, 1) if both else (seal.count % 2,):
            os.pwrite(fd, slot, index * SLOT_BYTES)
        if hasattr(os, "fdatasync"):
            os.fdatasync(fd)
        else:  # pragma: no cover - not Linux
            os.fsync(fd)
    finally:
        os.close(fd)


def read_seal(folder: Path, data_key: bytes) -> Seal | None:
    """The latest authentic state in the seal; None when there is none."""
    try:
        raw = (folder / SEAL_FILE).read_bytes()
    except OSError:
        return None
    key = _mac_key(data_key)
    found: list[Seal] = []
    for start in range(0, min(len(raw), 2 * SLOT_BYTES), SLOT_BYTES):
        with contextlib.suppress(ValueError, TypeError, KeyError, UnicodeDecodeError):
            doc = json.loads(raw[start : start + SLOT_BYTES].decode("ascii"))
            count, head = doc["count"], doc["head"]
            if (
                doc["format"] == _FORMAT
                and isinstance(count, int)
                and isinstance(head, str)
                and hmac.compare_digest(str(doc["mac"]), _mac(key, count, head))
            ):
                found.append(Seal(count, head))
    return max(found, key=lambda seal: seal.count, default=None)


def compare(sealed: Seal | None, found_count: int, hash_at_sealed: str | None) -> Rollback | None:
    """Whether the database (with `found_count` entries) is older than its seal.

    `hash_at_sealed` is the hash of the database's entry numbered `sealed.count`,
    None when it has no such entry.
    """
    if sealed is None:
        return None
    if found_count < sealed.count:
        return Rollback(sealed, found_count, other_history=False)
    if hash_at_sealed is not None and not hmac.compare_digest(hash_at_sealed, sealed.head):
        return Rollback(sealed, found_count, other_history=True)
    return None
