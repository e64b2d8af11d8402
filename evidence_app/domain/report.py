"""Reports to platforms and organisations, their answers and re-checks.

A person reports the content they captured to the platform that shows it (or to a
helpline, a search engine, the police) and asks for its removal. A `Report` keeps
what was sent, where, when and under which ticket number; each `Answer` keeps what
came back and the status it led to; each `ReportCheck` keeps a later look at one
of the reported addresses. The app sends nothing itself.

Times (`sent_at`, `answered_at`) are `domain.event_time` strings: a day
(`2024-11-13`) or a time with its offset (`2024-11-13T22:15+01:00`).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from evidence_app.domain import event_time
from evidence_app.domain.errors import BadInput
from evidence_app.domain.event_time import EventPrecision, EventTime
from evidence_app.domain.web import validate_url

# Where the content is, by the stable keys the command line takes. The first ones are
# the platforms that matter most in Belgium and the Netherlands; "other" is any other
# website or host. Names as people know them are data (`resources/platforms.json`).
REPORT_PLATFORMS: tuple[str, ...] = (
    "instagram",
    "facebook",
    "whatsapp",
    "tiktok",
    "snapchat",
    "x",
    "telegram",
    "youtube",
    "reddit",
    "discord",
    "google-search",
    "pornhub",
    "onlyfans",
    "other",
)


class ReportStatus(StrEnum):
    """Where a report stands."""

    DRAFT = "draft"  # written, not yet sent
    SENT = "sent"
    ACKNOWLEDGED = "acknowledged"  # the platform said it received it
    MORE_INFO = "more-info"  # the platform asked for more information
    REMOVED = "removed"
    REFUSED = "refused"
    APPEALED = "appealed"  # the person contested a refusal (DSA art. 20)
    ESCALATED = "escalated"  # to a helpline, a regulator or the police
    BACK_ONLINE = "back-online"  # removed, and then found online again


# A decision of the platform: from it runs the 6-month window to contest it (DSA art. 20).
DECISIONS = frozenset({ReportStatus.REMOVED, ReportStatus.REFUSED})


class Channel(StrEnum):
    """How the report was made."""

    IN_APP = "in-app"  # the report button in the app or on the site
    WEB_FORM = "web-form"
    EMAIL = "email"
    DPO = "dpo"  # the platform's data protection officer (GDPR)
    HELPLINE = "helpline"  # a trusted flagger or helpline: Child Focus, IGVM, Helpwanted
    HASH = "hash"  # StopNCII.org or Take It Down: a fingerprint, not the image
    SEARCH_REMOVAL = "search-removal"  # a search engine's removal form
    POLICE = "police"


MAX_TEXT = 100_000
MAX_URLS = 200


@dataclass(frozen=True)
class Report:
    """One report of content to a platform or organisation."""

    id: int
    case_id: int
    platform: str  # one of REPORT_PLATFORMS
    status: str = ReportStatus.DRAFT.value  # a ReportStatus
    channel: str = ""  # a Channel, or "" when not said
    via: str = ""  # who it went to when not the platform itself ("Child Focus")
    urls: tuple[str, ...] = ()  # the exact addresses reported
    item_ids: tuple[int, ...] = ()  # the captured items it is about
    sent_at: str = ""  # an event_time string; "" while a draft
    text: str = ""  # a copy of what was sent
    ticket: str = ""  # the platform's ticket or case number
    confirmation_item_id: int | None = None  # the stored receipt (a screenshot, an e-mail)
    created_at: str = ""  # ISO 8601 UTC with "Z": when it was written down
    # When the status last changed: the answer's time when an answer changed it, else the
    # moment it was set (an event_time string). Follow-ups count from it.
    status_at: str = ""
    deleted: bool = False

    def state(self) -> dict[str, Any]:
        """Every stored field, JSON-shaped, as the audit chain records it."""
        values = dataclasses.asdict(self)
        values["urls"] = list(self.urls)
        values["item_ids"] = list(self.item_ids)
        return values

    def sent(self) -> EventTime:
        return moment(self.sent_at)


# What a person may change in a report (status changes go through answers too).
REPORT_FIELDS: tuple[str, ...] = (
    "platform",
    "status",
    "channel",
    "via",
    "urls",
    "item_ids",
    "sent_at",
    "text",
    "ticket",
    "confirmation_item_id",
)


@dataclass(frozen=True)
class Answer:
    """What the platform (or organisation) answered, when, and the status it led to."""

    id: int
    report_id: int
    answered_at: str  # an event_time string
    text: str = ""  # what it said, in the person's words or pasted
    status: str = ""  # the ReportStatus it led to, or "" when it changed nothing
    created_at: str = ""

    def state(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    def answered(self) -> EventTime:
        return moment(self.answered_at)


@dataclass(frozen=True)
class ReportCheck:
    """One later look at a reported address: is it still online?"""

    id: int
    report_id: int
    url: str
    checked_at: str  # ISO 8601 UTC with "Z"
    time_zone: str  # the machine's zone then, e.g. "Europe/Brussels"
    utc_offset_minutes: int
    result: str  # a RecheckResult
    http_status: int | None = None
    final_url: str = ""
    note: str = ""

    def state(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


def moment(at: str) -> EventTime:
    """A stored report time as an EventTime (a date alone is a day)."""
    if not at:
        return event_time.NOT_KNOWN
    precision = EventPrecision.DAY if len(at) == 10 else EventPrecision.EXACT
    return EventTime(at, precision.value)


def checked_time(text: str, what: str) -> str:
    """A time typed or stored (ISO date or date and time): the stored form, or BadInput."""
    try:
        return event_time.parse(text).at
    except BadInput as exc:
        raise BadInput(f"{what}: {exc}") from None


def checked_platform(platform: str) -> str:
    platform = platform.strip().lower()
    if platform not in REPORT_PLATFORMS:
        raise BadInput(f"unknown platform {platform!r}: use one of {', '.join(REPORT_PLATFORMS)}")
    return platform


def checked_status(status: str) -> str:
    if status not in frozenset(ReportStatus):
        names = ", ".join(s.value for s in ReportStatus)
        raise BadInput(f"unknown status {status!r}: use one of {names}")
    return status


def checked_channel(channel: str) -> str:
    if channel and channel not in frozenset(Channel):
        raise BadInput(
            f"unknown channel {channel!r}: use one of {', '.join(c.value for c in Channel)}"
        )
    return channel


def checked_urls(urls: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    """Each address checked (http or https, with a host), in order, without repeats."""
    found: list[str] = []
    for url in urls:
        valid = validate_url(url)
        if valid and valid not in found:
            found.append(valid)
    if len(found) > MAX_URLS:
        raise BadInput(f"a report holds at most {MAX_URLS} addresses")
    return tuple(found)


def checked_text(text: str, what: str) -> str:
    if len(text) > MAX_TEXT:
        raise BadInput(f"{what} holds at most {MAX_TEXT} characters")
    return text.strip()


def checked_values(values: dict[str, Any]) -> dict[str, Any]:
    """Report fields as given by a person or a script, checked and in their stored form."""
    unknown = set(values) - set(REPORT_FIELDS)
    if unknown:
        raise BadInput(f"these fields cannot be changed: {', '.join(sorted(unknown))}")
    out = dict(values)
    if "platform" in out:
        out["platform"] = checked_platform(str(out["platform"]))
    if "status" in out:
        out["status"] = checked_status(str(out["status"]))
    if "channel" in out:
        out["channel"] = checked_channel(str(out["channel"]))
    if "urls" in out:
        out["urls"] = checked_urls(tuple(out["urls"]))
    if "item_ids" in out:
        out["item_ids"] = tuple(dict.fromkeys(int(i) for i in out["item_ids"]))
    if "sent_at" in out:
        out["sent_at"] = checked_time(str(out["sent_at"]), "when it was sent")
    for name in ("text", "ticket", "via"):
        if name in out:
            out[name] = checked_text(str(out[name]), name)
    if out.get("confirmation_item_id") is not None:
        out["confirmation_item_id"] = int(out["confirmation_item_id"])
    return out
