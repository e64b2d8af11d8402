"""Recovery keys, passphrase rules, web addresses and the clock."""

from __future__ import annotations

import os
from datetime import UTC, datetime

import pytest

from evidence_app.domain import clock
from evidence_app.domain.errors import BadInput, MalformedRecoveryKey, PassphraseTooWeak
from evidence_app.domain.passphrase import (
    MIN_LENGTH,
    Accepted,
    accept,
    require_acceptable,
    strength,
)
from evidence_app.domain.recovery_key import format_key, groups, parse
from evidence_app.domain.web import platform_for, validate_url


def test_recovery_key_format_and_parse() -> None:
    key = bytes(range(32))
    text = format_key(key)
    assert text.startswith("0001-0203-")
    assert len(text.split("-")) == 16
    assert parse(text) == key
    assert parse(text.lower().replace("-", " ")) == key
    assert parse(f"x'{key.hex()}'") == key
    assert groups(text)[15] == "1E1F"


@pytest.mark.parametrize("bad", ["", "1234", "G" * 64, "00" * 31, "00" * 33])
def test_malformed_recovery_keys(bad: str) -> None:
    with pytest.raises(MalformedRecoveryKey):
        parse(bad)


def test_passphrase_minimum_and_strength() -> None:
    with pytest.raises(PassphraseTooWeak) as caught:
        require_acceptable("x" * (MIN_LENGTH - 1))
    assert caught.value.minimum == MIN_LENGTH and not caught.value.guessable
    require_acceptable("purple otter climbs quietly at dawn")
    assert strength("short") == 0
    assert strength("password12") <= 1
    assert strength("purple otter climbs quietly at dawn") == 4


@pytest.mark.parametrize(
    "weak",
    ["x" * MIN_LENGTH, "aaaaaaaaaa", "1234567890", "password12", "qwertyuiop", "wachtwoord1"],
)
def test_easily_guessed_passphrases_are_refused(weak: str) -> None:
    """Long enough, yet the first things a guessing program tries: refused, and said why."""
    with pytest.raises(PassphraseTooWeak) as caught:
        require_acceptable(weak)
    assert caught.value.guessable
    with pytest.raises(PassphraseTooWeak):
        accept(weak)


def test_an_accepted_passphrase_is_the_same_text() -> None:
    accepted = accept("purple otter climbs quietly at dawn")
    assert isinstance(accepted, Accepted)
    assert accepted == "purple otter climbs quietly at dawn"


@pytest.mark.parametrize(
    ("typed", "stored", "platform"),
    [
        ("https://www.instagram.com/p/abc/", "https://www.instagram.com/p/abc/", "instagram"),
        ("tiktok.com/@someone", "https://tiktok.com/@someone", "tiktok"),
        ("https://t.me/groupname", "https://t.me/groupname", "telegram"),
        ("https://youtu.be/dQw4w9WgXcQ", "https://youtu.be/dQw4w9WgXcQ", "youtube"),
        ("m.youtube.com/watch?v=1", "https://m.youtube.com/watch?v=1", "youtube"),
        ("https://exämple.be/pad/ë?q=ü", "https://exämple.be/pad/ë?q=ü", "other"),
        ("https://x.com/a?" + "q=1&" * 3000, "https://x.com/a?" + "q=1&" * 3000, "x"),
        ("", "", ""),
    ],
)
def test_urls_accepted(typed: str, stored: str, platform: str) -> None:
    assert validate_url(typed) == stored
    assert platform_for(stored) == platform


@pytest.mark.parametrize(
    "bad",
    [
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        "data:text/html,x",
        "file:///etc/passwd",
        "ftp://a.b/c",
        "https://",
    ],
)
def test_non_web_urls_refused(bad: str) -> None:
    with pytest.raises(BadInput):
        validate_url(bad)


def test_capture_time_across_the_end_of_summer_time(monkeypatch: pytest.MonkeyPatch) -> None:
    """02:30 in Brussels happened twice on 2026-10-25; the offset tells them apart."""
    monkeypatch.setenv("TZ", "Europe/Brussels")
    first = clock.at(datetime(2026, 10, 25, 0, 30, tzinfo=UTC))
    second = clock.at(datetime(2026, 10, 25, 1, 30, tzinfo=UTC))
    assert first.time_zone == second.time_zone == "Europe/Brussels"
    assert (first.utc, first.utc_offset_minutes) == ("2026-10-25T00:30:00.000000Z", 120)
    assert (second.utc, second.utc_offset_minutes) == ("2026-10-25T01:30:00.000000Z", 60)
    assert clock.format_offset(first.utc_offset_minutes) == "+02:00"
    assert clock.format_offset(-330) == "-05:30"


def test_now_is_utc_from_the_system_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "America/New_York")
    before = datetime.now(UTC)
    instant = clock.now()
    after = datetime.now(UTC)
    parsed = datetime.fromisoformat(instant.utc.replace("Z", "+00:00"))
    assert before <= parsed <= after
    assert instant.time_zone == "America/New_York"
    assert instant.utc_offset_minutes in (-300, -240)
    assert os.environ["TZ"] == "America/New_York"


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["--basedir", "/data/vault one"], ["--basedir", "/data/vault one"]),
        (["--basedir=/data/v"], ["--basedir", "/data/v"]),
        (["-psn_0_12345", "--basedir", "/d"], ["--basedir", "/d"]),  # what macOS adds
        ([], []),
        (["list"], []),
    ],
)
def test_the_window_launcher_keeps_the_base_folder(argv: list[str], expected: list[str]) -> None:
    from evidence_app.cli import gui_arguments

    assert gui_arguments(argv) == expected
