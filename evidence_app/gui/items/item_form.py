"""The details of one item in the main window: what the person may edit, and what is fixed.

The editable part is the record form (`RecordForm`), the same widget that opens
after a capture, so both ask the same questions and store the same fields (who
posted it is a person of the case). Below it come the notes and the facts fixed
at capture (fingerprint, size, file name, type), shown read-only: they prove
the evidence was not changed. The form only holds text and choices;
`DetailPane` saves them through the service.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, Qt, Signal, Slot
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from evidence_app.domain.model import Item
from evidence_app.gui.common.dialog_parts import lines_high, name_fields_after_labels
from evidence_app.gui.common.platforms import PlatformBox
from evidence_app.gui.items.record_form import RecordForm
from evidence_app.vault.service import VaultService

Editor = QLineEdit | QPlainTextEdit | PlatformBox


def _read_only_label() -> QLabel:
    label = QLabel()
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


class ItemForm(QWidget):
    """Editable and fixed details of one item.

    Signals:
        save_requested(): the person pressed Save.
        delete_requested(): the person pressed Delete.
        edited(): a field was changed by the person.
    """

    save_requested = Signal()
    delete_requested = Signal()
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self.fields = RecordForm()
        self.fields.edited.connect(self._on_edited)
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("notes")
        self.notes.setTabChangesFocus(True)
        lines_high(self.notes, 4)
        self.notes.textChanged.connect(self._on_edited)
        # The text editors by field name (the person picker is `fields.poster`).
        self.editors: dict[str, Editor] = {
            "url": self.fields.url,
            "platform": self.fields.platform,
            "place": self.fields.place,
            "posted_at": self.fields.posted_at,
            "description": self.fields.description,
            "notes": self.notes,
        }

        # A read-only line: the whole fingerprint can be selected and copied, however narrow.
        self.sha256 = QLineEdit()
        self.sha256.setReadOnly(True)
        self.sha256.setFrame(False)
        self.sha256.setObjectName("sha256")
        self.sha256.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.size_value = _read_only_label()
        self.file_name = _read_only_label()
        self.mime_type = _read_only_label()

        self.labels: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # as in the record form
        self.labels["notes"] = QLabel()
        self.labels["notes"].setBuddy(self.notes)
        form.addRow(self.labels["notes"], self.notes)
        fixed: dict[str, QWidget] = {
            "sha256": self.sha256,
            "size": self.size_value,
            "file_name": self.file_name,
            "mime_type": self.mime_type,
        }
        for name, widget in fixed.items():
            self.labels[name] = QLabel()
            form.addRow(self.labels[name], widget)

        self.save_button = QPushButton()
        self.save_button.setObjectName("save")
        self.save_button.clicked.connect(self.save_requested)
        self.delete_button = QPushButton()
        self.delete_button.setObjectName("delete")
        self.delete_button.clicked.connect(self.delete_requested)
        self.status = QLabel()
        self.status.setObjectName("save_status")
        self.status.setWordWrap(True)
        # The buttons live in their own widget, which the detail pane keeps in
        # view below the scrolling fields.
        self.button_row = QWidget()
        buttons = QHBoxLayout(self.button_row)
        buttons.setContentsMargins(0, 4, 0, 0)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.delete_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.fields)
        layout.addLayout(form)
        layout.addStretch()
        self.retranslate()
        self.clear()

    # -- language -------------------------------------------------------------
    def retranslate(self) -> None:
        texts = {
            "notes": self.tr("Notes:"),
            "sha256": self.tr("Fingerprint (SHA-256):"),
            "size": self.tr("Size:"),
            "file_name": self.tr("File name:"),
            "mime_type": self.tr("Type:"),
        }
        for name, text in texts.items():
            self.labels[name].setText(text)
            self.labels[name].setStyleSheet("font-weight: bold;")
        self.notes.setPlaceholderText(self.tr("Anything else worth remembering"))
        self.notes.setAccessibleDescription(self.notes.placeholderText())
        self.sha256.setAccessibleDescription(
            self.tr("A code that shows the file was not changed since it was stored.")
        )
        self.save_button.setText(self.tr("Save"))
        self.save_button.setAccessibleDescription(
            self.tr("Keeps what you changed about this item in the vault.")
        )
        self.delete_button.setText(self.tr("Delete…"))
        self.delete_button.setAccessibleDescription(
            self.tr("Deletes this item from the vault. You are asked first.")
        )
        name_fields_after_labels(self)
        item = self.item()
        if item is not None:
            self._show_fixed(item)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- content --------------------------------------------------------------
    def item(self) -> Item | None:
        return self.fields.item()

    def set_item(self, item: Item, service: VaultService | None) -> None:
        """Show `item`; any unsaved text in the form is replaced. `service` (the open
        vault) fills the list of persons of its case."""
        self._loading = True
        try:
            self.fields.set_item(item, service)
            self.notes.setPlainText(item.notes)
        finally:
            self._loading = False
        self._show_fixed(item)
        self.status.clear()
        self.setEnabled(True)
        self.button_row.setEnabled(True)

    def clear(self) -> None:
        """Empty every field (nothing of the last item stays in a widget)."""
        self._loading = True
        try:
            self.fields.clear()
            self.notes.clear()
            self.notes.document().clearUndoRedoStacks()
        finally:
            self._loading = False
        for label in (self.sha256, self.size_value, self.file_name, self.mime_type):
            label.clear()
        self.status.clear()
        self.setEnabled(False)
        self.button_row.setEnabled(False)

    def values(self) -> dict[str, str]:
        """What the fields show now, as text (who posted it: the person's label)."""
        fields = self.fields
        return {
            "url": fields.url.text(),
            "platform": fields.platform.platform(),
            "place": fields.place.text(),
            "posted_by": fields.poster_text(),
            "posted_at": fields.posted_at.text(),
            "description": fields.description.toPlainText(),
            "notes": self.notes.toPlainText(),
        }

    def url_problem(self) -> str:
        """Why the web address cannot be stored ("" when it can)."""
        return self.fields.url_problem()

    def changes(self) -> dict[str, str | int | None]:
        """Only the fields that differ from the stored item, as `update_item` takes them."""
        item = self.item()
        if item is None:
            return {}
        changes = self.fields.changes()
        if self.notes.toPlainText() != item.notes:
            changes["notes"] = self.notes.toPlainText()
        return changes

    def _show_fixed(self, item: Item) -> None:
        self.sha256.setText(item.sha256)
        self.sha256.setCursorPosition(0)
        locale = QLocale()
        size = locale.formattedDataSize(item.size, 1, QLocale.DataSizeFormat.DataSizeSIFormat)
        if item.size >= 1024:  # the exact count matters for evidence; small sizes show it already
            size = (
                self.tr("%1 (%2 bytes)")
                .replace("%1", size)
                .replace("%2", locale.toString(item.size))
            )
        self.size_value.setText(size)
        self.file_name.setText(item.original_name or "—")
        dims = f", {item.width} × {item.height}" if item.width and item.height else ""
        self.mime_type.setText(f"{item.mime_type}{dims}")

    @Slot()
    def _on_edited(self) -> None:
        if not self._loading:
            self.status.clear()
            self.edited.emit()
