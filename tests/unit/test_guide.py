"""The guide's choices: who uses the app, minors, the country, and each step's state per
case; kept, audited, checked, and naming the actor of what follows."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from evidence_app.domain import guide
from evidence_app.domain.errors import BadInput, NotFound, PictureRefused
from evidence_app.domain.guide import Role, StepState
from evidence_app.export import verify_bundle
from evidence_app.vault.service import VaultService
from tests.helpers.evidence import export, forge, pdftext, screenshot, squeeze
from tests.helpers.vaults import PASSPHRASE

POST = "https://www.instagram.com/p/Cx1/"


def test_steps_are_marked_per_case_and_survive_a_lock(service: VaultService) -> None:
    other = service.create_case("School")
    service.mark_step(1, "capture", StepState.DONE)
    service.mark_step(1, "police", StepState.LATER)
    service.mark_step(1, "police", StepState.SKIP)
    service.mark_step(other.id, "talk", StepState.DONE)
    assert service.mark_step(1, "capture", StepState.DONE) is None  # no change, no entry
    folder = service.folder
    service.lock()
    again = VaultService.unlock(folder, PASSPHRASE)
    try:
        assert again.step_states(1) == {"capture": StepState.DONE, "police": StepState.SKIP}
        assert again.step_states(other.id) == {"talk": StepState.DONE}
        marks = [e.details for e in again.audit_entries() if e.action == "choice"]
        assert [(m["case_id"], m["name"], m["value"]) for m in marks] == [
            (1, "step:capture", "done"),
            (1, "step:police", "later"),
            (1, "step:police", "skip"),
            (other.id, "step:talk", "done"),
        ]
        assert again.check() == []
    finally:
        again.lock()


def test_a_choice_changed_behind_the_chain_is_found(service: VaultService) -> None:
    service.mark_step(1, "report", StepState.DONE)
    with service._writing():
        service._repo.conn.execute("UPDATE choices SET value = 'skip' WHERE id = 1")
    assert [str(p) for p in service.check()] == [
        "choice 1: field 'value' differs from what the audit chain recorded"
    ]


@pytest.mark.parametrize(
    ("case_id", "name", "value"),
    [
        (1, "step:no-such-step", "done"),
        (1, "step:capture", "finished"),
        (None, "step:capture", "done"),
        (1, "role", "self"),
        (None, "role", "boss"),
        (None, "country", "FR"),
        (None, "minors", "maybe"),
        (None, "helper_name", "x" * 201),
        (None, "colour", "blue"),
    ],
)
def test_bad_choices_are_refused_and_change_nothing(
    service: VaultService, case_id: int | None, name: str, value: str
) -> None:
    head = service.audit_entries()[-1]
    with pytest.raises(BadInput):
        service.choose(name, value, case_id=case_id)
    assert service.audit_entries()[-1] == head
    assert service.choices() == []


def test_a_step_of_a_case_that_does_not_exist_is_refused(service: VaultService) -> None:
    with pytest.raises(NotFound):
        service.mark_step(99, "capture", StepState.DONE)


def test_the_helper_is_the_actor_of_what_follows(service: VaultService, tmp_path: Path) -> None:
    service.add_file(screenshot(tmp_path / "a.png", (30, 20), 1), case_id=1)
    service.choose("role", "helper")
    service.choose("helper_name", "Ann (mama)")
    service.add_file(screenshot(tmp_path / "b.png", (30, 20), 2), case_id=1)
    folder = service.folder
    service.lock()
    again = VaultService.unlock(folder, PASSPHRASE)
    try:
        assert again.profile() == guide.Profile(Role.HELPER, "Ann (mama)", False, "")
        again.mark_step(1, "talk", StepState.DONE)
        actors = [(e.action, e.actor) for e in again.audit_entries()]
        assert actors[2:] == [
            ("item.create", "owner"),
            ("choice", "owner"),
            ("choice", "owner"),  # the name is chosen by the one who was there before
            ("item.create", "Ann (mama)"),
            ("choice", "Ann (mama)"),
        ]
        assert [i.recorded_by for i in again.items()] == ["owner", "Ann (mama)"]
        again.choose("role", "self")
        again.mark_step(1, "capture", StepState.DONE)
        assert again.audit_entries()[-1].actor == "owner"
    finally:
        again.lock()


def test_minors_for_the_vault_or_one_case(service: VaultService) -> None:
    other = service.create_case("Other")
    assert not service.minors(1)
    service.choose("minors", "yes")
    assert service.minors(1) and service.minors(other.id) and service.minors()
    service.choose("minors", "no", case_id=other.id)
    assert service.minors(1) and service.minors(other.id)  # a case cannot undo the vault's
    service.choose("minors", "no")
    assert not service.minors(other.id)
    service.choose("minors", "yes", case_id=1)
    assert service.minors(1) and not service.minors(other.id)
    assert service.check() == []


def test_a_picture_of_a_case_about_a_minor_needs_a_second_choice(
    service: VaultService, tmp_path: Path
) -> None:
    service.choose("minors", "yes", case_id=1)
    picture = screenshot(tmp_path / "nude.png", (40, 30), 3)
    head = service.audit_entries()[-1]
    with pytest.raises(PictureRefused):
        service.add_file(picture, case_id=1)
    with pytest.raises(PictureRefused):
        service.add_bytes(
            picture.read_bytes(),
            case_id=1,
            original_name="clip.png",
            kind="clipboard",
            capture_method="clipboard-image",
        )
    assert service.items() == [] and service.audit_entries()[-1] == head
    chat = tmp_path / "chat.txt"
    chat.write_text("he said he would send it to everyone", encoding="utf-8")
    words = [service.add_file(chat, case_id=1), service.add_record(case_id=1, url=POST)]
    kept = service.add_file(picture, case_id=1, picture_ok=True)
    assert [i.id for i in service.items()] == [words[0].id, words[1].id, kept.id]
    created = [e.details for e in service.audit_entries() if e.action == "item.create"]
    assert [d.get("kept_on_purpose", False) for d in created] == [False, False, True]
    other = service.create_case("Adult")
    service.add_file(picture, case_id=other.id)  # another case: not about a minor
    assert service.check() == []


def test_the_dossier_says_it_holds_no_pictures_on_purpose(
    service: VaultService, tmp_path: Path
) -> None:
    service.choose("minors", "yes")
    service.add_record(case_id=1, url=POST, description="Naaktfoto van mij gedeeld")
    words = pdftext(export(service, tmp_path / "a").path / "dossier.pdf")
    assert "Onpurpose,thisdossierholdsnopictures" in squeeze(words)
    service.add_file(screenshot(tmp_path / "p.png", (40, 30), 4), case_id=1, picture_ok=True)
    kept = squeeze(pdftext(export(service, tmp_path / "b").path / "dossier.pdf"))
    assert "werekeptallthesame" in kept
    service.choose("minors", "no")
    assert "under18" not in squeeze(pdftext(export(service, tmp_path / "c").path / "dossier.pdf"))


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("clip.mkv", b"\x1aE\xdf\xa3" + b"\x00" * 64),  # a video whose type Python does not know
        ("chat.zip", b"PK\x03\x04" + b"\x00" * 64),  # a chat export with its media
        ("no-name", b"\x00\x01\x02\x03" * 16),  # a file of no known kind
    ],
)
def test_files_that_may_hold_pictures_are_refused_too(
    service: VaultService, tmp_path: Path, name: str, data: bytes
) -> None:
    service.choose("minors", "yes")
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(PictureRefused):
        service.add_file(path, case_id=1)
    assert service.items() == []
    assert service.add_file(path, case_id=1, picture_ok=True).size == len(data)


def test_the_guide_speaks_of_words_only_for_a_minor() -> None:
    from evidence_app.gui.guide import step_words

    for role in (Role.SELF, Role.HELPER):
        title, text = step_words.words("capture", role, minors=True)
        assert title == "Write down the evidence first" and "screenshot" not in text
        assert "TinEye" not in step_words.words("check-gone", role, minors=True)[1]
        assert "StopNCII" not in step_words.words("stop-reposting", role, minors=True)[1]
        assert "TinEye" in step_words.words("check-gone", role)[1]


def test_the_bundle_tells_who_used_the_app_and_verify_catches_a_change(
    service: VaultService, tmp_path: Path
) -> None:
    service.choose("role", "helper")
    service.choose("helper_name", "Ann (mama)")
    service.choose("minors", "yes")
    service.mark_step(1, "police", StepState.SKIP)
    service.add_record(case_id=1, url=POST)
    bundle = export(service, tmp_path / "out").path
    manifest = json.loads((bundle / "manifest.json").read_text(encoding="utf-8"))
    told = [e for e in manifest["audit"]["entries"] if e.get("action") == "choice"]
    assert [(e["details"]["name"], e["details"]["value"]) for e in told] == [
        ("role", "helper"),
        ("helper_name", "Ann (mama)"),
        ("minors", "yes"),
    ]  # the step stays the person's own: a bare link
    assert [e["actor"] for e in manifest["audit"]["entries"] if e.get("action")][-2:] == [
        "Ann (mama)",
        "Ann (mama)",
    ]
    assert verify_bundle(bundle) == []

    def forge_role(_: Path, data: dict[str, Any]) -> None:
        for entry in data["audit"]["entries"]:
            if entry.get("action") == "choice" and entry["details"]["name"] == "role":
                entry["details"]["value"] = "self"

    assert forge(bundle, forge_role)
