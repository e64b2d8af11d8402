"""The key header (`vault.key`): the vault's data key, wrapped under the passphrase.

`vault.db` is encrypted by SQLCipher with a random 256-bit data key. The header
keeps that key wrapped with AES-256-GCM under a key derived from the passphrase
with Argon2id. The KDF parameters and the salt are the GCM associated data, so
changing any of them breaks the tag instead of silently weakening the KDF.

Format (JSON, version 1)::

    {"format": "bewijskluis-key", "version": 1,
     "kdf": {"name": "argon2id", "time_cost": 3, "memory_kib": 65536,
             "parallelism": 2, "salt": "<hex>"},
     "wrap": {"name": "aes-256-gcm", "nonce": "<hex>", "ciphertext": "<hex>"},
     "key_check": "<hex>"}

`key_check` is HMAC-SHA256(data key, "bewijskluis key check")[:16]; it tells a
wrong recovery key from a damaged database without touching the database.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import time
from dataclasses import dataclass
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from evidence_app.core.errors import VaultUnreadable, WrongSecret
from evidence_app.core.passphrase import normalize

FORMAT = "bewijskluis-key"
VERSION = 1
KEY_BYTES = 32
SALT_BYTES = 16
NONCE_BYTES = 12
MIN_MEMORY_KIB = 64 * 1024
# A header asking for more than this is damaged or hostile: refuse it rather than
# let it exhaust the machine's memory or time.
MAX_MEMORY_KIB = 4 * 1024 * 1024
MAX_TIME_COST = 64
_CHECK_LABEL = b"bewijskluis key check"


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost parameters."""

    time_cost: int = 3
    memory_kib: int = MIN_MEMORY_KIB
    parallelism: int = 2

    def valid(self) -> bool:
        return (
            1 <= self.time_cost <= MAX_TIME_COST
            and MIN_MEMORY_KIB <= self.memory_kib <= MAX_MEMORY_KIB
            and 1 <= self.parallelism <= 16
        )


def derive(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    """The 32-byte wrapping key for `passphrase` (NFC-normalized, UTF-8)."""
    return hash_secret_raw(
        normalize(passphrase).encode("utf-8"),
        salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=KEY_BYTES,
        type=Type.ID,
    )


def calibrate(target_seconds: float = 0.6, memory_kib: int = MIN_MEMORY_KIB) -> KdfParams:
    """Parameters that take about `target_seconds` on this machine, never below the minimum.

    Argon2 time grows linearly with `time_cost`, so one measured pass at
    `time_cost=1` is enough to choose it.
    """
    probe = KdfParams(time_cost=1, memory_kib=memory_kib)
    one_pass = float("inf")
    for _ in range(2):  # the first pass also pays for mapping the memory
        start = time.perf_counter()
        derive("calibration", b"\0" * SALT_BYTES, probe)
        one_pass = min(one_pass, time.perf_counter() - start)
    one_pass = max(one_pass, 1e-3)
    time_cost = max(3, min(MAX_TIME_COST, round(target_seconds / one_pass)))
    return KdfParams(time_cost=time_cost, memory_kib=memory_kib)


def key_check(data_key: bytes) -> str:
    return hmac.new(data_key, _CHECK_LABEL, hashlib.sha256).hexdigest()[:32]


@dataclass(frozen=True)
class KeyHeader:
    """A parsed `vault.key`."""

    kdf: KdfParams
    salt: bytes
    nonce: bytes
    ciphertext: bytes
    check: str

    @classmethod
    def wrap(cls, data_key: bytes, passphrase: str, params: KdfParams) -> KeyHeader:
        salt = os.urandom(SALT_BYTES)
        nonce = os.urandom(NONCE_BYTES)
        header = cls(params, salt, nonce, b"", key_check(data_key))
        wrapping_key = derive(passphrase, salt, params)
        ciphertext = AESGCM(wrapping_key).encrypt(nonce, data_key, header._associated_data())
        return cls(params, salt, nonce, ciphertext, header.check)

    def unwrap(self, passphrase: str) -> bytes:
        """The data key; `WrongSecret` when the passphrase is not the right one."""
        wrapping_key = derive(passphrase, self.salt, self.kdf)
        try:
            data_key = AESGCM(wrapping_key).decrypt(
                self.nonce, self.ciphertext, self._associated_data()
            )
        except InvalidTag:
            raise WrongSecret("the passphrase does not open this vault") from None
        return data_key

    def matches(self, data_key: bytes) -> bool:
        """Whether `data_key` (from a recovery key) is this vault's key."""
        return hmac.compare_digest(key_check(data_key), self.check)

    def _kdf_json(self) -> dict[str, Any]:
        return {
            "name": "argon2id",
            "time_cost": self.kdf.time_cost,
            "memory_kib": self.kdf.memory_kib,
            "parallelism": self.kdf.parallelism,
            "salt": self.salt.hex(),
        }

    def _associated_data(self) -> bytes:
        bound = {
            "format": FORMAT,
            "version": VERSION,
            "kdf": self._kdf_json(),
            "key_check": self.check,
        }
        return json.dumps(bound, sort_keys=True, separators=(",", ":")).encode("ascii")

    def to_bytes(self) -> bytes:
        doc = {
            "format": FORMAT,
            "version": VERSION,
            "kdf": self._kdf_json(),
            "wrap": {
                "name": "aes-256-gcm",
                "nonce": self.nonce.hex(),
                "ciphertext": self.ciphertext.hex(),
            },
            "key_check": self.check,
        }
        return (json.dumps(doc, indent=2, sort_keys=True) + "\n").encode("ascii")

    @classmethod
    def from_bytes(cls, raw: bytes) -> KeyHeader:
        """Parse a header; `VaultUnreadable` says whether it is damaged or too new."""
        damaged = VaultUnreadable.KEY_HEADER_DAMAGED
        try:
            doc = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            raise VaultUnreadable(damaged, "not JSON") from None
        if not isinstance(doc, dict) or doc.get("format") != FORMAT:
            raise VaultUnreadable(damaged, "not a Bewijskluis key header")
        version = doc.get("version")
        if isinstance(version, int) and version > VERSION:
            raise VaultUnreadable(VaultUnreadable.TOO_NEW, f"key header version {version}")
        try:
            kdf, wrap = doc["kdf"], doc["wrap"]
            if kdf["name"] != "argon2id" or wrap["name"] != "aes-256-gcm" or version != VERSION:
                raise ValueError("unknown algorithm or version")
            params = KdfParams(
                int(kdf["time_cost"]), int(kdf["memory_kib"]), int(kdf["parallelism"])
            )
            header = cls(
                params,
                bytes.fromhex(kdf["salt"]),
                bytes.fromhex(wrap["nonce"]),
                bytes.fromhex(wrap["ciphertext"]),
                str(doc["key_check"]),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise VaultUnreadable(damaged, type(exc).__name__) from None
        if not params.valid() or len(header.nonce) != NONCE_BYTES or len(header.salt) < 8:
            raise VaultUnreadable(damaged, "parameters out of range")
        return header
