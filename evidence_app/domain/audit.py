"""The audit chain: an append-only log in which each entry pins all that came before.

`hash = SHA-256(prev_hash || canonical JSON of the entry)`, where the entry is
`{seq, at_utc, actor, action, target, details}` as JSON with sorted keys, no
spaces, UTF-8. The first entry's `prev_hash` is 64 zeros. Verifying recomputes
every hash and link; replaying the entries gives each item's expected state,
which `check` compares with the database.
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from evidence_app.domain.model import AuditEntry, Problem

GENESIS = "0" * 64

CASE_CREATE = "case.create"
ITEM_CREATE = "item.create"
ITEM_EDIT = "item.edit"
ITEM_DELETE = "item.delete"
VAULT_CREATE = "vault.create"
VAULT_PASSPHRASE = "vault.passphrase-changed"  # noqa: S105 - an action name
CASE_EDIT = "case.edit"
ITEM_REDACTIONS = "item.redactions"
ITEM_ATTACH = "item.attachment"
ITEM_RECHECK = "item.recheck"
PERSON_CREATE = "person.create"
PERSON_EDIT = "person.edit"
EXPORT = "export"
VAULT_RECOVERY_KEY = "vault.recovery-key-renewed"
JOURNAL_CREATE = "journal.create"
JOURNAL_EDIT = "journal.edit"  # also its removal: {"deleted": {"before": false, "after": true}}
REPORT_CREATE = "report.create"
REPORT_EDIT = "report.edit"  # also its removal, like the journal's
REPORT_ANSWER = "report.answer"  # details: the Answer
REPORT_CHECK = "report.recheck"  # details: the ReportCheck
CUSTODY_CREATE = "custody.create"
CUSTODY_EDIT = "custody.edit"  # also its removal
CHOICE = "choice"  # details: the Choice (domain.guide) whole
VAULT_ROLLBACK = "vault.rollback"  # the database was older than its seal (storage.seal)


def interned_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """`json.loads`'s `object_pairs_hook` for entries' details: every entry names the same
    fields, so one string for each name, not one per entry (a quarter of a parsed chain's
    memory)."""
    return {sys.intern(key): value for key, value in pairs}


def canonical(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode(
        "utf-8"
    )


def entry_hash(
    prev_hash: str, seq: int, at_utc: str, actor: str, action: str, target: str, details: Any
) -> str:
    body = {
        "seq": seq,
        "at_utc": at_utc,
        "actor": actor,
        "action": action,
        "target": target,
        "details": details,
    }
    return hashlib.sha256(prev_hash.encode("ascii") + canonical(body)).hexdigest()


def next_entry(
    last: AuditEntry | None, at_utc: str, actor: str, action: str, target: str, details: Any
) -> AuditEntry:
    seq = last.seq + 1 if last else 1
    prev = last.hash if last else GENESIS
    digest = entry_hash(prev, seq, at_utc, actor, action, target, details)
    return AuditEntry(seq, at_utc, actor, action, target, details, prev, digest)


def changes(current: object, values: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    """`{field: {"before", "after"}}` for the values that differ from `current`'s attributes:
    what an edit entry records."""
    return {
        name: {"before": getattr(current, name), "after": value}
        for name, value in values.items()
        if getattr(current, name) != value
    }


def after_values(diffs: Mapping[str, Mapping[str, Any]]) -> dict[str, Any]:
    return {name: diff["after"] for name, diff in diffs.items()}


@dataclass(frozen=True)
class Link:
    """One place in the chain: its number and hashes, and the entry when it is shown.

    An export reveals only the entries about what it holds; the others stay
    bare links, which can be followed but not recomputed.
    """

    seq: object
    prev_hash: object
    hash: object
    entry: AuditEntry | None = None


def verify_links(
    links: Iterable[Link], *, first_seq: int = 1, prev_hash: str = GENESIS
) -> list[Problem]:
    """Every link followed and every shown entry's hash recomputed; one problem per fault.

    A stretch of the chain that starts after entries that could not be read is
    followed from its own first entry (`first_seq`, `prev_hash`).
    """
    problems: list[Problem] = []
    expected_seq, prev = first_seq, prev_hash
    for link in links:
        where = f"audit entry {link.seq}"
        if link.seq != expected_seq:
            problems.append(
                Problem(
                    where,
                    f"expected entry {expected_seq} here: entries are missing or out of order",
                )
            )
        if link.prev_hash != prev:
            problems.append(Problem(where, "does not link to the entry before it"))
        entry = link.entry
        if (
            entry is not None
            and entry_hash(
                entry.prev_hash,
                entry.seq,
                entry.at_utc,
                entry.actor,
                entry.action,
                entry.target,
                entry.details,
            )
            != entry.hash
        ):
            problems.append(Problem(where, "its content does not match its hash (altered)"))
        expected_seq = (link.seq if isinstance(link.seq, int) else expected_seq) + 1
        prev = str(link.hash)
    return problems


def verify_chain(entries: Iterable[AuditEntry]) -> list[Problem]:
    """`verify_links` for a chain whose every entry is shown (the vault's own)."""
    return verify_links(Link(e.seq, e.prev_hash, e.hash, e) for e in entries)


def replay_items(entries: Iterable[AuditEntry]) -> dict[int, dict[str, Any]]:
    """Each item's state as the chain says it should be now."""
    states: dict[int, dict[str, Any]] = {}
    for entry in entries:
        if not entry.target.startswith("item:"):
            continue
        item_id = int(entry.target.split(":", 1)[1])
        # An item never changed shares its entry's state (a copy of each would cost a
        # dossier of 2,000 screenshots 2 MiB); a change makes a new one.
        if entry.action == ITEM_CREATE:
            state = entry.details.get("item", {})
            states[item_id] = state if isinstance(state, dict) else dict(state)
        elif entry.action == ITEM_EDIT and item_id in states:
            changes = entry.details.get("changes", {})
            after = {name: change.get("after") for name, change in changes.items()}
            states[item_id] = {**states[item_id], **after}
        elif entry.action == ITEM_DELETE and item_id in states:
            states[item_id] = {**states[item_id], "deleted": True}
    return states


def replay_records(
    entries: Iterable[AuditEntry], kind: str, create: str, edit: str
) -> dict[int, dict[str, Any]]:
    """State per id of `<kind>:<id>` targets: the create entry's details, then each edit's after."""
    states: dict[int, dict[str, Any]] = {}
    for entry in entries:
        prefix, _, raw_id = entry.target.partition(":")
        if prefix != kind or not raw_id.isdigit():
            continue
        if entry.action == create:
            states[int(raw_id)] = dict(entry.details)
        elif entry.action == edit and int(raw_id) in states:
            for name, change in entry.details.get("changes", {}).items():
                states[int(raw_id)][name] = change.get("after")
    return states
