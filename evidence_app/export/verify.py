"""Checking an exported bundle offline: no vault, no key, only the folder, ZIP or 7z.

1. Every line of `SHA256SUMS` names a file that is there and has that hash;
   every file of the bundle (but `SHA256SUMS` itself) is listed.
2. `manifest.json` against the files: each item's original and each of its
   further files (`attachments`: a web capture's viewport, page archive and
   stamped copy) has the size and SHA-256 the manifest records, every file in
   `originals/` is described, and the other files match the manifest's `files`
   section.
3. The audit chain in the manifest: each entry links to the one before, the
   entries given in full hash to their `hash` (as in `domain.audit`), the last
   one is the head; replaying them gives each item's fields, its attachments
   and its re-checks as the manifest states them (none added, left out or
   changed).
4. The chain ends with the export's own entry (format 3 on): the PDF's SHA-256,
   the kind of copy, the language and the items, further files, cases and persons
   it names are those of the bundle, and VERIFY.txt gives the chain's head. So a
   PDF swapped for another, a full copy relabelled "redacted" or an item left out
   changes the head, even with every fingerprint recomputed. What no offline
   check can prove (that the head is this vault's) is said by `verify_report`'s
   caller: the head must be compared with one written down on receipt, or shown
   in the vault's own chain.
5. A dossier exported from a damaged vault declares what it lacks (`incomplete`
   in the manifest): each missing item or file and each unreadable stretch of
   the audit chain is reported, in words, and the chain is followed on either
   side of such a stretch. Such a bundle never passes as complete.

Each problem names the file it is about. Raises `BundleUnreadable` when the
bundle cannot be read at all (not there, not a ZIP or 7z, a missing or wrong
password).

The bundle is someone else's data, so it is read as hostile (`bundle_reading`):
links, devices and other things that are not plain files are reported and never
opened; `SHA256SUMS` and `manifest.json` are read up to a bound, and a manifest
whose structure is not what Bewijskluis writes is one finding, never a crash.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from evidence_app.domain import audit
from evidence_app.domain.model import (
    Attachment,
    AuditEntry,
    Item,
    JournalEntry,
    Preview,
    Problem,
    Recheck,
)
from evidence_app.domain.report import REPORT_FIELDS
from evidence_app.export import manifest as mf
from evidence_app.export.bundle_reading import (
    MAX_MANIFEST,
    MAX_SUMS,
    MAX_VERIFY_TEXT,
    BundleUnreadable,
    Source,
    open_bundle,
)
from evidence_app.vault import damage

_SUMS_LINE = re.compile(r"^([0-9a-f]{64}) [ *](.+)$")
_ITEM_FIELDS = tuple(Item.__dataclass_fields__)
_ATTACHMENT_FIELDS = tuple(Attachment.__dataclass_fields__)
_RECHECK_FIELDS = tuple(Recheck.__dataclass_fields__)
_JOURNAL_FIELDS = tuple(JournalEntry.__dataclass_fields__)
_REPORT_FIELDS = (*REPORT_FIELDS, "deleted")


@dataclass(frozen=True)
class Finding:
    """One thing that does not match, and the file it is about."""

    file: str
    what: str

    def __str__(self) -> str:
        return f"{self.file}: {self.what}"


@dataclass(frozen=True)
class Report:
    """What `verify` found, and the chain head the bundle ends with."""

    findings: list[Finding]
    head: str | None  # None when the manifest could not be read
    # Whether the head binds the PDF, the kind of copy and the list of items (bundles
    # made before format 3 do not).
    bound: bool
    # False when the export's own entry could not be kept in the vault (its disk could
    # not be written then): the vault's chain does not hold this head.
    kept: bool = True


def verify_bundle(path: Path, password: str | None = None) -> list[Finding]:
    """Every problem of the bundle at `path` (a folder, a ZIP or a 7z); empty when all is
    well."""
    return verify_report(path, password).findings


def verify_report(path: Path, password: str | None = None) -> Report:
    """`verify_bundle`, with the head the bundle ends with (to compare with the one
    written down when it was received, or with the vault's own chain)."""
    with open_bundle(path, password) as source:
        findings: list[Finding] = []
        manifest = _verify(source, findings)
    if not isinstance(manifest, dict):
        return Report(findings, None, bound=False)
    chain = manifest.get("audit")
    head = chain.get("head") if isinstance(chain, dict) else None
    version = manifest.get("format_version")
    entries = chain.get("entries") if isinstance(chain, dict) else None
    last = entries[-1] if isinstance(entries, list) and entries else None
    details = last.get("details") if isinstance(last, dict) else None
    return Report(
        findings,
        head if isinstance(head, str) else None,
        bound=isinstance(version, int) and version >= _BOUND_SINCE,
        kept=not (isinstance(details, dict) and details.get("kept_in_vault") is False),
    )


def _verify(source: Source, findings: list[Finding]) -> Any:
    """Append every problem to `findings`; return the manifest, when it could be read."""
    names = source.names()
    if mf.SUMS not in names and mf.NAME not in names:
        raise BundleUnreadable("this is not a Bewijskluis bundle (no SHA256SUMS, no manifest.json)")
    findings += [
        Finding(
            name,
            "is a link or a device, or a second file of that name, or a name outside the "
            "bundle: not checked",
        )
        for name in sorted(source.strange)
    ]
    hashes: dict[str, tuple[str, int]] = {}

    def hashed(name: str) -> tuple[str, int]:
        if name not in hashes:
            hashes[name] = source.hash(name)
        return hashes[name]

    # 1. SHA256SUMS
    listed: dict[str, str] = {}
    if mf.SUMS not in names:
        findings.append(Finding(mf.SUMS, "missing"))
    else:
        raw = source.read(mf.SUMS, MAX_SUMS)
        if raw is None:
            findings.append(Finding(mf.SUMS, "far larger than any Bewijskluis writes: not read"))
        text = (raw or b"").decode("utf-8", "replace")
        for number, line in enumerate(text.splitlines(), start=1):
            match = _SUMS_LINE.match(line)
            if match is None:
                findings.append(Finding(mf.SUMS, f"line {number} is not in sha256sum's format"))
                continue
            listed[match.group(2)] = match.group(1)
        for name, expected in sorted(listed.items()):
            if name not in names:
                findings.append(Finding(name, "listed in SHA256SUMS but missing (removed)"))
            elif hashed(name)[0] != expected:
                findings.append(Finding(name, "its SHA-256 does not match SHA256SUMS (changed)"))
        for name in sorted(names - set(listed) - {mf.SUMS}):
            findings.append(Finding(name, "not listed in SHA256SUMS (added)"))

    # 2. the manifest against the files
    if mf.NAME not in names:
        if mf.SUMS in names:
            findings.append(Finding(mf.NAME, "missing"))
        return None
    raw = source.read(mf.NAME, MAX_MANIFEST)
    if raw is None:
        findings.append(Finding(mf.NAME, "far larger than any Bewijskluis writes: not read"))
        return None
    try:
        manifest = json.loads(raw)
        items = list(manifest["items"])
        files = dict(manifest.get("files", {}))
        chain = manifest["audit"]
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError):
        findings.append(Finding(mf.NAME, "not a readable manifest"))
        return None
    try:
        findings += _against_the_manifest(manifest, items, files, chain, names, listed, hashed)
        findings += _verify_binding(manifest, chain, names, hashed)
        findings += _verify_text_head(source, names, chain)
    except (AttributeError, KeyError, TypeError, ValueError, RecursionError):
        # A field where another kind of value belongs: not what Bewijskluis writes.
        findings.append(Finding(mf.NAME, "its structure is not what Bewijskluis writes"))
        return None
    return manifest


