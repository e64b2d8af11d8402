"""The dossier model: what one export contains, read from the vault through the service.

`build_dossier` gathers the cases, the chosen items in chronological order
(numbered 1..n: the number on the item's page, in the table and in the name of
its original file), each item's further files (a web capture's viewport, page
archive and stamped copy) with their names in the bundle, and its later
re-checks, the persons (linked records with every identifier, then names typed
as free text), the audit chain and the versions. Nothing here holds original
bytes: the PDF writer and the bundle read them from the vault one file at a time.

It is read around damaged pages (`vault.damage`): what the vault cannot give
whole is `missing`, each with its reason, and the audit chain's unreadable
stretches are `audit_gaps`; the PDF, the manifest and the command say so.
"""

from __future__ import annotations

import dataclasses
import json
import re
import unicodedata
import zlib
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from evidence_app import __version__
from evidence_app.domain import audit, clock, event_time, guide
from evidence_app.domain.custody import CustodyEntry
from evidence_app.domain.errors import BadInput, NotFound, VaultDamaged
from evidence_app.domain.model import (
    Attachment,
    AuditEntry,
    Case,
    Item,
    JournalEntry,
    Preview,
    Recheck,
    Region,
)
from evidence_app.domain.model import Person as VaultPerson
from evidence_app.domain.report import Answer, Report, ReportCheck
from evidence_app.export.texts import LANGUAGES
from evidence_app.vault import damage
from evidence_app.vault.service import VaultService

ORIGINALS = "originals"
MAX_NAME = 80

# Why something the dossier should hold is not in it (the vault's database is damaged).
MISSING_RECORD, MISSING_FILE, FILE_DIFFERS = (
    damage.MISSING_RECORD,
    damage.MISSING_FILE,
    damage.FILE_DIFFERS,
)
MISSING_REASONS = (MISSING_RECORD, MISSING_FILE, FILE_DIFFERS)


@dataclass(frozen=True)
class Missing:
    """An item (or, with `attachment_id`, a further file of one) that is not in the dossier
    because the vault could not give it whole; what is known of it, and why."""

    item_id: int
    reason: str  # one of MISSING_REASONS
    name: str = ""  # the original file name (of the attachment: its name), if known
    sha256: str = ""
    captured_at: str = ""
    attachment_id: int | None = None
    role: str = ""


@dataclass(frozen=True)
class DossierAttachment:
    """A further file of an item (a web capture's viewport, archive, stamped copy)."""

    attachment: Attachment
    file_name: str  # path inside the bundle, e.g. "originals/3-page.mhtml"


@dataclass(frozen=True, slots=True)
class DossierItem:
    """One item as it appears in the dossier."""

    number: int
    item: Item
    file_name: str  # path inside the bundle, e.g. "originals/3-screenshot.png"
    regions: tuple[Region, ...] = ()
    redacted: bool = False
    poster: str = ""  # who posted or sent it: the linked person's name, else the free text
    attachments: tuple[DossierAttachment, ...] = ()
    rechecks: tuple[Recheck, ...] = ()  # oldest first

    @property
    def shows_image(self) -> bool:
        """Whether the PDF shows a picture of it (in a redacted copy: only with regions)."""
        return self.item.preview == Preview.IMAGE and (not self.redacted or bool(self.regions))

    @property
    def is_image(self) -> bool:
        return self.item.preview == Preview.IMAGE

    @property
    def has_file(self) -> bool:
        """False for an item of words only: there is no original to put in the bundle."""
        return self.item.preview != Preview.RECORD_ONLY


@dataclass(frozen=True)
class Person:
    """Someone named with the items, every identifier known, and the items that name them."""

    name: str
    item_numbers: tuple[int, ...]
    handles: tuple[str, ...] = ()
    email: str = ""
    phone: str = ""
    notes: str = ""
    record: VaultPerson | None = None  # the vault's record, for linked persons


@dataclass(frozen=True)
class DossierReport:
    """A report as the dossier shows it: numbered R1, R2, … in the order it was sent."""

    number: int
    report: Report
    answers: tuple[Answer, ...] = ()
    checks: tuple[ReportCheck, ...] = ()


