"""The first-start flow without widgets: passphrase rules and the recovery-key check.

The setup wizard asks this class every question whose answer does not depend on
a widget, so the rules are tested without Qt (Electrum's `wizard.py`). It
returns problem codes, never sentences: the wizard words them in the person's
language.
"""

from __future__ import annotations

import random
import secrets
from collections.abc import Sequence

from evidence_app.domain import passphrase as passphrase_rules
from evidence_app.domain import recovery_key

# Why a new passphrase cannot be used yet.
EMPTY = "empty"
TOO_SHORT = "too-short"
TOO_GUESSABLE = "too-guessable"
MISMATCH = "mismatch"

# How many groups of the recovery key we ask back.
GROUPS_ASKED = 2


def _normalize_group(text: str) -> str:
    return "".join(text.split()).replace("-", "").upper()


class SetupFlow:
    """The decisions of the first start, in the order the person meets them."""

    min_length = passphrase_rules.MIN_LENGTH

    def __init__(self, rng: random.Random | None = None) -> None:
        self._rng = rng or secrets.SystemRandom()
        self._groups: list[str] = []
        self._asked: tuple[int, ...] = ()

    # -- the passphrase -------------------------------------------------------
    @staticmethod
    def strength(passphrase: str) -> int:
        """0 (very weak) to 4 (strong)."""
        return passphrase_rules.strength(passphrase) if passphrase else 0

    def passphrase_problem(self, first: str, second: str) -> str | None:
        """EMPTY, TOO_SHORT, TOO_GUESSABLE or MISMATCH, or None when the pair can be used."""
        if not first:
            return EMPTY
        if len(passphrase_rules.normalize(first)) < self.min_length:
            return TOO_SHORT
        if passphrase_rules.too_guessable(first):
            return TOO_GUESSABLE
        if passphrase_rules.normalize(first) != passphrase_rules.normalize(second):
            return MISMATCH
        return None

    # -- the recovery key -----------------------------------------------------
    def set_recovery_key(self, text: str) -> None:
        """Remember the new key's groups and choose which ones to ask back."""
        self._groups = recovery_key.groups(text)
        picked = self._rng.sample(range(len(self._groups)), GROUPS_ASKED)
        self._asked = tuple(sorted(picked))

    def groups(self) -> list[str]:
        """The key in its 16 groups of 4 characters."""
        return list(self._groups)

    def asked_numbers(self) -> tuple[int, ...]:
        """The groups to ask for, as people count them (1 to 16), in order."""
        return tuple(index + 1 for index in self._asked)

    def answers_match(self, answers: Sequence[str]) -> list[bool]:
        """For each asked group, whether the answer matches (case, spaces and dashes ignored)."""
        if len(answers) != len(self._asked):
            raise ValueError("one answer per asked group")
        return [
            _normalize_group(answer) == self._groups[index]
            for answer, index in zip(answers, self._asked, strict=True)
        ]

    def forget_key(self) -> None:
        """Drop the key once the person has confirmed they kept it."""
        self._groups = []
        self._asked = ()