_BOUND_SINCE = 3  # the manifest format whose head binds the PDF and the lists
_HEX64 = re.compile(r"\b[0-9a-f]{64}\b")


def _verify_binding(
    manifest: dict[str, Any],
    chain: Any,
    names: set[str],
    hashed: Callable[[str], tuple[str, int]],
) -> list[Finding]:
    """Step 5: the export's own entry, the last of the chain, against the bundle: the
    PDF's SHA-256, the kind of copy, the language, and which items, further files,
    cases and persons it holds (`export.bundle.export_details`)."""
    version = manifest.get("format_version")
    if not isinstance(version, int) or version < _BOUND_SINCE:
        return []  # made before the head bound them: `Report.bound` says so
    entries = chain.get("entries") if isinstance(chain, dict) else None
    last = entries[-1] if isinstance(entries, list) and entries else None
    details = last.get("details") if isinstance(last, dict) else None
    if not (
        isinstance(last, dict) and last.get("action") == audit.EXPORT and isinstance(details, dict)
    ):
        return [
            Finding(
                mf.NAME,
                "the audit chain does not end with the export's own entry, which names the "
                "PDF, the kind of copy and the items of this dossier",
            )
        ]
    findings: list[Finding] = []

    def problem(file: str, what: str) -> None:
        findings.append(Finding(file, what))

    if mf.PDF in names and hashed(mf.PDF)[0] != details.get("pdf_sha256"):
        problem(
            mf.PDF,
            "is not the PDF this export made: its SHA-256 differs from the one in the "
            "export's entry of the audit chain",
        )
    for field, what in (("variant", "kind of copy"), ("language", "language")):
        if manifest.get(field) != details.get(field):
            problem(
                mf.NAME,
                f"its {what} ({manifest.get(field)}) is not the one in the export's entry of "
                f"the audit chain ({details.get(field)})",
            )
    items = [r for r in manifest.get("items", []) if isinstance(r, dict)]
    attachments = [a for r in items for a in _records(r, "attachments")]
    persons = [
        p["record"]
        for p in manifest.get("persons", [])
        if isinstance(p, dict) and isinstance(p.get("record"), dict)
    ]
    for what, key, records in (
        ("item", "items", items),
        ("further file", "attachments", attachments),
        ("case", "cases", [c for c in manifest.get("cases", []) if isinstance(c, dict)]),
        ("person", "persons", persons),
        (
            "journal entry",
            "journal",
            [j for j in manifest.get("journal", []) if isinstance(j, dict)],
        ),
        ("report", "reports", [r for r in manifest.get("reports", []) if isinstance(r, dict)]),
        ("hand-over", "custody", [c for c in manifest.get("custody", []) if isinstance(c, dict)]),
    ):
        bound = details.get(key)
        bound_ids = set(bound) if isinstance(bound, list) else set()
        if isinstance(bound, list) and len(bound) != len(bound_ids):
            bound_ids = set()  # not a list Bewijskluis writes
        shown = [r.get("id") for r in records]
        for missing in sorted(bound_ids - set(shown), key=str):
            problem(
                mf.NAME,
                f"{what} {missing}: named in the export's entry of the audit chain but not "
                "in manifest.json (left out)",
            )
        for extra in sorted(set(shown) - bound_ids, key=str):
            problem(
                mf.NAME,
                f"{what} {extra}: in manifest.json but not named in the export's entry of "
                "the audit chain (added)",
            )
    return findings


