"""The police dossier: a lossless PDF, a verifiable bundle (folder or ZIP), an offline verifier.

Qt-free except `QtCore` (for the translations of the dossier's texts). The GUI
calls, in its worker thread:

- `build_dossier(service, case_ids=..., item_ids=..., language=...)` for the
  live summary (items, persons), then
- `export_dossier(service, target, ...)` (or `write_bundle` with a dossier it
  built), with `progress(done, total)` returning False to cancel, or a
  `threading.Event` as `cancel`;
- `verify_bundle(path, password)` to check a bundle.

A vault whose database is damaged is exported as far as it can be read: every
item whose record can be read and whose stored file reads whole and matches its
SHA-256 is in the bundle, and the rest is named in it as missing, with why
(`Dossier.missing`, `ExportResult.missing`).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

# The names are loaded when first used: the window imports `export.leftovers` at start,
# and the PDF code (fpdf2, fontTools) is loaded only when a dossier is made or checked.
_WHERE = {
    "BundleUnreadable": "bundle_reading",
    "Dossier": "dossier",
    "ExportCancelled": "bundle",
    "ExportResult": "bundle",
    "Missing": "dossier",
    "Progress": "bundle",
    "Region": "dossier",
    "Report": "verify",
    "TargetExists": "bundle",
    "build_dossier": "dossier",
    "export_dossier": "exporting",
    "screen": "exporting",
    "verify_bundle": "verify",
    "verify_report": "verify",
    "write_bundle": "bundle",
}
__all__ = [
    "BundleUnreadable",
    "Dossier",
    "ExportCancelled",
    "ExportResult",
    "Missing",
    "Progress",
    "Region",
    "Report",
    "TargetExists",
    "build_dossier",
    "export_dossier",
    "screen",
    "verify_bundle",
    "verify_report",
    "write_bundle",
]

if TYPE_CHECKING:
    from evidence_app.domain.model import Region
    from evidence_app.export.bundle import (
        ExportCancelled,
        ExportResult,
        Progress,
        TargetExists,
        write_bundle,
    )
    from evidence_app.export.bundle_reading import BundleUnreadable
    from evidence_app.export.dossier import Dossier, Missing, build_dossier
    from evidence_app.export.exporting import export_dossier, screen
    from evidence_app.export.verify import Report, verify_bundle, verify_report


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{_WHERE[name]}"), name)
    globals()[name] = value  # once found, an attribute like any other
    return value
