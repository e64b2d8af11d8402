"""Exporting a dossier: the PDF (lossless images, text), the bundle, verify, ZIP, cancel.

Evidence is made with Pillow and stored in a real vault; the PDF is read back with
poppler (pdftotext, pdfimages), the bundle with sha256sum. The password 7z: test_export_7z.py.
"""

from __future__ import annotations

import contextlib
import dataclasses
import gc
import hashlib
import io
import json
import re
import subprocess
import threading
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pikepdf
import pytest
from fpdf.enums import PDFResourceType, WrapMode
from fpdf.fonts import TTFFont
from PIL import Image

from evidence_app.domain import audit
from evidence_app.domain.errors import BadInput, NotFound
from evidence_app.domain.model import AuditEntry, Item, Region
from evidence_app.export import (
    BundleUnreadable,
    ExportCancelled,
    TargetExists,
    build_dossier,
    verify_bundle,
    verify_report,
)
from evidence_app.export import manifest as mf
from evidence_app.export.dossier import FILE_DIFFERS, safe_name
from evidence_app.export.pdf import DossierPdf
from evidence_app.export.pdf_layout import PackedPages, PageLayout
from evidence_app.export.texts import Texts
from evidence_app.vault.service import VAULT_DB, VaultService
from tests.helpers.evidence import (
    SUMMARY,
    Evidence,
    add_evidence,
    export,
    forge,
    pdftext,
    screenshot,
    squeeze,
)
from tests.helpers.pages import plain


@pytest.fixture
def evidence(service: VaultService, tmp_path: Path) -> Evidence:
    return add_evidence(service, tmp_path / "files")


@pytest.fixture
def bundle(evidence: Evidence, tmp_path: Path) -> Path:
    return export(evidence.service, tmp_path / "dossier").path


# -- the PDF ------------------------------------------------------------------


def test_every_image_in_the_pdf_is_pixel_identical_to_its_original(
    evidence: Evidence, bundle: Path, tmp_path: Path
) -> None:
    pdf = bundle / "dossier.pdf"
    listing = subprocess.run(
        ["pdfimages", "-list", str(pdf)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    kinds = [(line.split()[2], line.split()[8]) for line in listing]  # (type, enc)
    out = tmp_path / "extracted"
    out.mkdir()
    subprocess.run(["pdfimages", "-all", str(pdf), str(out / "img")], check=True)
    extracted = sorted(out.iterdir())
    assert len(extracted) == len(kinds)
    images = [p for p in evidence.files if p.suffix != ".txt"]
    position = 0
    for original in images:
        kind, enc = kinds[position]
        assert kind == "image"
        if original.suffix == ".jpg":
            assert enc == "jpeg"
            assert extracted[position].read_bytes() == original.read_bytes()
            position += 1
            continue
        assert enc != "jpeg", f"{original.name} was re-encoded as JPEG"
        with Image.open(original) as source, Image.open(extracted[position]) as shown:
            alpha = source.mode == "RGBA" or "transparency" in source.info
            expected = source.convert("RGBA" if alpha else "RGB")
            if alpha and kinds[position + 1][0] == "smask":
                with Image.open(extracted[position + 1]) as mask:
                    shown = Image.merge("RGBA", (*shown.convert("RGB").split(), mask))
                position += 1
            elif expected.mode == "RGBA":
                expected = expected.convert("RGB")
            assert shown.size == expected.size
            assert shown.convert(expected.mode).tobytes() == expected.tobytes(), original.name
        position += 1
    assert position == len(kinds)


def test_pdf_text_has_urls_utc_times_hashes_page_numbers_and_accents(
    evidence: Evidence, bundle: Path
) -> None:
    text = pdftext(bundle / "dossier.pdf")
    flat = squeeze(text)
    pages = int(
        subprocess.run(
            ["pdfinfo", str(bundle / "dossier.pdf")], capture_output=True, text=True, check=True
        )
        .stdout.split("Pages:")[1]
        .split()[0]
    )
    for item in evidence.items:
        if item.url:
            assert squeeze(item.url) in flat, item.url[:40]
        assert item.captured_at[:19].replace("T", " ") + " UTC" in text
        assert item.sha256 in flat
    for page in range(1, pages + 1):
        assert f"Page {page} / {pages}" in text
    assert text.count(evidence.service.cases()[0].name) >= pages  # the reference on every page
    for words in ("Noël Dupont", "x_françois", "ça a commencé en février", "Zoë"):
        assert squeeze(words) in flat
    assert evidence.service.audit_entries()[-2].hash in flat  # the head before the export


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("nl", ("Bewijsdossier", "Chronologisch overzicht van de stukken", "Pagina 1 /")),
        ("fr", ("Dossier de preuves", "Liste chronologique des pièces", "Résumé des faits")),
    ],
)
def test_pdf_and_verify_text_are_translated(
    evidence: Evidence, tmp_path: Path, language: str, words: tuple[str, ...]
) -> None:
    target = export(evidence.service, tmp_path / f"dossier-{language}", language=language).path
    text = pdftext(target / "dossier.pdf")
    for word in words:
        assert word in text
    assert "Chronological list" not in text
    verify = (target / "VERIFY.txt").read_text(encoding="utf-8")
    assert "sha256sum -c SHA256SUMS" in verify
    assert "certutil -hashfile" in verify
    assert ("controleert" if language == "nl" else "vérifier") in verify
    assert json.loads((target / "manifest.json").read_text())["language"] == language