def _verify_text_head(source: Source, names: set[str], chain: Any) -> list[Finding]:
    """VERIFY.txt gives the head to write down: it must be the head of the chain."""
    head = chain.get("head") if isinstance(chain, dict) else None
    if mf.VERIFY not in names or not isinstance(head, str):
        return []
    raw = source.read(mf.VERIFY, MAX_VERIFY_TEXT)
    text = (raw or b"").decode("utf-8", "replace")
    if head not in _HEX64.findall(text):
        return [
            Finding(
                mf.VERIFY,
                "does not give the audit chain head of manifest.json: the head to write down "
                "is the one verify shows",
            )
        ]
    return []


def _against_the_manifest(
    manifest: Any,
    items: list[Any],
    files: dict[str, Any],
    chain: Any,
    names: set[str],
    listed: dict[str, str],
    hashed: Callable[[str], tuple[str, int]],
) -> list[Finding]:
    """Steps 2 and 3 of the module docstring."""
    findings: list[Finding] = []
    described: set[str] = set()
    for record in items:
        for name, size_expected, sha_expected in _described_files(record):
            described.add(name)
            if name not in names:
                if name not in listed:  # already reported as removed otherwise
                    findings.append(Finding(name, "described in manifest.json but missing"))
                continue
            digest, size = hashed(name)
            if size != size_expected:
                findings.append(Finding(name, "its size differs from manifest.json"))
            if digest != sha_expected:
                findings.append(Finding(name, "its SHA-256 differs from manifest.json"))
    for name in sorted(n for n in names if n.startswith("originals/") and n not in described):
        findings.append(Finding(name, "not described in manifest.json"))
    for name, info in sorted(files.items()):
        if name not in names:
            if name not in listed:
                findings.append(Finding(name, "described in manifest.json but missing"))
        elif hashed(name) != (info.get("sha256"), info.get("size")):
            findings.append(Finding(name, "its SHA-256 or size differs from manifest.json"))

    # 3. the audit chain; 4. what a damaged vault could not give
    declared = _declared(manifest)
    findings += _declared_findings(declared)
    findings += _verify_chain(chain, [r for r in items if isinstance(r, dict)], declared)
    findings += _verify_cases_and_persons(chain, manifest)
    findings += _verify_completeness(chain, manifest)
    return findings


