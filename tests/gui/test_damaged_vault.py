"""The main window on a vault whose database has a damaged page: plain words, no crash.

A bit is flipped in one page of vault.db (its HMAC no longer matches). The
pages to damage are found by reading the closed vault on a plain connection.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlcipher3
from pytestqt.qtbot import QtBot

from evidence_app.domain.recovery_key import parse
from evidence_app.gui.common import messages
from evidence_app.gui.common.settings import Settings
from evidence_app.gui.lock.session import VaultSession
from evidence_app.gui.main_window import MainWindow
from evidence_app.vault.service import VAULT_DB, VaultService

PAGE = 4096


def _reads(db: Path, recovery_key: str, query: str) -> bool:
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


def _page_failing(folder: Path, recovery_key: str, query: str, *still: str) -> int:
    """The first page (from 0) whose damage alone makes `query` fail and leaves `still`
    (and the schema) readable."""
    db = folder / VAULT_DB
    original = db.read_bytes()
    try:
        for page in range(1, len(original) // PAGE):
            data = bytearray(original)
            data[page * PAGE + PAGE // 2] ^= 0x10
            db.write_bytes(data)
            if not _reads(db, recovery_key, query) and all(
                _reads(db, recovery_key, other) for other in ("SELECT * FROM sqlite_master", *still)
            ):
                return page
    finally:
        db.write_bytes(original)
    raise AssertionError(f"no page makes {query!r} fail alone")


def _damage(folder: Path, *pages: int) -> None:
    db = folder / VAULT_DB
    data = bytearray(db.read_bytes())
    for page in pages:
        data[page * PAGE + PAGE // 2] ^= 0x10
    db.write_bytes(data)


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
        rng = random.Random(seed)
        buffer = io.BytesIO()
        Image.frombytes("RGB", (60, 40), rng.randbytes(60 * 40 * 3)).save(buffer, "PNG")
        path = tmp_path / f"shot{seed}.png"
        path.write_bytes(buffer.getvalue())
        return path

    return make


def test_a_picture_on_a_damaged_page_is_said_plainly(
    qtbot: QtBot, vault, three, translations
) -> None:
    folder = vault.paths.vault_dir
    page = _page_failing(
        folder,
        vault.recovery_key,
        "SELECT data FROM chunks NOT INDEXED WHERE item_id = 2",  # not only its index
        "SELECT data FROM chunks WHERE item_id <> 2",
        "SELECT * FROM items",
    )
    _damage(folder, page)
    service = VaultService.unlock(folder, vault.passphrase)
    win = _window(qtbot, service, vault, translations)
    assert win.model.rowCount() == 3  # every record reads: only the picture's bytes are lost
    win.select_item(2)
    qtbot.waitUntil(lambda: win.detail.note.text() == messages.damaged())
    win.select_item(3)  # the others still show
    qtbot.waitUntil(lambda: win.detail.viewer.image_size() == (60, 40))
    service.lock()


def test_a_list_that_cannot_be_read_whole_says_so(qtbot: QtBot, vault, three, translations) -> None:
    """The items' page and the audit chain's: nothing can rebuild the records."""
    folder = vault.paths.vault_dir
    items_page = _page_failing(folder, vault.recovery_key, "SELECT * FROM items")
    audit_page = _page_failing(folder, vault.recovery_key, "SELECT * FROM audit")
    _damage(folder, items_page, audit_page)
    service = VaultService.unlock(folder, vault.passphrase)
    win = _window(qtbot, service, vault, translations)
    # The ids can be listed from an index; reading the rows shown fails, and the list
    # then holds what can be read: nothing.
    qtbot.waitUntil(lambda: win.statusBar().currentMessage() == messages.some_items_unreadable())
    assert win.model.rowCount() == 0
    service.lock()