class PackedChain:
    """The audit chain as a dossier holds it while its PDF is written: the entries' JSON,
    deflated (some 250 KB for 2,000 items), each parsed again as the manifest reads it.

    Only the manifest reads the whole chain, after the PDF: parsed, the chain of a
    2,000-item dossier held some 5 MiB of Python objects through all of it.
    """

    def __init__(self, entries: Sequence[AuditEntry]) -> None:
        self.last = entries[-1] if entries else None
        lines = (
            json.dumps([getattr(e, name) for name in _ENTRY_FIELDS], separators=(",", ":"))
            for e in entries
        )
        self._packed = zlib.compress("\n".join(lines).encode("ascii"))  # (JSON escapes "\n")

    def __iter__(self) -> Iterator[AuditEntry]:
        """The entries in order, inflated a piece at a time (the whole text of 2,000
        items' chain, and its lines, were some 5 MiB)."""
        inflate = zlib.decompressobj()
        packed = memoryview(self._packed)
        rest = b""
        for start in range(0, len(packed), _INFLATE_STEP):
            rest += inflate.decompress(packed[start : start + _INFLATE_STEP])
            *lines, rest = rest.split(b"\n")
            yield from map(_entry, lines)
        rest += inflate.flush()
        if rest:
            yield _entry(rest)


_INFLATE_STEP = 16 * 1024  # of the packed chain, some 100 KB of entries
_ENTRY_FIELDS = tuple(f.name for f in dataclasses.fields(AuditEntry))


def _entry(line: bytes) -> AuditEntry:
    values = json.loads(line, object_pairs_hook=audit.interned_keys)
    return AuditEntry(**dict(zip(_ENTRY_FIELDS, values, strict=True)))


@dataclass(frozen=True)
class Dossier:
    """Everything one export shows, in the order it shows it."""

    cases: tuple[Case, ...]
    items: tuple[DossierItem, ...]
    persons: tuple[Person, ...]
    audit_head: str
    audit_entries: PackedChain  # the whole chain; the manifest decides what to reveal
    app_version: str
    sqlcipher_version: str
    exported_at: clock.Instant
    language: str
    prepared_by: str
    redacted: bool = False
    case_ids: frozenset[int] = field(default_factory=frozenset)
    missing: tuple[Missing, ...] = ()
    # Audit entries first..last that could not be read (last None: to the end).
    audit_gaps: tuple[tuple[int, int | None], ...] = ()
    damaged: bool = False  # some of the vault's records could not be read
    # What happened without a file, in the order it happened (`vault.journal_book`).
    journal: tuple[JournalEntry, ...] = ()
    # Reports to platforms, with their answers and re-checks, in the order they were sent.
    reports: tuple[DossierReport, ...] = ()
    # Each time a copy of the evidence was given to someone (`domain.custody`).
    custody: tuple[CustodyEntry, ...] = ()
    # The pictures show someone under 18 (`domain.guide`): only words were kept on purpose,
    # except the pictures the person chose twice to keep.
    minors: bool = False

    @property
    def complete(self) -> bool:
        """Whether the dossier holds everything it should (nothing missing, whole chain)."""
        return not self.missing and not self.audit_gaps

    @property
    def reference(self) -> str:
        """The case reference printed on every page."""
        return " + ".join(case.name for case in self.cases)

    @property
    def summaries(self) -> list[tuple[Case, str]]:
        return [(case, case.summary.strip()) for case in self.cases if case.summary.strip()]


def safe_name(name: str, fallback: str = "item") -> str:
    """A file name every system accepts: ASCII letters, digits, `.`, `-` and `_`."""
    ascii_only = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    cleaned = re.sub(r"[^A-Za-z0-9._-]+", "_", ascii_only).strip("._-")
    if not cleaned:
        return fallback
    if len(cleaned) > MAX_NAME:
        stem, dot, ext = cleaned.rpartition(".")
        if dot and 0 < len(ext) <= 10:
            cleaned = stem[: MAX_NAME - len(ext) - 1] + "." + ext
        else:
            cleaned = cleaned[:MAX_NAME]
    return cleaned


def build_dossier(
    service: VaultService,
    *,
    case_ids: Sequence[int] | None = None,
    item_ids: Sequence[int] | None = None,
    language: str = "en",
    prepared_by: str = "",
    redactions: Mapping[int, Sequence[Region]] | None = None,
) -> Dossier:
    """The dossier of `case_ids` (None: every case), limited to `item_ids` when given.

    With `redactions` (item id -> regions; may be empty) the dossier is a redacted
    copy: images carry the regions and the bundle leaves the originals out.
    Raises NotFound for an unknown case or item, BadInput for an empty selection,
    VaultDamaged when nothing chosen can be read.
    """
    return assemble(
        service.readable(),
        service.sqlcipher_version(),
        case_ids=case_ids,
        item_ids=item_ids,
        language=language,
        prepared_by=prepared_by,
        redactions=redactions,
    )


