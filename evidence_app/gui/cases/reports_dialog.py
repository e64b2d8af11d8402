"""The reports of a case: to whom, where it stands, what came back, and what is next.

A list (platform, where it stands, sent, ticket, next step) with New, Change,
Answer received, Look again and Remove. Every change goes to the vault in the
background and is audited. "Look again" goes online to the report's addresses,
only when the person says so; a page found gone proposes the status "removed",
and one back online after a removal is marked so by the vault.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable, Generator
from datetime import UTC, datetime
from types import ModuleType
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from evidence_app.domain import event_time, followup
from evidence_app.domain.model import RecheckResult
from evidence_app.domain.report import Answer, Report, ReportCheck, ReportStatus
from evidence_app.gui.cases.case_list_dialog import CaseListDialog
from evidence_app.gui.cases.report_editor import ReportEditor
from evidence_app.gui.cases.report_words import platform_name, status_name, step_text
from evidence_app.gui.common import contrast, tasks
from evidence_app.gui.common.dialog_parts import (
    RowThatWraps,
    fit_to_screen,
    list_for_the_keyboard,
    name_fields_after_labels,
    say,
)
from evidence_app.gui.common.event_time_edit import EventTimeEdit
from evidence_app.gui.common.timefmt import event_text
from evidence_app.gui.common.unsaved import AsksBeforeDropping, exec_then_store
from evidence_app.gui.items.item_source import VaultSource
from evidence_app.vault.service import VaultService

log = logging.getLogger(__name__)


class AnswerEditor(AsksBeforeDropping, QDialog):
    """What the platform answered, when, and where the report stands since."""

    def __init__(self, current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.when = EventTimeEdit()
        self.when.set_value(event_time.from_moment(datetime.now(UTC).astimezone()))  # it just came
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.status = QComboBox()
        self.status.addItem("", "")
        for status in ReportStatus:
            if status != ReportStatus.DRAFT:
                self.status.addItem(status_name(status), status.value)
        self._current = current
        self.form = QFormLayout()
        self.labels = [QLabel(), QLabel(), QLabel()]
        for label, field in zip(self.labels, (self.when, self.text, self.status), strict=True):
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

    def values(self) -> tuple[str, str, str]:
        """(what it said, when as stored, the new status or "")."""
        return (
            self.text.toPlainText().strip(),
            self.when.value().at,
            str(self.status.currentData() or ""),
        )

    @Slot()
    def _missing(self) -> str | None:
        text, _, status = self.values()
        if not text and not status:
            return self.tr("Write what they answered, or choose where it stands.")
        return None

    def _save(self) -> None:
        self._close_unless_missing(self.problem, self.text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("An answer came"))
        for label, text in zip(
            self.labels,
            (
                self.tr("When did it come?"),
                self.tr("What did they say?"),
                self.tr("Where does it stand now?"),
            ),
            strict=True,
        ):
            label.setText(text)
        self.status.setItemText(
            0, self.tr("Unchanged (%1)").replace("%1", status_name(self._current))
        )
        self.save_button.setText(self.tr("Save"))
        self.save_button.setAccessibleDescription(
            self.tr("Keeps the answer with the report in the vault. It goes into the dossier.")
        )
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleDescription(
            self.tr("Closes this window without keeping the answer.")
        )
        name_fields_after_labels(self)


class ReportsDialog(CaseListDialog):
    """The reports of `case_id`, kept in the vault through `service`."""

    def __init__(
        self,
        service: VaultService,
        case_id: int,
        case_name: str,
        parent: QWidget | None = None,
        *,
        language: str = "nl",
        chosen_items: tuple[int, ...] = (),
        select: int | None = None,
        capture: Callable[[str], None] | None = None,
        write_new: bool = False,
    ) -> None:
        super().__init__(parent)
        self._capture = capture
        self._write_new = write_new  # open the editor of a new report once the list is read
        self._service = service
        self._case_id = case_id
        self._case_name = case_name
        self._language = language
        self._chosen_items = chosen_items
        self._reports: list[Report] = []
        self._next: dict[int, followup.Todo] = {}
        self._rechecking = False  # a look at the addresses is under way (`look_again`)
        self.editor: ReportEditor | None = None
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        list_for_the_keyboard(self.table)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self.change_report)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.new_button = QPushButton()
        self.new_button.clicked.connect(self.new_report)
        self.change_button = QPushButton()
        self.change_button.clicked.connect(self.change_report)
        self.answer_button = QPushButton()
        self.answer_button.clicked.connect(self.record_answer)
        self.recheck_button = QPushButton()
        self.recheck_button.clicked.connect(self.look_again)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self.remove_report)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.accept)
        self.status = QLabel()
        self.status.setWordWrap(True)
        writing = QHBoxLayout()
        for button in (self.new_button, self.change_button, self.answer_button):
            writing.addWidget(button)
        writing.addStretch()  # on two lines, the buttons keep their width
        following = QHBoxLayout()
        following.addWidget(self.recheck_button)
        following.addWidget(self.remove_button)
        following.addStretch()
        # With big text on a scaled screen the buttons are wider than the screen: the last
        # two go under the first three then, and Close under them all. Close stays apart
        # from Remove either way.
        report_buttons = QHBoxLayout()
        report_buttons.addWidget(RowThatWraps(writing, following, packed=True))
        closing = QHBoxLayout()
        closing.addStretch()
        closing.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(RowThatWraps(report_buttons, closing))
        self.retranslate()
        fit_to_screen(self, QSize(1000, 520))
        self._update_buttons()
        self.reload(select)

    # -- reading ----------------------------------------------------------------

    def reader(self) -> Callable[[], tuple[list[Report], list[followup.Todo]]]:
        service, case_id = self._service, self._case_id
        return lambda: (service.reports(case_id), service.todo(case_id))

    def fill(self, found: tuple[list[Report], list[followup.Todo]], select: int | None) -> None:
        reports, steps = found
        self._reports = reports
        self._next = {step.report_id: step for step in steps}
        now = datetime.now(UTC)
        self.table.setRowCount(len(reports))
        for row, report in enumerate(reports):
            step = self._next.get(report.id)
            next_text = ""
            if step is not None:
                next_text = step_text(step.step)
                if not step.is_due(now):
                    next_text = (
                        self.tr("From %1: %2")
                        .replace("%1", _day(step.due))
                        .replace("%2", next_text)
                    )
            for column, text in enumerate(
                (
                    platform_name(report.platform),
                    status_name(report.status),
                    event_text(report.sent()) or "—",
                    report.ticket or "—",
                    next_text,
                )
            ):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, report.id)
                self.table.setItem(row, column, cell)
            if report.id == select:
                self.table.selectRow(row)
        self.table.resizeRowsToContents()
        self._update_buttons()
        if self._write_new:
            self._write_new = False
            QTimer.singleShot(0, self.new_report)  # after this read's slot has returned

    def selected(self) -> Report | None:
        rows = self.table.selectionModel().selectedRows()
        return self._reports[rows[0].row()] if rows else None

    def select_report(self, report_id: int) -> None:
        for row, report in enumerate(self._reports):
            if report.id == report_id:
                self.table.selectRow(row)

    # -- changing -----------------------------------------------------------------

    @Slot()
    def new_report(self) -> None:
        editor = ReportEditor(
            None,
            VaultSource(self._service, self),
            self._case_id,
            self,
            chosen_items=self._chosen_items,
            language=self._language,
        )
        self.editor = editor
        service, case_id = self._service, self._case_id

        def store() -> None:
            values = editor.values()  # a draft until it says it was sent
            platform = values.pop("platform")
            tasks.run_task(
                lambda: service.add_report(case_id, platform, **values),
                lambda report: self.saved(self.tr("The report is saved."), report.id),
                self.failed,
                context=self,
            )

        exec_then_store(editor, store)

    @Slot()
    def change_report(self) -> None:
        report = self.selected()
        if report is None:
            return
        editor = ReportEditor(
            report,
            VaultSource(self._service, self),
            self._case_id,
            self,
            language=self._language,
        )
        self.editor = editor
        service = self._service

        def store() -> None:
            values = editor.values()
            self.save(
                lambda: service.update_report(report.id, values),
                self.tr("The report is changed."),
                report.id,
            )

        exec_then_store(editor, store)

    @Slot()
    def record_answer(self) -> None:
        report = self.selected()
        if report is None:
            return
        editor = AnswerEditor(report.status, self)
        service = self._service

        def store() -> None:
            text, when, status = editor.values()

            def write_down() -> Answer:
                return service.add_answer(report.id, text, answered_at=when, status=status)

            self.save(write_down, self.tr("The answer is saved."), report.id)

        exec_then_store(editor, store)

    @Slot()
    def remove_report(self) -> None:
        report = self.selected()
        if report is None or not self.sure_to_remove(
            self.tr("Remove the report?"),
            self.tr(
                "It leaves the list and the dossier. The vault's history keeps that it was "
                "written and removed."
            ),
        ):
            return
        service = self._service
        self.save(lambda: service.remove_report(report.id), self.tr("The report is removed."))

    @Slot()
    def look_again(self) -> None:
        """Load each address of the report again (online, on the person's word)."""
        report = self.selected()
        if report is None or not report.urls or self._rechecking:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Look again online?"),
            self.tr(
                "The app will visit the %n address(es) of this report to see whether they are "
                "still online. The sites can see that someone visited. Go on?",
                "",
                len(report.urls),
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,  # the sites see a visit: not on Enter alone
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        from evidence_app.capture.web import recheck  # QtWebEngine: load late

        self._rechecking = True  # one round at a time (`_update_buttons`)
        self._update_buttons()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        tasks.run_in_turn(self._look_again(report, recheck), context=self, on_error=self.failed)

    def _look_again(
        self, report: Report, recheck: ModuleType
    ) -> Generator[Callable[[], Any], Any, None]:
        """Each address: what the vault knows of it (a task), the page loaded (here, on the
        GUI thread), what was seen stored with the report (a task); then the questions."""
        service = self._service
        found: list[ReportCheck] = []
        try:
            try:
                for url in report.urls:
                    prepared = yield functools.partial(
                        recheck.prepare_address, service, report.id, url
                    )
                    seen = recheck.look_again(prepared)
                    if service.locked or not shiboken6.isValid(self):
                        return  # locked while the page loaded: nothing more is recorded
                    check = yield functools.partial(
                        recheck.record_for_report, service, report.id, prepared, seen
                    )
                    found.append(check)
                now = yield functools.partial(service.report, report.id)
            finally:
                QGuiApplication.restoreOverrideCursor()
                if shiboken6.isValid(self):
                    self._rechecking = False
                    self._update_buttons()
        except Exception as exc:
            if service.locked:
                return  # the window closes with the lock: nothing to say
            log.warning("re-check failed: %s", type(exc).__name__)
            say(self.status, self.tr("The addresses could not be checked."), urgent=True)
            return
        gone = all(check.result == RecheckResult.REMOVED for check in found)
        online = [
            c.url for c in found if c.result in (RecheckResult.PRESENT, RecheckResult.CHANGED)
        ]
        marked = now.status == ReportStatus.BACK_ONLINE
        if online and report.status == ReportStatus.REMOVED and not marked:
            # A page that answers may only say "this content isn't available": the person
            # looks, and says whether it is back.
            back = QMessageBox.question(
                self,
                self.tr("It answers again"),
                self.tr(
                    "%1 answers again. If what you reported is back online, mark the report "
                    "as online again?"
                ).replace("%1", online[0]),
            )
            if back == QMessageBox.StandardButton.Yes:
                yield lambda: service.update_report(report.id, {"status": ReportStatus.BACK_ONLINE})
                self.saved(self.tr("The report is marked as online again."), report.id)
        if online and self._capture is not None:
            again = QMessageBox.question(
                self,
                self.tr("It is still online"),
                self.tr(
                    "%1 is still online. Capture it again now, with today’s date and time?"
                ).replace("%1", online[0]),
            )
            if again == QMessageBox.StandardButton.Yes:
                self._capture(online[0])
        self.saved(self.tr("Looked again: %1.").replace("%1", _results(found)), report.id)
        if gone and report.status not in (ReportStatus.REMOVED, ReportStatus.DRAFT):
            mark = QMessageBox.question(
                self,
                self.tr("It is gone"),
                self.tr("Every address of this report is gone. Mark the report as removed?"),
            )
            if mark == QMessageBox.StandardButton.Yes:
                self.save(
                    lambda: service.update_report(report.id, {"status": ReportStatus.REMOVED}),
                    self.tr("The report is marked as removed."),
                    report.id,
                )

    @Slot()
    def _update_buttons(self) -> None:
        report = self.selected()
        for button in (self.change_button, self.answer_button, self.remove_button):
            button.setEnabled(report is not None)
        self.recheck_button.setEnabled(
            report is not None and bool(report.urls) and not self._rechecking
        )

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Reports of %1").replace("%1", self._case_name))
        self.intro.setText(
            self.tr(
                "Report what you captured to the platform and ask for it to be removed. Keep "
                "here what you sent, the ticket number and every answer: it goes into the "
                "dossier. The app sends nothing itself."
            )
        )
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Platform"),
                self.tr("Where it stands"),
                self.tr("Sent"),
                self.tr("Ticket"),
                self.tr("Next step"),
            ]
        )
        self.table.setAccessibleName(self.tr("Reports"))
        self.table.setAccessibleDescription(
            self.tr("Choose a report here, then use the buttons below the list.")
        )
        self.new_button.setText(self.tr("New report…"))
        self.new_button.setAccessibleDescription(
            self.tr(
                "Opens a form to write down a report to a platform: where, how and when "
                "you reported it."
            )
        )
        self.change_button.setText(self.tr("Change…"))
        self.change_button.setAccessibleDescription(
            self.tr("Opens the chosen report, to change it.")
        )
        self.answer_button.setText(self.tr("An answer came…"))
        self.answer_button.setAccessibleDescription(
            self.tr(
                "Opens a form to write down the platform's answer to the chosen report, and "
                "where it stands now."
            )
        )
        self.recheck_button.setText(self.tr("Look again online…"))
        self.recheck_button.setAccessibleDescription(
            self.tr(
                "Visits the addresses of the chosen report again, to see whether they are still "
                "online. You are asked first."
            )
        )
        self.remove_button.setText(self.tr("Remove…"))
        self.remove_button.setAccessibleDescription(
            self.tr("Removes the chosen report from the list and the dossier. You are asked first.")
        )
        self.close_button.setText(self.tr("Close"))
        self.close_button.setAccessibleDescription(
            self.tr("Closes this window. What you wrote down is kept in the vault.")
        )


def _results(checks: list[ReportCheck]) -> str:
    from PySide6.QtCore import QCoreApplication

    words = {
        RecheckResult.PRESENT: QCoreApplication.translate("ReportsDialog", "still online"),
        RecheckResult.CHANGED: QCoreApplication.translate("ReportsDialog", "online, changed"),
        RecheckResult.REMOVED: QCoreApplication.translate("ReportsDialog", "gone"),
        RecheckResult.UNREACHABLE: QCoreApplication.translate("ReportsDialog", "not reachable"),
    }
    return ", ".join(words.get(c.result, c.result) for c in checks)  # type: ignore[call-overload]


def _day(moment: datetime) -> str:
    """A day in the window's language ("16 November 2024"), in this computer's zone."""
    return event_text(event_time.parse(moment.astimezone().date().isoformat()))
