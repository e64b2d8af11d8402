"""To do: what is due about the reports of a case, the soonest first.

Computed when it is shown (nothing runs while the app is closed): drafts not sent,
reminders 2 and 7 days after a report without an answer, information asked for,
re-checks after a removal, the 6 months to contest a refusal, content back online.
"Open" shows the report in the list of reports.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QEvent, QSize, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from evidence_app.domain import event_time
from evidence_app.domain.followup import Todo
from evidence_app.domain.report import Report
from evidence_app.gui.cases.report_words import platform_name, step_text
from evidence_app.gui.common import messages, tasks
from evidence_app.gui.common.dialog_parts import fit_to_screen, list_for_the_keyboard
from evidence_app.gui.common.timefmt import event_text
from evidence_app.vault.service import VaultService


class TodoDialog(QDialog):
    """What is due about the reports of `case_id`.

    Signals:
        open_report(int): the person wants to see this report.
    """

    open_report = Signal(int)

    def __init__(
        self, service: VaultService, case_id: int, case_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._case_id = case_id
        self._case_name = case_name
        self._steps: list[Todo] = []
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
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._open)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self._open)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addStretch()
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        self.retranslate()
        fit_to_screen(self, QSize(820, 440))
        self._update_buttons()
        self.reload()

    def reload(self) -> None:
        service, case_id = self._service, self._case_id

        def read() -> tuple[list[Todo], list[Report]]:
            return service.todo(case_id), service.reports(case_id)

        tasks.run_task(read, lambda found: self._show(*found), self._failed, context=self)

    def _show(self, steps: list[Todo], reports: list[Report]) -> None:
        now = datetime.now(UTC)
        names = {r.id: platform_name(r.platform) for r in reports}
        self._steps = steps
        self.table.setRowCount(len(steps))
        for row, step in enumerate(steps):
            due = _day(step.due)
            when = self.tr("Now (since %1)") if step.is_due(now) else self.tr("From %1")
            what = step_text(step.step)
            if step.until is not None:
                what += " " + self.tr("Until %1.").replace("%1", _day(step.until))
            for column, text in enumerate(
                (when.replace("%1", due), names.get(step.report_id, ""), what)
            ):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, step.report_id)
                self.table.setItem(row, column, cell)
        self.table.resizeRowsToContents()
        self.empty.setVisible(not steps)
        self._update_buttons()

    def due_count(self) -> int:
        now = datetime.now(UTC)
        return sum(1 for step in self._steps if step.is_due(now))

    @Slot()
    def _open(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.open_report.emit(self._steps[rows[0].row()].report_id)

    def _failed(self, exc: BaseException) -> None:
        if not isinstance(exc, messages.EXPECTED_ERRORS):
            raise exc
        self.empty.setVisible(True)
        self.empty.setText(messages.error_text(exc))

    @Slot()
    def _update_buttons(self) -> None:
        self.open_button.setEnabled(bool(self.table.selectionModel().selectedRows()))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("To do: %1").replace("%1", self._case_name))
        self.intro.setText(
            self.tr(
                "What is next for your reports, the soonest first. Take your time: do what "
                "you can, when you can."
            )
        )
        self.table.setHorizontalHeaderLabels([self.tr("When"), self.tr("Report"), self.tr("What")])
        self.table.setAccessibleName(self.tr("To do"))
        self.table.setAccessibleDescription(
            self.tr(
                "What is next for your reports, the soonest first. "
                "Choose a line to open its report."
            )
        )
        self.empty.setText(self.tr("Nothing to do about the reports of this case."))
        self.open_button.setText(self.tr("Open the report…"))
        self.open_button.setAccessibleDescription(
            self.tr("Shows the report of the chosen line among your reports.")
        )
        self.close_button.setText(self.tr("Close"))
        self.close_button.setAccessibleDescription(
            self.tr("Closes this window. Your reports stay as they are.")
        )


def _day(moment: datetime) -> str:
    """A day in the window's language ("16 November 2024"), in this computer's zone."""
    return event_text(event_time.parse(moment.astimezone().date().isoformat()))
