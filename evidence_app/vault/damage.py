"""What can still be read of a vault whose database is damaged, and what cannot.

`read_records` reads every table around its damaged pages (`storage.salvage`)
and gives a `Readable`: the records that could be read, and the gaps of keys
that could not. The audit chain is read first: it names every record ever made,
so that a record lost in a gap can be named ("item 3, shot2.png"), and looked up
on its own in case its page is intact after all. When the whole chain could be
read, a record whose row is lost is rebuilt from it (the chain holds each
record's every field as created and edited): nothing that the chain vouches for
is lost with its row. A chain with gaps rebuilds nothing, since an edit in a gap
would be missed.

On an undamaged vault this is one query per table, as fast as reading normally.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

from evidence_app.domain import audit
from evidence_app.domain.custody import CustodyEntry
from evidence_app.domain.guide import Choice
from evidence_app.domain.model import (
    Attachment,
    AuditEntry,
    Case,
    Item,
    JournalEntry,
    Person,
    Recheck,
    Region,
)
from evidence_app.domain.report import Answer, Report, ReportCheck
from evidence_app.storage.repository import Repository
from evidence_app.storage.salvage import Gap

# Table names, as the gaps carry them.
ITEMS, CASES, PERSONS, ATTACHMENTS, RECHECKS = (
    "items",
    "cases",
    "persons",
    "attachments",
    "rechecks",
)
REGIONS, AUDIT, JOURNAL = "redactions", "audit", "journal"
REPORTS, ANSWERS, REPORT_CHECKS = "reports", "report_answers", "report_checks"
CUSTODY = "custody"
CHOICES = "choices"

_R = TypeVar("_R")

# Why evidence a dossier should hold is not in it (see `export.dossier.Missing`).
MISSING_RECORD = "record-unreadable"  # its record is on a damaged part of the vault
MISSING_FILE = "file-unreadable"  # its stored file is on a damaged part of the vault
FILE_DIFFERS = "file-differs"  # its stored file no longer matches its SHA-256


@dataclass(frozen=True)
class Readable:
    """The vault's records as far as they can be read.

    `rebuilt` holds `(table, id)` of records whose row was lost and that were
    rebuilt from the complete audit chain. `regions_known` is False when the
    hidden parts of some item may be missing (their table has gaps and the chain
    could not make up for them): a redacted copy must not be made then.
    """

    cases: tuple[Case, ...]
    items: tuple[Item, ...]  # deleted ones too
    persons: tuple[Person, ...]
    attachments: tuple[Attachment, ...]
    rechecks: tuple[Recheck, ...]
    regions: Mapping[int, tuple[Region, ...]]
    audit: tuple[AuditEntry, ...]
    journal: tuple[JournalEntry, ...] = ()  # removed ones too
    reports: tuple[Report, ...] = ()  # removed ones too
    answers: tuple[Answer, ...] = ()
    report_checks: tuple[ReportCheck, ...] = ()
    custody: tuple[CustodyEntry, ...] = ()  # removed ones too
    choices: tuple[Choice, ...] = ()
    gaps: tuple[Gap, ...] = ()
    rebuilt: frozenset[tuple[str, int]] = frozenset()
    regions_known: bool = True
    # Each item's state as the readable chain records it (deleted ones too).
    chain_items: Mapping[int, dict[str, Any]] = field(default_factory=dict, repr=False)

    @property
    def damaged(self) -> bool:
        """Whether some rows could not be read (whatever the chain made up for)."""
        return bool(self.gaps)

    def gaps_in(self, table: str) -> list[Gap]:
        return [gap for gap in self.gaps if gap.table == table]

    def lost(self, table: str, key: int) -> bool:
        """Whether a row of `table` with `key` may exist and could not be read."""
        return any(gap.holds(key) for gap in self.gaps_in(table))

    @property
    def audit_complete(self) -> bool:
        return not self.gaps_in(AUDIT)

    def item_name(self, item_id: int) -> str:
        """The item's original file name, from its record or the chain; "" if unknown."""
        for item in self.items:
            if item.id == item_id:
                return item.original_name
        return str(self.chain_items.get(item_id, {}).get("original_name", ""))

    def lost_items(self) -> list[int]:
        """Ids of the items the chain knows (not as deleted) whose rows are on damaged pages."""
        found = {item.id for item in self.items}
        return sorted(
            item_id
            for item_id, state in self.chain_items.items()
            if item_id not in found and not state.get("deleted") and self.lost(ITEMS, item_id)
        )


