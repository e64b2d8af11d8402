"""The pages of `vault.db`: 16 KiB with HMAC-SHA256 for a new vault, SQLCipher 4's own
(4 KiB, HMAC-SHA512) for one made before, each opened as it is (`storage.database`)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import sqlcipher3

from evidence_app.domain.errors import VaultDamaged, VaultUnreadable
from evidence_app.domain.recovery_key import parse
from evidence_app.storage import database
from evidence_app.vault.service import VAULT_DB, VaultService
from tests.helpers.pages import PAGE, damage, plain, read_plainly
from tests.helpers.vaults import FAST_KDF, PASSPHRASE


def _stock(db: Path, recovery_key: str) -> sqlcipher3.Connection:
    """A SQLCipher 4 connection with its defaults, and the key only."""
    conn = sqlcipher3.connect(str(db), isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{parse(recovery_key).hex()}'\"")
    return conn


def _names(db: Path, connect: object, recovery_key: str) -> list[str] | None:
    """The items' file names as `connect` reads them, or None if it cannot."""
    assert callable(connect)
    conn = connect(db, recovery_key)
    try:
        return [str(r[0]) for r in conn.execute("SELECT original_name FROM items ORDER BY id")]
    except sqlcipher3.DatabaseError:
        return None
    finally:
        conn.close()


def _add(service: VaultService, folder: Path, name: str) -> None:
    source = folder / name
    source.write_bytes(name.encode() * 20_000)  # overflow pages in either layout
    service.add_file(source, case_id=1)


