"""The recovery key: the vault's data key itself, written so a person can copy it by hand.

It is 32 random bytes shown as 64 hexadecimal digits in 16 groups of 4
(`3F2A-91C0-...`). Hexadecimal is what SQLCipher's `PRAGMA key = "x'...'"`
takes, so the same key opens `vault.db` in any stock SQLCipher 4 client.
"""

from __future__ import annotations

import re

from evidence_app.domain.errors import MalformedRecoveryKey

GROUP = 4
GROUPS = 16
_SEPARATORS = re.compile(r"[\s\-_.:]")


def format_key(key: bytes) -> str:
    """`3F2A-91C0-...`: 16 groups of 4 uppercase hexadecimal digits."""
    digits = key.hex().upper()
    return "-".join(digits[i : i + GROUP] for i in range(0, len(digits), GROUP))


def groups(text: str) -> list[str]:
    """The 16 groups of a formatted key."""
    digits = format_key(parse(text)).split("-")
    return digits


def parse(text: str) -> bytes:
    """The 32 key bytes from what a person typed: case, spaces and dashes do not matter.

    The SQLCipher form `x'...'` is accepted too.
    """
    cleaned = _SEPARATORS.sub("", text.strip())
    if cleaned[:2].lower() == "x'" and cleaned.endswith("'"):
        cleaned = cleaned[2:-1]
    if not re.fullmatch(r"[0-9a-fA-F]{64}", cleaned):
        raise MalformedRecoveryKey("a recovery key is 64 hexadecimal digits")
    return bytes.fromhex(cleaned)
