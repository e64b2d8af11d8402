"""Fixtures for the Qt-free tests: real vaults in temporary folders, real files."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from evidence_app.vault.service import VaultService
from tests.helpers.vaults import FAST_KDF, PASSPHRASE


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    return tmp_path / "home" / "vault"


@pytest.fixture
def created(vault_dir: Path) -> Iterator[tuple[VaultService, str]]:
    service, recovery_key = VaultService.create(vault_dir, PASSPHRASE, kdf=FAST_KDF)
    yield service, recovery_key
    service.lock()


@pytest.fixture
def service(created: tuple[VaultService, str]) -> VaultService:
    return created[0]
