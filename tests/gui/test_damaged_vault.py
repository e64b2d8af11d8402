"""The main window on a vault whose database has a damaged page: plain words, no crash.

A bit is flipped in one page of vault.db (its HMAC no longer matches). The
pages to damage are found by reading the closed vault on a plain connection.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from evidence_app.gui.common import messages
from evidence_app.gui.common.settings import Settings
from evidence_app.gui.lock.session import VaultSession
from evidence_app.gui.main_window import MainWindow
from evidence_app.vault.service import VaultService
from tests.helpers.pages import damage, page_failing


def _window(qtbot: QtBot, service: VaultService, vault, translations) -> MainWindow:
    win = MainWindow(
        VaultSession.holding(service), translations, Settings(vault.paths.settings_file)
    )
    qtbot.addWidget(win)
    win.resize(1100, 700)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def three(vault, noise_png_file):
    """The vault with three pictures of random pixels, locked; their items."""
    case_id = vault.service.cases()[0].id
    items = [vault.service.add_file(noise_png_file(seed), case_id=case_id) for seed in range(3)]
    vault.service.lock()
    return items


@pytest.fixture
def noise_png_file(tmp_path: Path):
    import io
    import random

    from PIL import Image

    def make(seed: int) -> Path:
        """About 29 KB: its bytes take two pages of their own."""
        rng = random.Random(seed)
        buffer = io.BytesIO()
        Image.frombytes("RGB", (120, 80), rng.randbytes(120 * 80 * 3)).save(buffer, "PNG")
        path = tmp_path / f"shot{seed}.png"
        path.write_bytes(buffer.getvalue())
        return path

    return make


def test_a_picture_on_a_damaged_page_is_said_plainly(
    qtbot: QtBot, vault, three, translations
) -> None:
    folder = vault.paths.vault_dir
    page = page_failing(
        folder,
        vault.recovery_key,
        "SELECT data FROM chunks NOT INDEXED WHERE item_id = 2",  # not only its index
        "SELECT data FROM chunks WHERE item_id <> 2",
        "SELECT * FROM items",
    )
    damage(folder, page)
    service = VaultService.unlock(folder, vault.passphrase)
    win = _window(qtbot, service, vault, translations)
    assert win.model.rowCount() == 3  # every record reads: only the picture's bytes are lost
    win.select_item(2)
    qtbot.waitUntil(lambda: win.detail.note.text() == messages.damaged())
    win.select_item(3)  # the others still show
    qtbot.waitUntil(lambda: win.detail.viewer.image_size() == (120, 80))
    service.lock()


def test_a_list_that_cannot_be_read_whole_says_so(qtbot: QtBot, vault, three, translations) -> None:
    """The items' page and the audit chain's: nothing can rebuild the records."""
    folder = vault.paths.vault_dir
    items_page = page_failing(folder, vault.recovery_key, "SELECT * FROM items")
    audit_page = page_failing(folder, vault.recovery_key, "SELECT * FROM audit")
    damage(folder, items_page, audit_page)
    service = VaultService.unlock(folder, vault.passphrase)
    win = _window(qtbot, service, vault, translations)
    # The ids can be listed from an index; reading the rows shown fails, and the list
    # then holds what can be read: nothing.
    qtbot.waitUntil(lambda: win.statusBar().currentMessage() == messages.some_items_unreadable())
    assert win.model.rowCount() == 0
    service.lock()
