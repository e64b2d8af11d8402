"""The vault service: everything the GUI and the command line may do with a vault.

INTERFACE STUB: bodies land in the next commits; the signatures are fixed.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path

from evidence_app.core.model import KIND_FILE, AuditEntry, Case, Item, Problem
from evidence_app.storage.keyheader import KdfParams


class VaultService:
    """An unlocked vault. Every method is safe to call from any one thread at a time
    (an internal lock serializes them); after `lock()` every method raises `VaultLocked`."""

    @staticmethod
    def exists(folder: Path) -> bool:
        """Whether `folder` holds a vault (its database or its key header)."""
        raise NotImplementedError

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
        raise NotImplementedError

    @classmethod
    def unlock(cls, folder: Path, passphrase: str) -> VaultService:
        """Raises WrongSecret (after the KDF time) or VaultUnreadable(reason)."""
        raise NotImplementedError

    @classmethod
    def unlock_with_recovery_key(cls, folder: Path, recovery_key: str) -> VaultService:
        """Raises MalformedRecoveryKey, WrongSecret or VaultUnreadable(reason)."""
        raise NotImplementedError

    @property
    def locked(self) -> bool:
        raise NotImplementedError

    def lock(self) -> None:
        """Close the database and forget the key. Idempotent."""
        raise NotImplementedError

    def change_passphrase(self, old: str | None, new: str) -> None:
        """Rewrap the data key. `old` may be None only when unlocked with the recovery key.
        Raises WrongSecret, PassphraseTooWeak."""
        raise NotImplementedError

    def cases(self) -> list[Case]:
        raise NotImplementedError

    def create_case(self, name: str) -> Case:
        raise NotImplementedError

    def case_by_name(self, name: str, *, create: bool = False) -> Case:
        raise NotImplementedError

    def items(self, case_id: int | None = None) -> list[Item]:
        """Items not deleted, oldest capture first."""
        raise NotImplementedError

    def item(self, item_id: int) -> Item:
        raise NotImplementedError

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
        """Store a file streamed in chunks, hashed, with its metadata and an audit entry."""
        raise NotImplementedError

    def read_original(self, item_id: int) -> Iterator[bytes]:
        """The original bytes, chunk by chunk."""
        raise NotImplementedError

    def original_bytes(self, item_id: int, *, limit: int = 512 * 1024 * 1024) -> bytes:
        """The whole original; raises BadInput when larger than `limit`."""
        raise NotImplementedError

    def update_item(self, item_id: int, changes: Mapping[str, str]) -> Item:
        """Change editable fields (EDITABLE_FIELDS); audited with before and after."""
        raise NotImplementedError

    def delete_item(self, item_id: int) -> None:
        """Remove the bytes, mark the item deleted, leave a tombstone in the audit chain."""
        raise NotImplementedError

    def audit_entries(self) -> list[AuditEntry]:
        raise NotImplementedError

    def check(self) -> list[Problem]:
        raise NotImplementedError
