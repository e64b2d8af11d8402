"""How times of evidence are written in the window: local time with its offset, and UTC."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from evidence_app.domain import clock, images
from evidence_app.domain.event_time import EventPrecision, EventTime


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
    """ "25 October 2026, 02:30:00 (UTC+02:00)" in the window's language, in the time zone
    `moment` carries."""
    return f"{local_text(moment, seconds=True)} ({offset_text(moment)})"


def local_text(moment: datetime, *, seconds: bool = False) -> str:
    """A date and time in the window's language and usual form: "2 December 2026, 21:04"
    (the day's and month's words from `QLocale`)."""
    day = QLocale().toString(QDate(moment.year, moment.month, moment.day), "d MMMM yyyy")
    return f"{day}, {moment:%H:%M:%S}" if seconds else f"{day}, {moment:%H:%M}"


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


def event_text(event: EventTime) -> str:
    """When something happened, in the window's language: "13 november 2024", "13 november
    2024, 22:15 (UTC+01:00)", "about …" for a rough time; "" when not known."""
    if not event.known:
        return ""
    locale = QLocale()
    if event.precision == EventPrecision.DAY:
        day = date.fromisoformat(event.at)
        return str(locale.toString(QDate(day.year, day.month, day.day), "d MMMM yyyy"))
    moment = event.local()
    assert moment is not None
    day_text = locale.toString(QDate(moment.year, moment.month, moment.day), "d MMMM yyyy")
    text = f"{day_text}, {moment:%H:%M} ({offset_text(moment)})"
    if event.precision == EventPrecision.ABOUT:
        return QCoreApplication.translate("TimeFormat", "about %1").replace("%1", text)
    return text


def exif_text(written: str) -> str:
    """A date the camera wrote into a picture, in the window's language ("13 november
    2024, 22:15:08, the camera's clock"); as written when it is not a date."""
    moment = images.exif_moment(written)
    if moment is None:
        return written
    day = QLocale().toString(QDate(moment.year, moment.month, moment.day), "d MMMM yyyy")
    return QCoreApplication.translate("TimeFormat", "%1 (the camera’s clock)").replace(
        "%1", f"{day}, {moment:%H:%M:%S}"
    )
