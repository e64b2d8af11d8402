"""What we ask of a new passphrase, and how strong it looks.

The minimum is a length, because it is the one rule a person can follow under
stress, and a passphrase must not be one that a guessing program tries first:
zxcvbn (the estimator Dropbox made, which knows common passwords, names, words,
keyboard rows and repeats) must give it a score of at least 2 ("aaaaaaaaaa",
"1234567890" and "password12" score 0 or 1). Its score is also the strength hint;
the GUI turns it into its own words.
"""

from __future__ import annotations

import sys
import unicodedata

from evidence_app import cycles
from evidence_app.domain.errors import PassphraseTooWeak

MIN_LENGTH = 10
MIN_SCORE = 2  # zxcvbn: 0 and 1 fall to an online guesser in under a million tries
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
    # Loaded when a passphrase is first scored: its word lists take 14 MiB and 30 ms, which
    # an unlock, a capture or an export need not pay.
    from zxcvbn import zxcvbn

    return int(zxcvbn(passphrase[:_SCORED_PREFIX])["score"])


def forget_word_lists() -> None:
    """Let go of zxcvbn's word lists (the 14 MiB above) where nothing more will be scored
    in this process: a command that checked the password of the file it is about to make.
    A later `strength` loads them again."""
    for name in [name for name in sys.modules if name.partition(".")[0] == "zxcvbn"]:
        del sys.modules[name]
    cycles.free()  # a module and its functions refer to each other


def too_guessable(passphrase: str) -> bool:
    """Whether a passphrase of the minimum length is still easy to guess."""
    return strength(passphrase) < MIN_SCORE


def require_acceptable(passphrase: str) -> None:
    """Raise `PassphraseTooWeak` for a new passphrase too short or easy to guess."""
    if len(normalize(passphrase)) < MIN_LENGTH:
        raise PassphraseTooWeak(MIN_LENGTH)
    if too_guessable(passphrase):
        raise PassphraseTooWeak(MIN_LENGTH, guessable=True)


class Accepted(str):
    """A new passphrase `accept` let through. What takes it (an export) need not score it
    again, so a command can let go of the word lists in between (`forget_word_lists`)."""

    __slots__ = ()


def accept(passphrase: str) -> Accepted:
    """`passphrase`, once `require_acceptable` let it through."""
    require_acceptable(passphrase)
    return Accepted(passphrase)
