"""Web records: further files of an item (attachments) and later re-checks of its URL."""

from __future__ import annotations

import dataclasses
import io
from collections.abc import Iterator

from evidence_app.domain import audit, clock, images
from evidence_app.domain.errors import (
    BadInput,
    NotFound,
)
from evidence_app.domain.model import Attachment, NewAttachment, Recheck, RecheckResult
from evidence_app.vault.base import VaultBase


class WebRecords(VaultBase):
    """Web records: further files of an item (attachments) and later re-checks of its URL."""

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
        with self._writing():
            return self._insert_attachment(item_id, new, found)

    def attachments(self, item_id: int) -> list[Attachment]:
        with self._guard():
            self._db()
            return self._repo.attachments(item_id)

    def read_attachment(self, attachment_id: int) -> Iterator[bytes]:
        """An attachment's bytes, chunk by chunk (each read under the lock)."""
        with self._guard():
            self._db()
            if not any(a.id == attachment_id for a in self._repo.attachments()):
                raise NotFound(f"no file {attachment_id}")
        return self.stored_file(attachment_id, attachment=True)

    def attachment_bytes(self, attachment_id: int) -> bytes:
        """An attachment whole (for small files: a page archive, a viewport image)."""
        return b"".join(self.read_attachment(attachment_id))

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
        if result not in frozenset(RecheckResult):
            raise BadInput(f"unknown re-check result {result!r}")
        with self._writing():
            item = self._repo.item(item_id)
            if item is None or item.deleted:
                raise NotFound(f"no item {item_id}")
            recheck = Recheck(0, item_id, clock.now().utc, result, http_status, final_url, note)
            recheck = dataclasses.replace(recheck, id=self._repo.insert_recheck(recheck))
            self._append(audit.ITEM_RECHECK, f"item:{item_id}", dataclasses.asdict(recheck))
            return recheck

    def rechecks(self, item_id: int) -> list[Recheck]:
        with self._guard():
            self._db()
            return self._repo.rechecks(item_id)
