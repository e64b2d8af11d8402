"""The details of one item: what the person may edit, and what is fixed at capture.

The form only holds text; `DetailPane` saves it through the service. What was
fixed at capture (time, fingerprint, size, file name, type) is shown read-only:
it is what proves the evidence was not changed.
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

from evidence_app.core.model import EDITABLE_FIELDS, Item
from evidence_app.gui.platforms import PlatformBox

Editor = QLineEdit | QPlainTextEdit | PlatformBox

# The text fields this form knows how to show, in the order they are shown.
# Only those the core lists as editable appear (other editable fields, such as
# a link to a person, get their own widgets).
_LINES = ("url", "platform", "place", "posted_by", "posted_at")
_CHOICES = ("platform",)
_TEXTS = ("description", "notes")
LINE_FIELDS = tuple(name for name in _LINES if name in EDITABLE_FIELDS and name not in _CHOICES)
TEXT_FIELDS = tuple(name for name in _TEXTS if name in EDITABLE_FIELDS)
FORM_FIELDS = tuple(name for name in (*_LINES, *_TEXTS) if name in EDITABLE_FIELDS)


def _read_only_label() -> QLabel:
    label = QLabel()
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


def _value(editor: Editor) -> str:
    if isinstance(editor, QLineEdit):
        return editor.text()
    if isinstance(editor, PlatformBox):
        return editor.platform()
    return editor.toPlainText()


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
        self._item: Item | None = None
        self._loading = False
        self.editors: dict[str, Editor] = {}
        for name in LINE_FIELDS:
            line = QLineEdit()
            line.textChanged.connect(self._on_edited)
            self.editors[name] = line
        if "platform" in EDITABLE_FIELDS:
            platform = PlatformBox()
            platform.platform_chosen.connect(self._on_edited)
            self.editors["platform"] = platform
        for name in TEXT_FIELDS:
            text = QPlainTextEdit()
            text.setTabChangesFocus(True)
            text.setFixedHeight(72)
            text.textChanged.connect(self._on_edited)
            self.editors[name] = text
        for name, editor in self.editors.items():
            editor.setObjectName(name)

        self.captured = _read_only_label()
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
        for name in FORM_FIELDS:
            self.labels[name] = QLabel()
            self.labels[name].setBuddy(self.editors[name])
            form.addRow(self.labels[name], self.editors[name])
        fixed: dict[str, QWidget] = {
            "captured": self.captured,
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
        layout.addLayout(form)
        layout.addStretch()
        self.retranslate()
        self.clear()

    # -- language -------------------------------------------------------------
    def retranslate(self) -> None:
        texts = {
            "url": self.tr("Web address:"),
            "platform": self.tr("Platform:"),
            "place": self.tr("Where it was seen:"),
            "posted_by": self.tr("Who posted it:"),
            "posted_at": self.tr("When posted or seen:"),
            "description": self.tr("What it shows:"),
            "notes": self.tr("Notes:"),
            "captured": self.tr("Stored on:"),
            "sha256": self.tr("Fingerprint (SHA-256):"),
            "size": self.tr("Size:"),
            "file_name": self.tr("File name:"),
            "mime_type": self.tr("Type:"),
        }
        for name, text in texts.items():
            if name in self.labels:
                self.labels[name].setText(text)
        placeholders = {
            "url": self.tr("https://…"),
            "place": self.tr("For example: the class group chat"),
            "posted_by": self.tr("Name, username, phone number…"),
            "posted_at": self.tr("For example: Saturday evening, 12 May"),
        }
        for name, text in placeholders.items():
            editor = self.editors.get(name)
            if isinstance(editor, QLineEdit):
                editor.setPlaceholderText(text)
        platform = self.editors.get("platform")
        if isinstance(platform, PlatformBox):
            platform.retranslate()
        self.save_button.setText(self.tr("Save"))
        self.delete_button.setText(self.tr("Delete…"))
        if self._item is not None:
            self._show_fixed(self._item)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- content --------------------------------------------------------------
    def item(self) -> Item | None:
        return self._item

    def set_item(self, item: Item) -> None:
        """Show `item`; any unsaved text in the form is replaced."""
        self._item = item
        self._loading = True
        try:
            for name, editor in self.editors.items():
                value = str(getattr(item, name))
                if isinstance(editor, QLineEdit):
                    editor.setText(value)
                    editor.setCursorPosition(0)
                elif isinstance(editor, PlatformBox):
                    editor.set_platform(value)
                else:
                    editor.setPlainText(value)
        finally:
            self._loading = False
        self._show_fixed(item)
        self.status.clear()
        self.setEnabled(True)
        self.button_row.setEnabled(True)

    def clear(self) -> None:
        """Empty every field (nothing of the last item stays in a widget)."""
        self._item = None
        self._loading = True
        try:
            for editor in self.editors.values():
                if isinstance(editor, PlatformBox):
                    editor.set_platform("")
                    continue
                editor.clear()
                if isinstance(editor, QPlainTextEdit):
                    editor.document().clearUndoRedoStacks()
        finally:
            self._loading = False
        for label in (self.captured, self.sha256, self.size_value, self.file_name, self.mime_type):
            label.clear()
        self.status.clear()
        self.setEnabled(False)
        self.button_row.setEnabled(False)

    def values(self) -> dict[str, str]:
        """What the editable fields say now."""
        return {name: _value(editor) for name, editor in self.editors.items()}

    def changes(self) -> dict[str, str]:
        """Only the fields that differ from the stored item."""
        if self._item is None:
            return {}
        return {
            name: value
            for name, value in self.values().items()
            if value != str(getattr(self._item, name))
        }

    def _show_fixed(self, item: Item) -> None:
        local = item.captured_local()
        offset = local.strftime("%z")
        self.captured.setText(
            self.tr("%1 (%2, UTC%3)\n%4 UTC")
            .replace("%1", local.strftime("%Y-%m-%d %H:%M:%S"))
            .replace("%2", item.time_zone or "?")
            .replace("%3", f"{offset[:3]}:{offset[3:]}")
            .replace("%4", item.captured_at.replace("T", " ").replace("Z", ""))
        )
        self.sha256.setText(item.sha256)
        self.sha256.setCursorPosition(0)
        locale = QLocale()
        size = locale.formattedDataSize(item.size)
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
