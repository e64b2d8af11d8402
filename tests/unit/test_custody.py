"""Hand-overs of the evidence: written down, audited, checked, in the dossier and verified."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import pytest

from evidence_app.domain.errors import BadInput, NotFound
from evidence_app.export import verify_bundle
from evidence_app.vault.service import VaultService
from tests.helpers.evidence import export, forge, screenshot, squeeze
from tests.helpers.vaults import PASSPHRASE


@pytest.fixture
def handed(service: VaultService, tmp_path: Path) -> VaultService:
    service.add_file(screenshot(tmp_path / "post.png", (60, 40), 1), case_id=1)
    service.add_custody(
        1,
        "Politie Gent, inspecteur Claes",
        at="2024-11-20T10:30+01:00",
        reference="PV GE.12.L1.012345/24",
        note="Het volledige dossier op een USB-stick",
    )
    wrong = service.add_custody(1, "Een vergissing")
    service.remove_custody(wrong.id)
    return service


def test_a_hand_over_is_kept_audited_and_checked(handed: VaultService) -> None:
    folder = handed.folder
    handed.lock()
    again = VaultService.unlock(folder, PASSPHRASE)
    try:
        (entry,) = again.custody(1)
        assert (entry.given_to, entry.at, entry.reference) == (
            "Politie Gent, inspecteur Claes",
            "2024-11-20T10:30+01:00",
            "PV GE.12.L1.012345/24",
        )
        actions = [e.action for e in again.audit_entries() if e.target.startswith("custody:")]
        assert actions == ["custody.create", "custody.create", "custody.edit"]
        assert again.check() == []
        with again._writing():  # the row changed behind the chain's back
            again._repo.conn.execute("UPDATE custody SET reference = 'PV 1' WHERE id = 1")
        assert [str(p) for p in again.check()] == [
            "hand-over 1: field 'reference' differs from what the audit chain recorded"
        ]
    finally:
        again.lock()


@pytest.mark.parametrize(
    ("given_to", "at"), [("", ""), ("Politie", "20/11/2024"), ("x" * 10_001, "")]
)
def test_bad_input_is_refused_and_changes_nothing(
    service: VaultService, given_to: str, at: str
) -> None:
    before = len(service.audit_entries())
    with pytest.raises(BadInput):
        service.add_custody(1, given_to, at=at)
    with pytest.raises(NotFound):
        service.add_custody(99, "Politie")
    assert service.custody() == [] and len(service.audit_entries()) == before


def _raw(pdf: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-raw", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_the_dossier_says_where_copies_went_and_verify_binds_it(
    handed: VaultService, tmp_path: Path
) -> None:
    result = export(handed, tmp_path / "nl", language="nl")
    text = squeeze(_raw(result.path / "dossier.pdf"))
    for words in (
        "Overdrachten van het bewijs",
        "20 november 2024, 10:30 (UTC+01:00)",
        "Politie Gent, inspecteur Claes",
        "PV GE.12.L1.012345/24",
    ):
        assert squeeze(words) in text, words
    assert "vergissing" not in text
    manifest = json.loads((result.path / "manifest.json").read_text())
    assert [c["given_to"] for c in manifest["custody"]] == ["Politie Gent, inspecteur Claes"]
    assert manifest["audit"]["entries"][-1]["details"]["custody"] == [1]
    assert verify_bundle(result.path) == []

    def change(bundle: Path, manifest: dict[str, Any]) -> None:
        manifest["custody"][0]["reference"] = "PV 99"

    assert forge(export(handed, tmp_path / "a").path, change) == [
        "manifest.json: hand-over 1: 'reference' differs from what the audit chain recorded"
    ]

    def drop(bundle: Path, manifest: dict[str, Any]) -> None:
        manifest["custody"] = []

    assert forge(export(handed, tmp_path / "b").path, drop) == [
        "manifest.json: hand-over 1: in the audit chain of this dossier but not in "
        "manifest.json (left out)",
        "manifest.json: hand-over 1: named in the export's entry of the audit chain but "
        "not in manifest.json (left out)",
    ]
