"""The vault service: everything the GUI and the command line may do with a vault.

A vault is a folder with `vault.db` (SQLCipher 4, encrypted with a random data
key) and `vault.key` (that key wrapped under the passphrase; see
`storage.keyheader`), plus `vault.key.backup`, a copy of the header written
after it. An item, its bytes and its audit entry are committed in one
transaction; "saved" is true only once the call returned.

Every public method holds one lock, so the GUI's worker thread and the GUI
thread may share a service; after `lock()` every method raises `VaultLocked`.
"""

from __future__ import annotations

import dataclasses
import hashlib
import io
import os
import threading
from collections.abc import Iterator, Mapping, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, BinaryIO

from evidence_app import __version__
from evidence_app.core import audit, clock, images, integrity
from evidence_app.core.errors import (
    BadInput,
    NotFound,
    VaultExists,
    VaultLocked,
    VaultUnreadable,
    WrongSecret,
)
from evidence_app.core.model import (
    EDITABLE_FIELDS,
    KIND_FILE,
    KIND_REGION,
    KIND_SCREEN,
    KIND_WEB,
    KIND_WINDOW,
    PERSON_FIELDS,
    RECHECK_RESULTS,
    REDACT_STYLES,
    Attachment,
    AuditEntry,
    Case,
    Item,
    NewAttachment,
    Person,
    Problem,
    Recheck,
    Region,
)
from evidence_app.core.passphrase import require_acceptable
from evidence_app.core.recovery_key import format_key, parse
from evidence_app.core.web import platform_for, validate_url
from evidence_app.paths import ensure_private_dir
from evidence_app.storage import database, migrations
from evidence_app.storage.atomic import write_atomic
from evidence_app.storage.keyheader import KEY_BYTES, KdfParams, KeyHeader, calibrate
from evidence_app.storage.repository import Repository

VAULT_DB = "vault.db"
KEY_HEADER = "vault.key"
KEY_BACKUP = "vault.key.backup"
CHUNK_SIZE = 1024 * 1024


def _read_header(folder: Path) -> KeyHeader:
    """The key header, from its copy when the main file is damaged."""
    main, backup = folder / KEY_HEADER, folder / KEY_BACKUP
    if not main.exists():
        if (folder / VAULT_DB).exists():
            raise VaultUnreadable(VaultUnreadable.KEY_HEADER_MISSING)
        raise VaultUnreadable(VaultUnreadable.MISSING)
    try:
        return KeyHeader.from_bytes(main.read_bytes())
    except VaultUnreadable as exc:
        if exc.reason == VaultUnreadable.TOO_NEW or not backup.exists():
            raise
        return KeyHeader.from_bytes(backup.read_bytes())


