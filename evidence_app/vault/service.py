"""The vault service: everything the GUI and the command line may do with a vault.

A vault is a folder with `vault.db` (SQLCipher 4, encrypted with a random data
key) and `vault.key` (that key wrapped under the passphrase; see
`storage.keyheader`), plus `vault.key.backup`, a copy of the header written
after it. A damaged or missing header is replaced by its copy at the next
unlock; the recovery key opens the vault with no header at all. An item, its
bytes and its audit entry are committed in one transaction; "saved" is true only
once the call returned.

Every public method holds one lock, so the GUI's worker thread and the GUI
thread may share a service; after `lock()` every method raises `VaultLocked`.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from evidence_app import __version__
from evidence_app.domain import audit
from evidence_app.domain.errors import (
    CannotWrite,
    VaultDamaged,
    VaultExists,
    VaultUnreadable,
    WrongSecret,
)
from evidence_app.domain.passphrase import require_acceptable
from evidence_app.domain.recovery_key import format_key, parse
from evidence_app.paths import ensure_private_dir
from evidence_app.storage import database, migrations, salvage
from evidence_app.storage.atomic import fsync_dir, write_atomic
from evidence_app.storage.diskerrors import write_problem
from evidence_app.storage.keyheader import (
    BACKUP_FILE,
    HEADER_FILE,
    KEY_BYTES,
    Headers,
    KdfParams,
    KeyHeader,
    calibrate,
    repair_headers,
    write_headers,
)
from evidence_app.storage.repository import Repository
from evidence_app.storage.seal import SEAL_FILE
from evidence_app.vault.base import VAULT_DB
from evidence_app.vault.case_book import CaseBook
from evidence_app.vault.guide_book import GuideBook
from evidence_app.vault.item_store import ItemStore
from evidence_app.vault.journal_book import JournalBook
from evidence_app.vault.report_book import ReportBook
from evidence_app.vault.web_records import WebRecords

# What a passphrase change may leave undone after it took effect (change_passphrase).
LEFTOVER_BACKUP = "backup"  # vault.key.backup still holds the header from before
LEFTOVER_AUDIT = "audit"  # the change is not in the audit chain
LEFTOVER_SYNC = "sync"  # vault.key was replaced, but the disk did not confirm it
KEY_HEADER = HEADER_FILE
KEY_BACKUP = BACKUP_FILE


# A copy of vault.db under a new data key, while the recovery key is being renewed.
REKEY_DB = "vault.db.rekey"

STAGING_PREFIX = ".new-"  # a vault being made, beside the vault's folder: `.new-vault-<random>`
_STAGING_FILES = {
    VAULT_DB,
    f"{VAULT_DB}-wal",
    f"{VAULT_DB}-shm",
    HEADER_FILE,
    BACKUP_FILE,
    SEAL_FILE,
}


def _remove_staging(staging: Path) -> None:
    """Remove a staging folder of ours: only the files a vault being made has, then it."""
    if not staging.is_dir():
        return
    for path in staging.iterdir():
        if path.name in _STAGING_FILES or path.name.startswith(f".{HEADER_FILE}."):
            path.unlink(missing_ok=True)
    with contextlib.suppress(OSError):
        staging.rmdir()  # not empty: something that is not ours stays, with it


def _sweep_staging(folder: Path) -> None:
    """Clear away what earlier setups of `folder` that never committed left behind."""
    if folder.parent.is_dir():
        for staging in folder.parent.glob(f"{STAGING_PREFIX}{folder.name}-*"):
            _remove_staging(staging)


@dataclass
class NewVault:
    """A vault made in a staging folder beside its place, and its recovery key.

    It is not a vault yet: `VaultService.exists` does not see it, and the next setup
    clears it away. Show `recovery_key`, then `commit()`: it moves the vault into
    place in one rename and opens it. Until then an interrupted setup (killed, a
    full disk) leaves no vault whose key nobody saw, and a new setup starts cleanly.
    """

    folder: Path
    staging: Path
    recovery_key: str
    _data_key: bytearray

    def commit(self, *, actor: str = "owner") -> VaultService:
        """Move the vault into place and open it (the key was shown)."""
        try:
            if self.folder.is_dir() and not any(self.folder.iterdir()):
                self.folder.rmdir()  # an empty folder left by something else
            os.rename(self.staging, self.folder)
            fsync_dir(self.folder.parent)
            conn = database.open_database(self.folder / VAULT_DB, bytes(self._data_key))
        except OSError as exc:
            problem = write_problem(exc, self.folder.parent)
            raise (problem or exc) from None
        finally:
            key = bytes(self._data_key)
            self._data_key[:] = bytes(len(self._data_key))
        return VaultService(self.folder, conn, key, actor=actor)

    def discard(self) -> None:
        """Forget it: the key was never shown."""
        self._data_key[:] = bytes(len(self._data_key))
        _remove_staging(self.staging)


@dataclass
class NewRecoveryKey:
    """A new data key for an open vault, not yet in force (`VaultService.new_recovery_key`).

    Show `recovery_key`, then `commit()`; `discard()` forgets it. Nothing on disk
    changes before `commit()`.
    """

    service: VaultService
    recovery_key: str
    _data_key: bytearray
    _header: KeyHeader

    def commit(self) -> list[str]:
        """Re-encrypt the vault under the new key; see `VaultService._rekey`."""
        try:
            return self.service._rekey(bytes(self._data_key), self._header)
        finally:
            self.discard()

    def discard(self) -> None:
        self._data_key[:] = bytes(len(self._data_key))


def _finish_rekey(folder: Path, data_key: bytes) -> None:
    """Complete or undo a renewal of the recovery key that was cut short (`_rekey`).

    `vault.db.rekey` is left only by a renewal that did not end. If `data_key` (from
    the passphrase or a recovery key the person gave) opens `vault.db`, the renewal
    never took effect: the copy goes. If it opens the copy instead, `vault.key` was
    already replaced: the copy takes the place of `vault.db`, as the renewal would
    have done. A key that opens neither changes nothing.
    """
    staged = folder / REKEY_DB
    if not staged.exists():
        return
    db = folder / VAULT_DB
    if db.exists() and _opens(db, data_key):
        _remove_rekey_files(folder)
        return
    if not _opens(staged, data_key):
        return
    for name in (f"{VAULT_DB}-wal", f"{VAULT_DB}-shm"):  # the old file's, empty: it was closed
        (folder / name).unlink(missing_ok=True)
    os.replace(staged, db)
    fsync_dir(folder)
    _remove_rekey_files(folder)


def _opens(path: Path, data_key: bytes) -> bool:
    try:
        database.open_database(path, data_key, read_only=True).close()
    except (VaultUnreadable, CannotWrite):
        return False
    return True


def _remove_rekey_files(folder: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        (folder / f"{REKEY_DB}{suffix}").unlink(missing_ok=True)


def _read_or_none(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except OSError:
        return None


def _sync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _headers(folder: Path) -> Headers:
    """The key header files of the vault in `folder`; VaultUnreadable(MISSING) if none."""
    found = Headers.read(folder)
    nothing = found.main.raw is None and found.backup.raw is None
    if nothing and not (folder / VAULT_DB).exists():
        raise VaultUnreadable(VaultUnreadable.MISSING)
    return found


class VaultService(ItemStore, CaseBook, JournalBook, ReportBook, GuideBook, WebRecords):
    """An unlocked vault."""

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
        """Create a vault; returns it unlocked and the formatted recovery key.

        For tests and callers that show the key themselves afterwards; the command
        line and the setup use `prepare` and commit once the key was shown.
        """
        made = cls.prepare(folder, passphrase, first_case_name=first_case_name, kdf=kdf)
        return made.commit(actor=actor), made.recovery_key

    @classmethod
    def prepare(
        cls,
        folder: Path,
        passphrase: str,
        *,
        first_case_name: str = "Evidence",
        kdf: KdfParams | None = None,
    ) -> NewVault:
        """Make a vault beside `folder`, not yet in place (see `NewVault`).

        An earlier setup that never reached its commit (killed, a full disk) is
        cleared away first, so a new one starts cleanly. Raises VaultExists,
        PassphraseTooWeak, CannotWrite (nothing is left behind then).
        """
        require_acceptable(passphrase)
        if cls.exists(folder) or (folder.is_dir() and any(folder.iterdir())):
            raise VaultExists(str(folder))  # a folder with things in it is never taken over
        _sweep_staging(folder)
        staging = folder.with_name(f"{STAGING_PREFIX}{folder.name}-{secrets.token_hex(6)}")
        data_key = bytearray(os.urandom(KEY_BYTES))
        try:
            ensure_private_dir(staging)
            header = KeyHeader.wrap(bytes(data_key), passphrase, kdf or calibrate())
            conn = database.open_database(staging / VAULT_DB, bytes(data_key))
            service = cls(staging, conn, bytes(data_key))
            try:
                migrations.migrate(conn)
                with service._writing():
                    service._append(
                        audit.VAULT_CREATE,
                        "vault",
                        {"app_version": __version__, "sqlcipher": database.cipher_version(conn)},
                    )
                    service._insert_case(first_case_name)
                service._repo.checkpoint()
            finally:
                service.lock()
            write_headers(staging, header)
        except OSError as exc:
            _remove_staging(staging)
            problem = write_problem(exc, folder.parent)
            raise (problem or exc) from None
        except CannotWrite as exc:  # said of the staging folder: name the place the person chose
            _remove_staging(staging)
            raise CannotWrite(exc.reason, str(folder.parent)) from None
        except BaseException:
            _remove_staging(staging)
            raise
        return NewVault(folder, staging, format_key(bytes(data_key)), data_key)

    @classmethod
    def unlock(cls, folder: Path, passphrase: str) -> VaultService:
        """Raises WrongSecret (after the KDF time) or VaultUnreadable(reason).

        Nothing is written before the key is known to be right, so a wrong
        passphrase leaves every file as it was, modification times included. A
        damaged header is never taken for a wrong passphrase: its copy opens the
        vault, and both files are made whole again.
        """
        found = _headers(folder)
        data_key, header = found.unwrap(passphrase)
        service = cls._open(folder, data_key, via_recovery_key=False)
        repair_headers(folder, found, header)
        return service

    @classmethod
    def unlock_with_recovery_key(cls, folder: Path, recovery_key: str) -> VaultService:
        """Raises MalformedRecoveryKey, WrongSecret or VaultUnreadable(reason).

        Works with a damaged header, or none at all: the recovery key is the
        database key itself. An intact header that names another key makes it a
        wrong key at once, before the database is touched.
        """
        data_key = parse(recovery_key)
        found = _headers(folder)
        if VaultUnreadable.TOO_NEW in (found.main.problem, found.backup.problem):
            raise VaultUnreadable(VaultUnreadable.TOO_NEW, "key header")
        headers = [f.header for f in (found.main, found.backup) if f.header is not None]
        intact = [h for h in headers if h.checksummed]
        if intact and not any(h.matches(data_key) for h in intact):
            raise WrongSecret("the recovery key does not open this vault")
        try:
            return cls._open(folder, data_key, via_recovery_key=True)
        except VaultUnreadable as exc:
            if exc.reason == VaultUnreadable.DATABASE_DAMAGED and not any(
                h.matches(data_key) for h in headers
            ):
                # Nothing vouches for this key: it is more likely wrong than the file damaged.
                raise WrongSecret("the recovery key does not open this vault") from None
            raise

    @classmethod
    def _open(cls, folder: Path, data_key: bytes, *, via_recovery_key: bool) -> VaultService:
        db = folder / VAULT_DB
        _finish_rekey(folder, data_key)
        if not db.exists():
            raise VaultUnreadable(VaultUnreadable.DATABASE_DAMAGED, "vault.db is missing")
        conn = database.open_database(db, data_key)
        try:
            migrations.migrate(conn)
        except migrations.DerivedNotMade:
            conn.close()  # it met the damage: a fresh connection reads the rest
            conn = database.open_database(db, data_key)
        except BaseException:
            conn.close()
            raise
        service = cls(folder, conn, data_key, via_recovery_key=via_recovery_key)
        try:
            service._take_actor_from_choices()  # first: the actor of a rollback's entry too
            service._check_seal()
        except BaseException:
            service.lock()
            raise
        return service

    # -- the key header ------------------------------------------------------

    def change_passphrase(self, old: str | None, new: str) -> list[str]:
        """Rewrap the data key under `new`: instant whatever the vault's size.

        `old` may be None only when the vault was opened with the recovery key
        (that is how a lost passphrase is replaced). Raises WrongSecret,
        PassphraseTooWeak, or OSError before the change took effect.

        The commit point is the atomic replacement of `vault.key`: before it the old
        passphrase works and an error is raised; from it on the new one works, and
        what could not be tidied afterwards (the copy, the audit entry) is returned
        as a list of `PASSPHRASE_LEFTOVERS`, never raised.
        """
        require_acceptable(new)
        with self._guard():
            self._db()
            key = bytes(self._data_key)
            found = Headers.read(self.folder)
            try:
                trusted = found.trusted()
            except VaultUnreadable:
                trusted = []
            if old is None:
                if not self._via_recovery_key:
                    raise WrongSecret("the current passphrase is needed")
            else:
                opened, _ = found.unwrap(old) if trusted else (b"", None)
                if opened != key:
                    raise WrongSecret("the current passphrase is not right")
            params = trusted[0].kdf if trusted else calibrate()
            header = KeyHeader.wrap(key, new, params)
            data = header.to_bytes()
            leftovers: list[str] = []
            try:
                write_atomic(self.folder / KEY_HEADER, data)  # the commit point
            except OSError:
                # The replace may have happened and only the folder's sync failed: then the
                # new passphrase is in force, and this is no failure.
                with contextlib.suppress(OSError):
                    if (self.folder / KEY_HEADER).read_bytes() == data:
                        leftovers.append(LEFTOVER_SYNC)
                if not leftovers:
                    raise
            try:
                write_atomic(self.folder / KEY_BACKUP, data)
            except OSError:
                leftovers.append(LEFTOVER_BACKUP)
            try:
                with self._writing():
                    self._append(audit.VAULT_PASSPHRASE, "vault", {})
            except (OSError, database.DatabaseError):
                leftovers.append(LEFTOVER_AUDIT)
            self._via_recovery_key = False
            return leftovers

    # -- a new recovery key ----------------------------------------------------

    def new_recovery_key(self, passphrase: str) -> NewRecoveryKey:
        """A new data key, to be shown and then committed (`NewRecoveryKey`).

        The passphrase is asked for because the new key is wrapped under it, and so
        that nobody who finds the vault open can take it over. Raises WrongSecret.
        """
        with self._lock:
            key = bytes(self._data_key)
            found = Headers.read(self.folder)
            try:
                opened, header = found.unwrap(passphrase)
            except VaultUnreadable:
                raise WrongSecret("the passphrase does not open this vault") from None
            if opened != key:
                raise WrongSecret("the passphrase does not open this vault")
            new_key = bytearray(os.urandom(KEY_BYTES))
            new_header = KeyHeader.wrap(bytes(new_key), passphrase, header.kdf)
            return NewRecoveryKey(self, format_key(bytes(new_key)), new_key, new_header)

    def _rekey(self, new_key: bytes, header: KeyHeader) -> list[str]:
        """Re-encrypt `vault.db` under `new_key` and put `header` (which wraps it) in force.

        Afterwards the old recovery key, and every old copy of `vault.key` with any
        passphrase it held, no longer open this vault's database. Crash-safe:

        1. the whole database is copied into `vault.db.rekey` under the new key, and
           checked; then the open database is closed (its write-ahead log emptied);
        2. `vault.key` is replaced: the commit point;
        3. the copy takes the place of `vault.db`, and the header's copy is written.

        Cut short before 2, the old key stays in force and the copy is removed at the
        next opening; after 2, the next opening completes 3 (`_finish_rekey`). Raises
        CannotWrite / OSError before the commit point (nothing changed: the vault is
        open as before); afterwards returns what could not be tidied (LEFTOVER_*).
        """
        with self._lock, self._readers.shut():
            conn = self._db()
            if database.read_only(conn):
                raise database.refused(conn)
            staged = self.folder / REKEY_DB
            _remove_rekey_files(self.folder)
            try:
                self._repo.checkpoint()
                database.export_rekeyed(conn, staged, new_key)
                copy = database.open_database(staged, new_key)
                try:
                    same = Repository(copy).last_audit() == self._repo.last_audit()
                finally:
                    copy.close()
                if not same:
                    raise VaultUnreadable(VaultUnreadable.DATABASE_DAMAGED, "the copy differs")
                _sync_file(staged)
            except (OSError, database.DatabaseError) as exc:
                _remove_rekey_files(self.folder)
                # A damaged page met (sqlcipher_export words it as a plain error): the vault
                # stays as it was, under its old key.
                if isinstance(exc, database.DatabaseError) and salvage.poisoned(self._repo):
                    raise VaultDamaged("database") from None
                raise (write_problem(exc, self.folder) or exc) from None
            except BaseException:
                _remove_rekey_files(self.folder)
                raise
            # The old file is closed before the copy can take its place.
            self._conn = None
            conn.close()
            data = header.to_bytes()
            try:
                write_atomic(self.folder / KEY_HEADER, data)  # the commit point
            except OSError as exc:
                if _read_or_none(self.folder / KEY_HEADER) != data:  # not replaced: undo
                    _remove_rekey_files(self.folder)
                    self._open_again(bytes(self._data_key))
                    raise (write_problem(exc, self.folder) or exc) from None
            try:
                _finish_rekey(self.folder, new_key)
                self._data_key[:] = new_key
                self._open_again(new_key)
            except BaseException:
                # In force but not in place: the vault stays locked, and the next opening
                # (with the passphrase or the new recovery key) puts the copy in place.
                self.lock()
                raise
            self._via_recovery_key = False
            leftovers: list[str] = []
            try:
                write_atomic(self.folder / KEY_BACKUP, header.to_bytes())
            except OSError:
                leftovers.append(LEFTOVER_BACKUP)
            try:
                with self._writing():
                    self._append(audit.VAULT_RECOVERY_KEY, "vault", {})
            except (OSError, database.DatabaseError, CannotWrite):
                leftovers.append(LEFTOVER_AUDIT)
            self._reseal(both=True)  # the old seal was made with the old key
            return leftovers
