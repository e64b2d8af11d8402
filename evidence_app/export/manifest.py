"""`manifest.json`: every stored field of every item, and the audit chain that vouches for them.

Each item lists its further files (`attachments`: every stored field and its
`file` in the bundle, None in a redacted copy) and its later re-checks
(`rechecks`, oldest first): both are recorded in the audit chain too.

The audit chain is included from its first entry to its head, so a reader can
follow every link. Entries about the exported items and cases (and the vault's
creation) are given in full, so their hashes can be recomputed and the items'
fields replayed from them; every other entry (another case's evidence, an
earlier export) is given only as `{seq, prev_hash, hash}`: it keeps the chain
unbroken without revealing what it recorded. The journal entries of the
exported cases (`journal`) and their reports to platforms (`reports`, each with its
answers and re-checks) are given whole, with their entries in the chain.
The last entry is the export's own (`export`, in full): its details name the
SHA-256 of `dossier.pdf`, the kind of copy, the language and every item, further
file, case, person, journal entry and report the dossier holds, so that none of them can
be changed without changing the head.

A dossier from a damaged vault has an `incomplete` section: each item (or
further file) that could not be read whole, with what is known of it and why
(`reason`, as in `export.dossier`), and the stretches of the audit chain that
could not be read (`audit_gaps`, `last` null: to the end). `verify` reports each
of them: such a bundle never passes as complete.
"""

from __future__ import annotations

import dataclasses
import hashlib
import itertools
import json
import secrets
from collections.abc import Callable, Iterator, Sequence
from typing import IO, Any

from evidence_app import APP_NAME
from evidence_app.domain import audit, guide
from evidence_app.domain.model import AuditEntry
from evidence_app.export.dossier import Dossier

WRITE_CHUNK = 64 * 1024  # characters gathered before they are written

FORMAT = "bewijskluis-dossier"
# 2: items carry their attachments and re-checks; 3: the chain ends with the export's
# own entry, which binds the PDF, the kind of copy and the list of items
FORMAT_VERSION = 5  # 4: reports to platforms; 5: hand-overs
NAME = "manifest.json"
SUMS = "SHA256SUMS"
PDF = "dossier.pdf"
VERIFY = "VERIFY.txt"


def full_entry(entry: AuditEntry) -> dict[str, Any]:
    return {
        "seq": entry.seq,
        "at_utc": entry.at_utc,
        "actor": entry.actor,
        "action": entry.action,
        "target": entry.target,
        "details": entry.details,
        "prev_hash": entry.prev_hash,
        "hash": entry.hash,
    }


def _shown_targets(dossier: Dossier) -> frozenset[str]:
    """The audit targets (`item:3`, `case:1`) of what the dossier shows."""
    targets = {f"item:{e.item.id}" for e in dossier.items}
    targets |= {f"case:{case_id}" for case_id in dossier.case_ids}
    targets |= {f"person:{p.record.id}" for p in dossier.persons if p.record is not None}
    targets |= {f"journal:{entry.id}" for entry in dossier.journal}
    targets |= {f"report:{r.report.id}" for r in dossier.reports}
    targets |= {f"custody:{e.id}" for e in dossier.custody}
    return frozenset(targets)


def _revealed(dossier: Dossier, targets: frozenset[str], entry: AuditEntry) -> bool:
    """Whether `entry` is given in full; `targets` are `_shown_targets(dossier)`."""
    # The vault's own events are shown whole: its creation, and saves found lost (a count
    # and a hash, no evidence), which a reader must know about.
    if entry.target in targets or entry.action in (audit.VAULT_CREATE, audit.VAULT_ROLLBACK):
        return True
    # Who used the app (the names in "Recorded by" and the chain's actors) and whether the
    # pictures show a minor (the cover's note): the guide's steps stay the person's own.
    return (
        entry.action == audit.CHOICE
        and entry.details.get("name") in _TOLD_CHOICES
        and entry.details.get("case_id") in {None, *dossier.case_ids}
    )