def read_records(repo: Repository) -> Readable:
    """Every record of the vault that can be read; see the module docstring."""
    strings: dict[str, str] = {}  # one string for each value read more than once
    entries, audit_gaps = repo.audit_around(strings)
    items_known = audit.replay_items(entries)
    cases_known = _cases(entries)
    persons_known = audit.replay_records(entries, "person", audit.PERSON_CREATE, audit.PERSON_EDIT)
    attached = _attachments(entries)
    rechecked = _rechecks(entries)
    written = journal_states(entries)
    reported = report_states(entries)
    answered = answer_states(entries)
    looked = report_check_states(entries)
    handed = custody_states(entries)
    chosen = choice_states(entries)

    items, item_gaps = repo.items_around(known=items_known, strings=strings)
    cases, case_gaps = repo.cases_around(known=cases_known)
    persons, person_gaps = repo.persons_around(known=persons_known)
    attachments, attachment_gaps = repo.attachments_around(known=attached)
    rechecks, recheck_gaps = repo.rechecks_around(known=rechecked)
    journal, journal_gaps = repo.journal_around(known=written)
    reports, report_gaps = repo.reports.reports_around(known=reported)
    answers, answer_gaps = repo.reports.answers_around(known=answered)
    checks, check_gaps = repo.reports.report_checks_around(known=looked)
    handovers, custody_gaps = repo.reports.custody_around(known=handed)
    choices, choice_gaps = repo.choices_around(known=chosen)
    stored_regions, region_gaps = repo.regions_around()
    regions = {item_id: tuple(found) for item_id, found in stored_regions.items()}

    complete = not audit_gaps
    rebuilt: set[tuple[str, int]] = set()
    regions_known = True
    if complete:
        items = _rebuild(items, items_known, item_gaps, Item, ITEMS, rebuilt)
        cases = _rebuild(cases, cases_known, case_gaps, Case, CASES, rebuilt)
        persons = _rebuild(persons, persons_known, person_gaps, Person, PERSONS, rebuilt)
        attachments = _rebuild(
            attachments, attached, attachment_gaps, Attachment, ATTACHMENTS, rebuilt
        )
        rechecks = _rebuild(rechecks, rechecked, recheck_gaps, Recheck, RECHECKS, rebuilt)
        journal = _rebuild(journal, written, journal_gaps, JournalEntry, JOURNAL, rebuilt)
        reports = [
            dataclasses.replace(r, urls=tuple(r.urls), item_ids=tuple(r.item_ids))
            for r in _rebuild(reports, reported, report_gaps, Report, REPORTS, rebuilt)
        ]
        answers = _rebuild(answers, answered, answer_gaps, Answer, ANSWERS, rebuilt)
        checks = _rebuild(checks, looked, check_gaps, ReportCheck, REPORT_CHECKS, rebuilt)
        handovers = _rebuild(handovers, handed, custody_gaps, CustodyEntry, CUSTODY, rebuilt)
        choices = _rebuild(choices, chosen, choice_gaps, Choice, CHOICES, rebuilt)
        if region_gaps:  # regions are stored by their own number: take them all from the chain
            regions = _regions(entries)
    elif region_gaps:
        regions_known = False
    return Readable(
        cases=tuple(cases),
        items=tuple(items),
        persons=tuple(persons),
        attachments=tuple(attachments),
        rechecks=tuple(rechecks),
        regions=regions,
        audit=tuple(entries),
        journal=tuple(journal),
        reports=tuple(reports),
        answers=tuple(answers),
        report_checks=tuple(checks),
        custody=tuple(handovers),
        choices=tuple(choices),
        gaps=tuple(
            audit_gaps
            + item_gaps
            + case_gaps
            + person_gaps
            + attachment_gaps
            + recheck_gaps
            + journal_gaps
            + report_gaps
            + answer_gaps
            + check_gaps
            + custody_gaps
            + choice_gaps
            + region_gaps
        ),
        rebuilt=frozenset(rebuilt),
        regions_known=regions_known,
        chain_items=items_known,
    )


