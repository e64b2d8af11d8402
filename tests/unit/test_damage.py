"""A damaged page of vault.db: each page of a small vault damaged in turn.

One bit is flipped in the middle of one page (SQLCipher's HMAC no longer
matches), and the vault is opened, checked, listed and exported as it is. What is
expected comes from outside the app's own reading: each item's bytes and record
are read on a fresh plain connection (through the index and through the table),
and an item that reads whole and right there must be in the export, byte for byte.
"""

from __future__ import annotations

import hashlib
import io
import random
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import sqlcipher3
from PIL import Image

from evidence_app.domain.errors import VaultDamaged, VaultUnreadable
from evidence_app.domain.guide import StepState
from evidence_app.domain.model import NewAttachment, Region
from evidence_app.export import ExportResult, export_dossier, verify_bundle
from evidence_app.vault import integrity
from evidence_app.vault.service import VAULT_DB, VaultService
from tests.helpers.pages import PAGE, plain, read_plainly
from tests.helpers.vaults import FAST_KDF, PASSPHRASE


def _noise(seed: int, size: tuple[int, int] = (120, 80)) -> bytes:
    """A PNG of random pixels: about 29 KB, so its bytes take two overflow pages."""
    rng = random.Random(seed)
    buffer = io.BytesIO()
    Image.frombytes("RGB", size, rng.randbytes(size[0] * size[1] * 3)).save(buffer, "PNG")
    return buffer.getvalue()


@dataclass(frozen=True)
class Clean:
    """The undamaged vault: its folder, its recovery key, and each item's original bytes."""

    folder: Path
    recovery_key: str
    originals: dict[int, bytes]  # item id -> bytes
    names: dict[int, str]
    viewport: bytes  # item 2's further file

    @property
    def pages(self) -> int:
        return (self.folder / VAULT_DB).stat().st_size // PAGE


@pytest.fixture(scope="module")
def clean(tmp_path_factory: pytest.TempPathFactory) -> Clean:
    """Four items (one with a further file), a person who posted one, a hidden part, a
    journal entry, a report with an answer and a re-check, and a hand-over."""
    folder = tmp_path_factory.mktemp("damage") / "vault"
    service, recovery_key = VaultService.create(folder, PASSPHRASE, kdf=FAST_KDF)
    case = service.cases()[0].id
    originals, names = {}, {}
    for n in range(4):
        data = _noise(n)
        attachments = (
            [NewAttachment(_noise(10), "viewport", "viewport.png", "image/png")] if n == 1 else []
        )
        item = service.add_bytes(
            data,
            case_id=case,
            original_name=f"shot{n}.png",
            kind="file",
            capture_method="import",
            url=f"https://example.org/{n}",
            notes=f"note {n}",
            attachments=attachments,
        )
        originals[item.id], names[item.id] = data, item.original_name
    person = service.add_person(case, name="Someone", handles="@someone")
    service.update_item(3, {"poster_id": person.id})
    service.set_redactions(2, [Region(5, 5, 20, 10)])
    # The story of the case: a journal entry, and a report with an answer and a re-check.
    service.add_journal_entry(case, "He called and threatened me.")
    report = service.add_report(
        case, "instagram", urls=["https://example.org/0"], item_ids=[1], status="sent"
    )
    service.add_answer(report.id, "Removed.", status="removed")
    service.add_report_check(report.id, "https://example.org/0", "removed", http_status=404)
    service.add_custody(case, "Politie Gent", reference="PV 1")
    service.choose("role", "helper")
    service.mark_step(case, "capture", StepState.DONE)
    assert service.check() == []
    service.lock()
    return Clean(folder, recovery_key, originals, names, _noise(10))


