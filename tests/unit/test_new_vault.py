"""A new vault is put in place only once its recovery key was shown.

An interrupted `init` left `vault.db` without `vault.key` (the person was told to
use a recovery key never shown, and `init` refused for ever) or a vault whose key
nobody saw. Now the vault is made beside its place and moved in by one rename.
"""

from __future__ import annotations

from pathlib import Path

from evidence_app.domain.recovery_key import parse
from evidence_app.vault.service import STAGING_PREFIX, VaultService
from tests.helpers.vaults import FAST_KDF, PASSPHRASE


def test_a_vault_not_committed_is_no_vault_and_the_next_setup_starts_cleanly(
    vault_dir: Path,
) -> None:
    first = VaultService.prepare(vault_dir, PASSPHRASE, kdf=FAST_KDF)
    assert not VaultService.exists(vault_dir)
    assert not vault_dir.exists()
    # The process ends here (killed) without committing; a new setup sweeps it away.
    second = VaultService.prepare(vault_dir, PASSPHRASE, kdf=FAST_KDF)
    assert not first.staging.exists()
    service = second.commit()
    try:
        assert VaultService.exists(vault_dir)
        assert [p.name for p in vault_dir.parent.iterdir()] == [vault_dir.name]
    finally:
        service.lock()
    # What was shown opens it.
    VaultService.unlock_with_recovery_key(vault_dir, second.recovery_key).lock()
    VaultService.unlock(vault_dir, PASSPHRASE).lock()
    assert len(parse(second.recovery_key)) == 32


def test_discard_leaves_nothing(vault_dir: Path) -> None:
    made = VaultService.prepare(vault_dir, PASSPHRASE, kdf=FAST_KDF)
    made.discard()
    assert list(vault_dir.parent.iterdir()) == []


def test_the_sweep_leaves_what_is_not_ours(vault_dir: Path) -> None:
    vault_dir.parent.mkdir(parents=True)
    stranger = vault_dir.parent / f"{STAGING_PREFIX}{vault_dir.name}-1"
    stranger.mkdir()
    (stranger / "holiday.jpg").write_bytes(b"someone else's file")
    VaultService.prepare(vault_dir, PASSPHRASE, kdf=FAST_KDF).commit().lock()
    assert (stranger / "holiday.jpg").read_bytes() == b"someone else's file"
