"""The Qt-free rules of the web capture: the stamp's text and the re-check's verdict."""

from __future__ import annotations

from evidence_app.capture.web.load import LoadResult
from evidence_app.capture.web.recheck import classify, text_digest
from evidence_app.capture.web.stamp import stamp_text
from evidence_app.domain.model import RecheckResult

URL = "https://www.instagram.com/p/abc/"


def loaded(status: int | None, *, ok: bool = True, error: str = "") -> LoadResult:
    return LoadResult(URL, URL, "t", status, ok, False, error)


def test_stamp_text_has_the_address_both_times_and_the_hash() -> None:
    text = stamp_text(
        url=URL,
        final_url="https://www.instagram.com/accounts/login/",
        captured_at="2026-10-25T00:30:00.000000Z",
        time_zone="Europe/Brussels",
        utc_offset_minutes=120,
        http_status=200,
        sha256="ab" * 32,
    )
    assert text.splitlines() == [
        URL,
        "→ https://www.instagram.com/accounts/login/",
        "2026-10-25 02:30:00 (UTC+02:00, Europe/Brussels)",
        "2026-10-25 00:30:00 UTC",
        f"SHA-256 {'ab' * 32}",
    ]


def test_stamp_text_names_an_error_status_and_skips_an_unchanged_final_address() -> None:
    text = stamp_text(
        url=URL,
        final_url=URL,
        captured_at="2026-01-05T12:00:00.000000Z",
        time_zone="America/New_York",
        utc_offset_minutes=-300,
        http_status=404,
        sha256="0" * 64,
    )
    assert "→" not in text
    assert "2026-01-05 07:00:00 (UTC-05:00, America/New_York)" in text
    assert "HTTP 404" in text.splitlines()


def test_recheck_verdicts() -> None:
    same, other = text_digest("a  b\nc"), text_digest("a b c d")
    assert text_digest("a b c") == same
    assert classify(loaded(200), same, same) == RecheckResult.PRESENT
    assert classify(loaded(200), other, same) == RecheckResult.CHANGED
    assert classify(loaded(200), same, None) == RecheckResult.PRESENT
    for gone in (404, 410, 451):
        assert classify(loaded(gone, ok=False), same, same) == RecheckResult.REMOVED
    assert classify(loaded(503, ok=False), None, same) == RecheckResult.UNREACHABLE
    refused = loaded(None, ok=False, error="net::ERR_CONNECTION_REFUSED")
    assert refused.unreachable
    assert classify(refused, None, same) == RecheckResult.UNREACHABLE


def test_an_archive_left_by_a_killed_capture_is_removed(tmp_path, monkeypatch) -> None:
    import os
    import tempfile
    import time

    from evidence_app.capture.web import archive as web_archive

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    old = tmp_path / "bk-a1b2c3d4"
    old.mkdir()
    (old / "page.mhtml").write_bytes(b"MIME-Version: 1.0 the page of the abuse")
    fresh = tmp_path / "bk-zz9_k2m1"
    fresh.mkdir()
    other = tmp_path / "someone-elses"
    other.mkdir()
    holiday = tmp_path / "bk-holiday-photos"  # our prefix, not our name
    (holiday / "2019").mkdir(parents=True)
    (holiday / "2019" / "img.txt").write_text("precious")
    lookalike = tmp_path / "bk-x1y2z3w4"  # our name, not our contents
    lookalike.mkdir()
    (lookalike / "notes.txt").write_text("precious")
    long_ago = time.time() - 3600
    for folder in (old, other, holiday, lookalike):
        os.utime(folder, (long_ago, long_ago))
    assert web_archive.remove_stale_folders() == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "bk-holiday-photos",
        "bk-x1y2z3w4",
        "bk-zz9_k2m1",
        "someone-elses",
    ]
