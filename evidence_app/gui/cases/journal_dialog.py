"""The journal of a case: what happened without a file, in the order it happened.

A list (when, what, who) with Add, Change and Remove; each entry is written in
`JournalEntryEditor`. Every change goes to the vault in the background and is
audited; a removed entry leaves the journal and the dossier (the chain keeps it).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QSize, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from evidence_app.domain import event_time
from evidence_app.domain.model import JournalEntry
from evidence_app.gui.cases.case_list_dialog import CaseListDialog
from evidence_app.gui.common import contrast
from evidence_app.gui.common.dialog_parts import (
    fit_to_screen,
    list_for_the_keyboard,
    name_fields_after_labels,
    set_hint,
)
from evidence_app.gui.common.event_time_edit import EventTimeEdit
from evidence_app.gui.common.timefmt import event_text
from evidence_app.gui.common.unsaved import AsksBeforeDropping, exec_then_store
from evidence_app.vault.service import VaultService


class JournalEntryEditor(AsksBeforeDropping, QDialog):
    """Write a new entry, or change `entry`; `values()` once accepted."""

    def __init__(self, entry: JournalEntry | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._new = entry is None
        self.when = EventTimeEdit()
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.involved = QLineEdit()
        self.form = QFormLayout()
        self.when_label, self.text_label, self.involved_label = QLabel(), QLabel(), QLabel()
        self.form.addRow(self.when_label, self.when)
        self.form.addRow(self.text_label, self.text)
        self.form.addRow(self.involved_label, self.involved)
        self.save_button = QPushButton()
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self._save)
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.reject)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(contrast.error_style())
        buttons = QHBoxLayout()
        buttons.addWidget(self.problem, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addLayout(buttons)
        if entry is not None:
            self.when.set_value(entry.event())
            self.text.setPlainText(entry.text)
            self.involved.setText(entry.involved)
        self.retranslate()
        fit_to_screen(self, QSize(620, 420))

    def _kept_state(self) -> object:
        return self.values()

    def values(self) -> dict[str, str]:
        event = self.when.value()
        return {
            "text": self.text.toPlainText().strip(),
            "event_at": event.at,
            "event_precision": event.precision,
            "involved": self.involved.text().strip(),
        }

    @Slot()
    def _missing(self) -> str | None:
        if not self.text.toPlainText().strip():
            return self.tr("Write a few words about what happened.")
        return None

    def _save(self) -> None:
        self._close_unless_missing(self.problem, self.text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(
            self.tr("Write down what happened") if self._new else self.tr("Change the entry")
        )
        self.when_label.setText(self.tr("When did it happen?"))
        self.text_label.setText(self.tr("What happened?"))
        self.involved_label.setText(self.tr("Who was involved?"))
        set_hint(
            self.text,
            self.tr("For example: he called me and said he would send the photo to my class."),
        )
        self.save_button.setText(self.tr("Save"))
        self.save_button.setAccessibleDescription(
            self.tr("Keeps what you wrote in the journal. It goes into the dossier.")
        )
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleDescription(
            self.tr("Closes this window without keeping what you wrote.")
            if self._new
            else self.tr("Closes this window without keeping what you changed.")
        )
        name_fields_after_labels(self)


class JournalDialog(CaseListDialog):
    """The journal of `case_id`, kept in the vault through `service`."""

    def __init__(
        self, service: VaultService, case_id: int, case_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._case_id = case_id
        self._case_name = case_name
        self._entries: list[JournalEntry] = []
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        list_for_the_keyboard(self.table)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(self.change_entry)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_entry)
        self.change_button = QPushButton()
        self.change_button.clicked.connect(self.change_entry)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self.remove_entry)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.accept)
        self.status = QLabel()
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.change_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch()
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.retranslate()
        fit_to_screen(self, QSize(760, 520))
        self._update_buttons()
        self.reload()

    # -- reading ----------------------------------------------------------------

    def reader(self) -> Callable[[], list[JournalEntry]]:
        service, case_id = self._service, self._case_id
        return lambda: service.journal(case_id)

    def fill(self, found: list[JournalEntry], select: int | None) -> None:
        self._entries = sorted(
            found, key=lambda e: (event_time.sort_key(e.event(), e.created_at), e.id)
        )
        self.table.setRowCount(len(self._entries))
        for row, entry in enumerate(self._entries):
            for column, text in enumerate(
                (event_text(entry.event()) or self.tr("not known"), entry.text, entry.involved)
            ):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, entry.id)
                self.table.setItem(row, column, cell)
        self.table.resizeRowsToContents()
        for row, entry in enumerate(self._entries):
            if entry.id == select:
                self.table.selectRow(row)
        self._update_buttons()

    def selected(self) -> JournalEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return self._entries[rows[0].row()] if rows else None

    # -- changing -----------------------------------------------------------------

    @Slot()
    def add_entry(self) -> None:
        editor = JournalEntryEditor(None, self)
        exec_then_store(editor, lambda: self._add(editor.values()))

    def _add(self, values: dict[str, Any]) -> None:
        service, case_id = self._service, self._case_id
        event = event_time.EventTime(values["event_at"], values["event_precision"])
        self.save(
            lambda: service.add_journal_entry(
                case_id, values["text"], event=event, involved=values["involved"]
            ),
            self.tr("Written down."),
        )

    @Slot()
    def change_entry(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        editor = JournalEntryEditor(entry, self)
        service = self._service

        def store() -> None:
            values = editor.values()
            self.save(
                lambda: service.update_journal_entry(entry.id, values),
                self.tr("The entry is changed."),
                entry.id,
            )

        exec_then_store(editor, store)

    @Slot()
    def remove_entry(self) -> None:
        entry = self.selected()
        if entry is None or not self.sure_to_remove(
            self.tr("Remove the entry?"),
            self.tr(
                "It leaves the journal and the dossier. The vault's history keeps that it "
                "was written and removed."
            ),
        ):
            return
        service = self._service
        self.save(lambda: service.remove_journal_entry(entry.id), self.tr("The entry is removed."))

    @Slot()
    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.change_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Journal of %1").replace("%1", self._case_name))
        self.intro.setText(
            self.tr(
                "Write down what happened that left no file: a threat by phone, a message that "
                "was deleted, telling a teacher, going to the police. It goes into the dossier, "
                "in the order things happened."
            )
        )
        self.table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("What happened"), self.tr("Who was involved")]
        )
        self.table.setAccessibleName(self.tr("Journal"))
        self.table.setAccessibleDescription(
            self.tr(
                "What you wrote down, in the order things happened. "
                "Choose an entry to change or remove it."
            )
        )
        self.add_button.setText(self.tr("Write down…"))
        self.add_button.setAccessibleDescription(
            self.tr(
                "Opens a form to write down something that happened: when, what, and who "
                "was involved."
            )
        )
        self.change_button.setText(self.tr("Change…"))
        self.change_button.setAccessibleDescription(
            self.tr("Opens the chosen entry, to change it.")
        )
        self.remove_button.setText(self.tr("Remove…"))
        self.remove_button.setAccessibleDescription(
            self.tr(
                "Removes the chosen entry from the journal and the dossier. You are asked first."
            )
        )
        self.close_button.setText(self.tr("Close"))
        self.close_button.setAccessibleDescription(
            self.tr("Closes this window. What you wrote down is kept in the vault.")
        )
