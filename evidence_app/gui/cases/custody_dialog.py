"""Hand-overs of the evidence: each time a copy was given to someone (the police, a
lawyer, a school), when, and under which reference. They go into the dossier, in the
order they happened; each is in the audit chain (`domain.custody`)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

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
from evidence_app.domain.custody import CustodyEntry
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


class CustodyEditor(AsksBeforeDropping, QDialog):
    """Write down one hand-over; `values()` once accepted."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.given_to = QLineEdit()
        self.when = EventTimeEdit()
        self.when.set_value(event_time.from_moment(datetime.now(UTC).astimezone()))
        self.reference = QLineEdit()
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.form = QFormLayout()
        # A field goes under its label where the two do not fit side by side (big text on
        # a small screen, a long language).
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.labels = [QLabel() for _ in range(4)]
        for label, field in zip(
            self.labels, (self.given_to, self.when, self.reference, self.note), strict=True
        ):
            self.form.addRow(label, field)
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
        self.retranslate()
        fit_to_screen(self, QSize(620, 400))

    def _kept_state(self) -> object:
        return self.values()

    def values(self) -> tuple[str, str, str, str]:
        """(to whom, when as stored, the reference, the note)."""
        return (
            self.given_to.text().strip(),
            self.when.value().at,
            self.reference.text().strip(),
            self.note.toPlainText().strip(),
        )

    @Slot()
    def _missing(self) -> str | None:
        if not self.given_to.text().strip():
            return self.tr("Say to whom you gave a copy.")
        return None

    def _save(self) -> None:
        self._close_unless_missing(self.problem, self.given_to)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("A copy was given"))
        for label, text in zip(
            self.labels,
            (
                self.tr("To whom?"),
                self.tr("When?"),
                self.tr("Reference (for example the police report number)"),
                self.tr("What did you give?"),
            ),
            strict=True,
        ):
            label.setText(text)
        self.given_to.setPlaceholderText(
            self.tr("For example: the police in Ghent, inspector Claes")
        )
        set_hint(self.note, self.tr("For example: the whole dossier, on a USB stick"))
        self.save_button.setText(self.tr("Save"))
        self.save_button.setAccessibleDescription(
            self.tr("Keeps the hand-over in the vault. It goes into the dossier.")
        )
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleDescription(
            self.tr("Closes this window without keeping the hand-over.")
        )
        name_fields_after_labels(self)


class CustodyDialog(CaseListDialog):
    """The hand-overs of `case_id`."""

    def __init__(
        self, service: VaultService, case_id: int, case_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._case_id = case_id
        self._case_name = case_name
        self._entries: list[CustodyEntry] = []
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        list_for_the_keyboard(self.table)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_entry)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self.remove_entry)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.accept)
        self.status = QLabel()
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch()
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.retranslate()
        fit_to_screen(self, QSize(760, 440))
        self._update_buttons()
        self.reload()

    def reader(self) -> Callable[[], list[CustodyEntry]]:
        service, case_id = self._service, self._case_id
        return lambda: service.custody(case_id)

    def fill(self, found: list[CustodyEntry], select: int | None) -> None:
        self._entries = sorted(
            found, key=lambda e: (event_time.sort_key(e.when(), e.created_at), e.id)
        )
        self.table.setRowCount(len(self._entries))
        for row, entry in enumerate(self._entries):
            for column, text in enumerate(
                (event_text(entry.when()), entry.given_to, entry.reference or "—")
            ):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, entry.id)
                self.table.setItem(row, column, cell)
            if entry.id == select:
                self.table.selectRow(row)
        self._update_buttons()

    def selected(self) -> CustodyEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return self._entries[rows[0].row()] if rows else None

    @Slot()
    def add_entry(self) -> None:
        editor = CustodyEditor(self)
        service, case_id = self._service, self._case_id

        def store() -> None:
            given_to, at, reference, note = editor.values()
            self.save(
                lambda: service.add_custody(
                    case_id, given_to, at=at, reference=reference, note=note
                ),
                self.tr("Written down."),
            )

        exec_then_store(editor, store)

    @Slot()
    def remove_entry(self) -> None:
        entry = self.selected()
        if entry is None or not self.sure_to_remove(
            self.tr("Remove the hand-over?"),
            self.tr(
                "It leaves the list and the dossier. The vault's history keeps that it was "
                "written and removed."
            ),
        ):
            return
        service = self._service
        self.save(lambda: service.remove_custody(entry.id), self.tr("The hand-over is removed."))

    @Slot()
    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self.selected() is not None)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Hand-overs of %1").replace("%1", self._case_name))
        self.intro.setText(
            self.tr(
                "Write down each time you gave a copy of your evidence to someone: the police, "
                "a lawyer, a school. The dossier shows it, so that everyone can see where the "
                "evidence went."
            )
        )
        self.table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("To whom"), self.tr("Reference")]
        )
        self.table.setAccessibleName(self.tr("Hand-overs"))
        self.table.setAccessibleDescription(
            self.tr(
                "Each time you gave a copy of your evidence to someone. Choose one to remove it."
            )
        )
        self.add_button.setText(self.tr("A copy was given…"))
        self.add_button.setAccessibleDescription(
            self.tr(
                "Opens a form to write down that you gave a copy of your evidence to "
                "someone, and when."
            )
        )
        self.remove_button.setText(self.tr("Remove…"))
        self.remove_button.setAccessibleDescription(
            self.tr(
                "Removes the chosen hand-over from the list and the dossier. You are asked first."
            )
        )
        self.close_button.setText(self.tr("Close"))
        self.close_button.setAccessibleDescription(
            self.tr("Closes this window. What you wrote down is kept in the vault.")
        )
