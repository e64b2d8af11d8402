"""The vault service on real SQLCipher vaults: storing, editing, deleting, locking, rekeying."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from evidence_app.domain import audit
from evidence_app.domain.errors import (
    BadInput,
    NotFound,
    PassphraseTooWeak,
    VaultExists,
    VaultLocked,
    VaultUnreadable,
    WrongSecret,
)
from evidence_app.domain.model import Preview
from evidence_app.domain.recovery_key import parse
from evidence_app.storage.keyheader import checksum_of
from evidence_app.vault.service import KEY_BACKUP, KEY_HEADER, VAULT_DB, VaultService
from tests.helpers.pages import plain
from tests.helpers.vaults import FAST_KDF, PASSPHRASE

SQLITE_HEADER = b"SQLite format 3\x00"


def _files(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in sorted(folder.iterdir())}


def test_create_makes_an_encrypted_database_and_a_key_header(
    created: tuple[VaultService, str], vault_dir: Path
) -> None:
    service, recovery_key = created
    assert sorted(p.name for p in vault_dir.iterdir() if not p.name.startswith(VAULT_DB + "-")) == [
        VAULT_DB,
        KEY_HEADER,
        KEY_BACKUP,
        "vault.seal",
    ]
    assert not (vault_dir / VAULT_DB).read_bytes().startswith(SQLITE_HEADER)
    assert (vault_dir / KEY_HEADER).read_bytes() == (vault_dir / KEY_BACKUP).read_bytes()
    assert [case.name for case in service.cases()] == ["Evidence"]
    assert len(parse(recovery_key)) == 32
    assert (vault_dir.stat().st_mode & 0o777) == 0o700
    assert [e.action for e in service.audit_entries()] == [audit.VAULT_CREATE, audit.CASE_CREATE]


def test_create_refuses_an_existing_vault_and_a_short_passphrase(
    service: VaultService, vault_dir: Path, tmp_path: Path
) -> None:
    with pytest.raises(VaultExists):
        VaultService.create(vault_dir, PASSPHRASE, kdf=FAST_KDF)
    with pytest.raises(PassphraseTooWeak):
        VaultService.create(tmp_path / "other", "short", kdf=FAST_KDF)
    assert not (tmp_path / "other").exists()


def test_connection_settings(service: VaultService) -> None:
    conn = service._conn  # the one place a test looks inside: the settings must be real
    assert conn is not None
    pragmas = {
        name: conn.execute(f"PRAGMA {name}").fetchone()[0]
        for name in ("journal_mode", "synchronous", "foreign_keys", "temp_store", "secure_delete")
    }
    assert pragmas == {
        "journal_mode": "wal",
        "synchronous": 2,
        "foreign_keys": 1,
        "temp_store": 2,
        "secure_delete": 1,
    }
    assert conn.execute("PRAGMA cipher_log_level").fetchone()[0] == "NONE"


def test_writes_are_explicit_transactions(service: VaultService, tmp_path: Path) -> None:
    conn = service._conn
    assert conn is not None
    statements: list[str] = []
    conn.set_trace_callback(statements.append)
    source = tmp_path / "note.txt"
    source.write_text("a chat message")
    item = service.add_file(source, case_id=1)
    service.update_item(item.id, {"description": "first message"})
    conn.set_trace_callback(None)
    # PRAGMA shrink_memory: the probe for a damaged page read as zeros (storage.salvage)
    # "-- TRIGGER ...": what the triggers of the derived tables (migration 10) ran.
    writes = [
        s.split()[0].upper()
        for s in statements
        if not s.upper().startswith(("SELECT", "PRAGMA", "--"))
    ]
    assert writes[0] == "BEGIN" and writes[-1] == "COMMIT"
    assert writes.count("BEGIN") == writes.count("COMMIT") == 2
    assert all(
        s.upper().startswith("BEGIN IMMEDIATE") for s in statements if s.upper().startswith("BEGIN")
    )


def test_add_file_stores_the_exact_bytes_and_hash(
    service: VaultService, tmp_path: Path, noise_png: Callable[..., bytes]
) -> None:
    source = tmp_path / "screenshot.png"
    data = noise_png(source, 64, 48)
    before = (source.read_bytes(), source.stat().st_mtime_ns)
    item = service.add_file(
        source, case_id=1, url="https://www.instagram.com/p/x", notes="seen at school"
    )
    assert item.sha256 == hashlib.sha256(data).hexdigest()
    assert item.size == len(data)
    assert (item.width, item.height, item.preview, item.mime_type) == (
        64,
        48,
        Preview.IMAGE,
        "image/png",
    )
    assert item.platform == "instagram"
    assert item.notes == "seen at school"
    assert service.original_bytes(item.id) == data
    assert service.item(item.id) == item
    assert (source.read_bytes(), source.stat().st_mtime_ns) == before
    create = service.audit_entries()[-1]
    assert (create.action, create.target) == (audit.ITEM_CREATE, f"item:{item.id}")
    assert create.details["item"]["sha256"] == item.sha256


def test_add_refuses_a_bad_url_and_a_missing_file(service: VaultService, tmp_path: Path) -> None:
    source = tmp_path / "a.txt"
    source.write_text("x")
    with pytest.raises(BadInput):
        service.add_file(source, case_id=1, url="javascript:alert(1)")
    with pytest.raises(BadInput):
        service.add_file(tmp_path / "missing.png", case_id=1)
    assert service.items() == []


def test_edit_keeps_before_and_after_and_never_touches_the_bytes(
    service: VaultService, tmp_path: Path
) -> None:
    source = tmp_path / "a.txt"
    source.write_bytes(b"original bytes")
    item = service.add_file(source, case_id=1)
    edited = service.update_item(
        item.id, {"url": "snapchat.com/add/someone", "posted_by": "@someone"}
    )
    assert edited.url == "https://snapchat.com/add/someone"
    assert service.item(item.id).posted_by == "@someone"
    entry = service.audit_entries()[-1]
    assert entry.action == audit.ITEM_EDIT
    assert entry.details["changes"] == {
        "url": {"before": "", "after": "https://snapchat.com/add/someone"},
        "posted_by": {"before": "", "after": "@someone"},
    }
    assert service.original_bytes(item.id) == b"original bytes"
    with pytest.raises(BadInput):
        service.update_item(item.id, {"sha256": "0" * 64})
    unchanged = len(service.audit_entries())
    service.update_item(item.id, {"posted_by": "@someone"})
    assert len(service.audit_entries()) == unchanged
    assert service.check() == []


def test_delete_leaves_a_tombstone_and_no_bytes(service: VaultService, tmp_path: Path) -> None:
    source = tmp_path / "a.txt"
    source.write_bytes(b"to be deleted")
    item = service.add_file(source, case_id=1)
    service.delete_item(item.id)
    assert service.items() == []
    with pytest.raises(NotFound):
        service.item(item.id)
    tombstone = service.audit_entries()[-1]
    assert (tombstone.action, tombstone.details["sha256"]) == (audit.ITEM_DELETE, item.sha256)
    assert service.check() == []


def test_lock_forgets_everything(service: VaultService) -> None:
    service.lock()
    assert service.locked
    assert bytes(service._data_key) == bytes(32)
    with pytest.raises(VaultLocked):
        service.items()
    service.lock()  # idempotent


def test_wrong_passphrase_changes_nothing_on_disk(service: VaultService, vault_dir: Path) -> None:
    service.lock()
    before = _files(vault_dir)
    with pytest.raises(WrongSecret):
        VaultService.unlock(vault_dir, "not the passphrase at all")
    with pytest.raises(WrongSecret):
        VaultService.unlock_with_recovery_key(vault_dir, "00" * 32)
    assert _files(vault_dir) == before


def test_unlock_with_passphrase_and_with_recovery_key(
    created: tuple[VaultService, str], vault_dir: Path, tmp_path: Path
) -> None:
    service, recovery_key = created
    source = tmp_path / "a.txt"
    source.write_bytes(b"kept")
    service.add_file(source, case_id=1)
    service.lock()
    for opened in (
        VaultService.unlock(vault_dir, PASSPHRASE),
        VaultService.unlock_with_recovery_key(vault_dir, recovery_key.lower().replace("-", " ")),
    ):
        assert [i.original_name for i in opened.items()] == ["a.txt"]
        opened.lock()


def test_change_passphrase_keeps_the_recovery_key(
    created: tuple[VaultService, str], vault_dir: Path
) -> None:
    service, recovery_key = created
    with pytest.raises(WrongSecret):
        service.change_passphrase("wrong current passphrase", "a brand new passphrase")
    with pytest.raises(WrongSecret):
        service.change_passphrase(None, "a brand new passphrase")
    service.change_passphrase(PASSPHRASE, "a brand new passphrase")
    service.lock()
    with pytest.raises(WrongSecret):
        VaultService.unlock(vault_dir, PASSPHRASE)
    VaultService.unlock(vault_dir, "a brand new passphrase").lock()
    rescued = VaultService.unlock_with_recovery_key(vault_dir, recovery_key)
    rescued.change_passphrase(None, "chosen after forgetting")
    rescued.lock()
    reopened = VaultService.unlock(vault_dir, "chosen after forgetting")
    assert [e.action for e in reopened.audit_entries()].count(audit.VAULT_PASSPHRASE) == 2
    assert reopened.check() == []
    reopened.lock()


def test_missing_key_header_is_named_and_the_recovery_key_still_opens(
    created: tuple[VaultService, str], vault_dir: Path
) -> None:
    service, recovery_key = created
    service.lock()
    (vault_dir / KEY_HEADER).unlink()
    (vault_dir / KEY_BACKUP).unlink()
    with pytest.raises(VaultUnreadable) as caught:
        VaultService.unlock(vault_dir, PASSPHRASE)
    assert caught.value.reason == VaultUnreadable.KEY_HEADER_MISSING
    rescued = VaultService.unlock_with_recovery_key(vault_dir, recovery_key)
    rescued.change_passphrase(None, "a new passphrase after loss")
    rescued.lock()
    VaultService.unlock(vault_dir, "a new passphrase after loss").lock()


def test_damaged_key_header_falls_back_to_its_copy(service: VaultService, vault_dir: Path) -> None:
    service.lock()
    (vault_dir / KEY_HEADER).write_bytes(b"\x00" * 40)
    VaultService.unlock(vault_dir, PASSPHRASE).lock()
    assert (vault_dir / KEY_HEADER).read_bytes() == (vault_dir / KEY_BACKUP).read_bytes()
    (vault_dir / KEY_HEADER).write_bytes(b"\x00" * 40)
    (vault_dir / KEY_BACKUP).write_bytes(b"{}")
    with pytest.raises(VaultUnreadable) as caught:
        VaultService.unlock(vault_dir, PASSPHRASE)
    assert caught.value.reason == VaultUnreadable.KEY_HEADER_DAMAGED


def test_header_from_a_newer_version_is_refused(service: VaultService, vault_dir: Path) -> None:
    service.lock()
    doc = json.loads((vault_dir / KEY_HEADER).read_bytes())
    del doc["checksum"]
    doc["version"] = 2
    doc["checksum"] = checksum_of(doc)  # as a newer app would write it
    (vault_dir / KEY_HEADER).write_text(json.dumps(doc))
    with pytest.raises(VaultUnreadable) as caught:
        VaultService.unlock(vault_dir, PASSPHRASE)
    assert caught.value.reason == VaultUnreadable.TOO_NEW


def test_database_from_a_newer_version_is_refused_untouched(
    created: tuple[VaultService, str], vault_dir: Path
) -> None:
    service, recovery_key = created
    service.lock()
    conn = plain(vault_dir / VAULT_DB, recovery_key)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    before = _files(vault_dir)
    with pytest.raises(VaultUnreadable) as caught:
        VaultService.unlock(vault_dir, PASSPHRASE)
    assert caught.value.reason == VaultUnreadable.TOO_NEW
    assert _files(vault_dir) == before


@pytest.mark.parametrize("damage", ["overwrite", "truncate", "remove"])
def test_damaged_database_is_named(service: VaultService, vault_dir: Path, damage: str) -> None:
    service.lock()
    db = vault_dir / VAULT_DB
    if damage == "overwrite":
        raw = bytearray(db.read_bytes())
        raw[100:4000] = bytes(3900)
        db.write_bytes(bytes(raw))
    elif damage == "truncate":
        db.write_bytes(db.read_bytes()[:1000])
    else:
        db.unlink()
    with pytest.raises(VaultUnreadable) as caught:
        VaultService.unlock(vault_dir, PASSPHRASE)
    assert caught.value.reason == VaultUnreadable.DATABASE_DAMAGED


def test_no_vault_at_all(tmp_path: Path) -> None:
    with pytest.raises(VaultUnreadable) as caught:
        VaultService.unlock(tmp_path / "nothing", PASSPHRASE)
    assert caught.value.reason == VaultUnreadable.MISSING


def test_cases(service: VaultService, tmp_path: Path) -> None:
    other = service.create_case("  School  ")
    assert other.name == "School"
    with pytest.raises(BadInput):
        service.create_case("School")
    with pytest.raises(BadInput):
        service.create_case("   ")
    assert service.case_by_name("School") == other
    assert service.case_by_name("New", create=True).name == "New"
    with pytest.raises(NotFound):
        service.case_by_name("Absent")
    source = tmp_path / "a.txt"
    source.write_text("x")
    service.add_file(source, case_id=other.id)
    assert len(service.items(other.id)) == 1
    assert service.items(1) == []
    with pytest.raises(NotFound):
        service.add_file(source, case_id=999)


def test_companions_left_read_only_are_made_writable_again(service: VaultService) -> None:
    """A vault.db that was read-only when it was opened leaves its -shm read-only (SQLite
    gives it vault.db's mode); once vault.db is writable again, saving must work."""
    folder = service.folder
    service.lock()
    shm = folder / (VAULT_DB + "-shm")
    shm.write_bytes(b"\0" * 32768)
    shm.chmod(0o400)
    opened = VaultService.unlock(folder, PASSPHRASE)
    try:
        opened.create_case("after the stick was made writable")
        assert shm.stat().st_mode & 0o777 == 0o600
    finally:
        opened.lock()
