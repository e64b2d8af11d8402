"""The key header: wrapping, unwrapping, parsing and refusing what it must refuse."""

from __future__ import annotations

import json
import os

import pytest

from evidence_app.domain.errors import VaultUnreadable, WrongSecret
from evidence_app.storage.keyheader import MIN_MEMORY_KIB, KdfParams, KeyHeader, calibrate

FAST = KdfParams(time_cost=1, memory_kib=MIN_MEMORY_KIB, parallelism=1)


def test_round_trip_gives_the_data_key_back() -> None:
    key = os.urandom(32)
    header = KeyHeader.from_bytes(KeyHeader.wrap(key, "a long passphrase", FAST).to_bytes())
    assert header.unwrap("a long passphrase") == key
    assert header.matches(key)
    assert not header.matches(os.urandom(32))


def test_wrong_passphrase_raises_wrong_secret() -> None:
    header = KeyHeader.wrap(os.urandom(32), "a long passphrase", FAST)
    with pytest.raises(WrongSecret):
        header.unwrap("a long passphrasE")


def test_unicode_passphrase_is_normalized() -> None:
    key = os.urandom(32)
    composed = "caf\u00e9 au lait tous les jours"
    decomposed = "cafe\u0301 au lait tous les jours"
    assert KeyHeader.wrap(key, composed, FAST).unwrap(decomposed) == key


def test_header_holds_no_key_material_in_clear() -> None:
    key = os.urandom(32)
    raw = KeyHeader.wrap(key, "a long passphrase", FAST).to_bytes()
    assert key.hex().encode() not in raw.lower()
    assert key not in raw
    doc = json.loads(raw)
    assert doc["kdf"]["name"] == "argon2id"
    assert doc["kdf"]["memory_kib"] >= 64 * 1024


def test_weakened_parameters_break_the_tag() -> None:
    """The KDF parameters are authenticated: lowering them does not yield the key."""
    key = os.urandom(32)
    doc = json.loads(
        KeyHeader.wrap(key, "a long passphrase", KdfParams(2, MIN_MEMORY_KIB, 1)).to_bytes()
    )
    doc["kdf"]["time_cost"] = 1
    # Changed bits alone fail the checksum; one who also recomputes it (or drops it,
    # as an old header has none) still meets the authenticated parameters.
    with pytest.raises(VaultUnreadable):
        KeyHeader.from_bytes(json.dumps(doc).encode())
    del doc["checksum"]
    with pytest.raises(WrongSecret):
        KeyHeader.from_bytes(json.dumps(doc).encode()).unwrap("a long passphrase")


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"\x00\x01garbage", VaultUnreadable.KEY_HEADER_DAMAGED),
        (b'{"format": "something-else"}', VaultUnreadable.KEY_HEADER_DAMAGED),
        (b'{"format": "bewijskluis-key", "version": 1}', VaultUnreadable.KEY_HEADER_DAMAGED),
        (b'{"format": "bewijskluis-key", "version": 2}', VaultUnreadable.TOO_NEW),
    ],
)
def test_unreadable_headers_say_why(raw: bytes, reason: str) -> None:
    with pytest.raises(VaultUnreadable) as caught:
        KeyHeader.from_bytes(raw)
    assert caught.value.reason == reason


@pytest.mark.parametrize(
    ("time_cost", "memory_kib"),
    [(64, 4 * 1024 * 1024), (1, 1 << 30), (64, MIN_MEMORY_KIB), (8, 1024 * 1024), (100, 65536)],
)
def test_hostile_costs_are_refused_before_any_derivation(time_cost: int, memory_kib: int) -> None:
    """A header asking minutes and gigabytes per attempt is refused at once, checksum or not."""
    doc = json.loads(KeyHeader.wrap(os.urandom(32), "a long passphrase", FAST).to_bytes())
    del doc["checksum"]
    doc["kdf"]["time_cost"], doc["kdf"]["memory_kib"] = time_cost, memory_kib
    with pytest.raises(VaultUnreadable) as caught:
        KeyHeader.from_bytes(json.dumps(doc).encode())
    assert caught.value.reason == VaultUnreadable.KEY_HEADER_DAMAGED


def test_calibration_respects_the_minimums() -> None:
    params = calibrate(target_seconds=0.05)
    assert params.memory_kib >= 64 * 1024
    assert params.time_cost >= 3
    assert params.valid()