def _rebuild(
    found: Iterable[_R],
    known: Mapping[int, dict[str, Any]],
    gaps: list[Gap],
    kind: type[_R],
    table: str,
    rebuilt: set[tuple[str, int]],
) -> list[_R]:
    """`found`, with each record the chain knows and whose row is in a gap rebuilt from it."""
    records = {getattr(record, "id"): record for record in found}  # noqa: B009 - any record
    names = {f.name for f in dataclasses.fields(kind)}  # type: ignore[arg-type]
    for record_id, state in known.items():
        if record_id in records or not any(gap.holds(record_id) for gap in gaps):
            continue
        values = {name: value for name, value in state.items() if name in names}
        values["id"] = record_id
        try:
            records[record_id] = kind(**values)
        except TypeError:  # the chain lacks a field the record needs: leave it lost
            continue
        rebuilt.add((table, record_id))
    return [records[record_id] for record_id in sorted(records)]


def _cases(entries: Iterable[AuditEntry]) -> dict[int, dict[str, Any]]:
    """Each case's state as the chain says, with its creation time (the create entry's)."""
    entries = list(entries)
    states = audit.replay_records(entries, "case", audit.CASE_CREATE, audit.CASE_EDIT)
    for entry in entries:
        prefix, _, raw_id = entry.target.partition(":")
        if prefix == "case" and entry.action == audit.CASE_CREATE and raw_id.isdigit():
            state = states.get(int(raw_id))
            if state is not None:
                state.setdefault("summary", "")
                state.setdefault("created_at", entry.at_utc)
    return states


def _attachments(entries: Iterable[AuditEntry]) -> dict[int, dict[str, Any]]:
    found: dict[int, dict[str, Any]] = {}
    for entry in entries:
        if entry.action == audit.ITEM_ATTACH:
            state = entry.details.get("attachment", {})
            if isinstance(state, dict) and isinstance(state.get("id"), int):
                found[state["id"]] = dict(state)
    return found


def journal_states(entries: Iterable[AuditEntry]) -> dict[int, dict[str, Any]]:
    """Each journal entry's state as the chain says (removed ones with `deleted`)."""
    states = audit.replay_records(entries, "journal", audit.JOURNAL_CREATE, audit.JOURNAL_EDIT)
    for state in states.values():
        state.setdefault("deleted", False)
    return states


def report_states(entries: Iterable[AuditEntry]) -> dict[int, dict[str, Any]]:
    """Each report's state as the chain says (removed ones with `deleted`)."""
    states = audit.replay_records(entries, "report", audit.REPORT_CREATE, audit.REPORT_EDIT)
    for state in states.values():
        state.setdefault("deleted", False)
    return states


def custody_states(entries: Iterable[AuditEntry]) -> dict[int, dict[str, Any]]:
    """Each hand-over's state as the chain says (removed ones with `deleted`)."""
    states = audit.replay_records(entries, "custody", audit.CUSTODY_CREATE, audit.CUSTODY_EDIT)
    for state in states.values():
        state.setdefault("deleted", False)
    return states


def choice_states(entries: Iterable[AuditEntry]) -> dict[int, dict[str, Any]]:
    """Each choice (`domain.guide`) as the chain holds it whole."""
    return _whole(entries, audit.CHOICE)


def answer_states(entries: Iterable[AuditEntry]) -> dict[int, dict[str, Any]]:
    return _whole(entries, audit.REPORT_ANSWER)


def report_check_states(entries: Iterable[AuditEntry]) -> dict[int, dict[str, Any]]:
    return _whole(entries, audit.REPORT_CHECK)


def _whole(entries: Iterable[AuditEntry], action: str) -> dict[int, dict[str, Any]]:
    """Records an entry of `action` holds whole in its details, by their id."""
    return {
        int(entry.details["id"]): dict(entry.details)
        for entry in entries
        if entry.action == action and isinstance(entry.details.get("id"), int)
    }


def _rechecks(entries: Iterable[AuditEntry]) -> dict[int, dict[str, Any]]:
    return _whole(entries, audit.ITEM_RECHECK)


def _regions(entries: Iterable[AuditEntry]) -> dict[int, tuple[Region, ...]]:
    """Each item's hidden parts as its last `item.redactions` entry set them."""
    found: dict[int, tuple[Region, ...]] = {}
    for entry in entries:
        if entry.action != audit.ITEM_REDACTIONS:
            continue
        raw_id = entry.target.partition(":")[2]
        regions = entry.details.get("regions") or []
        if raw_id.isdigit():
            found[int(raw_id)] = tuple(Region(**region) for region in regions)
    return {item_id: regions for item_id, regions in found.items() if regions}
