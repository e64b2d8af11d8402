"""When something happened: a date, perhaps a time, and how sure the person is.

Beside the free text people write ("last Tuesday, around ten"), an item and a
journal entry can carry a structured time of the event, which orders the
chronology. It is stored as two plain fields:

- `event_at`: `2024-11-13` (a day) or `2024-11-13T22:15+01:00` (a time, always
  with the offset it had where it happened, so it is one moment everywhere);
- `event_precision`: an `EventPrecision`: `exact`, `about` (a time, roughly) or
  `day` (the day only; `event_at` is then a date).

Both empty: not known; the chronology then uses the time of capture. Sorting puts
a day-only event at the start of its day (in the zone of the machine that sorts),
before the timed events of that day.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone
from enum import StrEnum
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from evidence_app.domain import clock
from evidence_app.domain.errors import BadInput


class EventPrecision(StrEnum):
    """How sure the person is of the time of an event."""

    EXACT = "exact"
    ABOUT = "about"
    DAY = "day"


_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_OFFSET = re.compile(r"(Z|[+-]\d{2}:?\d{2})$")


@dataclass(frozen=True)
class EventTime:
    """A checked time of an event (see the module docstring); both empty: not known."""

    at: str = ""
    precision: str = ""

    @property
    def known(self) -> bool:
        return bool(self.at)

    def moment(self) -> datetime | None:
        """The moment, aware (a day: its start in this machine's zone); None if not known."""
        if not self.at:
            return None
        if self.precision == EventPrecision.DAY:
            day = date.fromisoformat(self.at)
            return datetime.combine(day, time(0, 0), tzinfo=local_zone())
        return datetime.fromisoformat(self.at)

    def local(self) -> datetime | None:
        """The timed moment in the offset it was given with (None for a day or unknown)."""
        if not self.at or self.precision == EventPrecision.DAY:
            return None
        return datetime.fromisoformat(self.at)


NOT_KNOWN = EventTime()


def parse(text: str, precision: str | None = None, *, zone: str | None = None) -> EventTime:
    """An `EventTime` from ISO 8601 as people and scripts write it.

    `2024-11-13` is a day; `2024-11-13T22:15` (or with a space) is a time in `zone`
    (this machine's by default), at the offset that zone had then; a time with an
    offset (`+01:00`, `Z`) keeps it. `precision` `about` marks a time as rough; for a
    date it must be `day` or left out. Empty text: not known. Raises BadInput.
    """
    text = text.strip()
    if not text:
        return NOT_KNOWN
    if precision is not None and precision not in frozenset(EventPrecision):
        raise BadInput(f"unknown precision {precision!r}: use exact, about or day")
    if _DATE.match(text):
        if precision not in (None, EventPrecision.DAY):
            raise BadInput("a date without a time can only be 'day'")
        try:
            date.fromisoformat(text)
        except ValueError:
            raise BadInput(f"{text!r} is not a date (use YYYY-MM-DD)") from None
        return EventTime(text, EventPrecision.DAY.value)
    if precision == EventPrecision.DAY:
        raise BadInput("'day' needs a date without a time (YYYY-MM-DD)")
    try:
        moment = datetime.fromisoformat(text.replace(" ", "T", 1))
    except ValueError:
        raise BadInput(
            f"{text!r} is not a date and time (use YYYY-MM-DD or YYYY-MM-DDTHH:MM)"
        ) from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=_zone(zone))
    return from_moment(moment, EventPrecision(precision or EventPrecision.EXACT))


def from_moment(moment: datetime, precision: EventPrecision = EventPrecision.EXACT) -> EventTime:
    """An aware moment, to the minute, kept at its own offset."""
    offset = moment.utcoffset() or timedelta(0)
    fixed = moment.astimezone(timezone(offset)).replace(second=0, microsecond=0)
    minutes = int(offset.total_seconds() // 60)
    text = fixed.strftime("%Y-%m-%dT%H:%M") + clock.format_offset(minutes)
    return EventTime(text, precision.value)


def checked(at: str, precision: str) -> EventTime:
    """Stored fields as they come from a person or a file: checked, or BadInput."""
    if not at and not precision:
        return NOT_KNOWN
    if not at:
        raise BadInput("a precision needs a time of the event")
    if precision == EventPrecision.DAY:
        return parse(at, EventPrecision.DAY)
    if not _OFFSET.search(at):
        raise BadInput("a time of the event needs its offset (for example +01:00)")
    return parse(at, precision or EventPrecision.EXACT)


def sort_key(event: EventTime, captured_at: str) -> tuple[datetime, int]:
    """Where a record goes in the chronology: by its event where known, else by its capture
    (ISO UTC); a day-only event before the timed ones of that day."""
    moment = event.moment()
    if moment is None:
        return datetime.fromisoformat(captured_at.replace("Z", "+00:00")).astimezone(UTC), 1
    return moment.astimezone(UTC), 0 if event.precision == EventPrecision.DAY else 1


def _zone(name: str | None) -> ZoneInfo:
    try:
        return ZoneInfo(name or clock.local_zone_name())
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def local_zone() -> ZoneInfo:
    return _zone(None)