def _described_files(record: Any) -> list[tuple[str, Any, Any]]:
    """(name, size, sha256) of the item's original and of each attachment the record names."""
    if not isinstance(record, dict):
        return []
    files = [record, *_records(record, "attachments")]
    return [
        (str(f["file"]), f.get("size"), f.get("sha256"))
        for f in files
        if isinstance(f, dict) and f.get("file")
    ]


def _records(record: dict[str, Any], key: str) -> list[dict[str, Any]]:
    value = record.get(key, [])
    return [r for r in value if isinstance(r, dict)] if isinstance(value, list) else []


@dataclass(frozen=True)
class _Declared:
    """What the manifest says a damaged vault could not give."""

    items: list[dict[str, Any]]
    attachments: list[dict[str, Any]]
    gaps: list[tuple[int, int | None]]


def _declared(manifest: Any) -> _Declared:
    section = manifest.get("incomplete") if isinstance(manifest, dict) else None
    if not isinstance(section, dict):
        return _Declared([], [], [])
    gaps = []
    for gap in section.get("audit_gaps", []):
        first, last = gap.get("first"), gap.get("last")
        if isinstance(first, int) and (last is None or isinstance(last, int)):
            gaps.append((first, last))
    return _Declared(
        [r for r in section.get("items", []) if isinstance(r, dict)],
        [r for r in section.get("attachments", []) if isinstance(r, dict)],
        gaps,
    )


_REASONS = {
    "record-unreadable": "its record could not be read from the damaged vault",
    "file-unreadable": "its stored file could not be read from the damaged vault",
    "file-differs": "its stored file in the vault no longer matches its SHA-256",
}


