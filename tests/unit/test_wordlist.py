"""Suggested passphrases and the word lists they are drawn from."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path
from types import ModuleType

import pytest

from evidence_app.bundled import resource
from evidence_app.domain import wordlist
from evidence_app.domain.passphrase import MIN_SCORE, require_acceptable, strength

ROOT = Path(__file__).resolve().parents[2]
# Five words must hold 64 bits: 2 ** (64 / 5) = 7131.6 words at least.
SMALLEST_LIST = 7132


def _make_wordlists() -> ModuleType:
    """The build script, to read its blocklists with its own matching rule."""
    spec = importlib.util.spec_from_file_location(
        "make_wordlists", ROOT / "scripts" / "make_wordlists.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    ("code", "shortest", "longest"), [("nl", 4, 8), ("fr", 4, 8), ("en", 3, 9)]
)
def test_each_list_is_plain_sorted_unique_and_long_enough(
    code: str, shortest: int, longest: int
) -> None:
    words = wordlist.word_list(code)
    assert len(words) >= SMALLEST_LIST
    assert wordlist.entropy_bits(code) >= 64
    assert list(words) == sorted(set(words))
    plain = re.compile(rf"[a-z]{{{shortest},{longest}}}")
    assert [w for w in words if not plain.fullmatch(w)] == []


def test_the_lists_differ_by_language() -> None:
    nl, fr, en = (set(wordlist.word_list(code)) for code in ("nl", "fr", "en"))
    assert {"fiets", "boterham", "vlinder"} <= nl
    assert {"fromage", "voiture", "papillon"} <= fr
    assert {"unicycle", "pancake", "walrus"} <= en
    # Words that two languages share ("piano", "taxi") are under one in seven.
    assert all(len(a & b) < 1100 for a, b in ((nl, fr), (nl, en), (fr, en)))


@pytest.mark.parametrize(
    ("code", "blocked", "kept"),
    [("nl", "naaktfoto", "fiets"), ("fr", "photos", "voiture"), ("en", "kissing", "walrus")],
)
def test_no_word_of_a_list_is_on_its_blocklist(code: str, blocked: str, kept: str) -> None:
    """The shipped list was built with the current blocklist (rebuild it after editing one)."""
    build = _make_wordlists()
    patterns = build.blocklist(code)
    assert len(patterns) > 100
    rule = build.blocker(patterns)
    assert rule.match(blocked) and not rule.match(kept)
    assert [w for w in wordlist.word_list(code) if rule.match(w)] == []


def test_some_words_are_kept_out_whatever_the_source() -> None:
    nl, fr, en = (set(wordlist.word_list(code)) for code in ("nl", "fr", "en"))
    assert not {"naakt", "seks", "hoer", "slet", "dood", "foto", "geheim", "lelijk"} & nl
    assert not {"sexe", "pute", "salope", "mort", "photo", "secret", "moche", "honte"} & fr
    assert not {"arousal", "underwear", "extortion", "predator", "grief", "shame"} & en


def test_the_build_script_drops_hyphenated_and_blocked_eff_words(tmp_path: Path) -> None:
    source = tmp_path / "eff.txt"
    source.write_text("11111\tabacus\n11112\tt-shirt\n11113\tundress\n11114\twalrus\n")
    assert _make_wordlists().from_eff(source) == ["abacus", "walrus"]


@pytest.mark.parametrize("path", ["README.md", "nl/LICENCE.txt", "fr/LICENCE.txt"])
def test_sources_and_licences_ship_with_the_lists(path: str) -> None:
    folder = resource("wordlists")
    text = (folder / path).read_text(encoding="utf-8")
    assert "OpenTaal" in text or "wfrench" in text
    assert "EFF" in (folder / "en" / "LICENCE.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("code", ["nl", "fr", "en"])
def test_a_suggestion_is_five_words_of_the_list_and_passes_the_strength_rule(code: str) -> None:
    pool = set(wordlist.word_list(code))
    suggestions = [wordlist.generate_passphrase(code) for _ in range(20)]
    for suggestion in suggestions:
        words = suggestion.split(" ")
        assert len(words) == wordlist.WORDS == 5
        assert set(words) <= pool
        assert strength(suggestion) >= MIN_SCORE
        require_acceptable(suggestion)  # what init, passwd and the wizard ask
    assert len(set(suggestions)) == len(suggestions)


def test_language_codes_and_the_english_fallback() -> None:
    assert wordlist.language_code("nl_BE") == "nl"
    assert wordlist.language_code("fr-BE") == "fr"
    assert wordlist.language_code("de") == "en"
    assert wordlist.language_code("") == "en"
    english = set(wordlist.word_list("en"))
    assert set(wordlist.generate_passphrase("de").split(" ")) <= english
    assert set(wordlist.generate_passphrase("nl_BE").split(" ")) <= set(wordlist.word_list("nl"))


def test_more_words_and_too_few_words() -> None:
    six = wordlist.generate_passphrase("en", words=6)
    assert len(six.split(" ")) == 6
    assert wordlist.entropy_bits("en", 6) > wordlist.entropy_bits("en") + 12
    with pytest.raises(ValueError):
        wordlist.generate_passphrase("en", words=0)