def assemble(
    readable: damage.Readable,
    sqlcipher_version: str,
    *,
    case_ids: Sequence[int] | None = None,
    item_ids: Sequence[int] | None = None,
    language: str = "en",
    prepared_by: str = "",
    redactions: Mapping[int, Sequence[Region]] | None = None,
    left_out: Mapping[int, Missing] | None = None,
    files_left_out: Mapping[int, Missing] | None = None,
) -> Dossier:
    """`build_dossier` from records already read; `left_out` (item id -> why) and
    `files_left_out` (attachment id -> why) are what an earlier reading of their
    stored files found damaged."""
    if language not in LANGUAGES:
        raise BadInput(f"the dossier is available in {', '.join(LANGUAGES)}, not {language!r}")
    left_out, files_left_out = left_out or {}, files_left_out or {}
    all_cases = {case.id: case for case in readable.cases}
    live = [item for item in readable.items if not item.deleted]
    lost = [_lost(item_id, readable.chain_items[item_id]) for item_id in readable.lost_items()]
    if case_ids is None:
        chosen = list(
            dict.fromkeys(
                [*all_cases, *(item.case_id for item in live), *(m.case_id for m in lost)]
            )
        )
    else:
        for case_id in case_ids:
            if case_id not in all_cases and not readable.lost(damage.CASES, case_id):
                raise NotFound(f"no case {case_id}")
        chosen = list(dict.fromkeys(case_ids))
    items = [item for item in live if item.case_id in chosen]
    missing = [m.missing for m in lost if m.case_id in chosen]
    if item_ids is not None:
        wanted = set(item_ids)
        found = {item.id for item in items} | {m.item_id for m in missing}
        unknown = sorted(wanted - found)
        if unknown:
            raise NotFound(f"no item {unknown[0]} in the chosen case(s)")
        items = [item for item in items if item.id in wanted]
        missing = [m for m in missing if m.item_id in wanted]
    missing += [left_out[item.id] for item in items if item.id in left_out]
    items = [item for item in items if item.id not in left_out]
    if not items:
        if missing:
            raise VaultDamaged(VaultDamaged.NOTHING_READABLE)
        raise BadInput("there is nothing to export: the selection holds no items")
    chosen = [case_id for case_id in chosen if any(item.case_id == case_id for item in items)]
    # The order things happened: by the time of the event where it is known, else by capture.
    items.sort(key=lambda item: (event_time.sort_key(item.event(), item.captured_at), item.id))
    people = {person.id: person for person in readable.persons}
    attachments: dict[int, list[Attachment]] = {}
    for attachment in readable.attachments:
        attachments.setdefault(attachment.item_id, []).append(attachment)
    rechecks: dict[int, list[Recheck]] = {}
    for recheck in readable.rechecks:
        rechecks.setdefault(recheck.item_id, []).append(recheck)
    dossier_items = []
    for number, item in enumerate(items, start=1):
        kept = []
        for attachment in attachments.get(item.id, []):
            if attachment.id in files_left_out:
                missing.append(files_left_out[attachment.id])
            else:
                kept.append(attachment)
        dossier_items.append(
            _dossier_item(
                number,
                item,
                kept,
                rechecks.get(item.id, []),
                regions=tuple((redactions or {}).get(item.id, ())),
                redacted=redactions is not None,
                poster=_poster(item, people),
            )
        )
    persons = _persons(dossier_items, people)
    recorders = sorted(
        {entry.item.recorded_by for entry in dossier_items if entry.item.recorded_by}
    )
    entries = readable.audit
    return Dossier(
        cases=tuple(
            all_cases.get(case_id) or Case(case_id, f"#{case_id}", "", "") for case_id in chosen
        ),
        items=tuple(dossier_items),
        persons=persons,
        audit_head=entries[-1].hash if entries else audit.GENESIS,
        audit_entries=PackedChain(entries),
        app_version=__version__,
        sqlcipher_version=sqlcipher_version,
        exported_at=clock.now(),
        language=language,
        prepared_by=prepared_by.strip() or ", ".join(recorders),
        redacted=redactions is not None,
        minors=any(guide.minors_in(readable.choices, case_id) for case_id in chosen),
        case_ids=frozenset(chosen),
        missing=tuple(missing),
        audit_gaps=tuple((max(gap.first, 1), gap.last) for gap in readable.gaps_in(damage.AUDIT)),
        damaged=readable.damaged,
        journal=tuple(
            sorted(
                (
                    e
                    for e in readable.journal
                    # A whole case's dossier tells its journal; a choice of items does not.
                    if not e.deleted and e.case_id in chosen and item_ids is None
                ),
                key=lambda e: (event_time.sort_key(e.event(), e.created_at), e.id),
            )
        ),
        reports=_reports(readable, chosen) if item_ids is None else (),
        custody=tuple(
            sorted(
                (
                    e
                    for e in readable.custody
                    if not e.deleted and e.case_id in chosen and item_ids is None
                ),
                key=lambda e: (event_time.sort_key(e.when(), e.created_at), e.id),
            )
        ),
    )