def test_an_image_item_on_a_long_url_fits_the_page(evidence: Evidence, bundle: Path) -> None:
    # Every text line of every page stays within the page: pdftotext -bbox gives word boxes.
    boxes = subprocess.run(
        ["pdftotext", "-bbox", str(bundle / "dossier.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    page_width = float(re.search(r'<page width="([\d.]+)"', boxes).group(1))  # type: ignore[union-attr]
    right_edges = [float(x) for x in re.findall(r'xMax="([\d.]+)"', boxes)]
    assert max(right_edges) <= page_width - 40  # 18 mm margins: nothing runs off


@pytest.mark.parametrize("length", [2_500, 64 * 1024])
def test_a_tracking_link_of_any_accepted_length_is_exported_whole(
    service: VaultService, tmp_path: Path, length: int
) -> None:
    """A URL of 2,500 characters or more made every export that held it fail (ValueError)."""
    url = "https://l.facebook.com/l.php?u=" + ("a1b2c3" * length)[: length - 32]
    item = service.add_record(case_id=1, url=url, description="gedeeld via Messenger")
    target = export(service, tmp_path / "dossier").path
    # Whole on the item's pages: the running header and footer of each page left out.
    body = [
        line
        for line in pdftext(target / "dossier.pdf").splitlines()
        if not re.search(r"Page \d+ / \d+|Evidence dossier", line)
    ]
    assert squeeze(url) in squeeze("".join(body))
    assert "(shortened:" in pdftext(target / "dossier.pdf")  # the overview shortens it
    manifest = json.loads((target / "manifest.json").read_text())
    assert [i["url"] for i in manifest["items"]] == [url]
    assert manifest["items"][0]["id"] == item.id


def test_the_export_frees_its_cycles_on_the_main_thread_only(
    evidence: Evidence, tmp_path: Path
) -> None:
    """On the command line the export frees what fpdf2 leaves in reference cycles as soon
    as it is done with it. In the app it runs on a worker thread, where it must not: the
    cycle collector runs on the GUI thread alone (`gui.common.garbage`), since garbage that
    holds a widget must not be destroyed on another thread."""
    collected: list[str] = []

    def seen(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            collected.append(threading.current_thread().name)

    was_enabled = gc.isenabled()
    gc.disable()  # as the app has it: only what the export asks for is collected
    gc.callbacks.append(seen)
    try:
        worker = threading.Thread(
            target=lambda: export(evidence.service, tmp_path / "on-a-worker"), name="worker"
        )
        worker.start()
        worker.join()
        assert (tmp_path / "on-a-worker" / "dossier.pdf").is_file()
        assert collected == []
        export(evidence.service, tmp_path / "on-the-main-thread")
        assert set(collected) == {threading.main_thread().name}
    finally:
        gc.callbacks.remove(seen)
        if was_enabled:
            gc.enable()


def test_finished_pages_are_held_deflated_and_written_whole(
    service: VaultService, tmp_path: Path
) -> None:
    """fpdf2 keeps every page's drawing until it writes the file; the layout keeps each
    finished page deflated instead (flat memory for thousands of items) and puts it in the
    file itself while it writes it. What it writes, as the dossier and as the layout alone
    (`PageLayout.output`), is every page whole, with the number of pages in each footer.
    A long note makes fpdf2 measure a
    text across a page break with writing switched off, which must not pack the page it goes
    on writing."""
    words = [service.add_record(case_id=1, url=f"https://x.com/a/status/{n}") for n in range(30)]
    service.add_record(case_id=1, notes="a long note that runs on\n" * 400)
    written = tmp_path / "dossier.pdf"
    with written.open("wb") as out:
        DossierPdf(build_dossier(service), service, Texts("en")).write(out)
    layout = DossierPdf(build_dossier(service), service, Texts("en"))
    layout._cover()
    layout._overview()
    for entry in layout.dossier.items:
        layout._item_page(entry)
    pages = layout.pdf.pages
    assert len(pages) > 35
    held = [len(p.contents) for n, p in pages.items() if n < len(pages)]
    assert sum(held) == 0, "finished pages still held as fpdf2 drew them"
    # What each finished page uses is shared with the pages that use the same.
    used = layout.pdf._resource_catalog.resources_per_page
    fonts = [used[(n, PDFResourceType.FONT)] for n in range(1, len(pages))]
    assert len({id(these) for these in fonts}) <= len(fonts) / 4
    layout_only = tmp_path / "layout.pdf"
    layout_only.write_bytes(layout.pdf.output())
    # Written, fpdf2's objects of each page are let go.
    assert all(page.resources is None for page in pages.values())
    for pdf in (written, layout_only):
        text = pdftext(pdf)
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
        total = int(info.stdout.split("Pages:")[1].split()[0])
        assert total >= len(pages)
        for page in range(1, total + 1):
            assert f"Page {page} / {total}" in text, pdf.name
        for item in words:
            assert item.url in text
        assert text.count("a long note that runs on") == 400


def test_each_image_is_named_on_its_own_page_and_fpdf2_keeps_nothing_for_it(
    service: VaultService, tmp_path: Path
) -> None:
    """The layout draws each picture itself (fpdf2 would keep its details and an object for
    each until the file is written); written, each item's page names one image, the item's
    own, and no other page names any."""
    shots = [screenshot(tmp_path / f"shot-{n}.png", (60 + n, 40), n) for n in range(3)]
    for shot in shots:
        service.add_file(shot, case_id=1)
    laid_out = DossierPdf(build_dossier(service), service, Texts("en"))
    for entry in laid_out.dossier.items:
        laid_out._item_page(entry)
    assert not laid_out.pdf.image_cache.images
    laid_out.pdf.output()  # written (and its font files closed)
    written = tmp_path / "dossier.pdf"
    with written.open("wb") as out:
        DossierPdf(build_dossier(service), service, Texts("en")).write(out)
    widths = [entry.item.width for entry in build_dossier(service).items]
    drawn = []
    with pikepdf.open(written) as pdf:
        for page in pdf.pages:
            named = dict(page.Resources.get("/XObject", {}).items())
            used = re.findall(rb"/(E\d+) Do", page.Contents.read_bytes())
            assert sorted(f"/{name.decode()}" for name in used) == sorted(named)
            drawn += [int(image.Width) for image in named.values()]
    assert sorted(widths) == [60, 61, 62]
    assert drawn == widths  # each on its own item's page, in the dossier's order


def test_packed_pages_give_back_each_page_whole_in_less_than_deflated_alone() -> None:
    """Pages deflated with a recent page as zlib's preset dictionary: each comes back byte
    for byte (a page written to again after it was packed too), and together they take far
    less than deflated one by one."""
    pages = {
        n: (
            f"BT /F1 7.50 Tf ET\nq BT 53.86 807.04 Td (Evidence dossier) Tj ET Q\n"
            f"q BT 60.00 700.00 Td (https://x.com/someone/status/{n * 7919}) Tj ET Q\n"
            f"q BT 60.00 690.00 Td (Captured 2026-12-{n % 28 + 1:02} 10:{n % 60:02}) Tj ET Q\n"
            f"q BT 507.29 30.04 Td (Page {n} / 300) Tj ET Q\n" * 3
        ).encode("latin-1")
        + bytes(range(n % 256))
        for n in range(1, 301)
    }
    packed = PackedPages()
    for n, contents in pages.items():
        packed.add(n, contents)
    packed.add(7, b"written after")
    held = sum(len(data) for _, data in packed._held.values())
    alone = sum(len(zlib.compress(contents)) for contents in pages.values())
    assert held < alone / 2
    assert packed.take(7) == pages[7] + b"written after"
    assert all(packed.take(n) == pages[n] for n in pages if n != 7)
    assert packed.take(7) == b""


@contextlib.contextmanager
def page_layout(service: VaultService) -> Iterator[PageLayout]:
    """The dossier's layout with one page begun, its font files closed after (as writing
    the PDF leaves them)."""
    layout = DossierPdf(build_dossier(service), service, Texts("en")).pdf
    layout.add_page()
    try:
        yield layout
    finally:
        for font in layout.fonts.values():
            if isinstance(font, TTFFont):
                font.close()


@pytest.mark.parametrize(
    ("family", "style", "size"),
    [("sans", "", 9.5), ("mono", "", 8.5), ("sans", "B", 8.5)],
    ids=["field", "hash", "bold paragraph"],
)
def test_a_text_is_measured_as_fpdf2_lays_it_out(
    service: VaultService, family: str, style: str, size: float
) -> None:
    """A field's or a paragraph's height, which decides whether it goes on the next page,
    is read from its width when it is surely one line (`PageLayout.text_height`): for
    values up to well past a line, in a column at each width the pages use (and a narrow
    one), it is the height fpdf2's own line breaking gives, to the last line, in Latin,
    Arabic, Chinese, Devanagari, Tamil and Bengali script (the last four shaped: fpdf2
    breaks them a character at a time, far wider than the shaped word)."""
    service.add_record(case_id=1, url="https://x.com/a")
    with page_layout(service) as layout:
        _compare_heights(layout, family, style, size)


def _compare_heights(layout: PageLayout, family: str, style: str, size: float) -> None:
    line = 4.0
    words = [
        "2026-12-04 14:05 (UTC+01:00)",
        "https://www.instagram.com/p/C0ffee/?igsh=" + "x9" * 20,
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        "مرحبا بك في الصف الثالث",
        "截图保存在保险库中",
        "स्त्री क्ष्म्य श्र्व ष्ट्र नमस्ते दुनिया",
        "வணக்கம் உலகம் ஸ்",
        "আমি বাংলায় গান গাই",
        "Lena, klas 3B, via Snapchat",
    ]
    values = [word[:length] for word in words for length in range(1, len(word) + 1)]
    values += [" ".join(words[:n]) for n in range(1, len(words) + 1)]
    for width in (20.0, 40.0, 60.0, 128.0, 174.0):
        for value in values:
            layout.set_font(family, style, size)
            wrap = WrapMode.CHAR if family == "mono" or "://" in value else WrapMode.WORD
            laid_out = layout.multi_cell(
                width, line, value, wrapmode=wrap, dry_run=True, output="HEIGHT"
            )
            assert layout.text_height(value, width, line, wrap) == laid_out, (width, value)


def test_a_soft_hyphen_in_a_web_address_is_shown_and_the_export_goes_through(
    service: VaultService, tmp_path: Path
) -> None:
    """Text with a web address breaks at any character; a soft hyphen in it, with emoji and
    a few scripts around, made fpdf2's line breaking fail (IndexError), ending the export.
    It is shown as its escape there; in words it stays a place to break."""
    chat = "😀∑🏽https://йй W éa,ﬁﬁa截i🏽  截й截\xad🏽 " * 3
    service.add_record(case_id=1, notes=chat, description="Wij\xadziging van de klas\xadgroep")
    target = export(service, tmp_path / "dossier").path
    text = pdftext(target / "dossier.pdf")
    assert text.count("\\xad") >= 3
    assert "Wijziging" in squeeze(text) or "Wij-" in text
    # The smallest text found that failed, in a column as wide as an item page's values.
    with page_layout(service) as layout:
        layout.field("Notes", "😀\x0c∑🏽https://йй\rW\téa,ﬁﬁa截i🏽  截й截\xad🏽", x=18, width=128)


def test_control_characters_are_shown_escaped_and_never_reach_the_terminal(
    service: VaultService, tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    note = "line one\r\n\x1b[31mred\x1b[0m\x07 bell\tand a tab"
    service.add_record(case_id=1, notes=note)
    target = export(service, tmp_path / "dossier").path
    text = pdftext(target / "dossier.pdf")
    assert "\\x1b[31mred\\x1b[0m\\x07 bell and a tab" in text
    assert "\x1b" not in text
    out, err = capfd.readouterr()
    assert "\x1b" not in out + err


# -- the bundle ---------------------------------------------------------------


def test_bundle_files_check_with_sha256sum_and_originals_are_byte_identical(
    evidence: Evidence, bundle: Path
) -> None:
    result = subprocess.run(
        ["sha256sum", "-c", "--strict", "SHA256SUMS"],
        cwd=bundle,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    listed = {line.split("  ", 1)[1] for line in (bundle / "SHA256SUMS").read_text().splitlines()}
    on_disk = {p.relative_to(bundle).as_posix() for p in bundle.rglob("*") if p.is_file()}
    assert listed == on_disk - {"SHA256SUMS"}
    originals = sorted((bundle / "originals").iterdir(), key=lambda p: int(p.name.split("-")[0]))
    by_hash = {hashlib.sha256(p.read_bytes()).hexdigest(): p for p in evidence.files}
    assert len(originals) == len(evidence.items)
    for path in originals:
        source = by_hash[hashlib.sha256(path.read_bytes()).hexdigest()]
        assert path.read_bytes() == source.read_bytes()
    assert (bundle / "originals" / "5-chat_export_e.txt").is_file()


def test_manifest_holds_every_field_persons_versions_and_the_audit_chain(
    evidence: Evidence, bundle: Path
) -> None:
    manifest = json.loads((bundle / "manifest.json").read_text(encoding="utf-8"))
    service = evidence.service
    by_id = {record["id"]: record for record in manifest["items"]}
    for item in evidence.items:
        record = by_id[item.id]
        for name, value in item.state().items():
            assert record[name] == value, name
    assert {p["name"] for p in manifest["persons"]} == {"Noël Dupont", "x_françois", "Zoë"}
    assert manifest["sqlcipher_version"] == service.sqlcipher_version()
    assert manifest["cases"][0]["summary"] == SUMMARY
    chain = manifest["audit"]
    entries = service.audit_entries()
    export_entry = entries[-1]
    assert export_entry.action == "export"
    # The export's own entry is the bundle's head, whole, as the vault keeps it.
    assert chain["head"] == export_entry.hash
    assert [e["hash"] for e in chain["entries"]] == [e.hash for e in entries]
    assert chain["entries"][-1] == dataclasses.asdict(export_entry)
    assert export_entry.details["items"] == [i.id for i in evidence.items]
    pdf_hash = hashlib.sha256((bundle / "dossier.pdf").read_bytes()).hexdigest()
    assert export_entry.details["pdf_sha256"] == pdf_hash
    assert export_entry.details["variant"] == "complete"
    assert export_entry.details["dossier_head"] == entries[-2].hash
    assert export_entry.hash in (bundle / "VERIFY.txt").read_text(encoding="utf-8")
    assert service.check() == []


def test_manifest_gives_each_shown_entry_whole_as_the_vault_keeps_it(
    evidence: Evidence, bundle: Path
) -> None:
    # The dossier holds the chain packed while the PDF is written (`PackedChain`): what
    # the manifest gives of each entry must be the vault's entry, field for field.
    manifest = json.loads((bundle / "manifest.json").read_text(encoding="utf-8"))
    kept = {e.hash: dataclasses.asdict(e) for e in evidence.service.audit_entries()}
    shown = [entry for entry in manifest["audit"]["entries"] if "details" in entry]
    assert len(shown) > len(evidence.items)
    assert any("Zoë" in json.dumps(entry, ensure_ascii=False) for entry in shown)
    for entry in shown:
        assert entry == kept[entry["hash"]]


def test_the_pdf_is_written_without_the_chain_parsed(evidence: Evidence, tmp_path: Path) -> None:
    alive: list[list[int]] = []

    def progress(done: int, total: int) -> None:
        if not alive:  # the first picture of the PDF
            gc.collect()
            alive.append([o.seq for o in gc.get_objects() if isinstance(o, AuditEntry)])

    export(evidence.service, tmp_path / "bundle", progress=progress)
    # The chain's last entry, which the export's own entry follows; none of the others.
    assert alive == [[evidence.service.audit_entries()[-2].seq]]


def test_other_cases_stay_out_of_the_manifest(evidence: Evidence, tmp_path: Path) -> None:
    service = evidence.service
    other = service.create_case("Geheime andere zaak")
    secret = screenshot(tmp_path / "ander.png", (40, 30), 7)
    service.add_file(secret, case_id=other.id, url="https://example.org/geheim")
    first = service.cases()[0]
    target = export(service, tmp_path / "only-first", case_ids=[first.id]).path
    manifest = (target / "manifest.json").read_text(encoding="utf-8")
    assert "Geheime" not in manifest and "example.org/geheim" not in manifest
    assert verify_bundle(target) == []


def test_chosen_items_only(evidence: Evidence, tmp_path: Path) -> None:
    chosen = [evidence.items[2].id, evidence.items[0].id]
    target = export(evidence.service, tmp_path / "two", item_ids=chosen).path
    names = sorted(p.name for p in (target / "originals").iterdir())
    assert names == ["1-desktop.png", "2-foto.jpg"]
    with pytest.raises(NotFound):
        export(evidence.service, tmp_path / "bad", item_ids=[999])
    assert not (tmp_path / "bad").exists()


# -- verify -------------------------------------------------------------------


def test_verify_passes_an_untouched_bundle(bundle: Path) -> None:
    assert verify_bundle(bundle) == []


def test_verify_names_an_original_with_one_changed_byte(bundle: Path) -> None:
    target = bundle / "originals" / "1-desktop.png"
    data = bytearray(target.read_bytes())
    data[len(data) // 2] ^= 0x01
    target.write_bytes(bytes(data))
    findings = verify_bundle(bundle)
    assert findings
    assert {f.file for f in findings} == {"originals/1-desktop.png"}


def test_verify_names_the_manifest_when_a_field_changes(bundle: Path) -> None:
    path = bundle / "manifest.json"
    manifest = json.loads(path.read_text(encoding="utf-8"))
    manifest["items"][0]["url"] = "https://example.org/something-else"
    path.write_text(json.dumps(manifest, indent=2, ensure_ascii=False), encoding="utf-8")
    findings = [str(f) for f in verify_bundle(bundle)]
    assert any(f.startswith("manifest.json: its SHA-256 does not match") for f in findings)
    assert any("field 'url' differs from what the audit chain recorded" in f for f in findings)


def test_verify_names_the_manifest_when_a_field_and_its_sums_change(bundle: Path) -> None:
    # Someone who also rewrites SHA256SUMS is still caught by the audit chain.
    path = bundle / "manifest.json"
    manifest = json.loads(path.read_text(encoding="utf-8"))
    manifest["items"][1]["posted_by"] = "iemand anders"
    path.write_text(json.dumps(manifest), encoding="utf-8")
    sums = bundle / "SHA256SUMS"
    new_hash = hashlib.sha256(path.read_bytes()).hexdigest()
    lines = [
        f"{new_hash}  manifest.json" if line.endswith("  manifest.json") else line
        for line in sums.read_text().splitlines()
    ]
    sums.write_text("\n".join(lines) + "\n")
    findings = [str(f) for f in verify_bundle(bundle)]
    assert findings == [
        "manifest.json: item 2: field 'posted_by' differs from what the audit chain recorded"
    ]


def test_verify_names_added_and_removed_files(bundle: Path) -> None:
    (bundle / "originals" / "extra.png").write_bytes(b"not evidence")
    (bundle / "originals" / "3-foto.jpg").unlink()
    findings = [str(f) for f in verify_bundle(bundle)]
    assert "originals/extra.png: not listed in SHA256SUMS (added)" in findings
    assert "originals/3-foto.jpg: listed in SHA256SUMS but missing (removed)" in findings
    assert "originals/extra.png: not described in manifest.json" in findings


def test_verify_refuses_what_is_not_a_bundle(tmp_path: Path) -> None:
    with pytest.raises(BundleUnreadable):
        verify_bundle(tmp_path / "nothing")
    (tmp_path / "junk.zip").write_bytes(b"PK not really")
    with pytest.raises(BundleUnreadable):
        verify_bundle(tmp_path / "junk.zip")
    (tmp_path / "empty").mkdir()
    with pytest.raises(BundleUnreadable):
        verify_bundle(tmp_path / "empty")


# -- ZIP, atomicity ---------------------------------------------------------------


def test_zip_bundle_verifies_and_unpacks_to_a_checkable_folder(
    evidence: Evidence, tmp_path: Path
) -> None:
    target = export(evidence.service, tmp_path / "dossier.zip").path
    assert target.is_file()
    assert verify_bundle(target) == []
    unpacked = tmp_path / "unpacked"
    with zipfile.ZipFile(target) as archive:
        archive.extractall(unpacked)
    assert (
        subprocess.run(["sha256sum", "-c", "SHA256SUMS"], cwd=unpacked, check=False).returncode == 0
    )


@pytest.mark.parametrize(
    ("name", "password"),
    [("cancelled", None), ("cancelled.zip", None), ("cancelled.7z", "Wachtwoord voor de politie")],
)
def test_cancel_leaves_nothing_under_the_final_name(
    evidence: Evidence, tmp_path: Path, name: str, password: str | None
) -> None:
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        seen.append((done, total))
        return done < 3

    before = len(evidence.service.audit_entries())
    with pytest.raises(ExportCancelled):
        export(evidence.service, tmp_path / name, progress=progress, password=password)
    assert seen[-1][0] == 3
    assert sorted(p.name for p in tmp_path.iterdir()) == ["files", "home"]
    assert len(evidence.service.audit_entries()) == before  # no export recorded

    event = threading.Event()
    event.set()
    with pytest.raises(ExportCancelled):
        export(evidence.service, tmp_path / name, cancel=event, password=password)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["files", "home"]


def test_progress_counts_to_its_total(evidence: Evidence, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    export(evidence.service, tmp_path / "d", progress=lambda d, t: seen.append((d, t)) or None)
    total = seen[0][1]
    assert [d for d, _ in seen] == list(range(1, total + 1))
    assert total == 4 + 5 + 1  # 4 images in the PDF, 5 originals, the manifest


def test_an_existing_target_is_refused(evidence: Evidence, tmp_path: Path) -> None:
    (tmp_path / "exists.zip").write_bytes(b"keep me")
    with pytest.raises(TargetExists):
        export(evidence.service, tmp_path / "exists.zip")
    assert (tmp_path / "exists.zip").read_bytes() == b"keep me"


# -- the redacted copy ----------------------------------------------------------


def test_redacted_copy_hides_regions_and_leaves_out_the_originals(
    evidence: Evidence, tmp_path: Path
) -> None:
    service = evidence.service
    desktop = evidence.items[0]
    service.set_redactions(
        desktop.id, [Region(100, 100, 400, 300), Region(900, 500, 300, 200, "blur")]
    )
    target = export(service, tmp_path / "school", redacted=True).path
    assert not (target / "originals").exists()
    assert verify_bundle(target) == []
    text = pdftext(target / "dossier.pdf")
    assert "REDACTED: parts of this image are hidden" in text
    assert "REDACTED: this image is withheld" in text  # images without regions are not shown
    out = tmp_path / "img"
    out.mkdir()
    subprocess.run(["pdfimages", "-png", str(target / "dossier.pdf"), str(out / "i")], check=True)
    (shown,) = sorted(out.iterdir())  # only the image with regions appears
    with Image.open(shown) as img, Image.open(evidence.files[0]) as original:
        assert img.size == original.size
        assert img.crop((100, 100, 500, 400)).getcolors() == [(400 * 300, (0, 0, 0))]
        assert (
            img.crop((900, 500, 1200, 700)).tobytes()
            != original.crop((900, 500, 1200, 700)).tobytes()
        )
        corner = original.convert("RGB").crop((0, 0, 90, 90))
        assert img.crop((0, 0, 90, 90)).tobytes() == corner.tobytes()
    manifest = json.loads((target / "manifest.json").read_text())
    assert manifest["variant"] == "redacted"
    assert manifest["items"][0]["redacted_regions"][0] == {
        "x": 100,
        "y": 100,
        "width": 400,
        "height": 300,
        "style": "black",
    }
    assert service.original_bytes(desktop.id) == evidence.files[0].read_bytes()
    assert service.check() == []


def test_redaction_regions_are_stored_clipped_and_audited(evidence: Evidence) -> None:
    service = evidence.service
    item = evidence.items[3]  # 300 × 200
    service.set_redactions(item.id, [Region(250, 150, 500, 500), Region(-5, -5, 2, 2)])
    assert service.redactions() == {item.id: [Region(250, 150, 50, 50)]}
    assert service.audit_entries()[-1].action == "item.redactions"
    entries = len(service.audit_entries())
    # The same parts again (a Save and the lock's write of what it showed) add nothing.
    service.set_redactions(item.id, [Region(250, 150, 50, 50)])
    assert len(service.audit_entries()) == entries
    with pytest.raises(BadInput):
        service.set_redactions(item.id, [Region(0, 0, 5, 5, "pink")])
    service.set_redactions(item.id, [])
    assert service.redactions() == {}
    assert service.check() == []


def test_case_summary_is_audited(service: VaultService) -> None:
    case = service.cases()[0]
    service.set_case_summary(case.id, "Wat er gebeurde.")
    entry = service.audit_entries()[-1]
    assert (entry.action, entry.target) == ("case.edit", f"case:{case.id}")
    assert entry.details["changes"]["summary"] == {"before": "", "after": "Wat er gebeurde."}
    assert service.cases()[0].summary == "Wat er gebeurde."


def test_safe_names() -> None:
    assert safe_name("Schermafbeelding 2026-03-03 om 21.04.05.png") == (
        "Schermafbeelding_2026-03-03_om_21.04.05.png"
    )
    assert safe_name("../../etc/passwd") == "etc_passwd"
    assert safe_name("ççç") == "ccc"
    assert safe_name("") == "item"
    long = safe_name("a" * 300 + ".jpeg")
    assert len(long) == 80 and long.endswith(".jpeg")


def test_linked_persons_carry_every_identifier(evidence: Evidence, tmp_path: Path) -> None:
    service = evidence.service
    person = service.add_person(
        1,
        name="Kévin Lambert",
        handles="@kev_lmb on Instagram\nkevl#2211 on Discord",
        email="kev.lambert@example.org",
        phone="+32 470 12 34 56",
    )
    service.update_item(evidence.items[0].id, {"poster_id": person.id})
    target = export(service, tmp_path / "with-person").path
    manifest = json.loads((target / "manifest.json").read_text(encoding="utf-8"))
    (record,) = [p for p in manifest["persons"] if p["name"] == "Kévin Lambert"]
    assert record == {
        "name": "Kévin Lambert",
        "handles": ["@kev_lmb on Instagram", "kevl#2211 on Discord"],
        "email": "kev.lambert@example.org",
        "phone": "+32 470 12 34 56",
        "notes": "",
        "items": [1],
        "record": {
            "id": person.id,
            "case_id": 1,
            "name": "Kévin Lambert",
            "handles": "@kev_lmb on Instagram\nkevl#2211 on Discord",
            "email": "kev.lambert@example.org",
            "phone": "+32 470 12 34 56",
            "notes": "",
        },
    }
    # Item 1 now names the linked person; "Noël Dupont" is still named by item 3.
    assert {p["name"] for p in manifest["persons"]} == {
        "Kévin Lambert",
        "Noël Dupont",
        "x_françois",
        "Zoë",
    }
    text = squeeze(pdftext(target / "dossier.pdf"))
    for value in (
        "kev.lambert@example.org",
        "+32 470 12 34 56",
        "@kev_lmb on Instagram",
        "kevl#2211",
    ):
        assert squeeze(value) in text


def _rewrite_manifest(bundle: Path, change: Any) -> list[str]:
    """Change manifest.json and its line in SHA256SUMS, as a careful forger would; verify."""
    path = bundle / "manifest.json"
    manifest = json.loads(path.read_text(encoding="utf-8"))
    change(manifest)
    path.write_text(json.dumps(manifest), encoding="utf-8")
    new_hash = hashlib.sha256(path.read_bytes()).hexdigest()
    sums = bundle / "SHA256SUMS"
    lines = [
        f"{new_hash}  manifest.json" if line.endswith("  manifest.json") else line
        for line in sums.read_text().splitlines()
    ]
    sums.write_text("\n".join(lines) + "\n")
    return [str(f) for f in verify_bundle(bundle)]


def test_verify_catches_a_rewritten_case_summary(bundle: Path) -> None:
    def change(manifest: dict[str, Any]) -> None:
        manifest["cases"][0]["summary"] = "Nothing happened."

    assert _rewrite_manifest(bundle, change) == [
        "manifest.json: case 1: 'summary' differs from what the audit chain recorded"
    ]


def test_verify_catches_a_rewritten_persons_phone(evidence: Evidence, tmp_path: Path) -> None:
    service = evidence.service
    person = service.add_person(1, name="Kévin", phone="+32 470 12 34 56")
    service.update_item(evidence.items[0].id, {"poster_id": person.id})
    target = export(service, tmp_path / "with-person").path

    def change(manifest: dict[str, Any]) -> None:
        (shown,) = [p for p in manifest["persons"] if p["record"]]
        shown["phone"] = shown["record"]["phone"] = "+32 479 99 99 99"

    assert _rewrite_manifest(target, change) == [
        f"manifest.json: person {person.id}: 'phone' differs from what the audit chain recorded"
    ]


def test_verify_text_says_what_the_checks_cannot_prove(evidence: Evidence, tmp_path: Path) -> None:
    english = export(evidence.service, tmp_path / "en").path / "VERIFY.txt"
    dutch = export(evidence.service, tmp_path / "nl", language="nl").path / "VERIFY.txt"
    assert "write down the audit chain head" in english.read_text(encoding="utf-8")
    assert "proces-verbaal" in dutch.read_text(encoding="utf-8")


def test_an_item_of_words_only_has_no_file_in_the_bundle(
    service: VaultService, tmp_path: Path
) -> None:
    item = service.add_record(
        case_id=1,
        url="https://www.instagram.com/some.account/",
        description="Een naaktfoto van mij, gepost op 3 mei",
    )
    target = export(service, tmp_path / "words", language="nl").path
    assert not (target / "originals").exists() or list((target / "originals").iterdir()) == []
    manifest = json.loads((target / "manifest.json").read_text(encoding="utf-8"))
    (record,) = manifest["items"]
    assert (record["id"], record["file"], record["kind"]) == (item.id, None, "record")
    text = squeeze(pdftext(target / "dossier.pdf"))
    assert squeeze("geen bestand of beeld bewaard") in text
    assert squeeze("genoteerd, geen bestand bewaard") in text
    assert hashlib.sha256(b"").hexdigest() not in text  # no fingerprint of a file that is not there
    assert verify_bundle(target) == []
    subprocess.run(["sha256sum", "-c", "--quiet", "SHA256SUMS"], cwd=target, check=True)


def test_verify_catches_evidence_left_out(evidence: Evidence, tmp_path: Path) -> None:
    """Removing an original, an item or a named person, with the sums rewritten, is found."""
    service = evidence.service
    person = service.add_person(1, name="Kévin", phone="+32 470 12 34 56")
    service.update_item(evidence.items[0].id, {"poster_id": person.id})

    def fresh(name: str) -> Path:
        return export(service, tmp_path / name).path

    def drop_original(manifest: dict[str, Any]) -> None:
        manifest["items"][1]["file"] = None

    target = fresh("no-original")
    (target / manifest_file_of(target, 2)).unlink()
    sums = target / "SHA256SUMS"
    sums.write_text(
        "".join(line + "\n" for line in sums.read_text().splitlines() if "originals/2-" not in line)
    )
    assert _rewrite_manifest(target, drop_original) == [
        "manifest.json: item 2: its original file is left out of this full copy"
    ]

    def drop_item(manifest: dict[str, Any]) -> None:
        del manifest["items"][2]

    dropped = evidence.items[2].id
    found = _rewrite_manifest(fresh("no-item"), drop_item)
    assert f"manifest.json: item {dropped}: in the audit chain of this dossier but not in " in (
        " ".join(found)
    )

    def drop_person(manifest: dict[str, Any]) -> None:
        manifest["persons"] = [p for p in manifest["persons"] if not p["record"]]

    assert _rewrite_manifest(fresh("no-person"), drop_person) == [
        f"manifest.json: item 1: the person who posted it ({person.id}) is missing from "
        "manifest.json",
        f"manifest.json: person {person.id}: named in the export's entry of the audit chain but "
        "not in manifest.json (left out)",
    ]


def manifest_file_of(target: Path, number: int) -> str:
    manifest = json.loads((target / "manifest.json").read_text(encoding="utf-8"))
    return next(r["file"] for r in manifest["items"] if r["number"] == number)


def test_verify_follows_the_chain_through_shown_entries_and_bare_links(
    evidence: Evidence, tmp_path: Path
) -> None:
    service = evidence.service
    other = service.create_case("Andere zaak")  # its entries stay bare links in the export
    service.set_case_summary(other.id, "niet voor deze export")
    target = export(service, tmp_path / "chain", case_ids=[1]).path

    def alter(manifest: dict[str, Any]) -> None:
        shown = next(e for e in manifest["audit"]["entries"] if "action" in e and e["seq"] > 2)
        shown["at_utc"] = "2020-01-01T00:00:00.000000Z"

    altered = _rewrite_manifest(target, alter)
    assert any(f.endswith("its content does not match its hash (altered)") for f in altered)

    target = export(service, tmp_path / "chain2", case_ids=[1]).path
    manifest = json.loads((target / "manifest.json").read_text(encoding="utf-8"))
    bare = next(e for e in manifest["audit"]["entries"] if "action" not in e)

    def drop_bare(manifest: dict[str, Any]) -> None:
        manifest["audit"]["entries"] = [
            e for e in manifest["audit"]["entries"] if e["seq"] != bare["seq"]
        ]

    dropped = _rewrite_manifest(target, drop_bare)
    after = bare["seq"] + 1
    assert f"manifest.json: audit entry {after}: does not link to the entry before it" in dropped
    assert any("entries are missing or out of order" in f for f in dropped)


# -- the head binds the PDF, the kind of copy and the list of items ---------------


def test_a_pdf_swapped_for_another_with_every_fingerprint_redone_is_found(
    evidence: Evidence, bundle: Path, tmp_path: Path
) -> None:
    other = export(evidence.service, tmp_path / "other", item_ids=[evidence.items[0].id]).path

    def swap(bundle: Path, manifest: dict[str, Any]) -> None:
        (bundle / "dossier.pdf").write_bytes((other / "dossier.pdf").read_bytes())

    assert forge(bundle, swap) == [
        "dossier.pdf: is not the PDF this export made: its SHA-256 differs from the one in "
        "the export's entry of the audit chain"
    ]


def test_a_full_copy_relabelled_redacted_without_its_originals_is_found(bundle: Path) -> None:
    def relabel(bundle: Path, manifest: dict[str, Any]) -> None:
        manifest["variant"] = "redacted"
        for record in manifest["items"]:
            if record["file"]:
                (bundle / record["file"]).unlink()
            record["file"] = None
            record["redacted_regions"] = []

    assert forge(bundle, relabel) == [
        "manifest.json: its kind of copy (redacted) is not the one in the export's entry of "
        "the audit chain (complete)"
    ]


def test_an_item_hidden_as_bare_links_is_found(evidence: Evidence, bundle: Path) -> None:
    hidden = evidence.items[1]

    def hide(bundle: Path, manifest: dict[str, Any]) -> None:
        (record,) = [r for r in manifest["items"] if r["id"] == hidden.id]
        (bundle / record["file"]).unlink()
        manifest["items"].remove(record)
        manifest["audit"]["entries"] = [
            {"seq": e["seq"], "prev_hash": e["prev_hash"], "hash": e["hash"]}
            if e.get("target") == f"item:{hidden.id}"
            else e
            for e in manifest["audit"]["entries"]
        ]

    assert forge(bundle, hide) == [
        f"manifest.json: item {hidden.id}: named in the export's entry of the audit chain but "
        "not in manifest.json (left out)"
    ]


def test_another_head_in_verify_txt_is_found(bundle: Path) -> None:
    def rewrite(bundle: Path, manifest: dict[str, Any]) -> None:
        text = (bundle / "VERIFY.txt").read_text(encoding="utf-8")
        head = manifest["audit"]["head"]
        assert head in text
        (bundle / "VERIFY.txt").write_text(text.replace(head, "ab" * 32), encoding="utf-8")

    assert forge(bundle, rewrite) == [
        "VERIFY.txt: does not give the audit chain head of manifest.json: the head to write "
        "down is the one verify shows"
    ]


def test_a_forger_who_rewrites_the_exports_own_entry_changes_the_head(
    evidence: Evidence, bundle: Path
) -> None:
    """What no offline check can catch: the last entry rewritten and rehashed. The head
    then differs from the vault's, which is why it is written down on receipt."""
    true_head = evidence.service.audit_entries()[-1].hash
    hidden = evidence.items[2]

    def rewrite(bundle: Path, manifest: dict[str, Any]) -> None:
        (record,) = [r for r in manifest["items"] if r["id"] == hidden.id]
        (bundle / record["file"]).unlink()
        manifest["items"].remove(record)
        entries = manifest["audit"]["entries"]
        entries[:] = [
            {"seq": e["seq"], "prev_hash": e["prev_hash"], "hash": e["hash"]}
            if e.get("target") == f"item:{hidden.id}"
            else e
            for e in entries
        ]
        last = entries[-1]
        last["details"]["items"].remove(hidden.id)
        fields = ("prev_hash", "seq", "at_utc", "actor", "action", "target", "details")
        last["hash"] = audit.entry_hash(*(last[f] for f in fields))
        manifest["audit"]["head"] = last["hash"]
        text = (bundle / "VERIFY.txt").read_text(encoding="utf-8")
        (bundle / "VERIFY.txt").write_text(text.replace(true_head, last["hash"]), "utf-8")

    assert forge(bundle, rewrite) == []
    report = verify_report(bundle)
    assert report.head not in {e.hash for e in evidence.service.audit_entries()}
    assert report.bound and report.kept


def test_an_export_made_while_items_are_added_ends_in_its_own_entry(
    evidence: Evidence, tmp_path: Path
) -> None:
    """Entries made while the export ran are bare links before its own entry."""
    service = evidence.service
    added: list[Item] = []

    def progress(done: int, total: int) -> bool:
        if done == 1:  # the first image is in the PDF: someone adds an item meanwhile
            added.append(service.add_record(case_id=1, url="https://example.org/later"))
        return True

    target = export(service, tmp_path / "busy", progress=progress).path
    assert added
    manifest = json.loads((target / "manifest.json").read_text(encoding="utf-8"))
    entries = manifest["audit"]["entries"]
    assert set(entries[-2]) == {"seq", "prev_hash", "hash"}  # the new item: a bare link
    assert entries[-1]["action"] == "export" and entries[-1]["hash"] == manifest["audit"]["head"]
    assert added[0].id not in entries[-1]["details"]["items"]
    assert manifest["audit"]["head"] == service.audit_entries()[-1].hash
    assert verify_bundle(target) == []


def test_a_dossier_of_format_2_still_verifies_and_says_its_head_binds_less(bundle: Path) -> None:
    """Dossiers already handed over ended with the item entries, not the export's own."""

    def as_format_2(bundle: Path, manifest: dict[str, Any]) -> None:
        chain = manifest["audit"]
        own = chain["entries"].pop()
        chain["head"] = own["prev_hash"]
        manifest["format_version"] = 2
        text = (bundle / "VERIFY.txt").read_text(encoding="utf-8")
        (bundle / "VERIFY.txt").write_text(text.replace(own["hash"], own["prev_hash"]), "utf-8")

    assert forge(bundle, as_format_2) == []
    report = verify_report(bundle)
    assert not report.bound and report.kept
    assert report.head == json.loads((bundle / "manifest.json").read_text())["audit"]["head"]


def test_the_manifest_is_written_in_pieces_as_json_dumps_would_write_it_whole() -> None:
    # Pieces of the encoder, gathered 64 K characters at a time: many gatherings, and
    # characters of several bytes that fall across them.
    manifest = {
        "items": [
            {
                "id": n,
                "notes": "é€😀 \u202e" * (n % 7),
                "url": f"https://x.com/{n}",
                "ok": n % 2 == 0,
            }
            for n in range(5000)
        ],
        "empty": {},
        "none": None,
        "nan-free": 1.5,
    }
    out = io.BytesIO()
    sha, size = mf.write_manifest(manifest, out)
    whole = (json.dumps(manifest, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    assert out.getvalue() == whole
    assert (sha, size) == (hashlib.sha256(whole).hexdigest(), len(whole))
    assert size > 4 * mf.WRITE_CHUNK


def test_a_streamed_list_is_written_as_the_list_itself_would_be() -> None:
    # The audit chain's entries are written one at a time (`Streamed`), at any depth.
    entries = [
        {"seq": n, "details": {"note": "a\nb [x] {y}", "ids": [n, [n]], "é": None}}
        for n in range(3)
    ]
    links = [{"seq": 9, "hash": "ab"}]

    def shaped(kind: Any) -> dict[str, Any]:
        return {
            "before": ["[", "{", 1.5],
            "audit": {"genesis": "0", "head": "h", "entries": kind(entries)},
            "deeper": {"a": {"b": kind(links)}, "none": kind([])},
            "after": [kind(entries[:1])],
        }

    out = io.BytesIO()
    mf.write_manifest(shaped(lambda found: mf.Streamed(lambda: iter(found))), out)
    whole = json.dumps(shaped(list), indent=2, ensure_ascii=False) + "\n"
    assert out.getvalue().decode("utf-8") == whole


@pytest.mark.parametrize(
    ("name", "password"), [("dossier", None), ("dossier.7z", "Wachtwoord voor de politie 2026!")]
)
def test_a_stored_file_changed_behind_the_apps_back_is_left_out_and_named(
    created: tuple[VaultService, str], tmp_path: Path, name: str, password: str | None
) -> None:
    # Its page is whole (changed with the key), so only the copy finds it: the export
    # reads the vault again and writes the dossier without it.
    service, recovery_key = created
    evidence = add_evidence(service, tmp_path / "files")
    changed = evidence.items[1]
    raw = plain(service.folder / VAULT_DB, recovery_key)
    try:
        where = "WHERE item_id = ? AND seq = 0"
        data = bytearray(
            raw.execute(f"SELECT data FROM chunks {where}", (changed.id,)).fetchone()[0]
        )
        data[-1] ^= 0x01
        raw.execute(f"UPDATE chunks SET data = ? {where}", (bytes(data), changed.id))
    finally:
        raw.close()
    result = export(service, tmp_path / name, password=password)
    assert [(m.item_id, m.reason) for m in result.missing] == [(changed.id, FILE_DIFFERS)]
    assert [str(found) for found in verify_bundle(result.path, password)] == [
        f"manifest.json: incomplete: vault item {changed.id} ({changed.original_name}) is not in "
        "this dossier: its stored file in the vault no longer matches its SHA-256"
    ]
    exports = [e for e in service.audit_entries() if e.action == audit.EXPORT]
    assert len(exports) == 1 and exports[0].details["missing_items"] == [changed.id]
    assert sorted(p.name for p in tmp_path.iterdir()) == [name, "files", "home"]  # no leftover
    if password is None:
        kept = sorted(p.name for p in (result.path / "originals").iterdir())
        assert len(kept) == len(evidence.items) - 1
        assert not any(file.endswith(changed.original_name) for file in kept)


@pytest.mark.parametrize("stored", [b"\xff\xfe not text", 7, "[1, 2]"])
def test_an_audit_entry_that_is_not_json_is_exported_as_text(
    created: tuple[VaultService, str], tmp_path: Path, stored: object
) -> None:
    # Damage or tampering with the key: the entry's details are not even text. The export
    # is written (the chain's check says what is wrong); the entry's details as text.
    service, recovery_key = created
    evidence = add_evidence(service, tmp_path / "files")
    seq = next(e.seq for e in service.audit_entries() if e.target == f"item:{evidence.items[0].id}")
    raw = plain(service.folder / VAULT_DB, recovery_key)
    try:
        raw.execute("UPDATE audit SET details = ? WHERE seq = ?", (stored, seq))
    finally:
        raw.close()
    result = export(service, tmp_path / "dossier")
    manifest = json.loads((result.path / "manifest.json").read_text(encoding="utf-8"))
    entry = next(e for e in manifest["audit"]["entries"] if e["seq"] == seq)
    text = {bytes: "\ufffd\ufffd not text", int: "7", str: "[1, 2]"}[type(stored)]
    assert entry["details"] == {"unparseable": text}
    assert f"audit entry {seq}" in " ".join(str(p) for p in service.check())
