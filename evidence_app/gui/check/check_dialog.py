"""Check the vault: everything in it read again and verified, with progress.

The check (`VaultBase.check_report`) reads on connections of its own and on a
thread of its own (`tasks.run_task(..., apart=True)`), so the person can go on
using the app while it runs; this window is not modal. It says in plain words
what was found and what to do; the findings themselves (in English, as the
command line gives them) are below, for whoever helps.

Stop ends the check; so does locking the vault (the vault stops the check, and the
window is closed with the others and deleted: nothing it showed stays).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from evidence_app.domain.errors import CheckStopped
from evidence_app.gui.common import contrast, messages, tasks
from evidence_app.gui.common.announce import announce
from evidence_app.gui.common.dialog_parts import fit_to_screen, plain_size, status_label
from evidence_app.vault.integrity import CheckReport
from evidence_app.vault.service import VaultService

STEPS = 1000  # the bar's range: sizes in bytes do not fit in its int


class CheckDialog(QDialog):
    """Checks `service` as soon as it is shown; Stop, then Close."""

    def __init__(self, service: VaultService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("check_dialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setMinimumWidth(520)
        self._service = service
        self._task: tasks.TaskHandle | None = None
        self._running = False
        self._done = (0, 0)
        self._outcome: CheckReport | BaseException | None = None
        self._stopping = False

        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.status = status_label()
        self.details_label = QLabel()
        self.details_label.setWordWrap(True)
        self.details = QPlainTextEdit()
        self.details.setObjectName("check_details")
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.details_label.setBuddy(self.details)
        self.details_label.hide()
        self.details.hide()
        self.stop_button = QPushButton()
        self.stop_button.setObjectName("stop_check")
        self.stop_button.clicked.connect(self._stop)
        self.close_button = QPushButton()
        self.close_button.setObjectName("close_check")
        self.close_button.clicked.connect(self.close)

        self._layout = layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.details_label)
        layout.addWidget(self.details, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.stop_button)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self.retranslate()

    def start(self) -> None:
        """Check the vault now (again, when a check was done before)."""
        self._running, self._stopping, self._outcome = True, False, None
        self._done = (0, 0)
        self.stop_button.setEnabled(True)
        self.status.setStyleSheet("")
        self.progress.setRange(0, 0)
        self.progress.show()
        self.details.clear()
        self.details.hide()
        self.details_label.hide()
        service = self._service
        self._task = tasks.TaskHandle()
        tasks.run_task(
            lambda progress: service.check_report(progress),
            self._finished,
            self._failed,
            context=self,
            on_progress=self._advance,
            handle=self._task,
            apart=True,
        )
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Check the vault"))
        self.intro.setText(
            self.tr(
                "Bewijskluis reads everything in your vault again and checks that nothing in "
                "it was changed or damaged: every saved file against its fingerprint, and "
                "the log of every change. You can go on using Bewijskluis meanwhile."
            )
        )
        self.progress.setAccessibleName(self.tr("How far the check got"))
        self.details_label.setText(
            self.tr("What the check found, for the person who helps you (in English):")
        )
        self.stop_button.setText(self.tr("Stop"))
        self.stop_button.setAccessibleDescription(
            self.tr("Stops the check. Nothing in your vault is changed.")
        )
        self.close_button.setText(self.tr("Close"))
        self.close_button.setAccessibleDescription(
            self.tr("Closes this window. The check changed nothing in your vault.")
        )
        self.stop_button.setVisible(self._running)
        self.close_button.setVisible(not self._running)
        self.status.setText(self._status_text())

    def _status_text(self) -> str:
        if self._running:
            if self._stopping:
                return self.tr("Stopping…")
            done, total = self._done
            if not total:
                return self.tr("Checking…")
            return (
                self.tr("Checked %1 of %2…")
                .replace("%1", plain_size(done))
                .replace("%2", plain_size(total))
            )
        outcome = self._outcome
        if isinstance(outcome, CheckReport):
            return self._found_text(outcome)
        if isinstance(outcome, (tasks.Cancelled, CheckStopped)):
            return self.tr("The check was stopped. Nothing was changed.")
        if isinstance(outcome, BaseException):
            return messages.error_text(outcome)
        return ""

    def _found_text(self, report: CheckReport) -> str:
        if report.damaged:
            return (
                self.tr(
                    "Part of your vault is damaged. %1 of %2 items can still be read whole "
                    "and match their fingerprint. Save them now: export a dossier (it takes "
                    "everything that can be read and names the rest). Then put back a copy "
                    "of your vault if you have one."
                )
                .replace("%1", str(report.intact))
                .replace("%2", str(report.items))
            )
        if report.problems:
            return self.tr(
                "The check found %n problem(s): something in the vault does not match what "
                "Bewijskluis recorded, so it may have been changed outside Bewijskluis. The "
                "check changed nothing. Keep the vault as it is, and show what was found to "
                "someone who helps you or to the police.",
                "",
                len(report.problems),
            )
        return self.tr(
            "Everything is in order: %n item(s) checked. Every saved file matches its "
            "fingerprint, and nothing was changed outside Bewijskluis.",
            "",
            report.items,
        )

    @Slot(int, int)
    def _advance(self, done: int, total: int) -> None:
        self._done = (done, total)
        if total:
            self.progress.setRange(0, STEPS)
            self.progress.setValue(min(STEPS, done * STEPS // total))
        self.status.setText(self._status_text())

    def _finished(self, report: CheckReport) -> None:
        self._end(report)
        if report.problems:
            self.details.setPlainText("\n".join(str(problem) for problem in report.problems))
            self.details.setMinimumHeight(self.fontMetrics().lineSpacing() * 6)
            self.details_label.show()
            self.details.show()
        self.status.setStyleSheet(contrast.error_style() if report.problems else "")
        self._fit()

    def _failed(self, exc: BaseException) -> None:
        self._end(exc)
        stopped = isinstance(exc, (tasks.Cancelled, CheckStopped))
        self.status.setStyleSheet("" if stopped else contrast.error_style())
        self._fit()

    def _fit(self) -> None:
        """As tall as what it now says needs (wrapped words, the findings), within the screen."""
        width = max(self.width(), self.minimumWidth())
        height = self._layout.totalHeightForWidth(width)
        if self.details.isVisible():
            height += self.fontMetrics().lineSpacing() * 6
        fit_to_screen(self, QSize(width, height), for_normal_text=False)  # measured as it is

    def _end(self, outcome: CheckReport | BaseException) -> None:
        self._running, self._task, self._outcome = False, None, outcome
        self.progress.hide()
        self.retranslate()
        self.close_button.setDefault(True)
        self.close_button.setFocus()
        # Said too: the focus on Close says only what Close does, and a long check ends
        # while the person may be elsewhere.
        troubling = isinstance(outcome, BaseException) or bool(outcome.problems or outcome.damaged)
        announce(self.status, self.status.text(), urgent=troubling)

    @Slot()
    def _stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self._stopping = True
            self.stop_button.setEnabled(False)
            self.status.setText(self._status_text())

    def done(self, result: int) -> None:
        """Closed (Escape, the title bar, the vault locking): a check under way stops."""
        self._stop()
        super().done(result)

    @property
    def outcome(self) -> CheckReport | BaseException | None:
        return self._outcome

    @property
    def running(self) -> bool:
        return self._running
