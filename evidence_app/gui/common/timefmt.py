"""How times of evidence are written in the window: local time with its offset, and UTC."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from evidence_app.domain import clock


def parse_utc(text: str) -> datetime | None:
    """An ISO UTC time as the vault stores it ("…Z"), or None."""
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def offset_text(moment: datetime) -> str:
    offset = moment.utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset is not None else 0
    return "UTC" + clock.format_offset(minutes)


def local_with_offset(moment: datetime) -> str:
    """ "2026-10-25 02:30:00 (UTC+02:00)" in the time zone `moment` carries."""
    return f"{moment.strftime('%Y-%m-%d %H:%M:%S')} ({offset_text(moment)})"


def utc_text(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S") + " UTC"


def recorded_local(utc_iso: str, offset_minutes: int) -> datetime | None:
    """A stored UTC time in the offset that was recorded with it."""
    moment = parse_utc(utc_iso)
    if moment is None:
        return None
    return moment.astimezone(timezone(timedelta(minutes=offset_minutes)))


def machine_local(utc_iso: str) -> datetime | None:
    """A stored UTC time in this machine's zone (for file dates, which carry no zone)."""
    moment = parse_utc(utc_iso)
    if moment is None:
        return None
    try:
        zone = ZoneInfo(clock.local_zone_name())
    except (ZoneInfoNotFoundError, ValueError):
        zone = ZoneInfo("UTC")
    return moment.astimezone(zone)
