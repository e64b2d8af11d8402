"""The state every part of the vault service shares: the open connection, the key, the lock.

`VaultService` (vault.service) is assembled from this base and one mixin per
subject (items, cases and persons, web records), so that each module stays
small; every public method holds `_lock` through `_guard`, and every write runs
in `database.transaction` with its audit entry.

A damaged page of `vault.db` met by a method comes out of `_guard` as
`VaultDamaged`, and the connection is renewed (SQLCipher refuses every further
read on the one that met it), so that what is intact stays readable.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import logging
import threading
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

from evidence_app.domain import audit, clock, images
from evidence_app.domain.errors import (
    CannotWrite,
    CheckStopped,
    NotFound,
    VaultBusy,
    VaultDamaged,
    VaultLocked,
)
from evidence_app.domain.model import Attachment, AuditEntry, NewAttachment, Problem
from evidence_app.storage import database, salvage
from evidence_app.storage.repository import Repository
from evidence_app.storage.seal import Rollback, Seal, compare, read_seal, write_seal
from evidence_app.vault import damage, integrity
from evidence_app.vault.readers import Readers

log = logging.getLogger(__name__)

CHUNK_SIZE = 1024 * 1024  # original bytes are stored in rows of at most this size
VAULT_DB = "vault.db"


@dataclasses.dataclass(frozen=True)
class SealedExport:
    """An export's own audit entry, and the entries made while the export ran."""

    entry: AuditEntry
    between: tuple[AuditEntry, ...]
    kept: bool  # False: the vault could not be written, the entry is the bundle's only


class _Apart:
    """A function run on a thread of its own; its result or its error when asked."""

    def __init__(self, fn: Callable[[], Any]) -> None:
        self._value: Any = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, args=(fn,), name="vault-check")
        self._thread.start()

    def _run(self, fn: Callable[[], Any]) -> None:
        try:
            self._value = fn()
        except BaseException as exc:  # handed over to the thread that asks
            self._error = exc

    def result(self, meter: integrity.Meter) -> Any:
        """Wait for it, reporting progress meanwhile."""
        while self._thread.is_alive():
            self._thread.join(meter.EVERY)
            meter.tick()
        if self._error is not None:
            raise self._error
        return self._value

    def join(self) -> None:
        self._thread.join()


