"""Reports in the dossier: shown in the dossier's language, bound by the head, verified."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import pytest

from evidence_app.export import verify_bundle
from evidence_app.vault.service import VaultService
from tests.helpers.evidence import export, forge, screenshot, squeeze

POST = "https://www.instagram.com/p/Cx1/"


@pytest.fixture
def reported(service: VaultService, tmp_path: Path) -> VaultService:
    """A screenshot, its report to Instagram, two answers and a re-check."""
    item = service.add_file(screenshot(tmp_path / "post.png", (60, 40), 1), case_id=1)
    service.update_item(item.id, {"url": POST, "platform": "instagram"})
    report = service.add_report(
        1,
        "instagram",
        urls=[POST],
        item_ids=[item.id],
        channel="in-app",
        sent_at="2024-11-14T20:05+01:00",
        status="sent",
        ticket="IG-4471",
        text="Beste medewerkers van Instagram, ik meld dit bericht.",
    )
    service.add_answer(report.id, "We bekijken het.", answered_at="2024-11-15T09:00+01:00")
    service.add_answer(
        report.id, "Verwijderd.", answered_at="2024-11-18T11:30+01:00", status="removed"
    )
    service.add_report_check(report.id, POST, "removed", http_status=404)
    gone = service.add_report(1, "tiktok", urls=["https://www.tiktok.com/@x/video/1"])
    service.remove_report(gone.id)  # removed reports stay out of the dossier
    return service


def _raw(pdf: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-raw", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        (
            "nl",
            [
                "Meldingen en antwoorden",
                "Melding aan Instagram",
                "Ticketnummer: IG-4471",
                "14 november 2024, 20:05 (UTC+01:00)",
                "Nieuwe stand van zaken: inhoud verwijderd",
                "Bijlage: de teksten van de meldingen",
                "Beste medewerkers van Instagram, ik meld dit bericht.",
            ],
        ),
        (
            "fr",
            [
                "Signalements et réponses",
                "Signalement à Instagram",
                "Numéro de ticket : IG-4471",
                "14 novembre 2024, 20:05 (UTC+01:00)",
                "Nouvel état : contenu retiré",
                "Annexe : les textes des signalements",
            ],
        ),
    ],
)
def test_the_dossier_tells_the_reports_in_its_language(
    reported: VaultService, tmp_path: Path, lang: str, words: list[str]
) -> None:
    result = export(reported, tmp_path / lang, language=lang)
    text = squeeze(_raw(result.path / "dossier.pdf"))
    for phrase in words:
        assert squeeze(phrase) in text, phrase
    for english in ("Report to", "Ticket number", "removed", "instagram"):
        assert squeeze(english) not in text.replace(squeeze(POST), "")
    assert "tiktok.com" not in text
    assert verify_bundle(result.path) == []


def test_the_manifest_and_the_head_carry_the_reports(
    reported: VaultService, tmp_path: Path
) -> None:
    import json

    result = export(reported, tmp_path / "d")
    manifest = json.loads((result.path / "manifest.json").read_text())
    (report,) = manifest["reports"]
    assert (report["number"], report["ticket"], report["status"]) == (1, "IG-4471", "removed")
    assert [a["text"] for a in report["answers"]] == ["We bekijken het.", "Verwijderd."]
    assert [c["result"] for c in report["rechecks"]] == ["removed"]
    assert manifest["audit"]["entries"][-1]["details"]["reports"] == [report["id"]]


def test_verify_catches_a_report_changed_an_answer_hidden_or_a_report_left_out(
    reported: VaultService, tmp_path: Path
) -> None:
    def relabel(bundle: Path, manifest: dict[str, Any]) -> None:
        manifest["reports"][0]["status"] = "refused"

    assert forge(export(reported, tmp_path / "a").path, relabel) == [
        "manifest.json: report 1: 'status' differs from what the audit chain recorded"
    ]

    def hide(bundle: Path, manifest: dict[str, Any]) -> None:
        manifest["reports"][0]["answers"].pop()

    assert forge(export(reported, tmp_path / "b").path, hide) == [
        "manifest.json: report 1: answer 2 is in the audit chain of this dossier but not in "
        "manifest.json (left out)"
    ]

    def drop(bundle: Path, manifest: dict[str, Any]) -> None:
        manifest["reports"] = []

    dropped = forge(export(reported, tmp_path / "c").path, drop)
    assert dropped == [
        "manifest.json: report 1: in the audit chain of this dossier but not in "
        "manifest.json (left out)",
        "manifest.json: report 1: named in the export's entry of the audit chain but "
        "not in manifest.json (left out)",
    ]


def test_a_cameras_date_is_written_in_the_dossiers_language() -> None:
    from evidence_app.export.pdf_layout import format_http
    from evidence_app.export.texts import Texts

    assert Texts("nl").exif("2024:11:13 22:15:08") == (
        "13 november 2024, 22:15:08 (klok van het toestel; de tijdzone is niet vastgelegd)"
    )
    assert Texts("fr").exif("2024:11:13 22:15:08").startswith("13 novembre 2024, 22:15:08")
    assert Texts("nl").exif("not a date") == "not a date"  # kept as the camera wrote it
    assert format_http(404, "—", phrase=False) == "404"  # the phrases are English
    assert Texts("nl").platform("instagram") == "Instagram"
    assert Texts("nl").platform("other") == "een andere website of host"


def test_the_chronology_merges_reports_answers_and_rechecks_by_when_they_happened(
    reported: VaultService, tmp_path: Path
) -> None:
    text = _raw(export(reported, tmp_path / "en").path / "dossier.pdf")
    start = text.index("Chronological list of items")
    overview = text[start : text.index("Item 1 of", start)]
    rows = [line.split()[0] for line in overview.splitlines() if line.split()]
    numbered = [r for r in rows if r in ("1", "R1", "R1.1", "R1.2", "R1-C1")]
    # Sent on 14 November, answered on 15 and 18 November; the item was captured today
    # (no time of the event known), and the re-check made after it.
    assert numbered == ["R1", "R1.1", "R1.2", "1", "R1-C1"]


def test_the_vaults_own_word_for_its_owner_is_translated(
    reported: VaultService, tmp_path: Path
) -> None:
    text = squeeze(_raw(export(reported, tmp_path / "nl", language="nl").path / "dossier.pdf"))
    assert squeeze("Opgesteld door de eigenaar van de kluis") in text
    assert "owner" not in text
