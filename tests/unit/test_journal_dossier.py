"""The journal and the time of events in the dossier: shown, ordered, bound and verified."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import pytest

from evidence_app.domain import event_time
from evidence_app.export import verify_bundle
from evidence_app.vault.service import VaultService
from tests.helpers.evidence import export, forge, screenshot, squeeze


@pytest.fixture
def story(service: VaultService, tmp_path: Path) -> VaultService:
    """Two screenshots captured today of things that happened earlier, and a journal."""
    zone = "Europe/Brussels"
    late = service.add_file(screenshot(tmp_path / "late.png", (60, 40), 1), case_id=1)
    early = service.add_file(screenshot(tmp_path / "early.png", (60, 40), 2), case_id=1)
    service.update_item(late.id, {"event_at": "2024-11-20", "event_precision": "day"})
    service.update_item(early.id, {"event_at": "2024-11-13T22:15+01:00"})
    service.add_journal_entry(
        1,
        "Hij belde en dreigde de foto's naar mijn klas te sturen.",
        event=event_time.parse("2024-11-14T19:30", "about", zone=zone),
        involved="x_francois",
    )
    removed = service.add_journal_entry(1, "Een vergissing")
    service.remove_journal_entry(removed.id)
    return service


def _raw(pdf: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-raw", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_the_chronology_follows_when_things_happened(story: VaultService, tmp_path: Path) -> None:
    target = export(story, tmp_path / "nl", language="nl").path
    text = squeeze(_raw(target / "dossier.pdf"))
    table = text.split(squeeze("zijn notities uit het logboek."))[1]
    # early (13 Nov) is item 1, the journal entry (about 14 Nov) J1, late (20 Nov) item 2.
    assert table.index("13november2024,22:15") < table.index("J1") < table.index("20november2024")
    assert squeeze("omstreeks 14 november 2024, 19:30 (UTC+01:00)") in text
    assert squeeze("Logboek: wat er gebeurde zonder bestand") in text
    assert squeeze("Hij belde en dreigde de foto's naar mijn klas te sturen.") in text
    assert "Eenvergissing" not in text  # removed from the journal: not in the dossier
    manifest = json.loads((target / "manifest.json").read_text(encoding="utf-8"))
    assert [r["original_name"] for r in manifest["items"]] == ["early.png", "late.png"]
    assert [(r["event_at"], r["event_precision"]) for r in manifest["items"]] == [
        ("2024-11-13T22:15+01:00", "exact"),
        ("2024-11-20", "day"),
    ]
    (entry,) = manifest["journal"]
    assert (entry["involved"], entry["event_precision"]) == ("x_francois", "about")
    assert manifest["audit"]["entries"][-1]["details"]["journal"] == [entry["id"]]
    assert verify_bundle(target) == []


def test_the_french_dossier_writes_dates_in_french(story: VaultService, tmp_path: Path) -> None:
    text = squeeze(_raw(export(story, tmp_path / "fr", language="fr").path / "dossier.pdf"))
    assert squeeze("vers le 14 novembre 2024, 19:30 (UTC+01:00)") in text
    assert squeeze("Journal : ce qui s’est passé sans fichier") in text


def test_verify_catches_a_journal_entry_changed_or_left_out(
    story: VaultService, tmp_path: Path
) -> None:
    def reword(bundle: Path, manifest: dict[str, Any]) -> None:
        manifest["journal"][0]["text"] = "Er is niets gebeurd."

    changed = forge(export(story, tmp_path / "a").path, reword)
    assert changed == [
        "manifest.json: journal entry 1: 'text' differs from what the audit chain recorded"
    ]

    def drop(bundle: Path, manifest: dict[str, Any]) -> None:
        manifest["journal"] = []

    dropped = forge(export(story, tmp_path / "b").path, drop)
    assert dropped == [
        "manifest.json: journal entry 1: in the audit chain of this dossier but not in "
        "manifest.json (left out)",
        "manifest.json: journal entry 1: named in the export's entry of the audit chain but "
        "not in manifest.json (left out)",
    ]


def test_a_choice_of_items_leaves_the_journal_out(story: VaultService, tmp_path: Path) -> None:
    first = story.items()[0].id
    target = export(story, tmp_path / "one", item_ids=[first]).path
    manifest = json.loads((target / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["journal"] == []
    assert not any(e.get("target", "").startswith("journal:") for e in manifest["audit"]["entries"])
    assert verify_bundle(target) == []
