"""The guide on the command line: steps with their state per case in three languages,
where to get help for the vault's country and age setting, and the vault's choices."""

from __future__ import annotations

import json

from evidence_app.vault.service import VaultService
from tests.helpers.cli import Env, Run
from tests.helpers.vaults import PASSPHRASE


def _audit(env: Env) -> list[tuple[str, str]]:
    service = VaultService.unlock(env.vault_dir, PASSPHRASE)
    try:
        return [(e.action, e.actor) for e in service.audit_entries()]
    finally:
        service.lock()


def test_steps_are_marked_and_shown_with_their_state(env: Env, run: Run, vault: str) -> None:
    assert run("guide", "mark", "capture", "done").returncode == 0
    assert run("guide", "mark", "police", "skip").returncode == 0
    shown = json.loads(run("guide", "--json").stdout)
    states = {step["key"]: step["state"] for step in shown["steps"]}
    assert states["capture"] == "done" and states["police"] == "skip"
    assert states["talk"] == "open" and "school-support" not in states
    assert [s["action"] for s in shown["steps"] if s["key"] == "report"] == ["report"]
    assert shown["role"] == "self" and shown["minors"] is False
    for lang, title in (
        ("nl", "Het is niet jouw schuld"),
        ("fr", "Ce n’est pas ta faute"),
        ("en", "It is not your fault"),
    ):
        printed = run("guide", "--lang", lang)
        assert printed.returncode == 0, printed.stderr
        assert title in printed.stdout
    # --case before the action holds as well as after it.
    service = VaultService.unlock(env.vault_dir, PASSPHRASE)
    service.create_case("Other")
    service.lock()
    assert run("guide", "--case", "Other", "mark", "report", "done").returncode == 0
    assert run("guide", "mark", "talk", "later", "--case", "Other").returncode == 0

    def states(case: str) -> dict[str, str]:
        shown = json.loads(run("guide", "--json", "--case", case).stdout)
        return {step["key"]: step["state"] for step in shown["steps"]}

    assert (states("Other")["report"], states("Other")["talk"]) == ("done", "later")
    assert (states("Evidence")["report"], states("Evidence")["talk"]) == ("open", "open")
    assert run("guide", "mark", "police", "open").returncode == 0
    again = json.loads(run("guide", "--json").stdout)
    assert {s["key"]: s["state"] for s in again["steps"]}["police"] == "open"
    assert run("check").returncode == 0


def test_the_help_follows_the_country_and_the_age(env: Env, run: Run, vault: str) -> None:
    assert run("guide", "set", "country", "NL").returncode == 0
    dutch = json.loads(run("guide", "--json").stdout)
    ids = [o["id"] for o in dutch["organisations"]]
    assert "helpwanted" in ids and "child-focus" not in ids and "stopncii" in ids
    assert run("guide", "set", "country", "BE").returncode == 0
    assert run("guide", "set", "minors", "yes").returncode == 0
    belgian = json.loads(run("guide", "--json").stdout)
    found = {o["id"]: o for o in belgian["organisations"]}
    assert belgian["minors"] is True and "stopncii" not in found and "take-it-down" in found
    assert found["child-focus"]["phone"] == "116 000"
    assert found["child-focus"]["email"] == "116000@childfocus.org"
    assert "000_87182327040757ff.txt" in found["child-focus"]["sources"]


def test_a_helper_is_named_in_the_chain_and_a_school_gets_its_steps(
    env: Env, run: Run, vault: str
) -> None:
    assert run("guide", "set", "role", "helper").returncode == 0
    assert run("guide", "set", "helper-name", "Ann (mama)").returncode == 0
    assert run("guide", "mark", "talk", "done").returncode == 0
    assert _audit(env)[-1] == ("choice", "Ann (mama)")
    helper = json.loads(run("guide", "--json").stdout)
    assert helper["steps"][0]["title"] == "Tell them it is not their fault"
    assert run("guide", "set", "role", "school").returncode == 0
    school = [s["key"] for s in json.loads(run("guide", "--json").stdout)["steps"]]
    assert school[:3] == ["school-scope", "school-support", "capture"]
    assert "school-parents" in school and "not-your-fault" not in school


def test_bad_guide_input_changes_nothing(env: Env, run: Run, vault: str) -> None:
    before = _audit(env)
    for args in (
        ("guide", "mark", "no-such-step", "done"),
        ("guide", "mark", "capture", "finished"),
        ("guide", "set", "role", "boss"),
        ("guide", "set", "country", "FR"),
        ("guide", "set", "role", "self", "--case", "Evidence"),
        ("guide", "mark", "capture", "done", "--case", "No such case"),
    ):
        bad = run(*args)
        assert bad.returncode == 2, (args, bad.stderr)
        assert "Internal error" not in bad.stderr
    assert _audit(env) == before
