"""The bar above the list: which case is shown, a new case, its name and summary, and the
search in it.

The cases are read in the background; `chosen` says which case to show (None when
there is none), `shown` that the list of cases has arrived (the window then runs
what waited for a case). Names and summaries are changed through the vault, audited.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QToolButton,
    QWidget,
)

from evidence_app.domain.followup import Todo
from evidence_app.domain.model import Case
from evidence_app.gui.cases.custody_dialog import CustodyDialog
from evidence_app.gui.cases.journal_dialog import JournalDialog
from evidence_app.gui.cases.report_rechecker import ReportRechecker
from evidence_app.gui.cases.reports_dialog import ReportsDialog
from evidence_app.gui.cases.summary_dialog import SummaryDialog
from evidence_app.gui.cases.todo_dialog import TodoDialog
from evidence_app.gui.common import discretion, messages, tasks
from evidence_app.gui.common.dialog_parts import RowThatWraps
from evidence_app.gui.common.unsaved import exec_then_store
from evidence_app.gui.guide.guide_dialog import GuideDialog
from evidence_app.gui.guide.messages_dialog import MessagesDialog
from evidence_app.gui.lock.session import VaultSession


class CaseBar(QWidget):
    """The case chooser and the search of the main window.

    Signals:
        chosen(object): the id of the case to show, or None.
        shown(): the list of cases arrived and one is chosen.
        failed(object): a vault action failed (the exception).
        said(str): a sentence for the status bar.
        minors_changed(): the case was said to be about a minor, or no longer.
    """

    chosen = Signal(object)
    shown = Signal()
    minors_changed = Signal()
    failed = Signal(object)
    said = Signal(str)

    def __init__(self, session: VaultSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._cases: list[Case] = []
        self.journal_dialog: JournalDialog | None = None
        self.reports_dialog: ReportsDialog | None = None
        self.todo_dialog: TodoDialog | None = None
        self.custody_dialog: CustodyDialog | None = None
        self.guide_dialog: GuideDialog | None = None
        self.messages_dialog: MessagesDialog | None = None
        # The capture actions a step of the guide offers, and what the window does when a
        # step's button asks for something (`domain.guide.Action`), both given by the window.
        self.capture_actions: Sequence[QAction] = ()
        self.guide_wanted: Callable[[str], None] = lambda action: None
        # The items chosen in the list (a new report is about them) and the window's
        # language (its ready text's), given by the window.
        self.chosen_items: Callable[[], tuple[int, ...]] = tuple
        self.language: Callable[[], str] = lambda: "en"
        self.capture_again: Callable[[str], None] | None = None  # a web capture at an address
        # Whether the person wants the reported addresses looked at again at each unlock.
        self.recheck_at_unlock: Callable[[], bool] = lambda: False
        self.rechecker = ReportRechecker(session, self)
        self.rechecker.finished.connect(self._rechecked)
        self._due = 0
        self._told = False  # what is due was said once since the unlock
        self.label = QLabel()
        self.box = QComboBox()
        self.box.setMinimumWidth(200)
        self.box.currentIndexChanged.connect(self._on_index)
        self.label.setBuddy(self.box)
        self.new_button = QPushButton()
        self.new_button.clicked.connect(self.new_case)
        self.guide_button = QPushButton()
        self.guide_button.setObjectName("next_steps")
        self.guide_button.clicked.connect(self.open_guide)
        self.todo_button = QPushButton()
        self.todo_button.setObjectName("todo")
        self.todo_button.clicked.connect(self.open_todo)
        self.todo_button.hide()  # until a report has a next step
        self.more_button = QToolButton()
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.more_menu = QMenu(self)
        self.guide_action = self.more_menu.addAction("")
        self.guide_action.triggered.connect(self.open_guide)
        self.rename_action = self.more_menu.addAction("")
        self.rename_action.triggered.connect(self.rename_case)
        self.summary_action = self.more_menu.addAction("")
        self.summary_action.triggered.connect(self.edit_summary)
        self.journal_action = self.more_menu.addAction("")
        self.journal_action.triggered.connect(self.open_journal)
        self.reports_action = self.more_menu.addAction("")
        self.reports_action.triggered.connect(lambda: self.open_reports())
        self.todo_action = self.more_menu.addAction("")
        self.todo_action.triggered.connect(self.open_todo)
        self.custody_action = self.more_menu.addAction("")
        self.custody_action.triggered.connect(self.open_custody)
        self.messages_action = self.more_menu.addAction("")
        self.messages_action.triggered.connect(self.open_messages)
        self.more_menu.addSeparator()
        self.minors_action = self.more_menu.addAction("")
        self.minors_action.setCheckable(True)
        self.minors_action.triggered.connect(self._set_minors)
        self.more_menu.aboutToShow.connect(self._show_minors)
        self.more_button.setMenu(self.more_menu)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setObjectName("search")
        # The case and its menu, then its other buttons and the search: on one line, or
        # on two where the window is narrow (a long language, big text, a small screen).
        case = QHBoxLayout()
        case.addWidget(self.label)
        case.addWidget(self.box)
        case.addWidget(self.more_button)
        case.addStretch()  # on a line of their own, at its start
        rest = QHBoxLayout()
        rest.addWidget(self.new_button)
        rest.addWidget(self.guide_button)
        rest.addWidget(self.todo_button)
        rest.addStretch()
        rest.addWidget(self.search, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(RowThatWraps(case, rest, second_grows=True))
        self.retranslate()

    # -- what is shown ----------------------------------------------------------

    def current_case_id(self) -> int | None:
        data = self.box.currentData()
        return int(data) if data is not None else None

    def current_case(self) -> Case | None:
        case_id = self.current_case_id()
        return next((c for c in self._cases if c.id == case_id), None)

    def load(self, select: int | None = None) -> None:
        """Read the cases in the background, then show them (`select` chosen if given)."""
        service = self._session.service()
        if service is None:
            return
        tasks.run_task(
            service.cases_readable,
            lambda cases: self._show(cases, select),
            self.failed.emit,
            context=self,
        )

    def _show(self, cases: list[Case], select: int | None) -> None:
        if not self._session.is_open():  # arrived after a lock: nothing of the vault stays
            return
        self._cases = cases
        self.box.blockSignals(True)
        self.box.clear()
        for case in cases:
            self.box.addItem(case.name, case.id)
        self.box.blockSignals(False)
        index = self.box.findData(select) if select is not None else 0
        self.box.setCurrentIndex(max(index, 0))
        self.chosen.emit(self.current_case_id())
        self.shown.emit()
        self.refresh_todo()

    def refresh_todo(self) -> None:
        """Count what is due about the reports (every case) for the To do button; said
        once after an unlock when something is due."""
        service = self._session.service()
        if service is None:
            return
        case_id = self.current_case_id()  # the To do view shows this case's
        tasks.run_task(
            lambda: service.todo(case_id), self._show_todo, self.failed.emit, context=self
        )

    def _show_todo(self, steps: list[Todo]) -> None:
        if not self._session.is_open():
            return
        now = datetime.now(UTC)
        self._due = sum(1 for step in steps if step.is_due(now))
        self.todo_button.setVisible(bool(steps))
        self._label_todo()
        if self._told:
            return
        self._told = True  # once after each unlock
        if self._due:
            self.said.emit(
                self.tr("%n thing(s) to do about your reports: see To do.", "", self._due)
            )
        if self.recheck_at_unlock():
            self.rechecker.start()

    def _rechecked(self, sentence: str) -> None:
        if sentence and self._session.is_open():
            self.said.emit(sentence)
            self.refresh_todo()

    @Slot(int)
    def _on_index(self, _: int) -> None:
        self.chosen.emit(self.current_case_id())
        self.refresh_todo()

    def clear(self) -> None:
        """Forget every case (the vault locked)."""
        self._due, self._told = 0, False
        self.todo_button.hide()
        self.search.clear()
        self.box.blockSignals(True)
        self.box.clear()
        self.box.blockSignals(False)
        self._cases = []

    # -- changing cases -----------------------------------------------------------

    @Slot()
    def new_case(self) -> None:
        if not self._session.is_open():
            return
        name, ok = QInputDialog.getText(self, self.tr("New case"), self.tr("Name of the new case:"))
        service = self._session.service()  # the vault may have locked while the question was up
        if not ok or not name.strip() or service is None:
            return
        tasks.run_task(
            lambda: service.create_case(name.strip()),
            lambda case: self.load(select=case.id),
            self.failed.emit,
            context=self,
        )

    @Slot()
    def rename_case(self) -> None:
        case = self.current_case()
        if case is None:
            return
        name, ok = QInputDialog.getText(
            self, self.tr("Rename the case"), self.tr("New name of the case:"), text=case.name
        )
        service = self._session.service()
        if not ok or not name.strip() or name.strip() == case.name or service is None:
            return
        tasks.run_task(
            lambda: service.rename_case(case.id, name),
            lambda renamed: self.load(select=renamed.id),
            self.failed.emit,
            context=self,
        )

    @Slot()
    def edit_summary(self) -> None:
        case = self.current_case()
        if case is None:
            return
        dialog = SummaryDialog(case.name, case.summary, self.window())

        def store() -> None:
            text, service = dialog.text(), self._session.service()
            if service is None:  # the vault locked meanwhile
                return
            tasks.run_task(
                lambda: service.set_case_summary(case.id, text),
                self._summary_saved,
                self.failed.emit,
                context=self,
            )

        exec_then_store(dialog, store)

    @Slot()
    def open_journal(self) -> None:
        case, service = self.current_case(), self._session.service()
        if case is None or service is None:
            return
        dialog = JournalDialog(service, case.id, case.name, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.journal_dialog = dialog
        dialog.open()

    @Slot()
    def open_guide(self) -> None:
        case, service = self.current_case(), self._session.service()
        if case is None or service is None:
            return
        dialog = GuideDialog(
            service, case.id, case.name, self.window(), capture=self.capture_actions
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.wanted.connect(self.guide_wanted)
        self.guide_dialog = dialog
        dialog.open()

    @Slot()
    def open_reports(self, select: int | None = None, *, write_new: bool = False) -> None:
        case, service = self.current_case(), self._session.service()
        if case is None or service is None:
            return
        dialog = ReportsDialog(
            service,
            case.id,
            case.name,
            self.window(),
            language=self.language(),
            chosen_items=self.chosen_items(),
            select=select,
            capture=self.capture_again,
            write_new=write_new,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _: self.refresh_todo())
        self.reports_dialog = dialog
        dialog.open()

    def _show_minors(self) -> None:
        case, service = self.current_case(), self._session.service()
        if case is None or service is None:
            return
        try:
            self.minors_action.setChecked(service.minors(case.id))
            # Said for the whole vault (About you): not undone for one case.
            self.minors_action.setEnabled(not service.profile().minors)
        except messages.EXPECTED_ERRORS as exc:
            self.failed.emit(exc)

    def _set_minors(self, on: bool) -> None:
        case, service = self.current_case(), self._session.service()
        if case is None or service is None:
            return
        if not on:
            answer = QMessageBox.question(
                self.window(),
                discretion.window_name(),
                self.tr(
                    "Keep pictures of this case again? Only do this if the pictures do not "
                    "show anyone under 18."
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                self.minors_action.setChecked(True)
                return

        def kept(_: object) -> None:
            self.said.emit(
                self.tr("Only words are kept of this case’s pictures from now on.")
                if on
                else self.tr("Pictures of this case can be kept again.")
            )
            self.minors_changed.emit()

        tasks.run_task(
            lambda: service.choose("minors", "yes" if on else "no", case_id=case.id),
            kept,
            self.failed.emit,
            context=self,
        )

    @Slot()
    def open_messages(self) -> None:
        case, service = self.current_case(), self._session.service()
        if case is None or service is None:
            return
        dialog = MessagesDialog(
            service, case.id, case.name, self.window(), language=self.language()
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.messages_dialog = dialog
        dialog.open()

    @Slot()
    def open_custody(self) -> None:
        case, service = self.current_case(), self._session.service()
        if case is None or service is None:
            return
        dialog = CustodyDialog(service, case.id, case.name, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.custody_dialog = dialog
        dialog.open()

    @Slot()
    def open_todo(self) -> None:
        case, service = self.current_case(), self._session.service()
        if case is None or service is None:
            return
        dialog = TodoDialog(service, case.id, case.name, self.window())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open_report.connect(self._open_from_todo)
        self.todo_dialog = dialog
        dialog.open()

    def _open_from_todo(self, report_id: int) -> None:
        if self.todo_dialog is not None:
            self.todo_dialog.accept()
        self.open_reports(select=report_id)

    def _summary_saved(self, case: Case) -> None:
        self._cases = [case if c.id == case.id else c for c in self._cases]
        self.said.emit(self.tr("The summary is saved."))

    # -- words --------------------------------------------------------------------

    def _label_todo(self) -> None:
        if self._due:
            self.todo_button.setText(self.tr("To do (%1)").replace("%1", str(self._due)))
        else:
            self.todo_button.setText(self.tr("To do"))
        self.todo_button.setAccessibleName(self.todo_button.text())
        self.todo_button.setAccessibleDescription(
            self.tr("What is next for your reports, the soonest first.")
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.label.setText(self.tr("Case:"))
        self.new_button.setText(self.tr("New case…"))
        self.more_button.setText(self.tr("This case"))
        self.more_button.setAccessibleName(self.tr("This case"))
        self.more_button.setAccessibleDescription(
            self.tr(
                "Opens a menu with everything about this case: its summary, journal, reports, "
                "hand-overs and ready texts."
            )
        )
        self.new_button.setAccessibleDescription(
            self.tr(
                "Starts a new case, for something else that happened. "
                "Each case keeps its own items."
            )
        )
        self.guide_button.setText(self.tr("Next steps"))
        self.guide_button.setToolTip(self.tr("What you can do now, step by step"))
        self.guide_action.setText(self.tr("Next steps…"))
        self.rename_action.setText(self.tr("Rename…"))
        self.summary_action.setText(self.tr("Summary in your own words…"))
        self.journal_action.setText(self.tr("Journal: what happened without a file…"))
        self.reports_action.setText(self.tr("Reports to platforms…"))
        self.todo_action.setText(self.tr("To do…"))
        self.custody_action.setText(self.tr("Hand-overs: who got a copy…"))
        self.messages_action.setText(self.tr("Ready texts to others…"))
        self.minors_action.setText(self.tr("The pictures show someone under 18"))
        self._label_todo()
        self.search.setPlaceholderText(self.tr("Search in this case…"))
        self.search.setAccessibleName(self.tr("Search in this case"))
        self.search.setAccessibleDescription(
            self.tr("The list shows only the items in which these words appear.")
        )
