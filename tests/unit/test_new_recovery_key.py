"""A new recovery key re-encrypts the vault: the old key and old key files stop working."""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from evidence_app.domain import audit
from evidence_app.domain.errors import VaultUnreadable, WrongSecret
from evidence_app.vault.service import REKEY_DB, VaultService
from tests.helpers.vaults import PASSPHRASE


def _digests(service: VaultService) -> dict[int, str]:
    return {
        item.id: hashlib.sha256(b"".join(service.read_original(item.id))).hexdigest()
        for item in service.items()
    }


def _add_pictures(service: VaultService, tmp_path: Path, noise_png: Callable[..., bytes]) -> None:
    case = service.cases()[0].id
    for seed in range(3):
        picture = tmp_path / f"shot{seed}.png"
        noise_png(picture, seed=seed)
        service.add_file(picture, case_id=case, url=f"https://example.org/{seed}")


def test_the_new_key_opens_and_the_old_key_and_key_files_do_not(
    created: tuple[VaultService, str], tmp_path: Path, noise_png: Callable[..., bytes]
) -> None:
    service, old_recovery_key = created
    _add_pictures(service, tmp_path, noise_png)
    before = _digests(service)
    folder = service.folder
    old_header = (folder / "vault.key").read_bytes()
    old_db = (folder / "vault.db").read_bytes()

    renewal = service.new_recovery_key(PASSPHRASE)
    assert renewal.recovery_key != old_recovery_key
    assert (folder / "vault.key").read_bytes() == old_header  # nothing changes before commit
    assert renewal.commit() == []
    # The open vault goes on with the new key, and recorded the renewal.
    assert _digests(service) == before
    assert service.audit_entries()[-1].action == audit.VAULT_RECOVERY_KEY
    assert service.check() == []
    service.lock()
    assert not (folder / REKEY_DB).exists()
    assert (folder / "vault.db").read_bytes() != old_db

    with pytest.raises(WrongSecret):
        VaultService.unlock_with_recovery_key(folder, old_recovery_key)
    for opened in (
        VaultService.unlock(folder, PASSPHRASE),
        VaultService.unlock_with_recovery_key(folder, renewal.recovery_key),
    ):
        assert _digests(opened) == before
        assert opened.rollback is None
        opened.lock()

    # A copy of the old key file, with the passphrase it held, no longer opens the vault.
    (folder / "vault.key").write_bytes(old_header)
    (folder / "vault.key.backup").write_bytes(old_header)
    with pytest.raises((VaultUnreadable, WrongSecret)):
        VaultService.unlock(folder, PASSPHRASE).lock()


def test_a_wrong_passphrase_gets_no_new_key(service: VaultService) -> None:
    with pytest.raises(WrongSecret):
        service.new_recovery_key("not the passphrase at all")


def test_a_renewal_cut_short_is_undone_or_completed_at_the_next_opening(
    created: tuple[VaultService, str], tmp_path: Path, noise_png: Callable[..., bytes]
) -> None:
    """The two states a crash can leave: before the commit point and after it."""
    service, old_recovery_key = created
    _add_pictures(service, tmp_path, noise_png)
    before = _digests(service)
    folder = service.folder
    service._repo.checkpoint()
    old = {name: (folder / name).read_bytes() for name in ("vault.db", "vault.key")}
    renewal = service.new_recovery_key(PASSPHRASE)
    new_recovery_key = renewal.recovery_key
    renewal.commit()
    service.lock()
    new = {name: (folder / name).read_bytes() for name in ("vault.db", "vault.key")}

    def crashed(name: str, db: bytes, header: bytes, copy: bytes) -> Path:
        place = tmp_path / name
        shutil.copytree(folder, place)
        (place / "vault.seal").unlink()
        (place / "vault.db").write_bytes(db)
        (place / "vault.key").write_bytes(header)
        (place / "vault.key.backup").write_bytes(header)
        (place / REKEY_DB).write_bytes(copy)
        return place

    # After the commit point: the new header is in force, the copy not yet in place.
    after = crashed("after", old["vault.db"], new["vault.key"], new["vault.db"])
    for opened in (
        VaultService.unlock_with_recovery_key(after, new_recovery_key),
        VaultService.unlock(after, PASSPHRASE),
    ):
        assert _digests(opened) == before
        opened.lock()
    assert not (after / REKEY_DB).exists()
    with pytest.raises(WrongSecret):
        VaultService.unlock_with_recovery_key(after, old_recovery_key)

    # Before the commit point: the copy, under a key nobody saw, is removed; the old
    # recovery key still works.
    stale = crashed("before", old["vault.db"], old["vault.key"], new["vault.db"])
    opened = VaultService.unlock_with_recovery_key(stale, old_recovery_key)
    assert _digests(opened) == before
    opened.lock()
    assert not (stale / REKEY_DB).exists()
