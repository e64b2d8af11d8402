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

import os
from pathlib import Path

from evidence_app import __version__
from evidence_app.core import audit
from evidence_app.core.errors import (
    VaultExists,
    VaultUnreadable,
    WrongSecret,
)
from evidence_app.core.passphrase import require_acceptable
from evidence_app.core.recovery_key import format_key, parse
from evidence_app.core.service_items import ItemStore
from evidence_app.core.service_people import CaseBook
from evidence_app.core.service_web import WebRecords
from evidence_app.paths import ensure_private_dir
from evidence_app.storage import database, migrations
from evidence_app.storage.atomic import write_atomic
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

VAULT_DB = "vault.db"
# What a passphrase change may leave undone after it took effect (change_passphrase).
LEFTOVER_BACKUP = "backup"  # vault.key.backup still holds the header from before
LEFTOVER_AUDIT = "audit"  # the change is not in the audit chain
KEY_HEADER = HEADER_FILE
KEY_BACKUP = BACKUP_FILE


def _headers(folder: Path) -> Headers:
    """The key header files of the vault in `folder`; VaultUnreadable(MISSING) if none."""
    found = Headers.read(folder)
    nothing = found.main.raw is None and found.backup.raw is None
    if nothing and not (folder / VAULT_DB).exists():
        raise VaultUnreadable(VaultUnreadable.MISSING)
    return found


class VaultService(ItemStore, CaseBook, WebRecords):
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
            write_headers(folder, header)
        except BaseException:
            service.lock()
            raise
        return service, format_key(data_key)

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
        if not db.exists():
            raise VaultUnreadable(VaultUnreadable.DATABASE_DAMAGED, "vault.db is missing")
        conn = database.open_database(db, data_key)
        try:
            migrations.migrate(conn)
        except BaseException:
            conn.close()
            raise
        return cls(folder, conn, data_key, via_recovery_key=via_recovery_key)

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
        with self._lock:
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
            write_atomic(self.folder / KEY_HEADER, data)  # the commit point
            leftovers: list[str] = []
            try:
                write_atomic(self.folder / KEY_BACKUP, data)
            except OSError:
                leftovers.append(LEFTOVER_BACKUP)
            try:
                with database.transaction(self._db()):
                    self._append(audit.VAULT_PASSPHRASE, "vault", {})
            except (OSError, database.DatabaseError):
                leftovers.append(LEFTOVER_AUDIT)
            self._via_recovery_key = False
            return leftovers