def _declared_findings(declared: _Declared) -> list[Finding]:
    """One finding per thing the dossier says it lacks: it is not the whole evidence."""
    findings = []
    for record in declared.items:
        name = f" ({record.get('original_name')})" if record.get("original_name") else ""
        why = _REASONS.get(str(record.get("reason")), "it could not be read from the vault")
        findings.append(
            Finding(
                mf.NAME,
                f"incomplete: vault item {record.get('id')}{name} is not in this dossier: {why}",
            )
        )
    for record in declared.attachments:
        why = _REASONS.get(str(record.get("reason")), "it could not be read from the vault")
        findings.append(
            Finding(
                mf.NAME,
                f"incomplete: file {record.get('id')} ({record.get('role')}) of vault item "
                f"{record.get('item_id')} is not in this dossier: {why}",
            )
        )
    for first, last in declared.gaps:
        stretch = (
            f"audit entries from {first} on" if last is None else f"audit entries {first} to {last}"
        )
        findings.append(
            Finding(
                mf.NAME,
                f"incomplete: {stretch} could not be read from the damaged vault, so the chain "
                "cannot be followed through them",
            )
        )
    return findings


def _in_declared_gap(declared: _Declared, first: int, last: int) -> bool:
    """Whether audit entries `first`..`last` all lie in one declared unreadable stretch."""
    return any(
        gap_first <= first and (gap_last is None or last <= gap_last)
        for gap_first, gap_last in declared.gaps
    )


def _links_around_gaps(links: list[audit.Link], declared: _Declared) -> list[Problem]:
    """`verify_links` for each stretch between declared unreadable stretches."""
    if not declared.gaps:
        return audit.verify_links(links)
    problems: list[Problem] = []
    stretch: list[audit.Link] = []
    expected = 1
    for link in links:
        seq = link.seq if isinstance(link.seq, int) else None
        if seq is not None and seq > expected and _in_declared_gap(declared, expected, seq - 1):
            problems += _stretch(stretch)
            stretch = []
        stretch.append(link)
        expected = (seq if seq is not None else expected) + 1
    return problems + _stretch(stretch)


def _stretch(links: list[audit.Link]) -> list[Problem]:
    if not links:
        return []
    first = links[0]
    if first.seq == 1:
        return audit.verify_links(links)
    seq = first.seq if isinstance(first.seq, int) else 1
    return audit.verify_links(links, first_seq=seq, prev_hash=str(first.prev_hash))


def _verify_chain(
    chain: Any, items: list[dict[str, Any]], declared: _Declared | None = None
) -> list[Finding]:
    findings: list[Finding] = []

    def problem(what: str) -> None:
        findings.append(Finding(mf.NAME, what))

    try:
        entries = list(chain["entries"])
        head = str(chain["head"])
    except (KeyError, TypeError):
        problem("the audit chain is missing")
        return findings
    links, full = [], []
    for raw in entries:
        raw = raw if isinstance(raw, dict) else {}
        entry = None
        if "action" in raw:
            try:
                entry = AuditEntry(**raw)
            except TypeError:
                problem(f"audit entry {raw.get('seq')}: not a valid entry")
            else:
                full.append(entry)
        links.append(audit.Link(raw.get("seq"), raw.get("prev_hash"), raw.get("hash"), entry))
    declared = declared or _Declared([], [], [])
    findings += [Finding(mf.NAME, str(p)) for p in _links_around_gaps(links, declared)]
    last = str(links[-1].hash) if links else audit.GENESIS
    if last != head:
        problem("the last audit entry is not the audit chain head")
    states = audit.replay_items(full)
    attached = _replay_details(full, audit.ITEM_ATTACH, "attachment")
    rechecked = _replay_details(full, audit.ITEM_RECHECK, None)
    for record in items:
        item_id = record.get("id")
        where = f"item {record.get('number')}"
        if not isinstance(item_id, int) or item_id not in states:
            problem(
                f"{where}: has no entry in the audit chain"
                + (
                    " (part of it could not be read from the damaged vault)"
                    if declared.gaps
                    else ""
                )
            )
            continue
        expected = states[item_id]
        for name in _ITEM_FIELDS:
            if record.get(name) != expected.get(name):
                problem(f"{where}: field '{name}' differs from what the audit chain recorded")
        _compare(
            problem,
            f"{where}: attachment",
            _records(record, "attachments"),
            {
                key: value
                for key, value in attached.get(item_id, {}).items()
                if key not in {r.get("id") for r in declared.attachments}
            },
            _ATTACHMENT_FIELDS,
        )
        _compare(
            problem,
            f"{where}: re-check",
            _records(record, "rechecks"),
            rechecked.get(item_id, {}),
            _RECHECK_FIELDS,
        )
    return findings


