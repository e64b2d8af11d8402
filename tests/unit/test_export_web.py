"""Exporting web captures: their further files (viewport, page archive, stamped copy) and
re-checks in the bundle, the manifest, `verify` and the PDF.

A web-like item is stored the way `capture.web.capture` stores one (`add_bytes` with
`kind=web`, its fields and attachments), without QtWebEngine; re-checks through
`add_recheck`. The bundle is read back with sha256sum and poppler.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
from pathlib import Path

import pytest

from evidence_app.domain.model import Attachment, AttachmentRole, Region
from evidence_app.export import verify_bundle
from evidence_app.export.dossier import Dossier, DossierItem, attachment_file_name, build_dossier
from evidence_app.vault.service import VaultService
from tests.helpers.evidence import Evidence, add_evidence, export, pdftext, squeeze
from tests.helpers.web_evidence import (
    FINAL_URL,
    MOVED_URL,
    WebEvidence,
    add_web_item,
)


@pytest.fixture
def web(service: VaultService) -> WebEvidence:
    return add_web_item(service)


@pytest.fixture
def bundle(web: WebEvidence, tmp_path: Path) -> Path:
    return export(web.service, tmp_path / "dossier").path


# -- the bundle -------------------------------------------------------------------


def test_attachments_are_in_the_bundle_byte_identical(web: WebEvidence, bundle: Path) -> None:
    names = sorted(p.name for p in (bundle / "originals").iterdir())
    assert names == [
        "1-page.mhtml",
        "1-stamped-copy.png",
        "1-viewport.png",
        "1-web-page-20260303T200405Z.png",
    ]
    originals = bundle / "originals"
    assert (originals / "1-viewport.png").read_bytes() == web.data[AttachmentRole.VIEWPORT]
    assert (originals / "1-page.mhtml").read_bytes() == web.data[AttachmentRole.ARCHIVE]
    assert (originals / "1-stamped-copy.png").read_bytes() == web.data[AttachmentRole.STAMPED]
    assert (originals / "1-web-page-20260303T200405Z.png").read_bytes() == (
        web.service.original_bytes(web.item.id)
    )
    checked = subprocess.run(
        ["sha256sum", "-c", "--strict", "SHA256SUMS"],
        cwd=bundle,
        capture_output=True,
        text=True,
        check=False,
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert checked.stdout.count(": OK") == 4 + 3  # 4 files in originals/, PDF, VERIFY, manifest
    assert verify_bundle(bundle) == []


def test_manifest_lists_every_field_of_attachments_and_rechecks(
    web: WebEvidence, bundle: Path
) -> None:
    manifest = json.loads((bundle / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["format_version"] == 5
    (record,) = manifest["items"]
    assert record["kind"] == "web"
    assert (record["http_status"], record["final_url"]) == (200, FINAL_URL)
    files = {a.role: f"originals/1-{a.name}" for a in web.attachments}
    assert record["attachments"] == [{"file": files[a.role], **a.state()} for a in web.attachments]
    stamped = next(a for a in record["attachments"] if a["role"] == AttachmentRole.STAMPED)
    assert stamped["derived"] is True
    assert stamped["sha256"] == hashlib.sha256(web.data[AttachmentRole.STAMPED]).hexdigest()
    assert stamped["size"] == len(web.data[AttachmentRole.STAMPED])
    assert (stamped["width"], stamped["height"]) == (1280, 4090)
    assert record["rechecks"] == [
        {
            "id": r.id,
            "item_id": r.item_id,
            "checked_at": r.checked_at,
            "result": r.result,
            "http_status": r.http_status,
            "final_url": r.final_url,
            "note": r.note,
        }
        for r in web.rechecks
    ]


def test_attachment_names_never_clash() -> None:
    def attachment(id_: int, role: str, name: str) -> Attachment:
        return Attachment(id_, 1, role, name, "image/png", 1, "0" * 64)

    taken = {"originals/3-viewport.png"}  # the item's own original is called viewport.png
    first = attachment_file_name(3, attachment(7, "viewport", "Viewport.PNG"), taken)
    assert first == "originals/3-viewport-Viewport.PNG"
    taken.add(first.casefold())
    second = attachment_file_name(3, attachment(8, "viewport", "viewport.png"), taken)
    assert second == "originals/3-viewport-8-viewport.png"
    assert attachment_file_name(3, attachment(9, "archive", "../../é"), set()) == ("originals/3-e")
    assert attachment_file_name(3, attachment(9, "archive", "///"), set()) == (
        "originals/3-archive"
    )


# -- verify -------------------------------------------------------------------------


def test_verify_names_a_changed_attachment(bundle: Path) -> None:
    archive = bundle / "originals" / "1-page.mhtml"
    data = bytearray(archive.read_bytes())
    data[-20] ^= 0x20
    archive.write_bytes(bytes(data))
    findings = [str(f) for f in verify_bundle(bundle)]
    assert findings == [
        "originals/1-page.mhtml: its SHA-256 does not match SHA256SUMS (changed)",
        "originals/1-page.mhtml: its SHA-256 differs from manifest.json",
    ]


def test_verify_names_a_removed_attachment(bundle: Path) -> None:
    (bundle / "originals" / "1-viewport.png").unlink()
    findings = [str(f) for f in verify_bundle(bundle)]
    assert findings == ["originals/1-viewport.png: listed in SHA256SUMS but missing (removed)"]


def test_verify_names_an_attachment_removed_with_its_sums_line(bundle: Path) -> None:
    (bundle / "originals" / "1-stamped-copy.png").unlink()
    sums = bundle / "SHA256SUMS"
    lines = sums.read_text().splitlines()
    sums.write_text("\n".join(x for x in lines if "stamped" not in x) + "\n")
    findings = [str(f) for f in verify_bundle(bundle)]
    assert findings == ["originals/1-stamped-copy.png: described in manifest.json but missing"]


def test_verify_catches_a_swapped_attachment_even_with_sums_and_manifest_rewritten(
    bundle: Path,
) -> None:
    # Replace the page archive, and fix SHA256SUMS and manifest.json to match:
    # the audit chain still holds the archive's real size and hash.
    archive = bundle / "originals" / "1-page.mhtml"
    archive.write_bytes(b"<html>another page</html>")
    new_hash = hashlib.sha256(archive.read_bytes()).hexdigest()
    manifest_path = bundle / "manifest.json"
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    (record,) = [a for a in manifest["items"][0]["attachments"] if a["role"] == "archive"]
    record["sha256"], record["size"] = new_hash, archive.stat().st_size
    manifest["items"][0]["rechecks"].pop()  # and hide that it went offline
    manifest_path.write_text(json.dumps(manifest, indent=2), encoding="utf-8")
    sums = {
        line.split("  ", 1)[1]: line.split("  ", 1)[0]
        for line in (bundle / "SHA256SUMS").read_text().splitlines()
    }
    sums["originals/1-page.mhtml"] = new_hash
    sums["manifest.json"] = hashlib.sha256(manifest_path.read_bytes()).hexdigest()
    (bundle / "SHA256SUMS").write_text("".join(f"{h}  {n}\n" for n, h in sorted(sums.items())))
    findings = [str(f) for f in verify_bundle(bundle)]
    assert findings[:2] == [
        "manifest.json: item 1: attachment originals/1-page.mhtml: field 'size' differs from "
        "what the audit chain recorded",
        "manifest.json: item 1: attachment originals/1-page.mhtml: field 'sha256' differs "
        "from what the audit chain recorded",
    ]
    assert len(findings) == 3
    assert findings[2].startswith("manifest.json: item 1: re-check ")
    assert findings[2].endswith("recorded in the audit chain but missing from manifest.json")


# -- the PDF ------------------------------------------------------------------------


def test_pdf_lists_attachments_with_hashes_and_rechecks_with_results(
    web: WebEvidence, bundle: Path
) -> None:
    text = pdftext(bundle / "dossier.pdf")
    flat = squeeze(text)
    for attachment in web.attachments:
        assert attachment.sha256 in flat
        assert f"originals/1-{attachment.name}" in flat
    assert web.item.sha256 in flat
    for words in (
        "Visible part of the page",
        "Page archive (MHTML",
        "Stamped copy",
        "it is not evidence as found",
        "Checked again later",
        "still online",
        "online, changed",
        "removed",
        "not reachable",
        "404 Not Found",
        "200 OK",
        "Zoë (@zoe.b) • Instagram-foto's",
    ):
        assert squeeze(words) in flat, words
    assert squeeze(FINAL_URL) in flat
    assert squeeze(MOVED_URL) in flat  # where the address led when it was removed
    for recheck in web.rechecks:
        assert recheck.checked_at[:19].replace("T", " ") + " UTC" in text
    # The chronological table names the latest re-check.
    raw = subprocess.run(
        ["pdftotext", "-raw", str(bundle / "dossier.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout  # in the order it was written: a wrapped cell stays together
    table = raw.split("Chronological list of items")[1].split("Item 1 of 1")[0]
    assert squeeze("not reachable") in squeeze(table)


@pytest.mark.parametrize(
    ("language", "words"),
    [
        (
            "nl",
            (
                "Later opnieuw gecontroleerd",
                "nog online",
                "verwijderd",
                "niet bereikbaar",
                "Gestempelde kopie",
                "Paginaarchief",
                "HTTP-status",
            ),
        ),
        (
            "fr",
            (
                "Vérifié à nouveau plus tard",
                "toujours en ligne",
                "supprimée",
                "inaccessible",
                "Copie tamponnée",
                "Archive de la page",
                "Statut HTTP",
            ),
        ),
    ],
)
def test_web_parts_of_the_pdf_are_translated(
    web: WebEvidence, tmp_path: Path, language: str, words: tuple[str, ...]
) -> None:
    target = export(web.service, tmp_path / language, language=language).path
    flat = squeeze(pdftext(target / "dossier.pdf"))
    for word in words:
        assert squeeze(word) in flat, word
    for english in ("Checked again later", "still online", "Files kept with this item"):
        assert squeeze(english) not in flat


def test_redacted_copy_leaves_the_attachments_out(web: WebEvidence, tmp_path: Path) -> None:
    web.service.set_redactions(web.item.id, [Region(0, 0, 1280, 300)])
    target = export(web.service, tmp_path / "school", redacted=True).path
    assert not (target / "originals").exists()
    assert verify_bundle(target) == []
    manifest = json.loads((target / "manifest.json").read_text(encoding="utf-8"))
    (record,) = manifest["items"]
    assert [a["file"] for a in record["attachments"]] == [None, None, None]
    assert len(record["rechecks"]) == 4
    text = pdftext(target / "dossier.pdf")
    assert "originals/1-" not in squeeze(text)
    assert "These files are not included in this copy" in " ".join(text.split())


def test_a_mixed_dossier_keeps_its_numbers_and_progress(
    service: VaultService, tmp_path: Path
) -> None:
    evidence: Evidence = add_evidence(service, tmp_path / "files")
    web = add_web_item(service, height=900, rechecks=False)
    seen: list[tuple[int, int]] = []
    target = export(
        service, tmp_path / "all", progress=lambda d, t: seen.append((d, t)) or None
    ).path
    assert seen[-1] == (15, 15)  # 5 images in the PDF, 6 originals, 3 attachments, manifest
    number = len(evidence.items) + 1  # the web item was captured last
    for attachment in web.attachments:
        path = target / "originals" / f"{number}-{attachment.name}"
        assert hashlib.sha256(path.read_bytes()).hexdigest() == attachment.sha256
    assert verify_bundle(target) == []
    dossier: Dossier = build_dossier(service)
    items: tuple[DossierItem, ...] = dossier.items
    assert [len(entry.attachments) for entry in items] == [0] * len(evidence.items) + [3]
