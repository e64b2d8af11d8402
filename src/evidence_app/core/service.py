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
from evidence_app.storage.keyheader import KEY_BYTES, KdfParams, KeyHeader, calibrate

VAULT_DB = "vault.db"
KEY_HEADER = "vault.key"
KEY_BACKUP = "vault.key.backup"


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
