"""Fixtures shared by every folder: offscreen Qt, a temporary base folder, fresh vaults,
real pictures and the local web site; what they are made of is in tests/helpers/.

`QT_QPA_PLATFORM=offscreen` is set before anything imports Qt, unless the
caller chose a platform (e.g. to watch the tests under Xvfb).
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import io
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PIL import Image

from evidence_app import paths as paths_module
from evidence_app.storage.keyheader import KdfParams
from evidence_app.vault.service import VaultService
from tests.helpers import images
from tests.helpers.vaults import DUTCH_PASSPHRASE, FAST_KDF, Vault
from tests.helpers.web_site import Site, serve_site

E2E = Path(__file__).parent / "e2e"


@pytest.hookimpl(tryfirst=True)  # before `-m` deselects by marker
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Markers derived from what a test uses, so that `-m` selects by fact, not by memory.

    `gui`: the test uses Qt through pytest-qt (`qtbot` or `qapp`, itself or through a
    fixture; every test in tests/gui/ does, by its conftest). `desktop`: the test drives the
    app on an X server (tests/e2e/test_desktop_*.py, or the `desktop` fixture of
    tests/e2e/conftest.py). `slow` stays written on the test: it is a judgement.
    """
    for item in items:
        used = set(getattr(item, "fixturenames", ()))
        if used & {"qtbot", "qapp"}:
            item.add_marker(pytest.mark.gui)
        if item.path.is_relative_to(E2E) and (
            item.path.name.startswith("test_desktop_") or "desktop" in used
        ):
            item.add_marker(pytest.mark.desktop)


@pytest.fixture(autouse=True)
def _own_desktop_entries(tmp_path_factory: pytest.TempPathFactory, monkeypatch) -> None:
    """Discreet mode writes the person's menu entry where an installed app's is found
    (`gui.common.desktop_entry`): in tests, in folders of their own, never the real home's."""
    data = tmp_path_factory.mktemp("xdg-data")
    monkeypatch.setenv("XDG_DATA_HOME", str(data / "home"))
    monkeypatch.setenv("XDG_DATA_DIRS", str(data / "system"))


@pytest.fixture
def app_paths(tmp_path: Path) -> paths_module.Paths:
    """A fresh base folder for vault and settings."""
    return paths_module.resolve(tmp_path / "home")


@pytest.fixture
def fast_kdf() -> KdfParams:
    """Argon2id at its minimum cost: tests create and open vaults quickly."""
    return FAST_KDF


@pytest.fixture
def vault(app_paths: paths_module.Paths) -> Iterator[Vault]:
    """A new, unlocked vault in the temporary base folder; locked after the test."""
    service, key = VaultService.create(
        app_paths.vault_dir, DUTCH_PASSPHRASE, first_case_name="Case A", kdf=FAST_KDF
    )
    yield Vault(app_paths, service, DUTCH_PASSPHRASE, key)
    service.lock()


@pytest.fixture
def make_png(tmp_path: Path) -> Callable[..., Path]:
    """Write a real PNG of one colour; returns its path."""
    counter = iter(range(1_000_000))

    def make(
        colour: tuple[int, int, int] = (200, 30, 30),
        size: tuple[int, int] = (64, 48),
        name: str | None = None,
    ) -> Path:
        path = tmp_path / (name or f"image{next(counter)}.png")
        buffer = io.BytesIO()
        Image.new("RGB", size, colour).save(buffer, format="PNG")
        path.write_bytes(buffer.getvalue())
        return path

    return make


@pytest.fixture
def noise_png() -> Callable[..., bytes]:
    """Writes a PNG of random pixels (whose bytes occur nowhere else by chance); returns them."""
    return images.noise_png


@pytest.fixture
def site() -> Iterator[Site]:
    """The local web site (tests/helpers/web_site.py), running for one test."""
    running = serve_site()
    yield running
    running.close()
