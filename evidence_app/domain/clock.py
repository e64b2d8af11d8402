"""The time of capture: UTC from the system clock, plus the machine's zone and offset.

The IANA zone name comes from tzlocal (it honours `TZ`), the offset is the one
in force at that instant, so an ambiguous local time (02:30 on the night
summer time ends, which happens twice) is still told apart.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import UTC, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import tzlocal


@dataclass(frozen=True)
class Instant:
    """A moment as Bewijskluis records it."""

    utc: str  # "2026-10-25T01:30:00.000000Z"
    time_zone: str  # "Europe/Brussels"
    utc_offset_minutes: int  # 60 or 120 for Brussels


def iso_utc(moment: datetime) -> str:
    """ISO 8601 in UTC with microseconds and a "Z"."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def local_zone_name() -> str:
    """The IANA name of the machine's zone: `TZ` when it names one, else the system's."""
    configured = os.environ.get("TZ", "").lstrip(":")
    if configured and "/" in configured and not configured.startswith("/"):
        return configured
    try:
        name = tzlocal.get_localzone_name()
    except (ZoneInfoNotFoundError, ValueError, OSError):
        name = None
    return name or "UTC"


def now() -> Instant:
    return at(datetime.now(UTC))


def at(moment: datetime) -> Instant:
    """The record of `moment` (an aware datetime) in this machine's zone."""
    name = local_zone_name()
    try:
        zone = ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        name, zone = "UTC", ZoneInfo("UTC")
    offset = moment.astimezone(zone).utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset is not None else 0
    return Instant(iso_utc(moment), name, minutes)


def format_offset(minutes: int) -> str:
    """`+01:00`, `-05:30`."""
    sign = "-" if minutes < 0 else "+"
    hours, mins = divmod(abs(minutes), 60)
    return f"{sign}{hours:02d}:{mins:02d}"