class VaultService:
    """An unlocked vault."""

    def __init__(
        self,
        folder: Path,
        conn: database.Connection,
        data_key: bytes,
        *,
        via_recovery_key: bool = False,
        actor: str = "owner",
    ) -> None:
        self.folder = folder
        self._conn: database.Connection | None = conn
        self._repo = Repository(conn)
        self._data_key = bytearray(data_key)
        self._via_recovery_key = via_recovery_key
        self._actor = actor
        self._lock = threading.RLock()

    # -- opening and closing -------------------------------------------------

    @staticmethod
    def exists(folder: Path) -> bool:
        """Whether `folder` holds a vault (its database or its key header)."""
        return (folder / VAULT_DB).exists() or (folder / KEY_HEADER).exists()

    @classmethod
    def create(
        cls,
        folder: Path,
        passphrase: str,
        *,
        first_case_name: str = "Evidence",
        kdf: KdfParams | None = None,
        actor: str = "owner",
    ) -> tuple[VaultService, str]:
        """Create a vault; returns it unlocked and the formatted recovery key (shown once)."""
        require_acceptable(passphrase)
        if cls.exists(folder):
            raise VaultExists(str(folder))
        ensure_private_dir(folder)
        data_key = os.urandom(KEY_BYTES)
        header = KeyHeader.wrap(data_key, passphrase, kdf or calibrate())
        conn = database.open_database(folder / VAULT_DB, data_key)
        service = cls(folder, conn, data_key, actor=actor)
        try:
            migrations.migrate(conn)
            with service._lock, database.transaction(conn):
                service._append(
                    audit.VAULT_CREATE,
                    "vault",
                    {"app_version": __version__, "sqlcipher": database.cipher_version(conn)},
                )
                service._insert_case(first_case_name)
            # The database exists before its header: a crash in between leaves a vault
            # that says "key header missing" rather than a header without a database.
            write_atomic(folder / KEY_HEADER, header.to_bytes())
            write_atomic(folder / KEY_BACKUP, header.to_bytes())
        except BaseException:
            service.lock()
            raise
        return service, format_key(data_key)

    @classmethod
    def unlock(cls, folder: Path, passphrase: str) -> VaultService:
        """Raises WrongSecret (after the KDF time) or VaultUnreadable(reason).

        Nothing is written before the key is known to be right, so a wrong
        passphrase leaves every file as it was, modification times included.
        """
        header = _read_header(folder)
        data_key = header.unwrap(passphrase)
        return cls._open(folder, data_key, via_recovery_key=False)

    @classmethod
    def unlock_with_recovery_key(cls, folder: Path, recovery_key: str) -> VaultService:
        """Raises MalformedRecoveryKey, WrongSecret or VaultUnreadable(reason).

        Works without `vault.key` too: the recovery key is the database key itself.
        """
        data_key = parse(recovery_key)
        try:
            header: KeyHeader | None = _read_header(folder)
        except VaultUnreadable as exc:
            if exc.reason not in (
                VaultUnreadable.KEY_HEADER_MISSING,
                VaultUnreadable.KEY_HEADER_DAMAGED,
            ):
                raise
            header = None
        if header is not None and not header.matches(data_key):
            raise WrongSecret("the recovery key does not open this vault")
        try:
            return cls._open(folder, data_key, via_recovery_key=True)
        except VaultUnreadable as exc:
            if header is None and exc.reason == VaultUnreadable.DATABASE_DAMAGED:
                # Without a header nothing tells a wrong key from a damaged file.
                raise WrongSecret("the recovery key does not open this vault") from None
            raise

    @classmethod
    def _open(cls, folder: Path, data_key: bytes, *, via_recovery_key: bool) -> VaultService:
        db = folder / VAULT_DB
        if not db.exists():
            raise VaultUnreadable(VaultUnreadable.DATABASE_DAMAGED, "vault.db is missing")
        conn = database.open_database(db, data_key)
        try:
            migrations.migrate(conn)
        except BaseException:
            conn.close()
            raise
        return cls(folder, conn, data_key, via_recovery_key=via_recovery_key)

    @property
    def locked(self) -> bool:
        return self._conn is None

    def lock(self) -> None:
        """Close the database and forget the key. Idempotent."""
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None
            self._data_key[:] = bytes(len(self._data_key))

    def _db(self) -> database.Connection:
        if self._conn is None:
            raise VaultLocked("the vault is locked")
        return self._conn

    # -- the key header ------------------------------------------------------

    def change_passphrase(self, old: str | None, new: str) -> None:
        """Rewrap the data key under `new`: instant whatever the vault's size.

        `old` may be None only when the vault was opened with the recovery key
        (that is how a lost passphrase is replaced). The header is replaced
        atomically, then its copy, so a crash leaves the old or the new
        passphrase working. Raises WrongSecret, PassphraseTooWeak.
        """
        require_acceptable(new)
        with self._lock:
            self._db()
            key = bytes(self._data_key)
            current: KeyHeader | None
            try:
                current = _read_header(self.folder)
            except VaultUnreadable:
                current = None
            if old is None:
                if not self._via_recovery_key:
                    raise WrongSecret("the current passphrase is needed")
            elif current is None or current.unwrap(old) != key:
                raise WrongSecret("the current passphrase is not right")
            params = current.kdf if current is not None else calibrate()
            header = KeyHeader.wrap(key, new, params)
            write_atomic(self.folder / KEY_HEADER, header.to_bytes())
            write_atomic(self.folder / KEY_BACKUP, header.to_bytes())
            with database.transaction(self._db()):
                self._append(audit.VAULT_PASSPHRASE, "vault", {})

    # -- cases ---------------------------------------------------------------

    def cases(self) -> list[Case]:
        with self._lock:
            self._db()
            return self._repo.cases()

    def create_case(self, name: str) -> Case:
        name = name.strip()
        if not name:
            raise BadInput("a case needs a name")
        with self._lock, database.transaction(self._db()):
            if self._repo.case_by_name(name):
                raise BadInput("a case with that name exists already")
            return self._insert_case(name)

    def case_by_name(self, name: str, *, create: bool = False) -> Case:
        with self._lock:
            self._db()
            found = self._repo.case_by_name(name.strip())
        if found:
            return found
        if not create:
            raise NotFound(f"no case named {name!r}")
        return self.create_case(name)

    def set_case_summary(self, case_id: int, summary: str) -> Case:
        """The case's account of what happened, in the person's own words (audited)."""
        with self._lock, database.transaction(self._db()):
            current = next((c for c in self._repo.cases() if c.id == case_id), None)
            if current is None:
                raise NotFound(f"no case {case_id}")
            if current.summary == summary:
                return current
            self._repo.set_case_summary(case_id, summary)
            self._append(
                audit.CASE_EDIT,
                f"case:{case_id}",
                {"changes": {"summary": {"before": current.summary, "after": summary}}},
            )
            return dataclasses.replace(current, summary=summary)

    def _insert_case(self, name: str) -> Case:
        case = self._repo.insert_case(name, clock.now().utc)
        self._append(audit.CASE_CREATE, f"case:{case.id}", {"name": name})
        return case

    # -- items ---------------------------------------------------------------

    def items(self, case_id: int | None = None) -> list[Item]:
        """Items not deleted, oldest capture first."""
        with self._lock:
            self._db()
            return self._repo.items(case_id)

    def item(self, item_id: int) -> Item:
        with self._lock:
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
        kind: str = KIND_FILE,
        capture_method: str = "import",
    ) -> Item:
        """Store a file as a new item: streamed in chunks, hashed as it is stored.

        The hash is of exactly the bytes stored. The source file is only read:
        never moved, changed or deleted.
        """
        if not path.is_file():
            raise BadInput(f"not a readable file: {path.name}")
        url = validate_url(url)
        found = images.probe(path)
        stat = path.stat()
        modified = clock.iso_utc(datetime.fromtimestamp(stat.st_mtime, UTC))
        item = self._new_item(case_id, kind, url, found, path.name, capture_method, notes=notes)
        item = dataclasses.replace(item, file_modified_at=modified)
        with self._lock, database.transaction(self._db()), path.open("rb") as source:
            return self._store(item, source)

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
        own_encoding = kind in (KIND_SCREEN, KIND_REGION, KIND_WINDOW, KIND_WEB)
        found = images.probe(io.BytesIO(data), name=original_name, decode=not own_encoding)
        item = self._new_item(
            case_id, kind, url, found, original_name, capture_method, notes=notes, at=captured_at
        )
        extra = dict(fields or {})
        forbidden = set(extra) & {
            "id",
            "case_id",
            "captured_at",
            "time_zone",
            "utc_offset_minutes",
            "sha256",
            "size",
            "deleted",
            "kind",
        }
        if forbidden or not set(extra) <= set(item.state()):
            raise BadInput(f"these fields cannot be set: {', '.join(sorted(extra))}")
        if extra.get("final_url"):
            extra["final_url"] = validate_url(str(extra["final_url"]))
        item = dataclasses.replace(item, **extra)
        probed = [(new, images.probe(io.BytesIO(new.data), name=new.name)) for new in attachments]
        with self._lock, database.transaction(self._db()):
            item = self._store(item, io.BytesIO(data))
            for new, found_in in probed:
                self._insert_attachment(item.id, new, found_in)
        return item

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

    def _store(self, item: Item, source: BinaryIO) -> Item:
        """Insert `item` with the bytes of `source`, hashed as stored, and its audit entry.

        The caller holds the lock and an open transaction.
        """
        if not any(case.id == item.case_id for case in self._repo.cases()):
            raise NotFound(f"no case {item.case_id}")
        item_id = self._repo.insert_item(item)
        digest, size, seq = hashlib.sha256(), 0, 0
        while chunk := source.read(CHUNK_SIZE):
            digest.update(chunk)
            self._repo.insert_chunk(item_id, seq, chunk)
            size += len(chunk)
            seq += 1
        item = dataclasses.replace(item, id=item_id, sha256=digest.hexdigest(), size=size)
        self._repo.set_item_fields(item_id, {"sha256": item.sha256, "size": size})
        self._append(audit.ITEM_CREATE, f"item:{item_id}", {"item": item.state()})
        return item

    def read_original(self, item_id: int) -> Iterator[bytes]:
        """The original bytes, chunk by chunk (each read under the lock)."""
        self.item(item_id)
        seq = 0
        while True:
            with self._lock:
                self._db()
                chunk = self._repo.chunk(item_id, seq)
            if chunk is None:
                return
            yield chunk
            seq += 1

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
        with self._lock, database.transaction(self._db()):
            current = self._repo.item(item_id)
            if current is None or current.deleted:
                raise NotFound(f"no item {item_id}")
            poster = values.get("poster_id")
            if poster is not None:
                person = self._repo.person(int(poster))
                if person is None or person.case_id != current.case_id:
                    raise NotFound(f"no person {poster} in this case")
            diffs = {
                name: {"before": getattr(current, name), "after": value}
                for name, value in values.items()
                if getattr(current, name) != value
            }
            if not diffs:
                return current
            self._repo.set_item_fields(item_id, {k: d["after"] for k, d in diffs.items()})
            self._append(audit.ITEM_EDIT, f"item:{item_id}", {"changes": diffs})
            return dataclasses.replace(current, **{k: d["after"] for k, d in diffs.items()})

    def set_redactions(self, item_id: int, regions: Sequence[Region]) -> None:
        """Replace the regions hidden in a redacted export of this image (audited).

        Regions are clipped to the image; the original bytes never change.
        """
        with self._lock, database.transaction(self._db()):
            current = self._repo.item(item_id)
            if current is None or current.deleted:
                raise NotFound(f"no item {item_id}")
            clean: list[Region] = []
            for region in regions:
                if region.style not in REDACT_STYLES:
                    raise BadInput(f"unknown redaction style {region.style!r}")
                x0, y0 = max(0, region.x), max(0, region.y)
                x1, y1 = region.x + region.width, region.y + region.height
                if current.width is not None and current.height is not None:
                    x1, y1 = min(x1, current.width), min(y1, current.height)
                if x1 > x0 and y1 > y0:
                    clean.append(Region(x0, y0, x1 - x0, y1 - y0, region.style))
            self._repo.set_regions(item_id, clean)
            self._append(
                audit.ITEM_REDACTIONS,
                f"item:{item_id}",
                {"regions": [dataclasses.asdict(r) for r in clean]},
            )

    def redactions(self) -> dict[int, list[Region]]:
        """Item id -> the regions to hide in a redacted export."""
        with self._lock:
            self._db()
            return self._repo.regions()

    def delete_item(self, item_id: int) -> None:
        """Remove the bytes, mark the item deleted, leave a tombstone in the audit chain."""
        with self._lock, database.transaction(self._db()):
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

    # -- persons -------------------------------------------------------------

    def persons(self, case_id: int | None = None) -> list[Person]:
        with self._lock:
            self._db()
            return self._repo.persons(case_id)

    def person(self, person_id: int) -> Person:
        with self._lock:
            self._db()
            found = self._repo.person(person_id)
        if found is None:
            raise NotFound(f"no person {person_id}")
        return found

    def add_person(self, case_id: int, **fields: str) -> Person:
        """Record someone involved, with every identifier known (audited)."""
        values = _person_values(fields)
        if not any(v.strip() for v in values.values()):
            raise BadInput("a person needs at least a name, a username, an e-mail or a phone")
        with self._lock, database.transaction(self._db()):
            if not any(case.id == case_id for case in self._repo.cases()):
                raise NotFound(f"no case {case_id}")
            person = Person(0, case_id, **values)
            person = dataclasses.replace(
                person, id=self._repo.insert_person(person, clock.now().utc)
            )
            self._append(audit.PERSON_CREATE, f"person:{person.id}", dataclasses.asdict(person))
            return person

    def update_person(self, person_id: int, changes: Mapping[str, str]) -> Person:
        """Change what is known of a person; the audit entry keeps before and after."""
        values = _person_values(changes)
        with self._lock, database.transaction(self._db()):
            current = self._repo.person(person_id)
            if current is None:
                raise NotFound(f"no person {person_id}")
            diffs = {
                name: {"before": getattr(current, name), "after": value}
                for name, value in values.items()
                if getattr(current, name) != value
            }
            if not diffs:
                return current
            self._repo.set_person_fields(person_id, {k: d["after"] for k, d in diffs.items()})
            self._append(audit.PERSON_EDIT, f"person:{person_id}", {"changes": diffs})
            return dataclasses.replace(current, **{k: d["after"] for k, d in diffs.items()})

    # -- attachments and re-checks -------------------------------------------

    def add_attachment(
        self,
        item_id: int,
        data: bytes,
        *,
        role: str,
        name: str,
        mime_type: str,
        derived: bool = False,
    ) -> Attachment:
        """Store a further file of an existing item (audited)."""
        new = NewAttachment(data, role, name, mime_type, derived)
        found = images.probe(io.BytesIO(data), name=name)
        with self._lock, database.transaction(self._db()):
            return self._insert_attachment(item_id, new, found)

    def _insert_attachment(
        self, item_id: int, new: NewAttachment, found: images.Probe
    ) -> Attachment:
        """The caller holds the lock and an open transaction."""
        item = self._repo.item(item_id)
        if item is None or item.deleted:
            raise NotFound(f"no item {item_id}")
        attachment = Attachment(
            0,
            item_id,
            new.role,
            new.name,
            new.mime_type,
            len(new.data),
            hashlib.sha256(new.data).hexdigest(),
            found.width,
            found.height,
            new.derived,
        )
        attachment = dataclasses.replace(attachment, id=self._repo.insert_attachment(attachment))
        for seq, start in enumerate(range(0, len(new.data), CHUNK_SIZE)):
            self._repo.insert_attachment_chunk(
                attachment.id, seq, new.data[start : start + CHUNK_SIZE]
            )
        self._append(audit.ITEM_ATTACH, f"item:{item_id}", {"attachment": attachment.state()})
        return attachment

    def attachments(self, item_id: int) -> list[Attachment]:
        with self._lock:
            self._db()
            return self._repo.attachments(item_id)

    def attachment_bytes(self, attachment_id: int) -> bytes:
        with self._lock:
            self._db()
            if not any(a.id == attachment_id for a in self._repo.attachments()):
                raise NotFound(f"no file {attachment_id}")
            return b"".join(chunk for _, chunk in self._repo.attachment_chunks(attachment_id))

    def add_recheck(
        self,
        item_id: int,
        result: str,
        *,
        http_status: int | None = None,
        final_url: str = "",
        note: str = "",
    ) -> Recheck:
        """Record a later visit of the item's URL and what was found (audited)."""
        if result not in RECHECK_RESULTS:
            raise BadInput(f"unknown re-check result {result!r}")
        with self._lock, database.transaction(self._db()):
            item = self._repo.item(item_id)
            if item is None or item.deleted:
                raise NotFound(f"no item {item_id}")
            recheck = Recheck(0, item_id, clock.now().utc, result, http_status, final_url, note)
            recheck = dataclasses.replace(recheck, id=self._repo.insert_recheck(recheck))
            self._append(audit.ITEM_RECHECK, f"item:{item_id}", dataclasses.asdict(recheck))
            return recheck

    def rechecks(self, item_id: int) -> list[Recheck]:
        with self._lock:
            self._db()
            return self._repo.rechecks(item_id)

    # -- the audit chain and the check --------------------------------------

    def _append(self, action: str, target: str, details: dict[str, Any]) -> AuditEntry:
        """Add an entry; the caller holds the lock and an open transaction."""
        entry = audit.next_entry(
            self._repo.last_audit(), clock.now().utc, self._actor, action, target, details
        )
        self._repo.insert_audit(entry)
        return entry

    def record_export(self, details: Mapping[str, Any]) -> AuditEntry:
        """Append an `export` entry (item ids, the bundle's manifest hash, ...) to the chain."""
        with self._lock, database.transaction(self._db()):
            return self._append(audit.EXPORT, "export", dict(details))

    def audit_entries(self) -> list[AuditEntry]:
        with self._lock:
            self._db()
            return list(self._repo.audit())

    def audit_head(self) -> str:
        with self._lock:
            self._db()
            last = self._repo.last_audit()
        return last.hash if last else audit.GENESIS

    def sqlcipher_version(self) -> str:
        with self._lock:
            return database.cipher_version(self._db())

    def check(self) -> list[Problem]:
        """Everything that can be verified; see `core.integrity`."""
        with self._lock:
            self._db()
            return integrity.check_vault(self._repo)


def _person_values(fields: Mapping[str, str]) -> dict[str, str]:
    unknown = set(fields) - set(PERSON_FIELDS)
    if unknown:
        raise BadInput(f"not a detail of a person: {', '.join(sorted(unknown))}")
    return {name: str(value).strip() for name, value in fields.items()}
