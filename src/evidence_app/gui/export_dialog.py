"""The dossier export dialog (being written; the interface below is fixed)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from evidence_app.core.service import VaultService


class ExportDialog(QDialog):
    """Export a police dossier for `case_id` (or the chosen `item_ids`)."""

    def __init__(
        self,
        service: VaultService,
        case_id: int,
        item_ids: list[int] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._case_id = case_id
        self._item_ids = item_ids
