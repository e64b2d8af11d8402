"""Marking the parts of an image to hide in a redacted copy (being written; interface fixed)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from evidence_app.core.service import VaultService


class RedactionEditor(QDialog):
    """Draw rectangles over `item_id`'s image to blur or black out; saved through the service."""

    def __init__(self, service: VaultService, item_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._item_id = item_id
