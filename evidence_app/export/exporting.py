"""Exporting a dossier: build it from what the vault can read, screen damaged stored
files, and write its bundle (`export_dossier`). Re-exported by `evidence_app.export`."""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Sequence
from pathlib import Path

from evidence_app.domain.errors import VaultDamaged
from evidence_app.export.bundle import (
    ExportCancelled,
    ExportResult,
    FileDiffers,
    Progress,
    write_bundle,
)
from evidence_app.export.dossier import (
    FILE_DIFFERS,
    MISSING_FILE,
    Dossier,
    Missing,
    assemble,
)
from evidence_app.vault.damage import Readable
from evidence_app.vault.service import VaultService


def export_dossier(
    service: VaultService,
    target: Path,
    *,
    case_ids: Sequence[int] | None = None,
    item_ids: Sequence[int] | None = None,
    language: str = "en",
    password: str | None = None,
    prepared_by: str = "",
    redacted: bool = False,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> ExportResult:
    """Build the dossier and write its bundle to `target` (`.zip`: a ZIP, else a folder).

    With `redacted`, the regions stored in the vault for each item are hidden in
    the PDF and the originals are left out. When the vault's database is damaged
    (or a stored file turns out unreadable while the bundle is written), every
    stored file is read and hashed first, and what fails is left out and named.
    """

    def dossier(
        readable: Readable,
        left_out: dict[int, Missing] | None = None,
        files_left_out: dict[int, Missing] | None = None,
    ) -> Dossier:
        redactions = None
        if redacted:
            if not readable.regions_known:  # an image shown without its hidden parts would leak
                raise VaultDamaged("hidden parts")
            redactions = {item_id: list(found) for item_id, found in readable.regions.items()}
        return assemble(
            readable,
            service.sqlcipher_version(),
            case_ids=case_ids,
            item_ids=item_ids,
            language=language,
            prepared_by=prepared_by,
            redactions=redactions,
            left_out=left_out,
            files_left_out=files_left_out,
        )

    readable = service.readable()
    chosen = dossier(readable)
    screened = chosen.damaged
    if screened:
        chosen = dossier(readable, *screen(service, chosen, cancel))
    # Not held while the bundle is written: the dossier keeps what it shows, and the
    # chain packed (some 5 MiB of Python objects fewer at 2,000 items).
    del readable
    try:
        return write_bundle(
            service, chosen, target, password=password, progress=progress, cancel=cancel
        )
    except (VaultDamaged, FileDiffers):
        if screened:
            raise
    # A stored file could not be read whole while the bundle was written (nothing was
    # left under the target name): read the vault again, find every such file in what
    # it holds now, then write without them.
    readable = service.readable()
    fresh = dossier(readable)
    chosen = dossier(readable, *screen(service, fresh, cancel))
    del readable, fresh
    return write_bundle(
        service, chosen, target, password=password, progress=progress, cancel=cancel
    )


def screen(
    service: VaultService, dossier: Dossier, cancel: threading.Event | None = None
) -> tuple[dict[int, Missing], dict[int, Missing]]:
    """Read and hash every stored file the bundle of `dossier` would read: (items, files)
    that cannot be read whole or do not match their SHA-256, each with why."""
    left_out: dict[int, Missing] = {}
    files_left_out: dict[int, Missing] = {}
    for entry in dossier.items:
        item = entry.item
        if entry.has_file and (not dossier.redacted or entry.shows_image):
            reason = _unsound(service, item.id, (item.sha256, item.size), False, cancel)
            if reason:
                left_out[item.id] = Missing(
                    item.id, reason, item.original_name, item.sha256, item.captured_at
                )
                continue
        if dossier.redacted:
            continue
        for extra in entry.attachments:
            attachment = extra.attachment
            expected = (attachment.sha256, attachment.size)
            reason = _unsound(service, attachment.id, expected, True, cancel)
            if reason:
                files_left_out[attachment.id] = Missing(
                    item.id,
                    reason,
                    attachment.name,
                    attachment.sha256,
                    item.captured_at,
                    attachment_id=attachment.id,
                    role=attachment.role,
                )
    return left_out, files_left_out


def _unsound(
    service: VaultService,
    owner: int,
    expected: tuple[str, int],
    attachment: bool,
    cancel: threading.Event | None,
) -> str | None:
    """Why the stored file cannot go into a bundle, or None when it reads whole and right."""
    digest, size = hashlib.sha256(), 0
    try:
        for chunk in service.stored_file(owner, attachment=attachment):
            if cancel is not None and cancel.is_set():
                raise ExportCancelled("the export was cancelled")
            digest.update(chunk)
            size += len(chunk)
    except VaultDamaged:
        return MISSING_FILE
    return None if (digest.hexdigest(), size) == expected else FILE_DIFFERS
