"""Fixtures for the Qt-free tests: real vaults in temporary folders, real files."""

from __future__ import annotations

import io
import random
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PIL import Image

from evidence_app.storage.keyheader import KdfParams
from evidence_app.vault.service import VaultService

PASSPHRASE = "correct horse battery staple"
# The minimum memory the key header accepts, one pass: fast enough for every test.
FAST_KDF = KdfParams(time_cost=1, memory_kib=64 * 1024, parallelism=1)


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


def _noise_png(path: Path, width: int = 120, height: int = 80, seed: int = 1) -> bytes:
    rng = random.Random(seed)
    img = Image.frombytes("RGB", (width, height), rng.randbytes(width * height * 3))
    buffer = io.BytesIO()
    img.save(buffer, "PNG")
    path.write_bytes(buffer.getvalue())
    return buffer.getvalue()


@pytest.fixture
def noise_png() -> Callable[..., bytes]:
    """Writes a PNG of random pixels (whose bytes occur nowhere else by chance); returns them."""
    return _noise_png