class VaultBase:
    """An open vault's connection, key and lock, the audit chain and the check."""

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
        self._repo = Repository(conn, reopen=self._reopen)
        self._data_key = bytearray(data_key)
        self._via_recovery_key = via_recovery_key
        self._actor = actor
        self._lock = threading.RLock()
        self._readers = Readers(self._lock)  # long reads off the lock (the check)
        # Set at opening when the database is older than its seal (storage.seal).
        self.rollback: Rollback | None = None

    @property
    def locked(self) -> bool:
        return self._conn is None

    def lock(self) -> None:
        """Close the database and forget the key. Idempotent.

        Waits for a call in another thread to finish (it holds the lock); the
        service counts as locked, and the key is wiped, even if closing raises.
        Then a check under way (on connections of its own) is stopped, and waited
        for a moment to close them (`vault.readers`).
        """
        with self._lock:
            conn, self._conn = self._conn, None
            try:
                if conn is not None:
                    conn.close()
            finally:
                self._data_key[:] = bytes(len(self._data_key))
                if not self._readers.stop_all():
                    log.warning("a check did not stop in time; it stops at its next step")

    def _open_again(self, data_key: bytes) -> None:
        """Open `vault.db` again (after its file was replaced); the caller holds the lock."""
        self._conn = database.open_database(self.folder / VAULT_DB, data_key)
        self._repo = Repository(self._conn, reopen=self._reopen)

    def _db(self) -> database.Connection:
        if self._conn is None:
            raise VaultLocked("the vault is locked")
        return self._conn

    # -- writing: one transaction, then the seal -----------------------------

    @contextlib.contextmanager
    def _writing(self, what: str = "") -> Iterator[database.Connection]:
        """Hold the lock and a transaction; once it is committed, seal the chain's new head.

        Inside `_guard(what)`: a damaged page met on the way is `VaultDamaged`, and
        nothing made from one is committed (`database.transaction` probes first).
        """
        with self._guard(what):
            with database.transaction(self._db()) as conn:
                yield conn
            self._reseal()

    def _reseal(self, *, both: bool = False) -> None:
        """Write the seal for the chain as it is now; the caller holds the lock.

        Best effort: a seal that could not be written is behind, which only means
        that a later loss of saves would go unnoticed, never a false alarm.
        """
        last = self._repo.last_audit()
        if last is None:
            return
        try:
            write_seal(self.folder, bytes(self._data_key), Seal(last.seq, last.hash), both=both)
        except OSError as exc:
            log.warning("the seal could not be written: %s", type(exc).__name__)

    def _check_seal(self) -> None:
        """At opening: note (and record in the chain) a database older than its seal."""
        with self._lock:
            sealed = read_seal(self.folder, bytes(self._data_key))
            try:
                last = self._repo.last_audit()
                at_sealed = self._repo.audit_entry(sealed.count) if sealed else None
            except database.DatabaseError as exc:
                if not salvage.is_damage(exc):
                    raise
                # The end of the chain is on a damaged page: `check` names it; a seal
                # cannot be compared with what cannot be read, nor written over it.
                self._repo.fresh_connection()
                return
            count = last.seq if last else 0
            self.rollback = compare(sealed, count, at_sealed.hash if at_sealed else None)
            if database.read_only(self._db()):
                return
            if self.rollback is None:
                if sealed is None or (last is not None and sealed.count != last.seq):
                    self._reseal()
                return
            # The loss itself becomes part of the record, so that the dossier tells it too.
            details = {
                "sealed_entries": self.rollback.sealed.count,
                "sealed_head": self.rollback.sealed.head,
                "entries_found": count,
                "other_history": self.rollback.other_history,
            }
            try:
                with self._writing():
                    self._append(audit.VAULT_ROLLBACK, "vault", details)
            except (CannotWrite, VaultDamaged):
                return  # said now, recorded at an opening that can write
            self._reseal(both=True)  # the seal goes back: the larger count must not stay

    @contextlib.contextmanager
    def _guard(self, what: str = "") -> Iterator[None]:
        """Hold the lock; a damaged page met inside comes out as `VaultDamaged(what)`.

        Also one that was read without an error, as zeros (see `storage.salvage`): the
        connection is probed afterwards, so that nothing read from it is trusted then.
        SQLite says "out of memory" for a write on such a connection.
        """
        with self._lock:
            try:
                yield
            except database.DatabaseError as exc:
                if not salvage.is_damage(exc):
                    raise
                self._repo.fresh_connection()
                raise VaultDamaged(what) from exc
            except MemoryError:
                if self._conn is None or not salvage.poisoned(self._repo):
                    raise
                raise VaultDamaged(what) from None
            if self._conn is not None and salvage.poisoned(self._repo):
                raise VaultDamaged(what)

    def _reopen(self) -> database.Connection:
        """A new connection in place of one that met a damaged page (the repository's
        `fresh_connection` calls this); the caller holds the lock.

        Should the database no longer open at all, the service is left locked
        (`VaultLocked` from then on) and the `VaultUnreadable` is raised.
        """
        old = self._db()
        self._conn = None
        with contextlib.suppress(database.DatabaseError):
            old.close()
        conn = database.open_database(self.folder / VAULT_DB, bytes(self._data_key))
        self._conn = conn
        return conn

    # -- stored bytes, and what is left of a damaged vault ---------------------

    def stored_file(self, owner: int, *, attachment: bool = False) -> Iterator[bytes]:
        """The stored bytes of item `owner` (or of attachment `owner`), part by part, each
        read under the lock; without looking at its record, so that what is left of a
        damaged vault can be read. Raises `VaultDamaged` when a part cannot be read.

        Parts are found through their index; when that fails, through the table
        itself (the index may be what is damaged).
        """
        what = f"file {owner}" if attachment else f"item {owner}"
        by_key = self._repo.attachment_chunk if attachment else self._repo.chunk
        rowids: dict[tuple[int, int], int] | None = None
        gaps: list[salvage.Gap] = []
        seq = 0
        while True:
            with self._guard(what):
                self._db()
                try:
                    chunk = by_key(owner, seq)
                except database.DatabaseError as exc:
                    if not salvage.is_damage(exc):
                        raise
                    self._repo.fresh_connection()
                    if rowids is None:
                        rowids, gaps = self._part_rowids(attachment=attachment)
                    rowid = rowids.get((owner, seq))
                    if rowid is None and gaps:
                        raise VaultDamaged(what) from exc
                    at = self._repo.attachment_chunk_at if attachment else self._repo.chunk_at
                    chunk = None if rowid is None else at(rowid)
            if chunk is None:  # (the guard made sure no part read held a damaged page's zeros)
                return
            yield chunk
            seq += 1

    def _part_rowids(
        self, *, attachment: bool
    ) -> tuple[dict[tuple[int, int], int], list[salvage.Gap]]:
        """(owner, part) -> rowid of every part whose row can be read, and the gaps;
        the caller holds the lock."""
        if attachment:
            return self._repo.attachment_chunk_keys_around()
        return self._repo.chunk_keys_around()

    def readable(self) -> damage.Readable:
        """Every record that can be read, around damaged pages; see `vault.damage`."""
        with self._guard():
            self._db()
            return damage.read_records(self._repo)

    # -- the audit chain and the check --------------------------------------

    def _append(self, action: str, target: str, details: dict[str, Any]) -> AuditEntry:
        """Add an entry; the caller holds the lock and an open transaction."""
        entry = audit.next_entry(
            self._repo.last_audit(), clock.now().utc, self._actor, action, target, details
        )
        self._repo.insert_audit(entry)
        return entry

    def seal_export(self, details: Mapping[str, Any], after: AuditEntry | None) -> SealedExport:
        """Append an export's own entry (`details`: what it binds, see `export.bundle`),
        after a dossier was made from the chain up to `after`.

        Returns the entry and the entries that were appended while the export ran
        (between `after` and it), so that the bundle's chain reaches its head unbroken.
        A vault that cannot be written (a full or read-only disk, another program
        writing, a damaged page) still gets its dossier: the entry is then made as it
        would be, linked to `after`, marked `kept_in_vault: false`, and not kept.
        """
        try:
            with self._writing():
                between = self._repo.audit_since(after.seq if after else 0)
                entry = self._append(audit.EXPORT, "export", dict(details))
            return SealedExport(entry, tuple(between), kept=True)
        except (CannotWrite, VaultBusy, VaultDamaged):
            entry = audit.next_entry(
                after,
                clock.now().utc,
                self._actor,
                audit.EXPORT,
                "export",
                {**details, "kept_in_vault": False},
            )
            return SealedExport(entry, (), kept=False)

    # -- exports under way (not evidence: no audit entry) ---------------------
    def note_export_started(self, temp: Path) -> None:
        """Remember an export's temporary bundle until `note_export_ended`."""
        with self._writing():
            self._repo.add_unfinished_export(str(temp), clock.now().utc)

    def note_export_ended(self, temp: Path) -> None:
        with self._writing():
            self._repo.remove_unfinished_export(str(temp))

    def unfinished_exports(self) -> list[Path]:
        """Temporary bundles of exports that were started and never ended."""
        with self._guard():
            self._db()
            return [Path(temp) for temp in self._repo.unfinished_exports()]

    def audit_entries(self) -> list[AuditEntry]:
        with self._guard():
            self._db()
            return list(self._repo.audit())

    def audit_head(self) -> str:
        with self._guard():
            self._db()
            last = self._repo.last_audit()
        return last.hash if last else audit.GENESIS

    def sqlcipher_version(self) -> str:
        with self._guard():
            return database.cipher_version(self._db())

    def check(self) -> list[Problem]:
        """Everything that can be verified; see `vault.integrity`."""
        return self.check_report().problems

    def check_report(
        self, progress: Callable[[int, int], None] | None = None
    ) -> integrity.CheckReport:
        """`check` with how much of the evidence is intact: for a damaged vault.

        Off the vault's lock, on connections of its own (`vault.readers`), so that the
        vault can be used and locked meanwhile: the records and files as they were when
        it started (a read transaction) on this thread, SQLite's structure check on
        another. `progress(done, total)` in bytes read; it may raise to stop the check.
        Locking stops it with `VaultLocked`.
        """
        with self._readers.reading(self._connect_reader) as reading:
            size = (self.folder / VAULT_DB).stat().st_size
            meter = integrity.Meter(progress, size, reading.stop)
            other = reading.repository()
            repo = reading.repository(snapshot=True)
            apart = _Apart(lambda: integrity.structure_check(other, size, meter))
            try:
                return integrity.check_vault(
                    repo,
                    lambda owner, attachment: self.stored_file(owner, attachment=attachment),
                    structure=lambda: apart.result(meter),
                    meter=meter,
                )
            except (database.DatabaseError, VaultLocked):
                if not reading.stop.is_set():
                    raise
                if self.locked:  # interrupted by the lock
                    raise VaultLocked("the vault was locked") from None
                raise CheckStopped("the vault's file was replaced") from None
            finally:
                reading.interrupt()  # (when the check stops early) the other half stops too
                apart.join()

    def _connect_reader(self) -> database.Connection:
        """A connection of a reading; the caller holds the lock."""
        conn = self._db()
        return database.open_database(
            self.folder / VAULT_DB, bytes(self._data_key), read_only=database.read_only(conn)
        )

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