_TOLD_CHOICES = frozenset({guide.ROLE, guide.HELPER_NAME, guide.MINORS})


def _link(entry: AuditEntry) -> dict[str, Any]:
    return {"seq": entry.seq, "prev_hash": entry.prev_hash, "hash": entry.hash}


class Streamed:
    """A list that `write_manifest` writes one element at a time, as it reaches it, so that
    its elements are never all in memory together (the audit chain's entries, parsed
    from the dossier's packed chain: about 5 MiB for 2,000 items)."""

    def __init__(self, elements: Callable[[], Iterator[Any]]) -> None:
        self._elements = elements

    def __iter__(self) -> Iterator[Any]:
        return self._elements()


def audit_section(dossier: Dossier, tail: Sequence[AuditEntry]) -> dict[str, Any]:
    """The chain the dossier was made from, then `tail`: the entries made while the export
    ran (bare links: the dossier shows the evidence as it was when it was made) and last
    the export's own entry, in full, which is the head. Its `entries` are `Streamed`."""
    targets = _shown_targets(dossier)  # once: for each entry, it took as long as the chain

    def entries() -> Iterator[dict[str, Any]]:
        for entry in dossier.audit_entries:
            yield full_entry(entry) if _revealed(dossier, targets, entry) else _link(entry)
        yield from (_link(entry) for entry in tail[:-1])
        yield from (full_entry(entry) for entry in tail[-1:])

    head = tail[-1].hash if tail else dossier.audit_head
    return {"genesis": audit.GENESIS, "head": head, "entries": Streamed(entries)}


def build_manifest(
    dossier: Dossier, files: dict[str, dict[str, Any]], tail: Sequence[AuditEntry]
) -> dict[str, Any]:
    """The manifest; `files` maps the bundle's other files (PDF, VERIFY.txt) to sha256 and
    size; `tail` ends with the export's own entry (`audit_section`)."""
    items = []
    for entry in dossier.items:
        record: dict[str, Any] = {
            "number": entry.number,
            "file": entry.file_name if entry.has_file and not dossier.redacted else None,
        }
        record.update(entry.item.state())
        record["attachments"] = [
            {"file": None if dossier.redacted else extra.file_name, **extra.attachment.state()}
            for extra in entry.attachments
        ]
        record["rechecks"] = [dataclasses.asdict(recheck) for recheck in entry.rechecks]
        if dossier.redacted:
            record["redacted_regions"] = [
                {"x": r.x, "y": r.y, "width": r.width, "height": r.height, "style": r.style}
                for r in entry.regions
            ]
        items.append(record)
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "app": APP_NAME,
        "app_version": dossier.app_version,
        "sqlcipher_version": dossier.sqlcipher_version,
        "exported_at": dossier.exported_at.utc,
        "exported_time_zone": dossier.exported_at.time_zone,
        "exported_utc_offset_minutes": dossier.exported_at.utc_offset_minutes,
        "language": dossier.language,
        "variant": "redacted" if dossier.redacted else "complete",
        "prepared_by": dossier.prepared_by,
        "cases": [
            {"id": c.id, "name": c.name, "summary": c.summary, "created_at": c.created_at}
            for c in dossier.cases
        ],
        "persons": [
            {
                "name": p.name,
                "handles": list(p.handles),
                "email": p.email,
                "phone": p.phone,
                "notes": p.notes,
                "items": list(p.item_numbers),
                # As the vault stores it (linked persons only), checked against the chain.
                "record": dataclasses.asdict(p.record) if p.record is not None else None,
            }
            for p in dossier.persons
        ],
        "items": items,
        # What happened without a file, in the order it happened (`vault.journal_book`).
        "journal": [entry.state() for entry in dossier.journal],
        # Reports to platforms, each with its answers and re-checks (`vault.report_book`).
        "reports": [
            {
                **r.report.state(),
                "number": r.number,
                "answers": [a.state() for a in r.answers],
                "rechecks": [c.state() for c in r.checks],
            }
            for r in dossier.reports
        ],
        # Each time a copy of the evidence was given to someone (`domain.custody`).
        "custody": [entry.state() for entry in dossier.custody],
        "files": files,
        "audit": audit_section(dossier, tail),
        **({} if dossier.complete else {"incomplete": incomplete_section(dossier)}),
    }


