"""Exports cut short: their temporary bundles are removed at the next start.

An export writes under a temporary name beside its target (`.NAME.partial-PID`) and
notes that name in the vault first. A process that is killed, or a power cut, leaves
the bundle behind, its originals unencrypted, often on a USB stick: the next time
the vault opens, `sweep_unfinished` removes it. Kept apart from `bundle` so that
opening a vault does not load the PDF code.
"""

from __future__ import annotations

import contextlib
import functools
import shutil
from collections.abc import Callable
from pathlib import Path

from evidence_app.domain.errors import CannotWrite, VaultBusy, VaultDamaged, VaultLocked
from evidence_app.vault.service import VaultService

# What a temporary bundle folder may hold: nothing else is ever removed with it.
_BUNDLE_NAMES = frozenset({"dossier.pdf", "VERIFY.txt", "manifest.json", "SHA256SUMS", "originals"})


def best_effort(note: Callable[[], None]) -> None:
    """Keep the list of exports under way; a full, busy or damaged vault must not stop an
    export (a damaged one least of all: the export is what saves what is left)."""
    with contextlib.suppress(CannotWrite, VaultBusy, VaultLocked, VaultDamaged):
        note()


def sweep_unfinished(service: VaultService) -> list[Path]:
    """Remove the temporary bundles of exports that never ended. Only what is named and
    filled exactly as ours goes. Returns what was removed. When the list of them is on a
    damaged page, nothing is removed: opening the vault goes on."""
    removed: list[Path] = []
    try:
        unfinished = service.unfinished_exports()
    except VaultDamaged:
        return removed
    for temp in unfinished:
        with contextlib.suppress(OSError):  # a stick that became read-only: next time
            if remove_temp(temp):
                removed.append(temp)
        # Forgotten only when surely gone: a USB stick not plugged in keeps its note.
        if temp.parent.is_dir() and not temp.exists():
            best_effort(functools.partial(service.note_export_ended, temp))
    return removed


def remove_temp(temp: Path) -> bool:
    """Remove one temporary bundle if it is ours; whether something was removed."""
    if not _ours(temp):
        return False
    if temp.is_dir():
        shutil.rmtree(temp, ignore_errors=True)
    else:
        temp.unlink(missing_ok=True)
    return True


def _ours(temp: Path) -> bool:
    if not (temp.name.startswith(".") and ".partial-" in temp.name) or temp.is_symlink():
        return False
    if temp.is_file():
        return True
    if not temp.is_dir():
        return False
    return all(entry.name in _BUNDLE_NAMES for entry in temp.iterdir())
