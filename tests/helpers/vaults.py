"""Passphrases, the fast key derivation and vaults made for a test."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

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


@contextlib.contextmanager
def reading(base: Path, passphrase: str = PASSPHRASE) -> Iterator[VaultService]:
    """The vault in `base`, opened beside the app (SQLCipher allows readers beside a writer)."""
    service = VaultService.unlock(base / "vault", passphrase)
    try:
        yield service
    finally:
        service.lock()