@pytest.fixture
def earlier(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[VaultService, str, Path]:
    """An open vault made with SQLCipher 4's own pages, as before 2026-12, holding one item."""
    monkeypatch.setattr(database, "PAGES", database.EARLIER_PAGES)
    service, recovery_key = VaultService.create(tmp_path / "vault", PASSPHRASE, kdf=FAST_KDF)
    _add(service, tmp_path, "first.bin")
    monkeypatch.undo()
    return service, recovery_key, tmp_path


@pytest.fixture
def new(created: tuple[VaultService, str], tmp_path: Path) -> tuple[VaultService, str, Path]:
    """A vault made now, holding one item (a.bin), locked; and its database."""
    service, recovery_key = created
    _add(service, tmp_path, "a.bin")
    service.lock()
    return service, recovery_key, service.folder / VAULT_DB


def test_a_new_vault_has_pages_of_16_kib_with_hmac_sha256(
    new: tuple[VaultService, str, Path],
) -> None:
    _, recovery_key, db = new
    assert db.stat().st_size % 16384 == 0
    assert _names(db, plain, recovery_key) == ["a.bin"]  # the README's way
    assert _names(db, _stock, recovery_key) is None  # the defaults alone do not open it
    conn = plain(db, recovery_key)
    assert conn.execute("PRAGMA cipher_page_size").fetchone() == ("16384",)
    assert conn.execute("PRAGMA cipher_hmac_algorithm").fetchone() == ("HMAC_SHA256",)
    conn.close()


def test_a_vault_made_before_opens_and_keeps_its_pages(
    earlier: tuple[VaultService, str, Path],
) -> None:
    service, recovery_key, folder = earlier
    service.lock()
    again = VaultService.unlock(service.folder, PASSPHRASE)
    try:
        assert [i.original_name for i in again.items()] == ["first.bin"]
        _add(again, folder, "second.bin")
        assert again.check() == []
    finally:
        again.lock()
    db = service.folder / VAULT_DB
    assert _names(db, _stock, recovery_key) == ["first.bin", "second.bin"]
    assert _names(db, plain, recovery_key) is None


def test_saves_of_a_vault_made_before_left_in_its_log_by_a_crash_are_all_read(
    earlier: tuple[VaultService, str, Path],
) -> None:
    # Copied while open: the saves are in vault.db-wal only, as after a power cut. The
    # first try with the current pages fails on the first page, and must change nothing.
    service, _, folder = earlier
    _add(service, folder, "second.bin")
    crashed = folder / "crashed"
    shutil.copytree(service.folder, crashed)
    service.lock()
    wal = crashed / (VAULT_DB + "-wal")
    assert wal.stat().st_size > 0
    again = VaultService.unlock(crashed, PASSPHRASE)
    try:
        assert [i.original_name for i in again.items()] == ["first.bin", "second.bin"]
        assert again.check() == []
    finally:
        again.lock()


def test_a_new_recovery_key_gives_a_vault_made_before_the_current_pages(
    earlier: tuple[VaultService, str, Path],
) -> None:
    service, _, _ = earlier
    renewed = service.new_recovery_key(PASSPHRASE)
    recovery_key = renewed.recovery_key
    assert renewed.commit() == []
    assert service.check() == []
    service.lock()
    db = service.folder / VAULT_DB
    assert _names(db, plain, recovery_key) == ["first.bin"]
    assert db.stat().st_size % 16384 == 0


def test_a_first_page_damaged_in_either_layout_is_a_damaged_vault(
    earlier: tuple[VaultService, str, Path], created: tuple[VaultService, str]
) -> None:
    for service in (earlier[0], created[0]):
        service.lock()
        db = service.folder / VAULT_DB
        data = bytearray(db.read_bytes())
        data[2000] ^= 0x10
        db.write_bytes(data)
        with pytest.raises(VaultUnreadable) as caught:
            VaultService.unlock(service.folder, PASSPHRASE)
        assert caught.value.reason == VaultUnreadable.DATABASE_DAMAGED


def test_a_new_recovery_key_is_refused_on_a_damaged_page_and_the_vault_stays_as_it_was(
    new: tuple[VaultService, str, Path],
) -> None:
    # Each page whose damage keeps an item's bytes from being read, the last of its chain
    # too (SQLCipher hands that one over as zeros): the copy under the new key would have
    # made the zeros whole again.
    service, recovery_key, db = new
    clean = db.read_bytes()
    failing = [
        page
        for page in range(1, len(clean) // PAGE)
        if _fails_when_damaged(db, clean, page, recovery_key)
    ]
    assert len(failing) >= 2  # the bytes span a chain of pages
    for page in failing:
        damage(service.folder, page)
        before = db.read_bytes()
        opened = VaultService.unlock(service.folder, PASSPHRASE)
        try:
            renewed = opened.new_recovery_key(PASSPHRASE)
            with pytest.raises(VaultDamaged):
                renewed.commit()
        finally:
            opened.lock()
        assert db.read_bytes() == before
        assert sorted(p.name for p in service.folder.iterdir() if "rekey" in p.name) == []
        VaultService.unlock_with_recovery_key(service.folder, recovery_key).lock()
        db.write_bytes(clean)


def _fails_when_damaged(db: Path, clean: bytes, page: int, recovery_key: str) -> bool:
    damaged = bytearray(clean)
    damaged[page * PAGE + PAGE // 2] ^= 0x10
    db.write_bytes(damaged)
    try:
        return read_plainly(db, recovery_key, "SELECT data FROM chunks") is None and (
            read_plainly(db, recovery_key, "SELECT * FROM audit") is not None
        )
    finally:
        db.write_bytes(clean)


def test_a_damaged_page_of_a_vault_made_before_is_named_and_the_rest_is_read(
    earlier: tuple[VaultService, str, Path],
) -> None:
    # Reading goes on through new connections after the damaged page (`storage.salvage`),
    # each opened with the pages of that vault.
    service, recovery_key, folder = earlier
    _add(service, folder, "second.bin")
    service.lock()
    db = service.folder / VAULT_DB
    clean = db.read_bytes()
    size = database.EARLIER_PAGES.size
    for page in range(1, len(clean) // size):
        damaged = bytearray(clean)
        damaged[page * size + size // 2] ^= 0x10
        db.write_bytes(damaged)
        first, second = (
            _reads(db, recovery_key, f"SELECT data FROM chunks WHERE item_id = {n}") for n in (1, 2)
        )
        if _names(db, _stock, recovery_key) == ["first.bin", "second.bin"] and second and not first:
            break
    else:
        pytest.fail("no page holds only the first item's bytes")
    opened = VaultService.unlock(service.folder, PASSPHRASE)
    try:
        report = opened.check_report()
    finally:
        opened.lock()
    said = [str(p) for p in report.problems]
    assert said[0].startswith(f"database: page {page + 1} is damaged")
    assert (
        "item 1 (first.bin): its stored file cannot be read: it is on a damaged part of the "
        "database" in said
    )
    assert (report.items, report.intact) == (2, 1)


def _reads(db: Path, recovery_key: str, query: str) -> bool:
    """Whether `query` reads on SQLCipher's default pages without meeting a damaged page."""
    conn = _stock(db, recovery_key)
    try:
        conn.execute("BEGIN")
        conn.execute(query).fetchall()
        return conn.execute("PRAGMA cipher_status").fetchall() == [("1",)]
    except sqlcipher3.DatabaseError:
        return False
    finally:
        conn.close()
