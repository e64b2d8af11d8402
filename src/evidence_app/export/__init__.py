"""The police dossier: a lossless PDF, a verifiable bundle (folder or ZIP), an offline verifier.

Qt-free except `QtCore` (for the translations of the dossier's texts). The GUI
calls, in its worker thread:

- `build_dossier(service, case_ids=..., item_ids=..., language=...)` for the
  live summary (items, persons), then
- `export_dossier(service, target, ...)` (or `write_bundle` with a dossier it
  built), with `progress(done, total)` returning False to cancel, or a
  `threading.Event` as `cancel`;
- `verify_bundle(path, password)` to check a bundle.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path

from evidence_app.core.model import Region
from evidence_app.core.service import VaultService
from evidence_app.export.bundle import (
    ExportCancelled,
    ExportResult,
    Progress,
    TargetExists,
    write_bundle,
)
from evidence_app.export.bundle_reading import BundleUnreadable
from evidence_app.export.dossier import Dossier, build_dossier
from evidence_app.export.verify import verify_bundle

__all__ = [
    "BundleUnreadable",
    "Dossier",
    "ExportCancelled",
    "ExportResult",
    "Progress",
    "Region",
    "TargetExists",
    "build_dossier",
    "export_dossier",
    "verify_bundle",
    "write_bundle",
]


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
    the PDF and the originals are left out.
    """
    redactions = None
    if redacted:
        redactions = dict(service.redactions())
    dossier = build_dossier(
        service,
        case_ids=case_ids,
        item_ids=item_ids,
        language=language,
        prepared_by=prepared_by,
        redactions=redactions,
    )
    return write_bundle(
        service, dossier, target, password=password, progress=progress, cancel=cancel
    )