def _damaged(clean: Clean, page: int, where: Path) -> Path:
    """A copy of the clean vault with one bit flipped in the middle of `page` (from 0)."""
    folder = where / "vault"
    shutil.copytree(clean.folder, folder)
    db = folder / VAULT_DB
    data = bytearray(db.read_bytes())
    data[page * PAGE + PAGE // 2] ^= 0x10
    db.write_bytes(data)
    return folder


def _plain(folder: Path, recovery_key: str) -> sqlcipher3.Connection:
    return plain(folder / VAULT_DB, recovery_key)


def _plainly_readable(folder: Path, clean: Clean, sql: str, item_id: int) -> list[tuple] | None:
    """The rows `sql` gives for `item_id` on a fresh plain connection (`read_plainly`)."""
    return read_plainly(folder / VAULT_DB, clean.recovery_key, sql, (item_id,))


def _expected(folder: Path, clean: Clean) -> tuple[set[int], set[int]]:
    """(items that must be exported, items that may be): an item whose record and bytes
    read right on a plain connection must be; one whose bytes read right may be (its
    record can be rebuilt from the audit chain)."""
    must, may = set(), set()
    for item_id, original in clean.originals.items():
        bytes_ok = False
        for sql in (
            "SELECT data FROM chunks WHERE item_id = ? ORDER BY seq",
            "SELECT data FROM chunks NOT INDEXED WHERE item_id = ? ORDER BY seq",
        ):
            rows = _plainly_readable(folder, clean, sql, item_id)
            bytes_ok |= rows is not None and b"".join(row[0] for row in rows) == original
        record = _plainly_readable(folder, clean, "SELECT sha256 FROM items WHERE id = ?", item_id)
        record_ok = record == [(hashlib.sha256(original).hexdigest(),)]
        if bytes_ok:
            may.add(item_id)
            if record_ok:
                must.add(item_id)
    return must, may


def _each_page(clean: Clean, tmp_path: Path) -> Iterator[tuple[int, Path]]:
    for page in range(clean.pages):
        where = tmp_path / f"page{page}"
        where.mkdir()
        yield page, _damaged(clean, page, where)


@pytest.mark.slow  # an export per page: about a minute
def test_every_damaged_page_is_named_and_every_intact_item_exported(
    clean: Clean, tmp_path: Path
) -> None:
    failures: list[str] = []
    table: list[str] = []
    for page, folder in _each_page(clean, tmp_path):
        try:
            service = VaultService.unlock_with_recovery_key(folder, clean.recovery_key)
        except VaultUnreadable as exc:
            # Only the pages that say how the database is laid out stop it from opening.
            if exc.reason != VaultUnreadable.DATABASE_DAMAGED:
                failures.append(f"page {page}: {exc.reason}")
            conn = _plain(folder, clean.recovery_key)
            with pytest.raises(sqlcipher3.DatabaseError):
                conn.execute("SELECT * FROM sqlite_master").fetchall()
            conn.close()
            table.append(f"{page}: does not open")
            continue
        try:
            failures += _check_and_export(page, folder, service, clean, table)
        finally:
            service.lock()
    print("\n".join(table))  # the per-page outcome, for `pytest -s`
    assert failures == []
    opened = [line for line in table if "does not open" not in line]
    # Only the schema's pages keep it shut (each one above fails `sqlite_master`): five
    # since migration 10's triggers made the schema longer.
    assert len(opened) >= clean.pages - 5


def _check_and_export(
    page: int, folder: Path, service: VaultService, clean: Clean, table: list[str]
) -> list[str]:
    failures = []
    report = service.check_report()
    said = [str(p) for p in report.problems]
    if f"database: page {page + 1} is damaged" not in " ".join(said):
        failures.append(f"page {page}: check does not name the page: {said}")
    if not report.damaged:
        failures.append(f"page {page}: check does not call the vault damaged")
    unreadable = {
        item_id
        for item_id in clean.originals
        if any(
            p.where.startswith(f"item {item_id} ")
            and p.what in (integrity.UNREADABLE_FILE, integrity.UNREADABLE_RECORD)
            for p in report.problems
        )
    }
    must, may = _expected(folder, clean)
    try:
        result = export_dossier(service, folder.parent / "dossier")
    except VaultDamaged as exc:
        assert exc.what == VaultDamaged.NOTHING_READABLE
        exported: dict[int, bytes] = {}
        missing: set[int] = set(clean.originals)
        findings: list[str] = []
        result = None
    else:
        exported = _originals_in(result.path, clean)
        missing = {m.item_id for m in result.missing if m.attachment_id is None}
        findings = [str(f) for f in verify_bundle(result.path)]
        if result.complete and findings:
            failures.append(f"page {page}: a complete dossier does not verify: {findings}")
        if not result.complete and not findings:
            failures.append(f"page {page}: an incomplete dossier verifies as complete")
        for item_id in missing:
            if not any(f"vault item {item_id} " in f for f in findings):
                failures.append(f"page {page}: verify does not name missing item {item_id}")
    for item_id, data in exported.items():
        if data != clean.originals[item_id]:
            failures.append(f"page {page}: item {item_id} exported with other bytes")
    if not must <= set(exported):
        failures.append(f"page {page}: intact items {sorted(must - set(exported))} not exported")
    if not set(exported) <= may:
        failures.append(f"page {page}: items {sorted(set(exported) - may)} exported unreadable")
    if set(exported) | missing != set(clean.originals) or set(exported) & missing:
        failures.append(f"page {page}: exported {sorted(exported)}, missing {sorted(missing)}")
    if unreadable != missing:
        failures.append(f"page {page}: check names {sorted(unreadable)}, export {sorted(missing)}")
    if report.intact != len(exported):
        failures.append(f"page {page}: check counts {report.intact} intact, export {len(exported)}")
    failures += _attachment_outcome(page, report, result if exported else None, clean)
    listed, lost, _ = service.items_readable()
    if {i.id for i in listed} | set(lost) != set(clean.originals):
        failures.append(f"page {page}: list shows {[i.id for i in listed]}, lost {lost}")
    table.append(
        f"{page}: check {len(report.problems)} problem(s), intact {report.intact}/{report.items};"
        f" exported {sorted(exported)}; missing {sorted(missing)}"
    )
    return failures


def _attachment_outcome(
    page: int, report: integrity.CheckReport, result: ExportResult | None, clean: Clean
) -> list[str]:
    """The further file of item 2: in the bundle byte for byte, or named missing by both."""
    if result is None or 2 not in _originals_in(result.path, clean):
        return []
    named = any(
        p.where.startswith("item 2, file ") and p.what == integrity.UNREADABLE_FILE
        for p in report.problems
    )
    declared = any(m.attachment_id is not None for m in result.missing)
    files = list((result.path / "originals").glob("*-viewport.png"))
    if named != declared or named == bool(files):
        return [f"page {page}: further file named {named}, declared {declared}, kept {files}"]
    if files and files[0].read_bytes() != clean.viewport:
        return [f"page {page}: further file exported with other bytes"]
    return []


def _originals_in(bundle: Path, clean: Clean) -> dict[int, bytes]:
    """item id -> the bytes of its original in the bundle (found by its file name)."""
    found = {}
    for item_id, name in clean.names.items():
        files = list((bundle / "originals").glob(f"*-{name}"))
        if files:
            found[item_id] = files[0].read_bytes()
    return found


def _cli(folder: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """The command on the vault in `folder` (its base folder is the parent)."""
    return subprocess.run(
        [sys.executable, "-m", "evidence_app", "--basedir", str(folder.parent), *args],
        input=PASSPHRASE + "\n",
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


def _page_of(clean: Clean, tmp_path: Path, item_id: int) -> tuple[int, Path]:
    """A damaged copy in which only `item_id`'s stored bytes cannot be read."""
    for page, folder in _each_page(clean, tmp_path):
        if not (folder / VAULT_DB).exists():
            continue
        try:
            must, may = _expected(folder, clean)
        except sqlcipher3.DatabaseError:
            continue
        if may == set(clean.originals) - {item_id} and must == may:
            return page, folder
    raise AssertionError(f"no page holds only the bytes of item {item_id}")


def test_the_command_line_names_what_is_lost_and_saves_the_rest(
    clean: Clean, tmp_path: Path
) -> None:
    page, folder = _page_of(clean, tmp_path, 3)

    check = _cli(folder, "check")
    assert check.returncode == 1, check.stderr
    assert f"database: page {page + 1} is damaged" in check.stdout
    assert (
        "item 3 (shot2.png): its stored file cannot be read: it is on a damaged part of the "
        "database" in check.stdout.splitlines()
    )
    assert "3 of 4 item(s) can still be read whole" in check.stderr
    assert "Internal error" not in check.stderr

    listed = _cli(folder, "list")
    assert listed.returncode == 0, listed.stderr  # every record reads: only bytes are lost
    assert len(listed.stdout.splitlines()) == 4

    out = folder.parent / "dossier"
    export = _cli(folder, "export", "--out", str(out))
    assert export.returncode == 1, export.stderr
    assert (
        "  not in it: item 3 (shot2.png): its stored file is on a damaged part of the vault"
        in export.stderr.splitlines()
    )
    kept = sorted(p.name for p in (out / "originals").iterdir())
    assert kept == ["1-shot0.png", "2-shot1.png", "2-viewport.png", "3-shot3.png"]
    assert (out / "originals" / "3-shot3.png").read_bytes() == clean.originals[4]

    verify = _cli(out, "verify", str(out))
    assert verify.returncode == 1
    assert (
        "manifest.json: incomplete: vault item 3 (shot2.png) is not in this dossier: its "
        "stored file could not be read from the damaged vault" in verify.stdout.splitlines()
    )


def test_a_lost_schema_page_is_said_plainly(clean: Clean, tmp_path: Path) -> None:
    folder = _damaged(clean, 0, tmp_path)
    check = _cli(folder, "check")
    assert check.returncode == 4
    assert "Copy the whole folder (vault.db, vault.key and vault.key.backup)" in check.stderr


def test_list_says_which_records_it_could_not_read(clean: Clean, tmp_path: Path) -> None:
    """The items' own page and the audit chain's both damaged: nothing can rebuild them."""
    folder = tmp_path / "vault"
    shutil.copytree(clean.folder, folder)
    data = bytearray((folder / VAULT_DB).read_bytes())
    for page in _pages_failing(folder, clean, "SELECT * FROM items", "SELECT * FROM audit"):
        data[page * PAGE + PAGE // 2] ^= 0x10
    (folder / VAULT_DB).write_bytes(data)
    listed = _cli(folder, "list")
    assert listed.returncode == 1, listed.stderr
    assert "the list above is what can still be read" in listed.stderr
    assert "Internal error" not in listed.stderr


def _pages_failing(folder: Path, clean: Clean, *queries: str) -> list[int]:
    """For each query, the first page whose damage alone makes it fail."""
    pages = []
    original = (folder / VAULT_DB).read_bytes()
    for query in queries:
        for page in range(1, clean.pages):
            data = bytearray(original)
            data[page * PAGE + PAGE // 2] ^= 0x10
            (folder / VAULT_DB).write_bytes(data)
            conn = _plain(folder, clean.recovery_key)
            try:
                conn.execute("SELECT * FROM sqlite_master").fetchall()
            except sqlcipher3.DatabaseError:
                continue  # the schema's own page
            finally:
                conn.close()
            conn = _plain(folder, clean.recovery_key)
            try:
                conn.execute(query).fetchall()
            except sqlcipher3.DatabaseError:
                pages.append(page)
                break
            finally:
                conn.close()
    (folder / VAULT_DB).write_bytes(original)
    return pages
