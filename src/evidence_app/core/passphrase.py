"""What we ask of a new passphrase, and how strong it looks.

The minimum is a length, because it is the one rule a person can follow under
stress; the strength hint (zxcvbn's score, 0 to 4) tells them whether the words
they chose are easy to guess. The GUI turns the score into its own words.
"""

from __future__ import annotations

import unicodedata

from zxcvbn import zxcvbn

from evidence_app.core.errors import PassphraseTooWeak

MIN_LENGTH = 10
# zxcvbn is slow on very long input and gains nothing there.
_SCORED_PREFIX = 100


def normalize(passphrase: str) -> str:
    """The same passphrase typed on two keyboards must give the same key (NFC)."""
    return unicodedata.normalize("NFC", passphrase)


def strength(passphrase: str) -> int:
    """0 (very weak) to 4 (strong); anything under the minimum length scores 0."""
    passphrase = normalize(passphrase)
    if len(passphrase) < MIN_LENGTH:
        return 0
    return int(zxcvbn(passphrase[:_SCORED_PREFIX])["score"])


def require_acceptable(passphrase: str) -> None:
    """Raise `PassphraseTooWeak` for a new passphrase under the minimum length."""
    if len(normalize(passphrase)) < MIN_LENGTH:
        raise PassphraseTooWeak(MIN_LENGTH)