def incomplete_section(dossier: Dossier) -> dict[str, Any]:
    """What the damaged vault could not give (see the module docstring)."""
    return {
        "reason": "the vault's database is damaged",
        "items": [
            {
                "id": m.item_id,
                "original_name": m.name,
                "sha256": m.sha256,
                "captured_at": m.captured_at,
                "reason": m.reason,
            }
            for m in dossier.missing
            if m.attachment_id is None
        ],
        "attachments": [
            {
                "item_id": m.item_id,
                "id": m.attachment_id,
                "role": m.role,
                "name": m.name,
                "sha256": m.sha256,
                "reason": m.reason,
            }
            for m in dossier.missing
            if m.attachment_id is not None
        ],
        "audit_gaps": [{"first": first, "last": last} for first, last in dossier.audit_gaps],
    }


def write_manifest(manifest: dict[str, Any], out: IO[bytes]) -> tuple[str, int]:
    """Write `manifest` to `out` as indented JSON, a piece at a time; (its SHA-256, its size).

    Not `json.dumps`: with an indent, it makes one small string per value and joins them
    all at the end (some 30 MB at once for a dossier of 2,000 items). The encoder's pieces
    are written as they come instead: the same bytes, in flat memory."""
    digest = hashlib.sha256()
    size = 0
    pending: list[str] = []
    length = 0

    def flush() -> None:
        nonlocal size, length
        data = "".join(pending).encode("utf-8")
        pending.clear()
        length = 0
        digest.update(data)
        out.write(data)
        size += len(data)

    for piece in itertools.chain(_pieces(manifest), ("\n",)):
        pending.append(piece)
        length += len(piece)
        if length >= WRITE_CHUNK:
            flush()
    flush()
    return digest.hexdigest(), size


def _pieces(manifest: dict[str, Any]) -> Iterator[str]:
    """`json.JSONEncoder(indent=2, ensure_ascii=False).iterencode(manifest)`, each
    `Streamed` list written element by element: the same text as the list would be."""
    levels: dict[int, int] = {}
    _find_streamed(manifest, 0, levels)
    streamed: dict[str, Streamed] = {}
    token = secrets.token_hex(16)  # no value of the manifest can be this by chance

    def default(value: object) -> str:
        if not isinstance(value, Streamed):
            raise TypeError(f"{type(value).__name__} is not JSON")
        marker = f"{token}-{len(streamed)}"
        streamed[json.dumps(marker)] = value
        return marker

    encoder = json.JSONEncoder(indent=2, ensure_ascii=False, default=default)
    for piece in encoder.iterencode(manifest):
        found = streamed.pop(piece, None)
        if found is None:
            yield piece
            continue
        level = levels[id(found)]
        inner = "\n" + "  " * (level + 1)
        first = True
        for element in found:
            text = json.dumps(element, indent=2, ensure_ascii=False)
            yield ("[" if first else ",") + inner + text.replace("\n", inner)
            first = False
        yield "[]" if first else "\n" + "  " * level + "]"


def _find_streamed(value: Any, level: int, levels: dict[int, int]) -> None:
    """The nesting level of each `Streamed` in `value` (a JSON string never holds a raw
    line break, so an element's text is indented by indenting after each)."""
    if isinstance(value, Streamed):
        levels[id(value)] = level
    elif isinstance(value, dict):
        for inner in value.values():
            _find_streamed(inner, level + 1, levels)
    elif isinstance(value, (list, tuple)):
        for inner in value:
            _find_streamed(inner, level + 1, levels)
