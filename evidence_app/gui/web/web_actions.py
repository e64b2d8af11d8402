"""The main window's web actions: the capture browser windows and "Is it still online?".

Each "Web page…" opens a private capture browser (see `gui.web.capture_browser`)
for the current case; its captures come back through `captured`. "Is it still
online?" loads the current item's address again and records what was found
(`capture.web.recheck`). Locking the vault closes every browser, which also
logs the person out of whatever they logged in to.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from evidence_app.domain.model import Item, Recheck, RecheckResult
from evidence_app.gui.common import tasks
from evidence_app.vault.service import VaultService

log = logging.getLogger(__name__)


class WebActions(QObject):
    """Opens capture browsers and re-checks addresses for the main window.

    Signals:
        captured(item_id): a browser stored a web page as a new item.
        rechecked(message): a re-check finished; `message` says what was found.
    """

    captured = Signal(int)
    rechecked = Signal(str)

    def __init__(
        self,
        parent: QWidget,
        service: Callable[[], VaultService | None],
        current_item: Callable[[], Item | None],
    ) -> None:
        super().__init__(parent)
        self._window = parent
        self._service = service
        self._current_item = current_item
        self.browsers: list[QWidget] = []

    def open_browser(
        self, service: VaultService, case_id: int, url: str = "", *, picture_ok: bool = False
    ) -> None:
        """A new capture browser whose captures go into `case_id` (at `url` if given);
        `picture_ok`: the person chose twice to keep pictures of a case about a minor."""
        from evidence_app.gui.web.capture_browser import CaptureBrowser  # QtWebEngine: load late

        browser = CaptureBrowser(service, case_id, None, picture_ok=picture_ok)
        if url:
            browser.open_url(url)
        browser.captured.connect(self.captured)
        browser.destroyed.connect(lambda: self._forget(browser))
        self.browsers.append(browser)
        browser.show()

    def _forget(self, browser: QWidget) -> None:
        if browser in self.browsers:
            self.browsers.remove(browser)

    def close_all(self) -> None:
        """Close every capture browser (on lock): their sessions end with them."""
        for browser in list(self.browsers):
            browser.hide()  # at once, also when a capture under way makes it close later
            browser.close()
        self.browsers.clear()

    def can_recheck(self) -> bool:
        item = self._current_item()
        return item is not None and bool(item.url)

    @Slot()
    def recheck_current(self) -> None:
        """Load the shown item's address again and record what was found: the vault is
        read and written in the background, the page loaded on the GUI thread."""
        from evidence_app.capture.web import recheck  # QtWebEngine: load late

        service, shown = self._service(), self._current_item()
        if service is None or shown is None:
            self.rechecked.emit(self.tr("Choose an item with a web address first."))
            return

        def prepared(found: recheck.Prepared) -> None:
            if not found.url:
                self.rechecked.emit(self.tr("Choose an item with a web address first."))
                return
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                seen = recheck.look_again(found)
            except Exception as exc:
                failed(exc)
                return
            finally:
                QGuiApplication.restoreOverrideCursor()
            tasks.run_task(
                lambda: recheck.record(service, found.item_id, seen),
                lambda result: self.rechecked.emit(self.describe(result)),
                failed,
                context=self,
            )

        def failed(exc: BaseException) -> None:
            log.warning("re-check failed: %s", type(exc).__name__)
            self.rechecked.emit(self.tr("The address could not be checked. Nothing was changed."))

        tasks.run_task(lambda: recheck.prepare(service, shown.id), prepared, failed, context=self)

    def describe(self, result: Recheck) -> str:
        """One sentence for a re-check result, for the status bar."""
        texts: dict[str, str] = {
            RecheckResult.PRESENT: self.tr(
                "Still online, unchanged. This check is saved with the item."
            ),
            RecheckResult.CHANGED: self.tr(
                "Still online, but the page has changed. This check is saved with the item."
            ),
            RecheckResult.REMOVED: self.tr(
                "The page is gone (removed). This check is saved with the item."
            ),
            RecheckResult.UNREACHABLE: self.tr(
                "The site could not be reached. This check is saved with the item."
            ),
        }
        return texts.get(result.result, result.result)