def _verify_completeness(chain: Any, manifest: Any) -> list[Finding]:
    """What the chain of this dossier shows must be in it: every item and its original
    (in the full copy), and the person each item names.

    Someone may still turn an item's entries into bare links and leave it out; that
    is why VERIFY.txt asks for the chain head to be written down, and why the
    vault's own chain records each export with the SHA-256 of its manifest.
    """
    findings: list[Finding] = []

    def problem(what: str) -> None:
        findings.append(Finding(mf.NAME, what))

    full = _full_entries(chain)
    states = audit.replay_items(full)
    records = [r for r in manifest.get("items", []) if isinstance(r, dict)]
    listed = {r.get("id") for r in records}
    for item_id, state in sorted(states.items()):
        if item_id not in listed and not state.get("deleted"):
            problem(f"item {item_id}: in the audit chain of this dossier but not in manifest.json")
    complete = manifest.get("variant") == "complete"
    persons = {
        p["record"].get("id")
        for p in manifest.get("persons", [])
        if isinstance(p, dict) and isinstance(p.get("record"), dict)
    }
    for record in records:
        record_id = record.get("id")
        state = states.get(record_id, {}) if isinstance(record_id, int) else {}
        where = f"item {record.get('number')}"
        has_file = state.get("preview") != Preview.RECORD_ONLY
        if complete and has_file and not record.get("file"):
            problem(f"{where}: its original file is left out of this full copy")
        poster = state.get("poster_id")
        if poster is not None and poster not in persons:
            problem(f"{where}: the person who posted it ({poster}) is missing from manifest.json")
    return findings


def _full_entries(chain: Any) -> list[AuditEntry]:
    full = []
    for raw in chain.get("entries", []) if isinstance(chain, dict) else []:
        if isinstance(raw, dict) and "action" in raw:
            try:
                full.append(AuditEntry(**raw))
            except TypeError:
                continue  # reported by _verify_chain
    return full


def _verify_cases_and_persons(chain: Any, manifest: Any) -> list[Finding]:
    """The cases (name, summary) and linked persons in the manifest against the audit chain.

    The chain's entries were hash-checked by `_verify_chain`; here their replay
    must give what the manifest (and so the PDF) states.
    """
    findings: list[Finding] = []

    def problem(what: str) -> None:
        findings.append(Finding(mf.NAME, what))

    full = _full_entries(chain)
    cases = audit.replay_records(full, "case", audit.CASE_CREATE, audit.CASE_EDIT)
    for case in manifest.get("cases", []) if isinstance(manifest, dict) else []:
        case_id = case.get("id") if isinstance(case, dict) else None
        recorded = cases.get(case_id) if isinstance(case_id, int) else None
        if recorded is None:
            problem(f"case {case_id}: has no entry in the audit chain" + _partial(manifest))
            continue
        for name in ("name", "summary"):
            if case.get(name) != recorded.get(name, ""):
                problem(
                    f"case {case.get('id')}: '{name}' differs from what the audit chain recorded"
                )
    persons = audit.replay_records(full, "person", audit.PERSON_CREATE, audit.PERSON_EDIT)
    for person in manifest.get("persons", []) if isinstance(manifest, dict) else []:
        record = person.get("record") if isinstance(person, dict) else None
        if record is None:
            continue  # a name typed as free text: it is part of its item, checked there
        person_id = record.get("id")
        where = f"person {person_id}"
        recorded = persons.get(person_id) if isinstance(person_id, int) else None
        if recorded is None:
            problem(f"{where}: has no entry in the audit chain")
            continue
        for name, value in record.items():
            if recorded.get(name) != value:
                problem(f"{where}: '{name}' differs from what the audit chain recorded")
        handles = [h.strip() for h in str(record.get("handles", "")).splitlines() if h.strip()]
        shown = {
            "email": person.get("email"),
            "phone": person.get("phone"),
            "notes": person.get("notes"),
        }
        if person.get("handles") != handles or any(shown[k] != record.get(k) for k in shown):
            problem(f"{where}: the details shown differ from the person's record")
    findings += _verify_journal(full, manifest)
    findings += _verify_reports(full, manifest)
    findings += _verify_custody(full, manifest)
    return findings


