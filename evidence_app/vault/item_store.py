"""Items: storing originals streamed and hashed, reading them back, editing, deleting."""

from __future__ import annotations

import dataclasses
import hashlib
import io
import os
from collections import deque
from collections.abc import Generator, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path
from stat import S_ISREG
from typing import Any, BinaryIO, NamedTuple

from evidence_app import __version__
from evidence_app.domain import audit, clock, event_time, guide, images
from evidence_app.domain.errors import (
    BadInput,
    NotFound,
    PictureRefused,
    VaultDamaged,
)
from evidence_app.domain.event_time import EventTime
from evidence_app.domain.listing import ListQuery
from evidence_app.domain.model import (
    EDITABLE_FIELDS,
    Item,
    ItemKind,
    NewAttachment,
    Preview,
    RedactStyle,
    Region,
)
from evidence_app.domain.web import platform_for, validate_url
from evidence_app.vault import damage
from evidence_app.vault.base import CHUNK_SIZE, VaultBase

# What a capture may record about itself when it is stored. Everything else the vault
# records itself (hash, size, time, picture facts, app version, who recorded it), or is
# changed later through `update_item` (which checks a poster belongs to the case).
CAPTURE_FIELDS = frozenset(
    {"final_url", "page_title", "http_status", "user_agent", "place", "description", "posted_at"}
)


# What a record of words (`add_record`) is made of.
RECORD_FIELDS = frozenset({"url", "place", "description", "notes", "posted_at"})


