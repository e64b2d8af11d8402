"""Hand-overs: each time a copy of the evidence was given to someone (the police, a
lawyer, a school), when, under which reference, so that the dossier can say where the
evidence went ("chain of custody")."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from evidence_app.domain.errors import BadInput
from evidence_app.domain.report import moment

MAX_TEXT = 10_000


@dataclass(frozen=True)
class CustodyEntry:
    """One hand-over of a copy of the evidence."""

    id: int
    case_id: int
    given_to: str  # "Politie Gent, inspecteur Claes"
    at: str = ""  # an event_time string: a day, or a time with its offset
    reference: str = ""  # the police report number (PV), a file number
    note: str = ""  # what was given: "the dossier on a USB stick, complete copy"
    created_at: str = ""  # ISO 8601 UTC with "Z": when it was written down
    deleted: bool = False

    def state(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    def when(self) -> Any:
        return moment(self.at)


CUSTODY_FIELDS: tuple[str, ...] = ("given_to", "at", "reference", "note")


def checked_text(text: str, what: str, *, required: bool = False) -> str:
    text = text.strip()
    if required and not text:
        raise BadInput(f"say {what}")
    if len(text) > MAX_TEXT:
        raise BadInput(f"{what} holds at most {MAX_TEXT} characters")
    return text
