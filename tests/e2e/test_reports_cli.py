"""Reports to platforms on the command line: report add/update/list/text, todo, recheck."""

from __future__ import annotations

import json
import re

import pytest

from evidence_app.vault.service import VaultService
from tests.helpers.cli import Env, Run
from tests.helpers.vaults import PASSPHRASE
from tests.helpers.web_site import Site

POST = "https://www.tiktok.com/@x_francois/video/7301"


def _audit_count(env: Env) -> int:
    service = VaultService.unlock(env.vault_dir, PASSPHRASE)
    try:
        return len(service.audit_entries())
    finally:
        service.lock()


def test_a_report_is_added_answered_listed_and_its_ready_text_printed(
    env: Env, run: Run, vault: str
) -> None:
    env.vars["TZ"] = "Europe/Brussels"
    added = run(
        "report", "add", "--platform", "tiktok", "--url", POST, "--channel", "in-app",
        "--sent", "2024-11-14T20:05", "--status", "sent", "--text", "Dit is zonder toestemming.",
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    assert added.stdout == "report 1\n"
    answered = run(
        "report", "update", "1", "--ticket", "TT-88", "--answer", "Removed for nudity.",
        "--answered", "2024-11-16T10:00", "--status", "removed",
    )  # fmt: skip
    assert answered.returncode == 0, answered.stderr
    (record,) = json.loads(run("report", "list", "--json").stdout)
    assert record["status"] == "removed" and record["ticket"] == "TT-88"
    assert record["sent_at"] == "2024-11-14T20:05+01:00"
    assert record["urls"] == [POST] and record["case"] == "Evidence"
    assert [(a["answered_at"], a["status"]) for a in record["answers"]] == [
        ("2024-11-16T10:00+01:00", "removed")
    ]
    listed = run("report", "list").stdout
    assert "tiktok" in listed and POST in listed

    for lang, words in (
        ("nl", "zonder toestemming"),
        ("fr", "sans son consentement"),
        ("en", "did not consent"),
    ):
        text = run("report", "text", "1", "--lang", lang, "--name", "Lien", "--email", "l@ex.be")
        assert text.returncode == 0, text.stderr
        assert POST in text.stdout and words in text.stdout
        assert "TT-88" in text.stdout and "Lien" in text.stdout and "l@ex.be" in text.stdout
        assert "TikTok" in text.stdout and "2022/2065" in text.stdout
        assert PASSPHRASE not in text.stdout and str(env.vault_dir) not in text.stdout
    minor = run("report", "text", "1", "--minor").stdout
    assert "[your name]" not in minor and "16(2)(c)" in minor

    todo = json.loads(run("todo", "--json").stdout)
    assert [(t["report"], t["step"]) for t in todo] == [(1, "recheck")]
    assert todo[0]["due"].startswith("2024-11-23T09:00")  # 7 days after the removal
    assert run("check").returncode == 0


@pytest.mark.parametrize(
    "arguments",
    [
        ("report", "add", "--platform", "myspace"),
        ("report", "add", "--platform", "x", "--status", "gone"),
        ("report", "add", "--platform", "x", "--sent", "14/11/2024"),
        ("report", "add", "--platform", "x", "--item", "5"),
        ("report", "add", "--platform", "x", "--url", "javascript:alert(1)"),
        ("report", "update", "9", "--status", "removed"),
        ("report", "update", "1", "--answered", "yesterday"),
        ("report", "text", "9"),
    ],
)
def test_bad_input_gets_a_clear_message_exit_2_and_changes_nothing(
    env: Env, run: Run, vault: str, arguments: tuple[str, ...]
) -> None:
    assert run("report", "add", "--platform", "x").returncode == 0
    before = _audit_count(env)
    result = run(*arguments)
    assert result.returncode == 2, result.stderr
    assert result.stderr.strip() and "Internal error" not in result.stderr
    assert _audit_count(env) == before


def test_todo_lists_a_draft_and_help_names_the_stable_keys(env: Env, run: Run, vault: str) -> None:
    assert run("report", "add", "--platform", "onlyfans").returncode == 0
    lines = run("todo").stdout.splitlines()
    assert len(lines) == 1 and re.match(r"due +\d{4}-\d\d-\d\d \d\d:\d\d  report 1 ", lines[0])
    assert "still a draft" in lines[0]
    helped = run("report", "add", "--help").stdout
    assert "google-search" in helped and "back-online" in helped


def test_recheck_looks_at_every_reported_address_and_records_what_it_found(
    env: Env, run: Run, vault: str, site: Site
) -> None:
    env.vars.pop("DISPLAY", None)
    env.vars.pop("QT_QPA_PLATFORM", None)
    page, gone = site.url("/page"), site.url("/gone")
    assert run("report", "add", "--platform", "other", "--url", page, "--url", gone,
               "--status", "removed").returncode == 0  # fmt: skip
    result = run("recheck")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        f"report 1 present (HTTP 200) {page}",
        f"report 1 removed (HTTP 410) {gone}",
    ]
    (record,) = json.loads(run("report", "list", "--json").stdout)
    # A page that answers with no capture of it to compare: recorded; the person decides.
    assert record["status"] == "removed"
    assert [c["result"] for c in record["rechecks"]] == ["present", "removed"]
    assert all(c["time_zone"] and c["checked_at"].endswith("Z") for c in record["rechecks"])
    assert json.loads(run("todo", "--json").stdout)[0]["step"] == "recheck"
    assert run("check").returncode == 0


def test_custody_is_written_down_and_listed(env: Env, run: Run, vault: str) -> None:
    env.vars["TZ"] = "Europe/Brussels"
    added = run(
        "custody", "add", "--to", "Politie Gent", "--when", "2024-11-20T10:30",
        "--reference", "PV 12345/24", "--note", "USB-stick",
    )  # fmt: skip
    assert added.stdout == "custody 1\n", added.stderr
    (record,) = json.loads(run("custody", "list", "--json").stdout)
    assert (record["given_to"], record["at"], record["reference"], record["note"]) == (
        "Politie Gent",
        "2024-11-20T10:30+01:00",
        "PV 12345/24",
        "USB-stick",
    )
    before = _audit_count(env)
    bad = run("custody", "add", "--to", "Politie", "--when", "yesterday")
    assert bad.returncode == 2 and "Internal error" not in bad.stderr
    assert run("custody", "add").returncode == 2
    assert _audit_count(env) == before
    assert run("check").returncode == 0
