"""At an unlock, when the person switched it on: look again at every address under a
report that was sent (is it still online?), one after the other.

Going online is the person's choice (Settings > "Look again at reported addresses when
the vault opens"); it is off until then. The pages load on the GUI thread while the
event loop runs, so the window answers meanwhile; what the vault knows of each address is
read, and what was seen is stored, as tasks (`tasks.run_in_turn`). A lock stops the round
at once and records nothing more. Each look is saved with the report
(`vault.report_book`), and one that finds a removed page online again marks the report
"back online".
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Generator
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from evidence_app.domain.model import RecheckResult
from evidence_app.domain.report import ReportStatus
from evidence_app.gui.common import tasks
from evidence_app.gui.lock.session import VaultSession
from evidence_app.vault.service import VaultService

log = logging.getLogger(__name__)


class ReportRechecker(QObject):
    """One round of looks at the reported addresses.

    Signals:
        finished(str): the round ended; a sentence for the status bar ("" if nothing was
            looked at, or the vault locked meanwhile).
    """

    finished = Signal(str)

    def __init__(self, session: VaultSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._pending: list[tuple[int, str]] = []
        self._results: list[str] = []
        self._browser: Any = None
        self.running = False

    def start(self) -> None:
        service = self._session.service()
        if service is None or self.running:
            return
        self.running = True

        def addresses() -> list[tuple[int, str]]:
            return [
                (report.id, url)
                for report in service.reports()
                if report.status != ReportStatus.DRAFT
                for url in report.urls
            ]

        tasks.run_task(addresses, self._queue, self._failed, context=self)

    def _queue(self, pending: list[tuple[int, str]]) -> None:
        self._pending, self._results = pending, []
        QTimer.singleShot(0, self._next)

    def _next(self) -> None:
        service = self._session.service()
        if service is None or not self._pending:
            self._done(locked=service is None)
            return
        report_id, url = self._pending.pop(0)
        tasks.run_in_turn(self._look(service, report_id, url), context=self)

    def _look(
        self, service: VaultService, report_id: int, url: str
    ) -> Generator[Callable[[], Any], Any, None]:
        """One address: what the vault knows of it (a task), the page loaded (here, on the
        GUI thread), what was seen stored with the report (a task); then the next."""
        from evidence_app.capture.web import recheck  # QtWebEngine: load late
        from evidence_app.capture.web.capture import HeadlessBrowser

        try:
            prepared = yield lambda: recheck.prepare_address(service, report_id, url)
            if self._locked_since(service):
                return
            self._browser = self._browser or HeadlessBrowser()
            found = recheck.look_again(prepared, self._browser)
            if self._locked_since(service):  # while the page loaded
                return
            check = yield lambda: recheck.record_for_report(service, report_id, prepared, found)
            self._results.append(check.result)
        except Exception as exc:  # one address that fails does not stop the round
            if self._locked_since(service):
                return
            log.warning("a report's address could not be looked at: %s", type(exc).__name__)
            self._results.append("failed")
        QTimer.singleShot(0, self._next)

    def _locked_since(self, service: VaultService) -> bool:
        """Whether the vault locked since `service` was taken; then the round ends."""
        if self._session.service() is service:
            return False
        self._done(locked=True)
        return True

    def _failed(self, exc: BaseException) -> None:
        log.warning("the reported addresses could not be read: %s", type(exc).__name__)
        self._done(locked=True)

    def _done(self, *, locked: bool) -> None:
        if self._browser is not None:
            self._browser.close()
            self._browser = None
        self.running = False
        self._pending = []
        if locked or not self._results:
            self.finished.emit("")
            return
        gone = self._results.count(RecheckResult.REMOVED)
        online = sum(self._results.count(r) for r in (RecheckResult.PRESENT, RecheckResult.CHANGED))
        rest = len(self._results) - gone - online
        self.finished.emit(
            self.tr(
                "Looked again at the reported addresses: %1 gone, %2 still online, "
                "%3 not reachable."
            )
            .replace("%1", str(gone))
            .replace("%2", str(online))
            .replace("%3", str(rest))
        )
