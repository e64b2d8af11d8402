"""The journal of a case: events that left no file, each with when it happened and who
was involved. Every entry, change and removal is in the audit chain; a removed entry
stays in the vault (marked), so that the chain and the record always agree."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping

from evidence_app.domain import audit, clock, event_time
from evidence_app.domain.errors import BadInput, NotFound
from evidence_app.domain.event_time import EventTime
from evidence_app.domain.model import JOURNAL_FIELDS, JournalEntry
from evidence_app.vault.base import VaultBase

MAX_TEXT = 100_000  # characters: a long account fits; a pasted file does not belong here


class JournalBook(VaultBase):
    """The journal entries of the vault's cases."""

    def journal(self, case_id: int | None = None) -> list[JournalEntry]:
        """The entries not removed, in the order they were written."""
        with self._guard():
            self._db()
            return self._repo.journal(case_id)

    def add_journal_entry(
        self,
        case_id: int,
        text: str,
        *,
        event: EventTime = event_time.NOT_KNOWN,
        involved: str = "",
    ) -> JournalEntry:
        """Write down something that happened (audited). Raises BadInput, NotFound."""
        text = _text(text)
        event = event_time.checked(event.at, event.precision)
        entry = JournalEntry(
            id=0,
            case_id=case_id,
            text=text,
            event_at=event.at,
            event_precision=event.precision,
            involved=involved.strip(),
            created_at=clock.now().utc,
        )
        with self._writing():
            if not any(case.id == case_id for case in self._repo.cases()):
                raise NotFound(f"no case {case_id}")
            entry = dataclasses.replace(entry, id=self._repo.insert_journal(entry))
            details = {k: v for k, v in entry.state().items() if k not in ("id", "deleted")}
            self._append(audit.JOURNAL_CREATE, f"journal:{entry.id}", details)
            return entry

    def update_journal_entry(self, entry_id: int, changes: Mapping[str, str]) -> JournalEntry:
        """Change what an entry says (audited, each value before and after)."""
        unknown = set(changes) - set(JOURNAL_FIELDS)
        if unknown:
            raise BadInput(f"these fields cannot be changed: {', '.join(sorted(unknown))}")
        values: dict[str, str] = dict(changes)
        if "text" in values:
            values["text"] = _text(values["text"])
        if "involved" in values:
            values["involved"] = values["involved"].strip()
        with self._writing():
            current = self._current(entry_id)
            if {"event_at", "event_precision"} & set(values):
                event = event_time.checked(
                    values.get("event_at", current.event_at),
                    values.get("event_precision", current.event_precision),
                )
                values["event_at"], values["event_precision"] = event.at, event.precision
            return self._change(current, values)

    def remove_journal_entry(self, entry_id: int) -> None:
        """Take an entry out of the journal and the dossier (audited; the record stays)."""
        with self._writing():
            self._change(self._current(entry_id), {"deleted": True})

    def _current(self, entry_id: int) -> JournalEntry:
        current = self._repo.journal_entry(entry_id)
        if current is None or current.deleted:
            raise NotFound(f"no journal entry {entry_id}")
        return current

    def _change(self, current: JournalEntry, values: Mapping[str, object]) -> JournalEntry:
        """The caller holds the lock and a transaction."""
        diffs = audit.changes(current, values)
        if not diffs:
            return current
        after = audit.after_values(diffs)
        self._repo.set_journal_fields(current.id, after)
        self._append(audit.JOURNAL_EDIT, f"journal:{current.id}", {"changes": diffs})
        return dataclasses.replace(current, **after)


def _text(text: str) -> str:
    text = text.strip()
    if not text:
        raise BadInput("a journal entry needs a few words about what happened")
    if len(text) > MAX_TEXT:
        raise BadInput(f"a journal entry holds at most {MAX_TEXT} characters")
    return text