def _verify_custody(full: list[AuditEntry], manifest: Any) -> list[Finding]:
    """The hand-overs in the manifest against the chain, and none left out."""
    findings: list[Finding] = []
    if not isinstance(manifest, dict) or "custody" not in manifest:
        return findings  # made before hand-overs were kept
    recorded = damage.custody_states(full)
    for record in [c for c in manifest.get("custody", []) if isinstance(c, dict)]:
        entry_id = record.get("id")
        where = f"hand-over {entry_id}"
        state = recorded.pop(entry_id, None) if isinstance(entry_id, int) else None
        if state is None:
            findings.append(Finding(mf.NAME, f"{where}: has no entry in the audit chain"))
            continue
        findings += [
            Finding(mf.NAME, f"{where}: '{name}' differs from what the audit chain recorded")
            for name, value in record.items()
            if name != "id" and value != state.get(name)
        ]
    cases = {c.get("id") for c in manifest.get("cases", []) if isinstance(c, dict)}
    findings += [
        Finding(
            mf.NAME,
            f"hand-over {entry_id}: in the audit chain of this dossier but not in "
            "manifest.json (left out)",
        )
        for entry_id, state in sorted(recorded.items())
        if state.get("case_id") in cases and not state.get("deleted")
    ]
    return findings


def _verify_reports(full: list[AuditEntry], manifest: Any) -> list[Finding]:
    """The reports in the manifest, their answers and re-checks, against the chain; and
    none left out: every report, answer and re-check the chain shows for the dossier's
    cases (not removed) must be in the manifest."""
    findings: list[Finding] = []
    if not isinstance(manifest, dict) or "reports" not in manifest:
        return findings  # made before reports existed
    recorded = damage.report_states(full)
    answers = damage.answer_states(full)
    checks = damage.report_check_states(full)
    listed = [r for r in manifest.get("reports", []) if isinstance(r, dict)]
    for record in listed:
        report_id = record.get("id")
        where = f"report {report_id}"
        state = recorded.pop(report_id, None) if isinstance(report_id, int) else None
        if state is None:
            findings.append(Finding(mf.NAME, f"{where}: has no entry in the audit chain"))
            continue
        findings += [
            Finding(mf.NAME, f"{where}: '{name}' differs from what the audit chain recorded")
            for name in (*_REPORT_FIELDS, "case_id", "created_at", "status_at")
            if record.get(name) != state.get(name)
        ]
        for what, key, chain in (("answer", "answers", answers), ("re-check", "rechecks", checks)):
            shown = [a for a in record.get(key, []) if isinstance(a, dict)]
            for one in shown:
                one_id = one.get("id")
                kept = chain.pop(one_id, None) if isinstance(one_id, int) else None
                if kept is None:
                    wrong = "has no entry in the audit chain"
                elif kept != one:
                    wrong = "differs from what the audit chain recorded"
                else:
                    continue
                findings.append(Finding(mf.NAME, f"{where}: {what} {one_id} {wrong}"))
            findings += [
                Finding(
                    mf.NAME,
                    f"{where}: {what} {other_id} is in the audit chain of this dossier but not "
                    "in manifest.json (left out)",
                )
                for other_id, other in sorted(chain.items())
                if other.get("report_id") == report_id
            ]
    cases = {c.get("id") for c in manifest.get("cases", []) if isinstance(c, dict)}
    findings += [
        Finding(
            mf.NAME,
            f"report {report_id}: in the audit chain of this dossier but not in "
            "manifest.json (left out)",
        )
        for report_id, state in sorted(recorded.items())
        if state.get("case_id") in cases and not state.get("deleted")
    ]
    return findings


