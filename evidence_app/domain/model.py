"""The records of the domain: cases, items, audit entries and check problems.

These are plain frozen dataclasses; storage/ fills them and the GUI shows them.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from enum import StrEnum
from typing import Any

from evidence_app.domain.event_time import EventTime

# What a person may change after capture. The original bytes, their hash and the
# time of capture are never among them.
EDITABLE_FIELDS: tuple[str, ...] = (
    "url",
    "platform",
    "place",
    "posted_by",
    "poster_id",
    "posted_at",
    "description",
    "notes",
    "event_at",
    "event_precision",
)


class ItemKind(StrEnum):
    """How an item came into the vault (stored as its value)."""

    FILE = "file"
    SCREEN = "screen"
    REGION = "region"
    WINDOW = "window"
    CLIPBOARD = "clipboard"
    WEB = "web"
    # Only words: the address, the account and what happened, with no file or picture kept
    # (for a minor, keeping the picture itself can be against the law).
    RECORD = "record"


class Preview(StrEnum):
    """Whether the app can show the item as a picture, and if not, why."""

    IMAGE = "image"
    NOT_IMAGE = "not-an-image"
    BROKEN = "broken-image"
    RECORD_ONLY = "record-only"  # a written record: there is no file at all
    TOO_LARGE = "too-large"


@dataclass(frozen=True)
class Case:
    """A named set of items: one vault can hold several (a counsellor's, for instance)."""

    id: int
    name: str
    summary: str
    created_at: str  # ISO 8601 UTC with "Z"


@dataclass(frozen=True, slots=True)
class Item:
    """One piece of evidence: its original bytes (stored apart) and everything known of it."""

    id: int
    case_id: int
    kind: str
    captured_at: str  # ISO 8601 UTC with "Z", from the system clock
    time_zone: str  # the machine's IANA time zone at capture, e.g. "Europe/Brussels"
    utc_offset_minutes: int  # that zone's offset at capture, e.g. 60 or 120 for Brussels
    url: str = ""
    final_url: str = ""
    platform: str = ""
    page_title: str = ""
    posted_by: str = ""
    posted_at: str = ""  # when it was posted or seen, in the person's words
    description: str = ""
    notes: str = ""
    original_name: str = ""
    file_modified_at: str = ""  # the imported file's own modification time, ISO UTC
    exif_date: str = ""  # the date the camera or phone wrote into the image, as written
    mime_type: str = "application/octet-stream"
    size: int = 0
    sha256: str = ""
    width: int | None = None
    height: int | None = None
    preview: str = Preview.NOT_IMAGE.value  # a Preview
    app_version: str = ""
    capture_method: str = ""
    recorded_by: str = ""
    place: str = ""  # where it was seen when there is no URL, e.g. a group chat's name
    poster_id: int | None = None  # the Person who posted or sent it, if known
    http_status: int | None = None  # for web captures, when it can be known
    user_agent: str = ""  # for web captures: the browser that loaded the page
    # When it happened (posted, sent, seen), structured: see `domain.event_time`.
    event_at: str = ""
    event_precision: str = ""
    deleted: bool = False

    def state(self) -> dict[str, Any]:
        """Every stored field as a plain dict, as the audit chain records it (every field is
        a plain value: no deep copy needed, which made storing many records slow)."""
        return {field.name: getattr(self, field.name) for field in dataclasses.fields(self)}

    def event(self) -> EventTime:
        return EventTime(self.event_at, self.event_precision)

    def captured_local(self) -> datetime:
        """The time of capture in the zone offset the machine had then."""
        utc = datetime.fromisoformat(self.captured_at.replace("Z", "+00:00"))
        return utc.astimezone(timezone(timedelta(minutes=self.utc_offset_minutes)))


class RedactStyle(StrEnum):
    """How a marked part of a picture is hidden in a copy for others."""

    BLACK = "black"
    BLUR = "blur"


@dataclass(frozen=True)
class Region:
    """A rectangle of an item's image to hide in a redacted export, in the image's pixels.

    The original in the vault never changes: regions are drawn over a copy.
    """

    x: int
    y: int
    width: int
    height: int
    style: str = RedactStyle.BLACK.value  # a RedactStyle


@dataclass(frozen=True)
class Person:
    """Someone who posted or sent something: every identifier that is known of them.

    The phone number and e-mail are the real ones (from the contact's details),
    not the name a phone shows for them.
    """

    id: int
    case_id: int
    name: str = ""
    handles: str = ""  # usernames or handles, one per line ("@someone on Instagram")
    email: str = ""
    phone: str = ""
    notes: str = ""

    def label(self) -> str:
        """A one-line name for lists: the name, else the first handle, e-mail or phone."""
        for value in (
            self.name,
            self.handles.splitlines()[0] if self.handles else "",
            self.email,
            self.phone,
        ):
            if value.strip():
                return value.strip()
        return f"#{self.id}"


PERSON_FIELDS: tuple[str, ...] = ("name", "handles", "email", "phone", "notes")


class AttachmentRole(StrEnum):
    """What an attachment is to its item."""

    VIEWPORT = "viewport"  # the visible part of a web page, as a second image
    ARCHIVE = "archive"  # the page archive (MHTML)
    STAMPED = "stamped"  # a derived copy with the URL and time drawn above it


@dataclass(frozen=True)
class Attachment:
    """A further file that belongs to an item (a web capture has several).

    `derived` marks a view made by the app (the stamped copy) rather than evidence as found.
    """

    id: int
    item_id: int
    role: str
    name: str
    mime_type: str
    size: int
    sha256: str
    width: int | None = None
    height: int | None = None
    derived: bool = False

    def state(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


@dataclass(frozen=True)
class NewAttachment:
    """A further file to store with a new item (see `VaultService.add_bytes`)."""

    data: bytes
    role: str
    name: str
    mime_type: str
    derived: bool = False


class RecheckResult(StrEnum):
    """The result of loading a captured address again later."""

    PRESENT = "present"
    CHANGED = "changed"
    REMOVED = "removed"
    UNREACHABLE = "unreachable"


@dataclass(frozen=True)
class Recheck:
    """One later visit of an item's URL: is it still online?"""

    id: int
    item_id: int
    checked_at: str  # ISO 8601 UTC with "Z"
    result: str  # a RecheckResult
    http_status: int | None = None
    final_url: str = ""
    note: str = ""


# What a person may change in a journal entry.
JOURNAL_FIELDS: tuple[str, ...] = ("text", "event_at", "event_precision", "involved")


@dataclass(frozen=True)
class JournalEntry:
    """Something that happened and left no file: a threat by phone, a message that was
    deleted, telling a teacher, going to the police."""

    id: int
    case_id: int
    text: str
    event_at: str = ""  # see `domain.event_time`
    event_precision: str = ""
    involved: str = ""  # who was involved, in the person's words
    created_at: str = ""  # ISO 8601 UTC with "Z": when it was written down
    deleted: bool = False

    def event(self) -> EventTime:
        return EventTime(self.event_at, self.event_precision)

    def state(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


@dataclass(frozen=True, slots=True)
class AuditEntry:
    """One link of the append-only, hash-chained log of everything done in the vault."""

    seq: int
    at_utc: str
    actor: str
    action: str
    target: str
    details: dict[str, Any] = field(default_factory=dict)
    prev_hash: str = ""
    hash: str = ""


@dataclass(frozen=True)
class Problem:
    """One thing that `check` found wrong, named precisely enough to act on."""

    where: str  # "item 12", "audit entry 40", "database"
    what: str

    def __str__(self) -> str:
        return f"{self.where}: {self.what}"
