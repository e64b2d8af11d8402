"""The story of the case on the command line: rename, summary, journal, `add --when`."""

from __future__ import annotations

import json
from pathlib import Path

from evidence_app.vault.service import VaultService
from tests.helpers.cli import Env, Run
from tests.helpers.vaults import PASSPHRASE


def _service(env: Env) -> VaultService:
    return VaultService.unlock(env.vault_dir, PASSPHRASE)


def test_a_case_is_renamed_and_given_its_summary(env: Env, run: Run, vault: str) -> None:
    renamed = run("case", "rename", "Evidence", "Instagram, november")
    assert renamed.returncode == 0, renamed.stderr
    summary = run(
        "case", "summary", "--case", "Instagram, november", "--text-file", "-",
        lines=(PASSPHRASE, "Hij stuurde mijn foto naar de klasgroep."),
    )  # fmt: skip
    assert summary.returncode == 0, summary.stderr
    service = _service(env)
    try:
        (case,) = service.cases()
        assert (case.name, case.summary) == (
            "Instagram, november",
            "Hij stuurde mijn foto naar de klasgroep.",
        )
        assert service.check() == []
    finally:
        service.lock()
    unknown = run("case", "rename", "Nothing like it", "x")
    assert unknown.returncode == 2 and "no case named" in unknown.stderr


def test_the_journal_is_written_and_listed_in_the_order_things_happened(
    env: Env, run: Run, vault: str
) -> None:
    env.vars["TZ"] = "Europe/Brussels"
    later = run(
        "journal", "add", "--text", "Ik vertelde het aan mijn mentor.", "--when", "2024-11-15"
    )
    first = run(
        "journal", "add", "--text", "Hij belde en dreigde.", "--when", "2024-11-14T19:30",
        "--about", "--involved", "x_francois",
    )  # fmt: skip
    assert (later.stdout, first.stdout) == ("journal 1\n", "journal 2\n"), later.stderr
    listed = run("journal", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    records = json.loads(listed.stdout)
    assert [(r["id"], r["event_at"], r["event_precision"]) for r in records] == [
        (2, "2024-11-14T19:30+01:00", "about"),
        (1, "2024-11-15", "day"),
    ]
    assert records[0]["involved"] == "x_francois" and records[0]["case"] == "Evidence"
    text = run("journal", "list").stdout.splitlines()
    assert text[0].split()[:2] == ["2", "~2024-11-14T19:30+01:00"]


def test_bad_input_changes_nothing(env: Env, run: Run, vault: str, tmp_path: Path) -> None:
    source = tmp_path / "shot.png"
    source.write_bytes(b"a screenshot, as bytes")
    for args in (
        ("journal", "add", "--text", "x", "--when", "14/11/2024"),
        ("journal", "add", "--text", "x", "--when", "2024-11-14", "--about"),
        ("journal", "add", "--text", "   "),
        ("journal", "add", "--text", "x", "--case", "No such case"),
        ("add", str(source), "--when", "gisteren"),
        ("case", "summary"),
        ("journal",),
    ):
        result = run(*args)
        assert result.returncode == 2, (args, result.stderr)
        assert "Internal error" not in result.stderr and "Traceback" not in result.stderr
    service = _service(env)
    try:
        assert service.journal() == [] and service.items() == []
        entries = len(service.audit_entries())
    finally:
        service.lock()
    added = run("add", str(source), "--when", "2024-11-13")
    assert added.returncode == 0, added.stderr
    service = _service(env)
    try:
        (item,) = service.items()
        assert (item.event_at, item.event_precision) == ("2024-11-13", "day")
        assert len(service.audit_entries()) == entries + 1  # one create entry, no edit
    finally:
        service.lock()
