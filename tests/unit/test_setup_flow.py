"""The first-start rules without Qt: passphrase problems and the recovery-key check."""

from __future__ import annotations

import random

import pytest

from evidence_app.domain.recovery_key import format_key
from evidence_app.gui.setup.setup_flow import EMPTY, MISMATCH, TOO_GUESSABLE, TOO_SHORT, SetupFlow

KEY = format_key(bytes(range(32)))


def test_passphrase_problems_in_order() -> None:
    flow = SetupFlow()
    assert flow.passphrase_problem("", "") == EMPTY
    assert flow.passphrase_problem("short", "short") == TOO_SHORT
    assert flow.passphrase_problem("1234567890", "1234567890") == TOO_GUESSABLE
    assert flow.passphrase_problem("long enough words", "long enough word") == MISMATCH
    assert flow.passphrase_problem("long enough words", "long enough words") is None


def test_passphrase_compared_after_unicode_normalization() -> None:
    composed, decomposed = "café café café", "cafe\u0301 cafe\u0301 cafe\u0301"
    assert SetupFlow().passphrase_problem(composed, decomposed) is None


def test_strength_is_zero_under_the_minimum_and_higher_for_long_phrases() -> None:
    flow = SetupFlow()
    assert flow.strength("") == 0
    assert flow.strength("abc") == 0
    assert flow.strength("paarse olifant danst op het dak") >= 3


def test_two_distinct_groups_are_asked_and_checked() -> None:
    flow = SetupFlow(rng=random.Random(4))
    flow.set_recovery_key(KEY)
    first, second = flow.asked_numbers()
    assert 1 <= first < second <= 16
    groups = KEY.split("-")
    right = [groups[first - 1], groups[second - 1]]
    assert flow.answers_match(right) == [True, True]
    # Lower case, spaces and a stray dash do not matter; a wrong group does.
    assert flow.answers_match([f" {right[0].lower()} ", "0000"]) == [True, False]
    assert flow.answers_match([right[0][:2] + "-" + right[0][2:], right[1]]) == [True, True]


def test_the_asked_groups_vary() -> None:
    seen = set()
    for seed in range(20):
        flow = SetupFlow(rng=random.Random(seed))
        flow.set_recovery_key(KEY)
        seen.add(flow.asked_numbers())
    assert len(seen) > 5


def test_forget_key_drops_the_groups() -> None:
    flow = SetupFlow()
    flow.set_recovery_key(KEY)
    flow.forget_key()
    assert flow.groups() == []
    assert flow.asked_numbers() == ()


def test_one_answer_per_group() -> None:
    flow = SetupFlow()
    flow.set_recovery_key(KEY)
    with pytest.raises(ValueError):
        flow.answers_match(["ABCD"])
