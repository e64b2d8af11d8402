"""Passphrases, the fast key derivation and vaults made for a test."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PIL import Image

from evidence_app import paths as paths_module
from evidence_app.storage.keyheader import KdfParams
from evidence_app.vault.service import VaultService

PASSPHRASE = "correct horse battery staple"
"""The passphrase of the vaults the unit and end-to-end tests make."""

DUTCH_PASSPHRASE = "paarse olifant danst op het dak"
"""The passphrase of the `vault` fixture's vault (the GUI tests read it as `vault.passphrase`)."""

# The minimum memory the key header accepts, one pass: fast enough for every test.
FAST_KDF = KdfParams(time_cost=1, memory_kib=64 * 1024, parallelism=1)


@dataclass
class Vault:
    """A vault made for one test, unlocked."""

    paths: paths_module.Paths
    service: VaultService
    passphrase: str
    recovery_key: str


def vault_with_a_post(folder: Path, url: str) -> Path:
    """A vault (fast key derivation) in `folder`/base with one case, "School", holding one
    screenshot of a post at `url`, locked again: the base folder, for `start_app`."""
    base = folder / "base"
    service, _ = VaultService.create(
        base / "vault", PASSPHRASE, first_case_name="School", kdf=FAST_KDF
    )
    picture = folder / "post.png"
    Image.effect_noise((160, 120), 70).convert("RGB").save(picture)
    service.add_file(picture, case_id=1, url=url)
    service.lock()
    return base


@contextlib.contextmanager
def reading(base: Path, passphrase: str = PASSPHRASE) -> Iterator[VaultService]:
    """The vault in `base`, opened beside the app (SQLCipher allows readers beside a writer)."""
    service = VaultService.unlock(base / "vault", passphrase)
    try:
        yield service
    finally:
        service.lock()


# What migration 10 added (lists of any size): taken away again by `back_to_schema_9`.
_V10_TRIGGERS = (
    "items_sort_event_added",
    "items_sort_event_changed",
    "item_words_added",
    "item_words_removed",
    "item_words_changed",
)
_V10_INDEXES = (
    "items_list",
    "items_event",
    "items_kind",
    "items_platform",
    "items_url",
    "items_shown",
    "items_hash",
)


def back_to_schema_9(conn: Any) -> None:
    """Make an open database look as version 9 left it (the caller holds a transaction)."""
    for trigger in _V10_TRIGGERS:
        conn.execute(f"DROP TRIGGER {trigger}")
    conn.execute("DROP TABLE item_words")
    for index in _V10_INDEXES:
        conn.execute(f"DROP INDEX {index}")
    conn.execute("ALTER TABLE items DROP COLUMN sort_event")
    conn.execute("CREATE INDEX items_case ON items(case_id, captured_at)")
    conn.execute("PRAGMA user_version = 9")