def recorded_name(name: str) -> str:
    """A file name as it is recorded: bytes that are not UTF-8 (a name from an old USB stick
    or another system) are kept as their escapes (`\\xff`), so the record is text and
    still says exactly what the name was."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


class ReadableItems(NamedTuple):
    """The items of a list on a vault that may be damaged (see `ItemStore.items_readable`)."""

    items: list[Item]
    lost: list[int]  # ids the audit chain knows whose records are on damaged pages
    unknown_lost: bool  # items may be lost that nothing readable names


@dataclasses.dataclass(frozen=True)
class PreparedFile:
    """A file looked at before it is stored (`prepare_file`): its picture decoded, which is
    most of the cost of storing one. It needs no vault, so many files can be prepared at
    once, on the other cores, while the vault stores one after the other."""

    path: Path
    found: images.Probe
    identity: tuple[int, ...]

    def still(self, path: Path, stat: os.stat_result) -> bool:
        """Whether `path`, as `stat` finds it, is still the file that was prepared."""
        return path == self.path and _identity(stat) == self.identity


def _identity(stat: os.stat_result) -> tuple[int, ...]:
    """What changes when a file is written or replaced: its inode, size and times (the
    change time, unlike the modification time, cannot be set back by a copying tool)."""
    return (stat.st_dev, stat.st_ino, stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns)


def prepare_file(path: Path) -> PreparedFile:
    """Look at `path` as `ItemStore.add_file` does before storing it: decode its picture,
    if it is one (`images.probe`). Raises OSError when it cannot be read, and BadInput when
    it is not a file (a folder, a device, a named pipe: opening one may wait for ever)."""
    before = path.stat()
    if not S_ISREG(before.st_mode):
        raise BadInput(f"not a readable file: {recorded_name(path.name)}")
    found = images.probe(path)
    return PreparedFile(path, found, _identity(before))


# At most this many pictures decoded at once by `prepared_ahead`: a 50-megapixel one takes
# some 200 MB while it is decoded.
MOST_AT_ONCE = 3


def prepared_ahead(
    paths: Iterable[Path], *, workers: int | None = None
) -> Generator[tuple[Path, PreparedFile | None], None, None]:
    """Each of `paths` in order, with what `prepare_file` found in it: the next few files are
    prepared on other threads while the caller stores the one before. None for a file that
    could not be prepared: `add_file` then looks at it itself and says what is wrong with it.

    Pillow decodes without holding Python's lock, so a batch uses the other cores: by
    default on `preparing_threads()` threads, and so as many pictures decoded at once.
    Close the iterator (`contextlib.closing`) to stop early: what is being prepared is
    waited for, what was not started is dropped.
    """
    count = workers or preparing_threads()
    pending: deque[tuple[Path, Future[PreparedFile] | None]] = deque()
    remaining = iter(paths)
    with ThreadPoolExecutor(count, thread_name_prefix="prepare-file") as pool:
        try:
            while True:
                while len(pending) <= count:
                    path = next(remaining, None)
                    if path is None:
                        break
                    try:
                        pending.append((path, pool.submit(prepare_file, path)))
                    except RuntimeError:  # no thread could be started: prepared when stored
                        pending.append((path, None))
                if not pending:
                    return
                path, future = pending.popleft()
                try:
                    prepared = future.result() if future is not None else None
                except Exception:  # gone, not a file, a name too long: `add_file` says which
                    prepared = None
                yield path, prepared
        finally:
            pool.shutdown(wait=True, cancel_futures=True)


def preparing_threads() -> int:
    """How many threads prepare files while one stores: one fewer than the cores this
    process may run on (fewer than the machine's under `taskset`), at least one and at
    most `MOST_AT_ONCE`."""
    if hasattr(os, "sched_getaffinity"):
        cores = len(os.sched_getaffinity(0))
    else:  # pragma: no cover - not Linux
        cores = os.cpu_count() or 1
    return max(1, min(MOST_AT_ONCE, cores - 1))


class ItemStore(VaultBase):
    """Items: storing originals streamed and hashed, reading them back, editing, deleting."""

    # -- items ---------------------------------------------------------------

    def items(self, case_id: int | None = None) -> list[Item]:
        """Items not deleted, oldest capture first."""
        with self._guard():
            self._db()
            return self._repo.items(case_id)

    def items_readable(self, case_id: int | None = None) -> ReadableItems:
        """`items(case_id)`; when the database is damaged there, every item that can still be
        read (records rebuilt from the audit chain too), and what is known of the rest."""
        try:
            return ReadableItems(self.items(case_id), [], False)
        except VaultDamaged:
            readable = self.readable()
        items = sorted(
            (i for i in readable.items if not i.deleted and case_id in (None, i.case_id)),
            key=lambda i: (i.captured_at, i.id),
        )
        lost = [
            item_id
            for item_id in readable.lost_items()
            if case_id in (None, readable.chain_items[item_id].get("case_id"))
        ]
        unknown = not readable.audit_complete and bool(readable.gaps_in(damage.ITEMS))
        return ReadableItems(items, lost, unknown)

    def item_ids(self, query: ListQuery) -> list[int]:
        """The ids of the items `query` asks for, sorted and searched in the database."""
        with self._guard():
            self._db()
            return self._repo.item_ids(query)

    def items_by_id(self, ids: Sequence[int]) -> list[Item]:
        """The items of `ids` that exist and are not deleted, in the order of `ids`."""
        with self._guard():
            self._db()
            return self._repo.items_by_id(ids)

    def item(self, item_id: int) -> Item:
        with self._guard():
            self._db()
            found = self._repo.item(item_id)
        if found is None or found.deleted:
            raise NotFound(f"no item {item_id}")
        return found

    def add_file(
        self,
        path: Path,
        *,
        case_id: int,
        url: str = "",
        notes: str = "",
        kind: str = ItemKind.FILE,
        capture_method: str = "import",
        event: EventTime = event_time.NOT_KNOWN,
        picture_ok: bool = False,
        prepared: PreparedFile | None = None,
    ) -> Item:
        """Store a file as a new item: streamed in chunks, hashed as it is stored.

        The hash is of exactly the bytes stored. The source file is only read:
        never moved, changed or deleted. `event`: when it was posted or seen.
        A picture or video of a case whose pictures show someone under 18 is refused
        (PictureRefused) unless `picture_ok`: the person chose to keep it a second time.
        `prepared`: what `prepare_file` found in this file beforehand (on another
        thread); it is looked at again if the file changed since.
        """
        event = event_time.checked(event.at, event.precision)
        name = recorded_name(path.name)
        if not path.is_file():
            raise BadInput(f"not a readable file: {name}")
        url = validate_url(url)
        stat = path.stat()
        if prepared is None or not prepared.still(path, stat):
            prepared = prepare_file(path)
            stat = path.stat()
        found = prepared.found
        modified = clock.iso_utc(datetime.fromtimestamp(stat.st_mtime, UTC))
        item = self._new_item(case_id, kind, url, found, name, capture_method, notes=notes)
        item = dataclasses.replace(
            item,
            file_modified_at=modified,
            event_at=event.at,
            event_precision=event.precision,
        )
        with self._writing(), path.open("rb") as source:
            on_purpose = self._refuse_picture(item, picture_ok)
            return self._store(item, source, on_purpose=on_purpose)

    def add_bytes(
        self,
        data: bytes,
        *,
        case_id: int,
        original_name: str,
        kind: str,
        capture_method: str,
        url: str = "",
        notes: str = "",
        fields: Mapping[str, Any] | None = None,
        captured_at: datetime | None = None,
        attachments: Sequence[NewAttachment] = (),
        picture_ok: bool = False,
    ) -> Item:
        """Store bytes made in memory (a screen capture, a pasted image) as a new item.

        `fields` may set further recorded facts of the capture (`final_url`,
        `page_title`, `http_status`, `user_agent`, `place`, ...): never the hash
        or size, which the vault computes itself. `captured_at` is the moment the
        pixels were grabbed (an aware datetime from the system clock, not in the
        future), when that was earlier than now. `attachments` are stored with the
        item in the same transaction: a capture is kept whole or not at all.
        """
        url = validate_url(url)
        # Bytes this app encoded from a grab need no decoding to be trusted as a picture.
        own_encoding = kind in (ItemKind.SCREEN, ItemKind.REGION, ItemKind.WINDOW, ItemKind.WEB)
        found = images.probe(io.BytesIO(data), name=original_name, decode=not own_encoding)
        item = self._new_item(
            case_id, kind, url, found, original_name, capture_method, notes=notes, at=captured_at
        )
        extra = dict(fields or {})
        not_allowed = set(extra) - CAPTURE_FIELDS
        if not_allowed or kind == ItemKind.RECORD:
            raise BadInput(
                f"these fields cannot be set: {', '.join(sorted(not_allowed or {'kind'}))}"
            )
        if extra.get("final_url"):
            extra["final_url"] = validate_url(str(extra["final_url"]))
        item = dataclasses.replace(item, **extra)
        probed = [(new, images.probe(io.BytesIO(new.data), name=new.name)) for new in attachments]
        with self._writing():
            on_purpose = self._refuse_picture(item, picture_ok)
            item = self._store(item, io.BytesIO(data), on_purpose=on_purpose)
            for new, found_in in probed:
                self._insert_attachment(item.id, new, found_in)
        return item

    def add_record(
        self,
        *,
        case_id: int,
        url: str = "",
        place: str = "",
        description: str = "",
        notes: str = "",
        posted_at: str = "",
    ) -> Item:
        """Record what happened without keeping any file: the address, the place, the facts.

        For a picture that must not be kept (a minor's), the vault holds only words.
        The item has no bytes (size 0, the SHA-256 of nothing) and says so in `preview`.
        """
        fields = {"url": url, "place": place, "description": description, "notes": notes}
        return self.add_records(case_id=case_id, records=[{**fields, "posted_at": posted_at}])[0]

    def add_records(self, *, case_id: int, records: Sequence[Mapping[str, str]]) -> list[Item]:
        """`add_record` for many at once, in one transaction: all are kept, or none.

        Each record is a mapping of `add_record`'s fields (`url`, `place`,
        `description`, `notes`, `posted_at`); each gets its own audit entry.
        """
        items = [self._record_item(case_id, record) for record in records]
        with self._writing():
            return [self._store(item, io.BytesIO(b"")) for item in items]

    def _record_item(self, case_id: int, record: Mapping[str, str]) -> Item:
        unknown = set(record) - RECORD_FIELDS
        if unknown:
            raise BadInput(f"not fields of a record: {', '.join(sorted(unknown))}")
        url = validate_url(record.get("url", ""))
        nothing = images.Probe(Preview.RECORD_ONLY, "text/plain")
        item = self._new_item(
            case_id, ItemKind.RECORD, url, nothing, "", "record-only", notes=record.get("notes", "")
        )
        return dataclasses.replace(
            item,
            place=record.get("place", ""),
            description=record.get("description", ""),
            posted_at=record.get("posted_at", ""),
        )

    def _new_item(
        self,
        case_id: int,
        kind: str,
        url: str,
        found: images.Probe,
        original_name: str,
        capture_method: str,
        *,
        notes: str,
        at: datetime | None = None,
    ) -> Item:
        now = clock.now()
        if at is not None:
            if at.tzinfo is None:
                raise BadInput("the time of capture needs its time zone")
            if at > datetime.now(UTC) + timedelta(seconds=5):
                raise BadInput("the time of capture cannot be in the future")
            now = clock.at(at)
        return Item(
            id=0,
            case_id=case_id,
            kind=kind,
            captured_at=now.utc,
            time_zone=now.time_zone,
            utc_offset_minutes=now.utc_offset_minutes,
            url=url,
            platform=platform_for(url),
            notes=notes,
            original_name=original_name,
            exif_date=found.exif_date,
            mime_type=found.mime_type,
            width=found.width,
            height=found.height,
            preview=found.preview,
            app_version=__version__,
            capture_method=capture_method,
            recorded_by=self._actor,
        )

    def _refuse_picture(self, item: Item, picture_ok: bool) -> bool:
        """Raise PictureRefused for a picture or video of a case about a minor, unless the
        person chose to keep it a second time; whether it is kept so (the caller holds the
        lock)."""
        if not images.may_hold_pictures(item.mime_type, item.original_name):
            return False
        if guide.minors_in(self._repo.choices(), item.case_id):
            if picture_ok:
                return True
            raise PictureRefused(
                "the pictures of this case show someone under 18: only words are kept, "
                "unless keeping the picture is chosen a second time"
            )
        return False

    def _store(self, item: Item, source: BinaryIO, *, on_purpose: bool = False) -> Item:
        """Insert `item` with the bytes of `source`, hashed as stored, and its audit entry.

        The caller holds the lock and an open transaction.
        """
        if not any(case.id == item.case_id for case in self._repo.cases()):
            raise NotFound(f"no case {item.case_id}")
        digest, size, seq = hashlib.sha256(), 0, 0
        chunk = source.read(CHUNK_SIZE)
        if not chunk:  # nothing to stream (a record of words): its row is whole at once
            item = dataclasses.replace(item, sha256=digest.hexdigest(), size=0)
        item_id = self._repo.insert_item(item)
        while chunk:
            digest.update(chunk)
            self._repo.insert_chunk(item_id, seq, chunk)
            size += len(chunk)
            seq += 1
            chunk = source.read(CHUNK_SIZE)
        if size:
            self._repo.set_item_fields(item_id, {"sha256": digest.hexdigest(), "size": size})
        item = dataclasses.replace(item, id=item_id, sha256=digest.hexdigest(), size=size)
        details: dict[str, Any] = {"item": item.state()}
        if on_purpose:  # a picture of a case about a minor, kept after a second choice
            details["kept_on_purpose"] = True
        self._append(audit.ITEM_CREATE, f"item:{item_id}", details)
        return item

    def read_original(self, item_id: int) -> Iterator[bytes]:
        """The original bytes, chunk by chunk (each read under the lock)."""
        self.item(item_id)
        yield from self.stored_file(item_id)

    def original_bytes(self, item_id: int, *, limit: int = 512 * 1024 * 1024) -> bytes:
        """The whole original; raises BadInput when larger than `limit`."""
        if self.item(item_id).size > limit:
            raise BadInput("too large to load at once")
        return b"".join(self.read_original(item_id))

    def update_item(self, item_id: int, changes: Mapping[str, str | int | None]) -> Item:
        """Change editable fields; the audit entry keeps each value before and after."""
        unknown = set(changes) - set(EDITABLE_FIELDS)
        if unknown:
            raise BadInput(f"these fields cannot be changed: {', '.join(sorted(unknown))}")
        values = dict(changes)
        if "url" in values:
            values["url"] = validate_url(str(values["url"] or ""))
        with self._writing():
            current = self._repo.item(item_id)
            if current is None or current.deleted:
                raise NotFound(f"no item {item_id}")
            if {"event_at", "event_precision"} & set(values):
                event = event_time.checked(
                    str(values.get("event_at", current.event_at) or ""),
                    str(values.get("event_precision", current.event_precision) or ""),
                )
                values["event_at"], values["event_precision"] = event.at, event.precision
            poster = values.get("poster_id")
            if poster is not None:
                person = self._repo.person(int(poster))
                if person is None or person.case_id != current.case_id:
                    raise NotFound(f"no person {poster} in this case")
            diffs = audit.changes(current, values)
            if not diffs:
                return current
            self._repo.set_item_fields(item_id, audit.after_values(diffs))
            self._append(audit.ITEM_EDIT, f"item:{item_id}", {"changes": diffs})
            return dataclasses.replace(current, **audit.after_values(diffs))

    def set_redactions(self, item_id: int, regions: Sequence[Region]) -> None:
        """Replace the regions hidden in a redacted export of this image (audited; the
        same regions again change nothing and add nothing to the chain).

        Regions are clipped to the image; the original bytes never change.
        """
        with self._writing():
            current = self._repo.item(item_id)
            if current is None or current.deleted:
                raise NotFound(f"no item {item_id}")
            clean: list[Region] = []
            for region in regions:
                if region.style not in frozenset(RedactStyle):
                    raise BadInput(f"unknown redaction style {region.style!r}")
                x0, y0 = max(0, region.x), max(0, region.y)
                x1, y1 = region.x + region.width, region.y + region.height
                if current.width is not None and current.height is not None:
                    x1, y1 = min(x1, current.width), min(y1, current.height)
                if x1 > x0 and y1 > y0:
                    clean.append(Region(x0, y0, x1 - x0, y1 - y0, region.style))
            if self._repo.item_regions(item_id) == clean:
                return
            self._repo.set_regions(item_id, clean)
            self._append(
                audit.ITEM_REDACTIONS,
                f"item:{item_id}",
                {"regions": [dataclasses.asdict(r) for r in clean]},
            )

    def redactions(self) -> dict[int, list[Region]]:
        """Item id -> the regions to hide in a redacted export."""
        with self._guard():
            self._db()
            return self._repo.regions()

    def delete_item(self, item_id: int) -> None:
        """Remove the bytes, mark the item deleted, leave a tombstone in the audit chain."""
        with self._writing():
            current = self._repo.item(item_id)
            if current is None or current.deleted:
                raise NotFound(f"no item {item_id}")
            self._repo.delete_chunks(item_id)
            self._repo.delete_attachments(item_id)
            self._repo.set_item_fields(item_id, {"deleted": 1})
            self._append(
                audit.ITEM_DELETE,
                f"item:{item_id}",
                {"sha256": current.sha256, "original_name": current.original_name},
            )
