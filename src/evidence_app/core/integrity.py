"""`check`: everything about a vault that can be verified, named precisely.

SQLCipher's page check and SQLite's integrity check; every stored file (item
originals and attachments) against its SHA-256; the audit chain's hashes and
links; and the chain replayed against the current state of every record it
covers (items, attachments, cases with their summaries, persons, re-checks
and redaction regions), so that a field changed in the database behind the
app's back, or a row added or removed, is found.
"""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Iterable
from typing import Any

from evidence_app.core import audit
from evidence_app.core.model import Attachment, AuditEntry, Item, Problem
from evidence_app.storage.repository import Repository

# A field added to items after an item was recorded has its default in the replayed state.
_ITEM_DEFAULTS: dict[str, Any] = {
    f.name: f.default for f in dataclasses.fields(Item) if f.default is not dataclasses.MISSING
}


def check_vault(repo: Repository) -> list[Problem]:
    problems = [
        Problem("database", f"encryption check: {line}")
        for line in repo.cipher_integrity_problems()
    ]
    problems += [
        Problem("database", f"integrity check: {line}") for line in repo.integrity_problems()
    ]
    entries = list(repo.audit())
    problems += audit.verify_chain(entries)
    problems += [
        _rollback_problem(entry) for entry in entries if entry.action == audit.VAULT_ROLLBACK
    ]

    expected = audit.replay_items(entries)
    items = repo.items(None, include_deleted=True)
    for item in items:
        problems += _check_item(repo, item, expected.pop(item.id, None))
    problems += [
        Problem(f"item {item_id}", "is in the audit chain but not in the database")
        for item_id in sorted(expected)
    ]
    known = {item.id for item in items}
    problems += [
        Problem(f"item {owner}", "stored bytes without an item")
        for owner in repo.chunk_owners()
        if owner not in known
    ]
    deleted = {item.id for item in items if item.deleted}
    problems += _check_attachments(repo, entries, deleted)
    problems += _check_records(repo, entries)
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


def _compare(
    where: str, expected: dict[int, dict[str, Any]], actual: dict[int, dict[str, Any]]
) -> list[Problem]:
    """Record by record: missing from the chain, missing from the database, fields that differ."""
    problems = []
    for record_id, state in sorted(actual.items()):
        recorded = expected.pop(record_id, None)
        if recorded is None:
            problems.append(Problem(f"{where} {record_id}", "has no entry in the audit chain"))
            continue
        problems += [
            Problem(
                f"{where} {record_id}", f"field '{name}' differs from what the audit chain recorded"
            )
            for name, value in state.items()
            if name in recorded and recorded[name] != value
        ]
    problems += [
        Problem(f"{where} {record_id}", "is in the audit chain but not in the database")
        for record_id in sorted(expected)
    ]
    return problems


def _check_records(repo: Repository, entries: list[AuditEntry]) -> list[Problem]:
    """Cases, persons, re-checks and redaction regions against the chain."""
    cases = audit.replay_records(entries, "case", audit.CASE_CREATE, audit.CASE_EDIT)
    for state in cases.values():
        state.setdefault("summary", "")
    problems = _compare(
        "case", cases, {c.id: {"name": c.name, "summary": c.summary} for c in repo.cases()}
    )
    persons = audit.replay_records(entries, "person", audit.PERSON_CREATE, audit.PERSON_EDIT)
    problems += _compare("person", persons, {p.id: dataclasses.asdict(p) for p in repo.persons()})
    rechecks = {
        int(e.details["id"]): dict(e.details)
        for e in entries
        if e.action == audit.ITEM_RECHECK and isinstance(e.details.get("id"), int)
    }
    problems += _compare(
        "re-check", rechecks, {r.id: dataclasses.asdict(r) for r in repo.rechecks()}
    )
    regions: dict[int, dict[str, Any]] = {}
    for entry in entries:
        if entry.action == audit.ITEM_REDACTIONS:
            regions[int(entry.target.partition(":")[2])] = {"regions": entry.details.get("regions")}
    regions = {item_id: state for item_id, state in regions.items() if state["regions"]}
    stored = {
        item_id: {"regions": [dataclasses.asdict(r) for r in found]}
        for item_id, found in repo.regions().items()
    }
    problems += _compare("hidden parts of item", regions, stored)
    return problems


def _digest(chunks: Iterable[tuple[int, bytes]], where: str) -> tuple[str, int, int, list[Problem]]:
    """(sha256, size, parts, problems) of numbered chunks, noting gaps."""
    digest, size, next_seq, problems = hashlib.sha256(), 0, 0, []
    for seq, chunk in chunks:
        if seq != next_seq:
            problems.append(Problem(where, f"stored bytes: part {next_seq} is missing"))
        digest.update(chunk)
        size += len(chunk)
        next_seq = seq + 1
    return digest.hexdigest(), size, next_seq, problems


def _check_item(repo: Repository, item: Item, expected: dict[str, Any] | None) -> list[Problem]:
    where = f"item {item.id}"
    if expected is None:
        return [Problem(where, "has no entry in the audit chain")]
    recorded = {**_ITEM_DEFAULTS, **expected}
    problems = [
        Problem(where, f"field '{name}' differs from what the audit chain recorded")
        for name, value in item.state().items()
        if recorded.get(name) != value
    ]
    sha256, size, parts, gaps = _digest(repo.chunks(item.id), where)
    problems += gaps
    if item.deleted:
        if parts:
            problems.append(Problem(where, "deleted, but its bytes are still stored"))
    elif sha256 != item.sha256 or size != item.size:
        problems.append(Problem(where, "stored bytes do not match their SHA-256"))
    return problems


def _check_attachments(
    repo: Repository, entries: list[AuditEntry], deleted_items: set[int]
) -> list[Problem]:
    recorded: dict[int, dict[str, Any]] = {}
    for entry in entries:
        if entry.action == audit.ITEM_ATTACH:
            state = entry.details.get("attachment", {})
            if isinstance(state.get("id"), int):
                recorded[state["id"]] = state
    problems: list[Problem] = []
    for attachment in repo.attachments():
        where = f"item {attachment.item_id}, file {attachment.id} ({attachment.role})"
        state = recorded.pop(attachment.id, None)
        if state is None:
            problems.append(Problem(where, "has no entry in the audit chain"))
        elif state != attachment.state():
            problems.append(Problem(where, "differs from what the audit chain recorded"))
        if attachment.item_id in deleted_items:
            continue
        problems += _check_attachment_bytes(repo, attachment, where)
    problems += [
        Problem(f"file {attachment_id}", "is in the audit chain but not in the database")
        for attachment_id in sorted(recorded)
    ]
    return problems


def _check_attachment_bytes(repo: Repository, attachment: Attachment, where: str) -> list[Problem]:
    sha256, size, _, problems = _digest(repo.attachment_chunks(attachment.id), where)
    if sha256 != attachment.sha256 or size != attachment.size:
        problems.append(Problem(where, "stored bytes do not match their SHA-256"))
    return problems
