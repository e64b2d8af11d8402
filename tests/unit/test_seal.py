"""A database older than its seal is noticed: lost saves (vault.db-wal gone) and old copies.

The loss is made the way it happens: saves committed into the write-ahead log of a
vault that is still open (as at a crash), and the folder copied without its
`vault.db-wal`, as a crash followed by a disk repair or a careless copy leaves it.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

from evidence_app.domain import audit
from evidence_app.export import export_dossier
from evidence_app.storage.seal import SEAL_FILE, SLOT_BYTES, Seal, read_seal, write_seal
from evidence_app.vault.service import VaultService
from tests.helpers.vaults import PASSPHRASE

_FILES = ("vault.db", "vault.key", "vault.key.backup", SEAL_FILE)


def _copy_without_wal(vault_dir: Path, to: Path) -> Path:
    """The vault's folder as a crash that lost the write-ahead log leaves it."""
    to.mkdir(parents=True)
    for name in _FILES:
        shutil.copy2(vault_dir / name, to / name)
    return to


def _add_notes(service: VaultService, count: int) -> None:
    case = service.cases()[0].id
    for n in range(count):
        service.add_record(case_id=case, description=f"message {n}", notes="a threat by phone")


def test_every_save_moves_the_seal_to_the_chains_head(service: VaultService) -> None:
    _add_notes(service, 3)
    entries = service.audit_entries()
    sealed = read_seal(service.folder, bytes(service._data_key))
    assert sealed == Seal(entries[-1].seq, entries[-1].hash)
    assert (service.folder / SEAL_FILE).stat().st_mode & 0o777 == 0o600
    assert b"message" not in (service.folder / SEAL_FILE).read_bytes()


def test_saves_lost_with_the_write_ahead_log_are_noticed_and_recorded(
    service: VaultService, tmp_path: Path
) -> None:
    _add_notes(service, 2)
    service._repo.checkpoint()  # these two reach vault.db itself
    _add_notes(service, 3)  # these stay in vault.db-wal, as at a crash
    assert (service.folder / "vault.db-wal").stat().st_size > 0
    copy = _copy_without_wal(service.folder, tmp_path / "after-crash")

    reopened = VaultService.unlock(copy, PASSPHRASE)
    try:
        assert reopened.rollback is not None
        assert reopened.rollback.missing == 3
        assert not reopened.rollback.other_history
        assert [i.description for i in reopened.items()] == ["message 0", "message 1"]
        # The loss is in the chain, and the check reports it from there for good.
        last = reopened.audit_entries()[-1]
        assert last.action == audit.VAULT_ROLLBACK
        assert last.details["entries_found"] == last.seq - 1
        problems = reopened.check()
        assert [p.where for p in problems] == ["database"]
        assert "3 audit entries short of its seal" in problems[0].what
        # A dossier shows it too: the entry is whole in its manifest, not a bare link.
        bundle = export_dossier(reopened, tmp_path / "dossier").path
        entries = json.loads((bundle / "manifest.json").read_text())["audit"]["entries"]
        (shown,) = [e for e in entries if e.get("action") == audit.VAULT_ROLLBACK]
        assert shown["details"]["entries_found"] == 4
    finally:
        reopened.lock()

    again = VaultService.unlock(copy, PASSPHRASE)  # said once: the seal follows the new head
    try:
        assert again.rollback is None
    finally:
        again.lock()


def test_an_older_copy_put_back_with_new_saves_on_it_is_another_history(
    service: VaultService, tmp_path: Path
) -> None:
    _add_notes(service, 1)
    service._repo.checkpoint()
    old = _copy_without_wal(service.folder, tmp_path / "old-copy")
    _add_notes(service, 2)
    old_service = VaultService.unlock(old, PASSPHRASE)
    _add_notes(old_service, 3)  # the old copy goes its own way, past the count
    old_service.lock()
    # The newer seal is put beside the old copy's database.
    shutil.copy2(service.folder / SEAL_FILE, old / SEAL_FILE)

    reopened = VaultService.unlock(old, PASSPHRASE)
    try:
        assert reopened.rollback is not None and reopened.rollback.other_history
    finally:
        reopened.lock()


def test_no_seal_and_a_torn_slot_are_no_alarm(service: VaultService) -> None:
    _add_notes(service, 2)
    folder, key = service.folder, bytes(service._data_key)
    service.lock()
    (folder / SEAL_FILE).unlink()  # a vault from before seals
    opened = VaultService.unlock(folder, PASSPHRASE)
    assert opened.rollback is None
    head = opened.audit_entries()[-1]
    assert read_seal(folder, key) == Seal(head.seq, head.hash)
    _add_notes(opened, 1)
    opened.lock()
    # A write torn halfway spoils only its own slot: the previous state is still there.
    raw = bytearray((folder / SEAL_FILE).read_bytes())
    latest = read_seal(folder, key)
    assert latest is not None
    start = (latest.count % 2) * SLOT_BYTES
    raw[start + 10 : start + SLOT_BYTES] = b"\0" * (SLOT_BYTES - 10)
    (folder / SEAL_FILE).write_bytes(bytes(raw))
    assert read_seal(folder, key) == Seal(head.seq, head.hash)
    reopened = VaultService.unlock(folder, PASSPHRASE)
    try:
        assert reopened.rollback is None
    finally:
        reopened.lock()


def test_a_seal_made_without_the_key_is_ignored(service: VaultService) -> None:
    _add_notes(service, 1)
    folder = service.folder
    service.lock()
    (folder / SEAL_FILE).unlink()
    write_seal(folder, b"\1" * 32, Seal(999, "0" * 64))  # forged: another key
    reopened = VaultService.unlock(folder, PASSPHRASE)
    try:
        assert reopened.rollback is None
    finally:
        reopened.lock()


def test_the_command_line_says_what_was_lost(service: VaultService, tmp_path: Path) -> None:
    _add_notes(service, 1)
    service._repo.checkpoint()
    _add_notes(service, 2)
    base = tmp_path / "base"
    _copy_without_wal(service.folder, base / "vault")
    done = subprocess.run(
        [sys.executable, "-m", "evidence_app", "--basedir", str(base), "check"],
        input=PASSPHRASE + "\n",
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert done.returncode == 1, done.stderr
    assert "missing its last 2 saves" in done.stderr
    assert "audit entries short of its seal" in done.stdout + done.stderr
