"""The key header and its copy on a damaged disk: damage is never taken for a wrong passphrase.

A flipped bit in `vault.key` made the passphrase fail in 17 % of single-bit flips
(and the recovery key in 5.5 %) although `vault.key.backup` was intact. Here every
byte of the header is damaged in turn, files are deleted and copies go stale, and
each time the right secret opens the vault and the wrong one does not.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from evidence_app.domain.errors import VaultUnreadable, WrongSecret
from evidence_app.storage import keyheader
from evidence_app.vault.service import KEY_BACKUP, KEY_HEADER, LEFTOVER_BACKUP, VaultService
from tests.helpers.vaults import FAST_KDF, PASSPHRASE

NEW = "een nieuwe wachtzin voor later"


@pytest.fixture
def made(vault_dir: Path) -> str:
    service, recovery_key = VaultService.create(vault_dir, PASSPHRASE, kdf=FAST_KDF)
    service.add_record(case_id=1, description="the threat on Monday")
    service.lock()
    return recovery_key


def _opens(vault_dir: Path, secret: str, *, recovery: bool = False) -> bool:
    opener = VaultService.unlock_with_recovery_key if recovery else VaultService.unlock
    service = opener(vault_dir, secret)
    try:
        return service.items()[0].description == "the threat on Monday"
    finally:
        service.lock()


def test_every_single_bit_flip_in_the_header_is_seen_as_damage(vault_dir: Path, made: str) -> None:
    """No flipped bit is taken for a wrong passphrase: each is caught before any key is derived."""
    original = (vault_dir / KEY_HEADER).read_bytes()
    intact = keyheader.KeyHeader.from_bytes(original)
    for position in range(len(original)):
        for bit in range(8):
            damaged = bytearray(original)
            damaged[position] ^= 1 << bit
            try:
                parsed = keyheader.KeyHeader.from_bytes(bytes(damaged))
            except VaultUnreadable as exc:
                assert exc.reason == VaultUnreadable.KEY_HEADER_DAMAGED
            else:
                assert parsed == intact, (position, bit)  # a flip JSON does not see


def test_a_damaged_header_opens_with_the_passphrase_and_is_repaired(
    vault_dir: Path, made: str
) -> None:
    original = (vault_dir / KEY_HEADER).read_bytes()
    for position in range(0, len(original), 29):  # a sample through the whole file
        damaged = bytearray(original)
        damaged[position] ^= 1 << (position % 8)
        (vault_dir / KEY_HEADER).write_bytes(bytes(damaged))
        assert _opens(vault_dir, PASSPHRASE), position
        assert (vault_dir / KEY_HEADER).read_bytes() == original, position
        (vault_dir / KEY_HEADER).write_bytes(bytes(damaged))
        assert _opens(vault_dir, made, recovery=True), position


def test_damage_is_not_a_wrong_passphrase_and_a_wrong_one_stays_wrong(
    vault_dir: Path, made: str
) -> None:
    header = vault_dir / KEY_HEADER
    damaged = bytearray(header.read_bytes())
    damaged[len(damaged) // 2] ^= 0x04
    header.write_bytes(bytes(damaged))
    before = header.read_bytes()
    with pytest.raises(WrongSecret):
        VaultService.unlock(vault_dir, "not the passphrase at all")
    assert header.read_bytes() == before  # a wrong passphrase writes nothing
    # Both files damaged: said as damage, with the recovery key as the way in.
    (vault_dir / KEY_BACKUP).write_bytes(bytes(damaged))
    with pytest.raises(VaultUnreadable) as caught:
        VaultService.unlock(vault_dir, PASSPHRASE)
    assert caught.value.reason == VaultUnreadable.KEY_HEADER_DAMAGED
    assert _opens(vault_dir, made, recovery=True)


@pytest.mark.parametrize("lost", [[KEY_HEADER], [KEY_BACKUP], [KEY_HEADER, KEY_BACKUP]])
def test_deleted_header_files(vault_dir: Path, made: str, lost: list[str]) -> None:
    for name in lost:
        (vault_dir / name).unlink()
    if len(lost) == 1:
        assert _opens(vault_dir, PASSPHRASE)
        assert (vault_dir / KEY_HEADER).read_bytes() == (vault_dir / KEY_BACKUP).read_bytes()
    else:
        with pytest.raises(VaultUnreadable) as caught:
            VaultService.unlock(vault_dir, PASSPHRASE)
        assert caught.value.reason == VaultUnreadable.KEY_HEADER_MISSING
    # The recovery key needs no header at all.
    assert _opens(vault_dir, made, recovery=True)


def test_a_wrong_recovery_key_is_wrong_with_or_without_a_header(vault_dir: Path, made: str) -> None:
    other = VaultService.create(vault_dir.parent / "other", PASSPHRASE, kdf=FAST_KDF)
    other[0].lock()
    with pytest.raises(WrongSecret):
        VaultService.unlock_with_recovery_key(vault_dir, other[1])
    (vault_dir / KEY_HEADER).unlink()
    (vault_dir / KEY_BACKUP).unlink()
    with pytest.raises(WrongSecret):
        VaultService.unlock_with_recovery_key(vault_dir, other[1])


def test_a_stale_copy_never_lets_the_old_passphrase_in(vault_dir: Path, made: str) -> None:
    """After a passphrase change whose copy could not be written, only the new one opens."""
    (vault_dir / KEY_BACKUP).unlink()
    (vault_dir / KEY_BACKUP).mkdir()  # the copy cannot be replaced: as on a failing disk
    service = VaultService.unlock(vault_dir, PASSPHRASE)
    try:
        assert service.change_passphrase(PASSPHRASE, NEW) == [LEFTOVER_BACKUP]
    finally:
        service.lock()
    (vault_dir / KEY_BACKUP).rmdir()
    (vault_dir / KEY_BACKUP).write_bytes(
        keyheader.KeyHeader.wrap(bytes(32), PASSPHRASE, FAST_KDF).to_bytes()
    )  # a stale copy under the old passphrase
    with pytest.raises(WrongSecret):
        VaultService.unlock(vault_dir, PASSPHRASE)
    assert _opens(vault_dir, NEW)
    # Opening brought the copy up to date.
    assert (vault_dir / KEY_BACKUP).read_bytes() == (vault_dir / KEY_HEADER).read_bytes()


def test_a_header_from_before_checksums_opens_and_gains_one(vault_dir: Path, made: str) -> None:
    for name in (KEY_HEADER, KEY_BACKUP):
        doc = json.loads((vault_dir / name).read_bytes())
        del doc["checksum"]
        (vault_dir / name).write_text(json.dumps(doc))
    assert _opens(vault_dir, PASSPHRASE)
    assert "checksum" in json.loads((vault_dir / KEY_HEADER).read_bytes())


def test_hostile_costs_in_both_files_are_refused_without_deriving(
    vault_dir: Path, made: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in (KEY_HEADER, KEY_BACKUP):
        doc = json.loads((vault_dir / name).read_bytes())
        del doc["checksum"]
        doc["kdf"]["time_cost"], doc["kdf"]["memory_kib"] = 64, 4 * 1024 * 1024
        (vault_dir / name).write_text(json.dumps(doc))

    def no_derivation(*_: object) -> bytes:
        raise AssertionError("a key was derived with hostile parameters")

    monkeypatch.setattr(keyheader, "derive", no_derivation)
    with pytest.raises(VaultUnreadable) as caught:
        VaultService.unlock(vault_dir, PASSPHRASE)
    assert caught.value.reason == VaultUnreadable.KEY_HEADER_DAMAGED