def _verify_journal(full: list[AuditEntry], manifest: Any) -> list[Finding]:
    """The journal entries in the manifest against the chain, and none left out: every
    entry the chain shows for the dossier's cases (not removed) must be in the manifest."""
    findings: list[Finding] = []
    if not isinstance(manifest, dict) or "journal" not in manifest:
        return findings  # made before the journal existed
    recorded = audit.replay_records(full, "journal", audit.JOURNAL_CREATE, audit.JOURNAL_EDIT)
    listed = [r for r in manifest.get("journal", []) if isinstance(r, dict)]
    for record in listed:
        entry_id = record.get("id")
        where = f"journal entry {entry_id}"
        state = recorded.pop(entry_id, None) if isinstance(entry_id, int) else None
        if state is None:
            findings.append(Finding(mf.NAME, f"{where}: has no entry in the audit chain"))
            continue
        state.setdefault("deleted", False)
        findings += [
            Finding(mf.NAME, f"{where}: '{name}' differs from what the audit chain recorded")
            for name in _JOURNAL_FIELDS
            if name != "id" and record.get(name) != state.get(name)
        ]
    cases = {c.get("id") for c in manifest.get("cases", []) if isinstance(c, dict)}
    findings += [
        Finding(
            mf.NAME,
            f"journal entry {entry_id}: in the audit chain of this dossier but not in "
            "manifest.json (left out)",
        )
        for entry_id, state in sorted(recorded.items())
        if state.get("case_id") in cases and not state.get("deleted")
    ]
    return findings


def _partial(manifest: Any) -> str:
    """A note for a finding that a declared unreadable stretch of the chain may explain."""
    return (
        " (part of it could not be read from the damaged vault)" if _declared(manifest).gaps else ""
    )


def _replay_details(
    entries: list[AuditEntry], action: str, key: str | None
) -> dict[int, dict[Any, dict[str, Any]]]:
    """item id -> record id -> the record as its audit entry states it (`details[key]`)."""
    found: dict[int, dict[Any, dict[str, Any]]] = {}
    for entry in entries:
        if entry.action != action or not entry.target.startswith("item:"):
            continue
        details = entry.details.get(key) if key else entry.details
        if not isinstance(details, dict):
            continue
        try:
            item_id = int(entry.target.split(":", 1)[1])
        except ValueError:
            continue
        found.setdefault(item_id, {})[details.get("id")] = details
    return found


def _compare(
    problem: Callable[[str], None],
    what: str,
    listed: list[dict[str, Any]],
    recorded: dict[Any, dict[str, Any]],
    fields: tuple[str, ...],
) -> None:
    """The manifest's records against the audit chain's: none added, left out or changed."""
    seen: set[Any] = set()
    for record in listed:
        record_id = record.get("id")
        label = f"{what} {record.get('file') or record_id}"
        expected = recorded.get(record_id)
        if expected is None or record_id in seen:
            problem(f"{label}: not recorded in the audit chain")
            continue
        seen.add(record_id)
        for name in fields:
            if record.get(name) != expected.get(name):
                problem(f"{label}: field '{name}' differs from what the audit chain recorded")
    for record_id in sorted(set(recorded) - seen, key=str):
        problem(f"{what} {record_id}: recorded in the audit chain but missing from manifest.json")