def _reports(readable: damage.Readable, chosen: Iterable[int]) -> tuple[DossierReport, ...]:
    """The reports of a whole case's dossier (a choice of items does not tell them)."""
    cases = set(chosen)
    found = sorted(
        (r for r in readable.reports if not r.deleted and r.case_id in cases),
        key=lambda r: (event_time.sort_key(r.sent(), r.created_at), r.id),
    )
    return tuple(
        DossierReport(
            number,
            report,
            tuple(a for a in readable.answers if a.report_id == report.id),
            tuple(c for c in readable.report_checks if c.report_id == report.id),
        )
        for number, report in enumerate(found, start=1)
    )


@dataclass(frozen=True)
class _Lost:
    """An item whose record is on a damaged page, as the audit chain knows it."""

    case_id: int
    missing: Missing


def _lost(item_id: int, state: Mapping[str, object]) -> _Lost:
    case_id = state.get("case_id")
    return _Lost(
        case_id if isinstance(case_id, int) else -1,
        Missing(
            item_id,
            MISSING_RECORD,
            name=str(state.get("original_name", "")),
            sha256=str(state.get("sha256", "")),
            captured_at=str(state.get("captured_at", "")),
        ),
    )


def _dossier_item(
    number: int,
    item: Item,
    attachments_of_item: Sequence[Attachment],
    rechecks_of_item: Sequence[Recheck],
    *,
    regions: tuple[Region, ...],
    redacted: bool,
    poster: str,
) -> DossierItem:
    original = f"{ORIGINALS}/{number}-{safe_name(item.original_name, f'item-{item.id}')}"
    taken = {original.casefold()}
    attachments = []
    for attachment in sorted(attachments_of_item, key=lambda a: a.id):
        name = attachment_file_name(number, attachment, taken)
        taken.add(name.casefold())
        attachments.append(DossierAttachment(attachment, name))
    rechecks = sorted(rechecks_of_item, key=lambda r: (r.checked_at, r.id))
    return DossierItem(
        number=number,
        item=item,
        file_name=original,
        regions=regions,
        redacted=redacted,
        poster=poster,
        attachments=tuple(attachments),
        rechecks=tuple(rechecks),
    )


def attachment_file_name(number: int, attachment: Attachment, taken: set[str]) -> str:
    """`originals/<number>-<safe name>`, made unique among the item's files in `taken`.

    `taken` holds the names already given (case-folded: Windows and macOS do not
    tell `A.png` from `a.png`). On a clash the role is put before the name, then
    the attachment's id as well: `3-viewport-page.png`, `3-viewport-17-page.png`.
    Names of different items never clash: each starts with its own `<number>-`.
    """
    base = safe_name(attachment.name, safe_name(attachment.role, "file"))
    role = safe_name(attachment.role, "file")
    for candidate in (
        f"{number}-{base}",
        f"{number}-{role}-{base}",
        f"{number}-{role}-{attachment.id}-{base}",
    ):
        name = f"{ORIGINALS}/{candidate}"
        if name.casefold() not in taken:
            return name
    raise BadInput(f"attachment {attachment.id} has no free name in the bundle")


def _poster(item: Item, people: Mapping[int, VaultPerson]) -> str:
    linked = people.get(item.poster_id) if item.poster_id is not None else None
    return linked.label() if linked is not None else item.posted_by.strip()


def _persons(
    entries: Sequence[DossierItem], people: Mapping[int, VaultPerson]
) -> tuple[Person, ...]:
    """Linked persons with all their identifiers, then names typed as free text."""
    numbers: dict[int | str, list[int]] = {}
    for entry in entries:
        poster_id = entry.item.poster_id
        key: int | str = (
            poster_id
            if poster_id is not None and poster_id in people
            else entry.item.posted_by.strip()
        )
        if key != "":
            numbers.setdefault(key, []).append(entry.number)
    persons = []
    for key, found_in in numbers.items():
        if isinstance(key, int):
            record = people[key]
            handles = tuple(h.strip() for h in record.handles.splitlines() if h.strip())
            persons.append(
                Person(
                    record.label(),
                    tuple(found_in),
                    handles,
                    record.email,
                    record.phone,
                    record.notes,
                    record,
                )
            )
        else:
            persons.append(Person(key, tuple(found_in)))
    return tuple(persons)
