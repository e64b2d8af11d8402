"""`check`: everything about a vault that can be verified, named precisely.

SQLCipher's page check and SQLite's integrity check; every stored file (item
originals and attachments) against its SHA-256; the audit chain's hashes and
links; and the chain replayed against the current state of every record it
covers (items, attachments, cases with their summaries, persons, re-checks
and redaction regions), so that a field changed in the database behind the
app's back, or a row added or removed, is found.

A damaged database is checked as far as it can be read (`vault.damage`): each
damaged page is named, then each record and file it makes unreadable (by the
item's number and file name when the chain knows them), and everything else is
checked as usual. Nothing here stops at the first damaged page.

Every page is read at least once, and SQLCipher checks a page's HMAC whenever it
reads one: SQLite's structure check reads every page in use, and the files are read
whole to be hashed. SQLCipher's own page check (`PRAGMA cipher_integrity_check`,
which reads the whole file once more and cannot be interrupted) runs when one of
these met something wrong, to name the damaged pages; it would otherwise only add
the pages on the free list, which hold nothing. The structure check can run on
another thread (`structure_check`, `check_vault(structure=...)`), and the files are
hashed on a thread of their own while their next parts are read (`Hashing`): the
reading then uses both cores to the end. `Meter` adds up the bytes read.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from evidence_app.domain import audit
from evidence_app.domain.errors import VaultDamaged, VaultLocked
from evidence_app.domain.model import Attachment, AuditEntry, Item, Problem
from evidence_app.storage.database import DatabaseError
from evidence_app.storage.repository import Repository
from evidence_app.storage.salvage import Gap, is_damage, poisoned
from evidence_app.vault import damage

# A field added to items after an item was recorded has its default in the replayed state.
_ITEM_DEFAULTS: dict[str, Any] = {
    f.name: f.default for f in dataclasses.fields(Item) if f.default is not dataclasses.MISSING
}

# Reads the stored bytes of an item (or, with True, of an attachment) around damaged pages.
ReadFile = Callable[[int, bool], Iterable[bytes]]

UNREADABLE_RECORD = "its record cannot be read: it is on a damaged part of the database"
REBUILT_RECORD = (
    "its record cannot be read from the database, but the audit chain holds all of it: "
    "an export keeps it"
)
UNREADABLE_FILE = "its stored file cannot be read: it is on a damaged part of the database"
NOT_IN_READABLE_CHAIN = (
    "its entries are not in the part of the audit chain that can be read, so its details "
    "cannot be checked against them"
)
_PARTIAL_CHAIN = " (part of the audit chain cannot be read)"


@dataclass(frozen=True)
class CheckReport:
    """What `check` found, and how much of the evidence is intact.

    `items` counts the items the vault should hold (not deleted), `intact` those
    whose record can be read (or rebuilt from the chain) and whose stored file
    matches its SHA-256: what an export can save.
    """

    problems: list[Problem]
    damaged: bool
    items: int
    intact: int


@dataclass(frozen=True)
class Structure:
    """What SQLite's structure check said: its findings, whether it stopped at a damaged
    page, and whether the file ends in a piece of a page."""

    lines: list[str]
    stopped: bool
    ragged: bool


class Meter:
    """How far a check got, in bytes read by both of its halves: the structure check
    (SQLite reads the database file once) and the stored files.

    Calls `report(done, total)` at most every `EVERY` seconds; `report` may raise to stop
    the check (the GUI's `Cancelled`). Once `stop` is set (the vault locks), the next
    report raises `VaultLocked`. The bytes the structure check has read are those its
    thread has read (Linux's /proc/self/task/ID/io); where that cannot be known, its
    part counts as done when it is.
    """

    EVERY = 0.1

    def __init__(
        self,
        report: Callable[[int, int], None] | None = None,
        database_size: int = 0,
        stop: threading.Event | None = None,
    ) -> None:
        self._report = report
        self._database = database_size
        self._files = database_size  # until the records are read: about as much again
        self._files_done = 0
        self._stop = stop or threading.Event()
        self._thread: int | None = None
        self._thread_base = 0
        self._structure_done = False
        self._last = 0.0
        self.damage = False  # a stored file met a damaged page

    def structure_started(self) -> None:
        """Called on the structure check's thread, just before it reads."""
        thread = threading.get_native_id()
        self._thread_base = _bytes_read(thread) or 0
        self._thread = thread

    def structure_done(self) -> None:
        self._structure_done = True

    def files_known(self, total: int) -> None:
        self._files = total

    @property
    def files_read(self) -> int:
        return self._files_done

    def read(self, size: int) -> None:
        self._files_done += size
        self.tick()

    def tick(self, *, now: bool = False) -> None:
        if self._stop.is_set():
            raise VaultLocked("the vault was locked")
        moment = time.monotonic()
        if self._report is None or (not now and moment - self._last < self.EVERY):
            return
        self._last = moment
        done = self._structure_read() + min(self._files_done, self._files)
        self._report(done, self._database + self._files)

    def _structure_read(self) -> int:
        if self._structure_done:
            return self._database
        found = None if self._thread is None else _bytes_read(self._thread)
        return 0 if found is None else min(max(found - self._thread_base, 0), self._database)


class Hashing:
    """SHA-256 of the stored files on a thread of its own, a few parts behind their reading.

    Reading a part (SQLCipher decrypting and authenticating its pages) and hashing it
    each take about half the time of both, and both let go of Python's lock while they
    work: on two threads they overlap, and the check keeps both cores busy once the
    structure check is done (issue 13). A small part is hashed where it is read, which
    costs less than handing it over.
    """

    AHEAD = 4  # parts of up to 1 MiB waiting to be hashed
    HAND_OVER = 256 * 1024

    def __init__(self) -> None:
        self._pool = ThreadPoolExecutor(1, thread_name_prefix="check-sha256")
        self._waiting: deque[Future[None]] = deque()

    def update(self, digest: Any, data: bytes) -> None:
        """`digest.update(data)`, after every part handed over before it."""
        if len(data) < self.HAND_OVER:
            self._catch_up()
            digest.update(data)
            return
        self._waiting.append(self._pool.submit(digest.update, data))
        while len(self._waiting) > self.AHEAD:
            self._waiting.popleft().result()

    def hexdigest(self, digest: Any) -> str:
        self._catch_up()
        return str(digest.hexdigest())

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)

    def _catch_up(self) -> None:
        while self._waiting:
            self._waiting.popleft().result()


def _bytes_read(thread: int) -> int | None:
    """The bytes a thread of this process has read from files, where the system says."""
    try:
        with open(f"/proc/self/task/{thread}/io", encoding="ascii") as io:
            for line in io:
                if line.startswith("rchar:"):
                    return int(line.split()[1])
    except (OSError, ValueError):
        return None
    return None


def structure_check(repo: Repository, database_size: int, meter: Meter | None = None) -> Structure:
    """SQLite's structure check, which reads every page in use (and so checks each one's
    HMAC). `database_size`: the size of the file, whose end must be a whole page."""
    if meter is not None:
        meter.structure_started()
    try:
        return Structure(repo.integrity_problems(), False, database_size % repo.page_size() != 0)
    except DatabaseError as exc:
        if not is_damage(exc):
            raise
        repo.fresh_connection()
        return Structure([], True, False)
    finally:
        if meter is not None:
            meter.structure_done()


def check_vault(
    repo: Repository,
    read_file: ReadFile,
    *,
    database_size: int = 0,
    structure: Callable[[], Structure] | None = None,
    meter: Meter | None = None,
) -> CheckReport:
    """Check the vault read through `repo`. `structure`: the result of `structure_check`
    run elsewhere (waited for once the rest is done); by default it runs here first."""
    meter = meter or Meter()
    shape = structure_check(repo, database_size) if structure is None else None
    hashing = Hashing()
    try:
        problems, intact, readable = _check_records_and_files(repo, read_file, meter, hashing)
    finally:
        hashing.close()
    if shape is None and structure is not None:
        shape = structure()
    assert shape is not None
    wrong = bool(shape.lines) or shape.stopped or shape.ragged or readable.damaged or meter.damage
    said, pages = _pages(repo, shape, name_pages=wrong)
    problems = said + problems
    lost = set(readable.lost_items())
    should_hold = {item.id for item in readable.items if not item.deleted} | lost
    meter.files_known(meter.files_read)  # (what a damaged page kept from being read)
    meter.tick(now=True)
    return CheckReport(
        problems=problems,
        damaged=bool(pages) or readable.damaged,
        items=len(should_hold),
        intact=len(intact & should_hold),
    )


def _check_records_and_files(
    repo: Repository, read_file: ReadFile, meter: Meter, hashing: Hashing
) -> tuple[list[Problem], set[int], damage.Readable]:
    """What the records, the chain and the stored files say, the items read intact, and
    what could be read."""
    readable = damage.read_records(repo)
    meter.files_known(_stored_size(readable))
    entries = list(readable.audit)
    problems = _chain(readable)
    problems += [
        _rollback_problem(entry) for entry in entries if entry.action == audit.VAULT_ROLLBACK
    ]

    expected = audit.replay_items(entries)
    note = "" if readable.audit_complete else _PARTIAL_CHAIN
    intact: set[int] = set()
    for item in readable.items:
        where = _named(item.id, item.original_name)
        recorded = expected.pop(item.id, None)
        if (damage.ITEMS, item.id) in readable.rebuilt:
            found = [Problem(where, REBUILT_RECORD)]
        elif recorded is None and readable.audit_complete:  # not the app's: bytes say no more
            problems.append(Problem(f"item {item.id}", "has no entry in the audit chain"))
            continue
        elif recorded is None:
            found = [Problem(where, NOT_IN_READABLE_CHAIN)]
        else:
            found = _check_fields(item, recorded, note)
        bytes_problems = _check_bytes(repo, read_file, item, where, meter, hashing)
        if not bytes_problems and not item.deleted:
            intact.add(item.id)
        problems += found + bytes_problems
    for item_id in sorted(expected):
        if readable.lost(damage.ITEMS, item_id):
            problems.append(
                Problem(_named(item_id, readable.item_name(item_id)), UNREADABLE_RECORD)
            )
        else:
            problems.append(
                Problem(f"item {item_id}", "is in the audit chain but not in the database")
            )
    problems += _gaps(readable, damage.ITEMS, "items", set(audit.replay_items(entries)))
    known = {item.id for item in readable.items}
    problems += [
        Problem(f"item {owner}", "stored bytes without an item")
        for owner in _chunk_owners(repo)
        if owner not in known and not readable.lost(damage.ITEMS, owner)
    ]
    deleted = {item.id for item in readable.items if item.deleted}
    problems += _check_attachments(repo, read_file, readable, deleted, meter, hashing)
    problems += _check_records(readable)
    return problems, intact, readable


def _named(item_id: int, name: str) -> str:
    return f"item {item_id} ({name})" if name else f"item {item_id}"


def _stored_size(readable: damage.Readable) -> int:
    """The bytes the check hashes: every stored file that should be there."""
    deleted = {item.id for item in readable.items if item.deleted}
    return sum(item.size for item in readable.items if not item.deleted) + sum(
        a.size for a in readable.attachments if a.item_id not in deleted
    )


def _pages(
    repo: Repository, found: Structure, *, name_pages: bool
) -> tuple[list[Problem], list[int]]:
    """SQLCipher's page check (each damaged page in words) when something is wrong, then
    what SQLite's structure check found."""
    pages: list[int] = []
    problems = []
    if name_pages:
        pages, other = repo.damaged_pages()
        problems += [
            Problem(
                "database",
                f"page {page} is damaged: it does not match its checksum, so what is stored "
                "on it cannot be read",
            )
            for page in pages
        ]
        problems += [Problem("database", f"encryption check: {line}") for line in other]
    problems += [Problem("database", f"integrity check: {line}") for line in found.lines]
    if found.stopped and not pages:  # with damaged pages, stopping at one is no news
        problems.append(Problem("database", "integrity check: stopped at a damaged page"))
    return problems, pages


def _chain(readable: damage.Readable) -> list[Problem]:
    """The chain's hashes and links, each readable stretch on its own, and its gaps."""
    problems = []
    for gap in readable.gaps_in(damage.AUDIT):
        problems.append(Problem("audit chain", f"{_range('entries', gap)} cannot be read"))
    stretch: list[AuditEntry] = []
    stretches = [stretch]
    for entry in readable.audit:
        if stretch and readable.lost(damage.AUDIT, stretch[-1].seq + 1):
            stretch = []
            stretches.append(stretch)
        stretch.append(entry)
    for number, part in enumerate(stretches):
        if not part:
            continue
        if number == 0 and not readable.lost(damage.AUDIT, 1):
            problems += audit.verify_chain(part)
        else:  # after a gap: the link into it cannot be followed
            first = part[0]
            links = (audit.Link(e.seq, e.prev_hash, e.hash, e) for e in part)
            problems += audit.verify_links(links, first_seq=first.seq, prev_hash=first.prev_hash)
    return problems


def _rollback_problem(entry: AuditEntry) -> Problem:
    """A loss of saves found at an opening (storage.seal), as the chain recorded it."""
    details = entry.details
    if details.get("other_history"):
        return Problem(
            "database",
            f"on {entry.at_utc} the database was found to be another copy than the one last "
            f"saved (its entry {details.get('sealed_entries')} differed from the seal)",
        )
    lost = int(details.get("sealed_entries", 0)) - int(details.get("entries_found", 0))
    return Problem(
        "database",
        f"on {entry.at_utc} the database was found {lost} audit entries short of its seal: "
        "the last saves before then were lost (for instance vault.db-wal after a crash)",
    )


def _range(what: str, gap: Gap) -> str:
    if gap.last is None:
        return f"{what} from number {max(gap.first, 1)} on" if gap.first > 1 else f"all {what}"
    if gap.first <= 1:
        return f"{what} up to number {gap.last}"
    if gap.first == gap.last:
        return f"{what[:-1] if what.endswith('s') else what} number {gap.first}"
    return f"{what} {gap.first} to {gap.last}"


def _gaps(readable: damage.Readable, table: str, what: str, known: set[int]) -> list[Problem]:
    """Gaps the complete chain does not account for: rows there would be unknown to it."""
    if readable.audit_complete:
        return []  # every record the chain knows was looked up and named on its own
    return [
        Problem(what, f"{_range('records', gap)} cannot be read, if there are any")
        for gap in readable.gaps_in(table)
        if not (gap.last is not None and all(k in known for k in range(gap.first, gap.last + 1)))
    ]


def _compare(
    where: str,
    expected: dict[int, dict[str, Any]],
    actual: dict[int, dict[str, Any]],
    *,
    lost: Callable[[int], bool] = lambda _: False,
    note: str = "",
) -> list[Problem]:
    """Record by record: missing from the chain, missing from the database, fields that differ."""
    problems = []
    for record_id, state in sorted(actual.items()):
        recorded = expected.pop(record_id, None)
        if recorded is None:
            problems.append(
                Problem(
                    f"{where} {record_id}",
                    NOT_IN_READABLE_CHAIN if note else "has no entry in the audit chain",
                )
            )
            continue
        problems += [
            Problem(
                f"{where} {record_id}",
                f"field '{name}' differs from what the audit chain recorded" + note,
            )
            for name, value in state.items()
            if name in recorded and recorded[name] != value
        ]
    problems += [
        Problem(
            f"{where} {record_id}",
            UNREADABLE_RECORD
            if lost(record_id)
            else "is in the audit chain but not in the database",
        )
        for record_id in sorted(expected)
    ]
    return problems


def _check_reports(
    readable: damage.Readable, entries: list[AuditEntry], note: str
) -> list[Problem]:
    """Reports, their answers and re-checks, and hand-overs, against the chain."""
    problems: list[Problem] = []
    for what, table, expected, found in (
        (
            "report",
            damage.REPORTS,
            damage.report_states(entries),
            {r.id: r.state() for r in readable.reports},
        ),
        (
            "answer",
            damage.ANSWERS,
            damage.answer_states(entries),
            {a.id: a.state() for a in readable.answers},
        ),
        (
            "re-check of a report",
            damage.REPORT_CHECKS,
            damage.report_check_states(entries),
            {c.id: c.state() for c in readable.report_checks},
        ),
        (
            "hand-over",
            damage.CUSTODY,
            damage.custody_states(entries),
            {c.id: c.state() for c in readable.custody},
        ),
        (
            "choice",
            damage.CHOICES,
            damage.choice_states(entries),
            {c.id: c.state() for c in readable.choices},
        ),
    ):
        for state in found.values():
            state.pop("id", None)
        for state in expected.values():
            state.pop("id", None)
        known = set(expected)
        problems += _compare(
            what, expected, found, lost=functools.partial(readable.lost, table), note=note
        )
        plural = {"re-check of a report": "re-checks of reports"}.get(what, f"{what}s")
        problems += _gaps(readable, table, plural, known)
    return problems


def _check_records(readable: damage.Readable) -> list[Problem]:
    """Cases, persons, journal entries, re-checks and redaction regions against the chain."""
    entries = list(readable.audit)
    note = "" if readable.audit_complete else _PARTIAL_CHAIN
    problems = _rebuilt(readable)
    cases = audit.replay_records(entries, "case", audit.CASE_CREATE, audit.CASE_EDIT)
    for state in cases.values():
        state.setdefault("summary", "")
    problems += _compare(
        "case",
        cases,
        {c.id: {"name": c.name, "summary": c.summary} for c in readable.cases},
        lost=lambda key: readable.lost(damage.CASES, key),
        note=note,
    )
    persons = audit.replay_records(entries, "person", audit.PERSON_CREATE, audit.PERSON_EDIT)
    problems += _compare(
        "person",
        persons,
        {p.id: dataclasses.asdict(p) for p in readable.persons},
        lost=lambda key: readable.lost(damage.PERSONS, key),
        note=note,
    )
    journal = damage.journal_states(entries)
    problems += _compare(
        "journal entry",
        journal,
        {j.id: {k: v for k, v in j.state().items() if k != "id"} for j in readable.journal},
        lost=lambda key: readable.lost(damage.JOURNAL, key),
        note=note,
    )
    problems += _check_reports(readable, entries, note)
    rechecks = {
        int(e.details["id"]): dict(e.details)
        for e in entries
        if e.action == audit.ITEM_RECHECK and isinstance(e.details.get("id"), int)
    }
    problems += _compare(
        "re-check",
        rechecks,
        {r.id: dataclasses.asdict(r) for r in readable.rechecks},
        lost=lambda key: readable.lost(damage.RECHECKS, key),
        note=note,
    )
    regions: dict[int, dict[str, Any]] = {}
    for entry in entries:
        if entry.action == audit.ITEM_REDACTIONS:
            regions[int(entry.target.partition(":")[2])] = {"regions": entry.details.get("regions")}
    regions = {item_id: state for item_id, state in regions.items() if state["regions"]}
    if not readable.regions_known:
        problems.append(
            Problem(
                "hidden parts of images",
                "some cannot be read: they are on a damaged part of the database, so no "
                "redacted copy can be made",
            )
        )
    else:
        if readable.gaps_in(damage.REGIONS):
            problems.append(
                Problem(
                    "hidden parts of images",
                    "some cannot be read from the database, but the audit chain holds them all",
                )
            )
        stored = {
            item_id: {"regions": [dataclasses.asdict(r) for r in found]}
            for item_id, found in readable.regions.items()
        }
        problems += _compare("hidden parts of item", regions, stored, note=note)
    problems += _gaps(readable, damage.CASES, "cases", set(cases))
    problems += _gaps(readable, damage.PERSONS, "persons", set(persons))
    problems += _gaps(readable, damage.RECHECKS, "re-checks", set(rechecks))
    return problems


def _rebuilt(readable: damage.Readable) -> list[Problem]:
    """Cases, persons and re-checks whose rows were lost and rebuilt from the chain."""
    words = {damage.CASES: "case", damage.PERSONS: "person", damage.RECHECKS: "re-check"}
    return [
        Problem(f"{words[table]} {record_id}", REBUILT_RECORD)
        for table, record_id in sorted(readable.rebuilt)
        if table in words
    ]


def _digest(
    chunks: Iterable[tuple[int, bytes]], where: str, meter: Meter, hashing: Hashing
) -> tuple[str, int, int, list[Problem]]:
    """(sha256, size, parts, problems) of numbered chunks, noting gaps."""
    digest, size, next_seq, problems = hashlib.sha256(), 0, 0, []
    for seq, chunk in chunks:
        if seq != next_seq:
            problems.append(Problem(where, f"stored bytes: part {next_seq} is missing"))
        hashing.update(digest, chunk)
        size += len(chunk)
        next_seq = seq + 1
        meter.read(len(chunk))
    return hashing.hexdigest(digest), size, next_seq, problems


def _read_digest(
    repo: Repository,
    read_file: ReadFile,
    owner: int,
    where: str,
    meter: Meter,
    hashing: Hashing,
    *,
    attachment: bool,
) -> tuple[str, int, int, list[Problem]] | None:
    """`_digest` of the stored file; None when a damaged page keeps it from being read."""
    chunks = repo.attachment_chunks(owner) if attachment else repo.chunks(owner)
    try:
        found = _digest(chunks, where, meter, hashing)
    except DatabaseError as exc:
        if not is_damage(exc):
            raise
        repo.fresh_connection()
    else:
        if not poisoned(repo):  # else a damaged page may have been read as zeros
            return found
    meter.damage = True  # the pages are to be named
    try:  # the part's index may be what is damaged: read the parts through the table
        return _digest(enumerate(read_file(owner, attachment)), where, meter, hashing)
    except VaultDamaged:
        return None


def _check_fields(item: Item, expected: Mapping[str, Any], note: str) -> list[Problem]:
    where = f"item {item.id}"
    recorded = {**_ITEM_DEFAULTS, **expected}
    return [
        Problem(where, f"field '{name}' differs from what the audit chain recorded" + note)
        for name, value in item.state().items()
        if recorded.get(name) != value
    ]


def _check_bytes(
    repo: Repository, read_file: ReadFile, item: Item, where: str, meter: Meter, hashing: Hashing
) -> list[Problem]:
    found = _read_digest(
        repo, read_file, item.id, f"item {item.id}", meter, hashing, attachment=False
    )
    if found is None:
        return [] if item.deleted else [Problem(where, UNREADABLE_FILE)]
    sha256, size, parts, problems = found
    if item.deleted:
        if parts:
            problems.append(Problem(f"item {item.id}", "deleted, but its bytes are still stored"))
    elif sha256 != item.sha256 or size != item.size:
        problems.append(Problem(f"item {item.id}", "stored bytes do not match their SHA-256"))
    return problems


def _chunk_owners(repo: Repository) -> list[int]:
    try:
        return repo.chunk_owners()
    except DatabaseError as exc:
        if not is_damage(exc):
            raise
        repo.fresh_connection()
    keys, _ = repo.chunk_keys_around()
    return sorted({owner for owner, _ in keys})


def _check_attachments(
    repo: Repository,
    read_file: ReadFile,
    readable: damage.Readable,
    deleted_items: set[int],
    meter: Meter,
    hashing: Hashing,
) -> list[Problem]:
    recorded: dict[int, dict[str, Any]] = {}
    for entry in readable.audit:
        if entry.action == audit.ITEM_ATTACH:
            state = entry.details.get("attachment", {})
            if isinstance(state.get("id"), int):
                recorded[state["id"]] = state
    note = "" if readable.audit_complete else _PARTIAL_CHAIN
    problems: list[Problem] = []
    for attachment in readable.attachments:
        where = f"item {attachment.item_id}, file {attachment.id} ({attachment.role})"
        state = recorded.pop(attachment.id, None)
        if (damage.ATTACHMENTS, attachment.id) in readable.rebuilt:
            problems.append(Problem(where, REBUILT_RECORD))
        elif state is None:
            problems.append(
                Problem(where, NOT_IN_READABLE_CHAIN if note else "has no entry in the audit chain")
            )
        elif state != attachment.state():
            problems.append(Problem(where, "differs from what the audit chain recorded" + note))
        if attachment.item_id in deleted_items:
            continue
        problems += _check_attachment_bytes(repo, read_file, attachment, where, meter, hashing)
    for attachment_id, state in sorted(recorded.items()):
        where = f"item {state.get('item_id')}, file {attachment_id} ({state.get('role')})"
        if readable.lost(damage.ATTACHMENTS, attachment_id):
            problems.append(Problem(where, UNREADABLE_RECORD))
        else:
            problems.append(
                Problem(f"file {attachment_id}", "is in the audit chain but not in the database")
            )
    problems += _gaps(readable, damage.ATTACHMENTS, "files", set())
    return problems


def _check_attachment_bytes(
    repo: Repository,
    read_file: ReadFile,
    attachment: Attachment,
    where: str,
    meter: Meter,
    hashing: Hashing,
) -> list[Problem]:
    found = _read_digest(repo, read_file, attachment.id, where, meter, hashing, attachment=True)
    if found is None:
        return [Problem(where, UNREADABLE_FILE)]
    sha256, size, _, problems = found
    if sha256 != attachment.sha256 or size != attachment.size:
        problems.append(Problem(where, "stored bytes do not match their SHA-256"))
    return problems
