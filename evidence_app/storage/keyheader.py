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

`checksum` is the SHA-256 of the canonical JSON of everything else. It needs no
secret, so a header whose bits were flipped (a bad disk, a bad USB stick) is told
apart from a wrong passphrase before any key is derived: the header is damaged,
and its copy is used instead (`open_headers`). Headers written before it existed
have no checksum; they are rewritten with one at the next successful unlock.

The two files are `vault.key` and its copy `vault.key.backup`. The copy is trusted
only when the main header is missing or damaged, never when it is intact and the
passphrase does not open it: after a passphrase change whose copy could not be
written, the old passphrase must not open the vault through the stale copy.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from evidence_app.domain.errors import VaultUnreadable, WrongSecret
from evidence_app.domain.passphrase import normalize
from evidence_app.storage.atomic import write_atomic

log = logging.getLogger(__name__)

FORMAT = "bewijskluis-key"
VERSION = 1
KEY_BYTES = 32
SALT_BYTES = 16
NONCE_BYTES = 12
MIN_MEMORY_KIB = 64 * 1024
# A header asking for more than this is damaged or hostile: refuse it before deriving
# anything, rather than let one attempt take minutes and gigabytes. Calibration stays
# inside these (about half a second on the machine that made the vault).
MAX_MEMORY_KIB = 512 * 1024
MAX_TIME_COST = 24
MAX_WORK_KIB = MAX_TIME_COST * MIN_MEMORY_KIB  # time cost x memory: the cost of one attempt
_CHECK_LABEL = b"bewijskluis key check"
_TOP_KEYS = frozenset({"format", "version", "kdf", "wrap", "key_check", "checksum"})
_KDF_KEYS = frozenset({"name", "time_cost", "memory_kib", "parallelism", "salt"})
_WRAP_KEYS = frozenset({"name", "nonce", "ciphertext"})
HEADER_FILE = "vault.key"
BACKUP_FILE = "vault.key.backup"


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
            and self.time_cost * self.memory_kib <= MAX_WORK_KIB
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
    checksummed: bool = True  # False: read from a header written before checksums

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

    def _doc(self) -> dict[str, Any]:
        return {
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

    def to_bytes(self) -> bytes:
        doc = self._doc()
        doc["checksum"] = checksum_of(doc)
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
        # The checksum first: a flipped bit in the version must not read as "too new".
        checksum = doc.pop("checksum", None)
        if checksum is not None and not hmac.compare_digest(str(checksum), checksum_of(doc)):
            raise VaultUnreadable(damaged, "checksum does not match")
        version = doc.get("version")
        if isinstance(version, int) and version > VERSION:
            raise VaultUnreadable(VaultUnreadable.TOO_NEW, f"key header version {version}")
        if not set(doc) <= _TOP_KEYS:
            # An unknown name is a damaged one (a flipped bit in "checksum" must not turn
            # the header into one from before checksums).
            raise VaultUnreadable(damaged, "unknown field")
        try:
            kdf, wrap = doc["kdf"], doc["wrap"]
            if kdf["name"] != "argon2id" or wrap["name"] != "aes-256-gcm" or version != VERSION:
                raise ValueError("unknown algorithm or version")
            if set(kdf) != _KDF_KEYS or set(wrap) != _WRAP_KEYS:
                raise ValueError("unknown field")
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
        return replace(header, checksummed=checksum is not None)


def checksum_of(doc: dict[str, Any]) -> str:
    """The `checksum` field of a header document (given without that field)."""
    return hashlib.sha256(
        json.dumps(doc, sort_keys=True, separators=(",", ":")).encode("utf-8")
    ).hexdigest()


# -- the two files ------------------------------------------------------------------


@dataclass(frozen=True)
class HeaderFile:
    """One of the two header files as found: its bytes, and the header or what is wrong."""

    path: Path
    raw: bytes | None  # None: the file is not there
    header: KeyHeader | None
    problem: str  # "" when readable, else a VaultUnreadable reason

    @classmethod
    def read(cls, path: Path) -> HeaderFile:
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            return cls(path, None, None, VaultUnreadable.KEY_HEADER_MISSING)
        except OSError:  # a folder in its place, no permission, a failing disk
            return cls(path, b"", None, VaultUnreadable.KEY_HEADER_DAMAGED)
        try:
            return cls(path, raw, KeyHeader.from_bytes(raw), "")
        except VaultUnreadable as exc:
            return cls(path, raw, None, exc.reason)


@dataclass(frozen=True)
class Headers:
    """`vault.key` and its copy, as found in a vault's folder."""

    main: HeaderFile
    backup: HeaderFile

    @classmethod
    def read(cls, folder: Path) -> Headers:
        return cls(HeaderFile.read(folder / HEADER_FILE), HeaderFile.read(folder / BACKUP_FILE))

    def trusted(self) -> list[KeyHeader]:
        """The headers a passphrase may be tried on, in order (see the module docstring).

        Raises VaultUnreadable when neither can be read (or one is from a newer app).
        """
        main, backup = self.main, self.backup
        if VaultUnreadable.TOO_NEW in (main.problem, backup.problem):
            raise VaultUnreadable(VaultUnreadable.TOO_NEW, "key header")
        if main.header is not None:
            found = [main.header]
            # A header from before checksums cannot tell damage from a wrong passphrase:
            # then its copy, when it differs, may be the one that is right.
            if not main.header.checksummed and backup.header is not None and backup.raw != main.raw:
                found.append(backup.header)
            return found
        if backup.header is not None:
            return [backup.header]
        if main.problem == VaultUnreadable.KEY_HEADER_MISSING and backup.raw is None:
            raise VaultUnreadable(VaultUnreadable.KEY_HEADER_MISSING)
        raise VaultUnreadable(VaultUnreadable.KEY_HEADER_DAMAGED, "and its copy")

    def unwrap(self, passphrase: str) -> tuple[bytes, KeyHeader]:
        """The data key and the header that gave it; WrongSecret when none opens."""
        for header in self.trusted():
            try:
                return header.unwrap(passphrase), header
            except WrongSecret:
                continue
        raise WrongSecret("the passphrase does not open this vault")

    def intact(self, header: KeyHeader) -> bool:
        """Whether both files hold exactly `header`, with its checksum."""
        wanted = header.to_bytes()
        return self.main.raw == wanted and self.backup.raw == wanted


def write_headers(folder: Path, header: KeyHeader) -> None:
    """Write `header` as `vault.key`, then as its copy; each atomically and durably."""
    data = header.to_bytes()
    write_atomic(folder / HEADER_FILE, data)
    write_atomic(folder / BACKUP_FILE, data)


def repair_headers(folder: Path, found: Headers, header: KeyHeader) -> None:
    """After `header` opened the vault: make both files hold it again, if they do not.

    A failure here (a full disk, a read-only stick) does not stop the unlock: the
    vault is open, and the next unlock tries again.
    """
    if found.intact(header):
        return
    try:
        write_headers(folder, header)
    except OSError as exc:
        log.warning("the key header could not be repaired: %s", type(exc).__name__)
