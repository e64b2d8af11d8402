"""The capture browser: a small private web browser whose one purpose is to capture pages.

Open it with `CaptureBrowser(service, case_id, parent)` and `show()`. It is a
window of its own that deletes itself when closed; with it go its private
profile, cookies and cache, so the person is logged out of every site.

Signals:
    captured(int): the id of the item just stored (after the vault's commit).

"Capture this page" takes the viewport, the page archive and the full-page
image on the GUI thread (`capture.web.capture.capture_page`; the page keeps
responding while it waits for Chromium to paint), then stores everything
through `gui.common.tasks`, off the GUI thread. `evidence_app.capture.web.engine.prepare()`
must have run before the QApplication was made.
"""

from __future__ import annotations

import logging

import shiboken6
from PySide6.QtCore import QEvent, QSize, Qt, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import QCloseEvent, QFont, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWebEngineCore import QWebEngineLoadingInfo, QWebEnginePage
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from evidence_app.capture.web.capture import StoredCapture, capture_page, store_capture
from evidence_app.capture.web.engine import EvidencePage, private_profile
from evidence_app.capture.web.load import CaptureFailed, LoadRecorder
from evidence_app.domain.errors import BadInput, PictureRefused
from evidence_app.domain.web import validate_url
from evidence_app.gui.common import messages, tasks
from evidence_app.gui.common.dialog_parts import fit_to_screen, say
from evidence_app.gui.common.icons import icon
from evidence_app.vault.service import VaultService

log = logging.getLogger(__name__)


class CaptureBrowser(QMainWindow):
    """A private browser window with a "Capture this page" button (see the module docstring).

    A main window of its own (not a bare widget), so that assistive technologies
    announce it as a window.
    """

    captured = Signal(int)

    def __init__(
        self,
        service: VaultService,
        case_id: int,
        parent: QWidget | None = None,
        *,
        picture_ok: bool = False,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self._picture_ok = picture_ok
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._service = service
        self._case_id = case_id
        self._busy = False
        self._loading = False
        self._close_when_done = False

        self._profile = private_profile(self)
        self._page = EvidencePage(self._profile)
        self._recorder = LoadRecorder(self._page)
        self.view = QWebEngineView(self)
        self.view.setPage(self._page)

        self.back_button = self._tool(QStyle.StandardPixmap.SP_ArrowBack)
        self.forward_button = self._tool(QStyle.StandardPixmap.SP_ArrowForward)
        self.reload_button = self._tool(QStyle.StandardPixmap.SP_BrowserReload)
        self.address = QLineEdit(self)
        self.address.setClearButtonEnabled(True)
        self.capture_button = QPushButton(self)
        self.capture_button.setIcon(icon("capture"))  # a camera: this takes a picture of the page
        self.capture_button.setIconSize(QSize(24, 24))
        self.capture_button.setMinimumSize(240, 48)
        bold = QFont(self.capture_button.font())
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.2)
        self.capture_button.setFont(bold)
        self.capture_button.setEnabled(False)
        self.privacy_note = QLabel(self)
        self.privacy_note.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        bar = QHBoxLayout()
        for button in (self.back_button, self.forward_button, self.reload_button):
            bar.addWidget(button)
        bar.addWidget(self.address, 1)
        bar.addWidget(self.capture_button)
        content = QWidget(self)
        self.setCentralWidget(content)
        layout = QVBoxLayout(content)
        layout.addLayout(bar)
        layout.addWidget(self.privacy_note)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)

        self.back_button.clicked.connect(self.view.back)
        self.forward_button.clicked.connect(self.view.forward)
        self.reload_button.clicked.connect(self.view.reload)
        self.address.returnPressed.connect(self._go)
        self.capture_button.clicked.connect(self.capture)
        self._page.urlChanged.connect(self._url_changed)
        # After the recorder's own connection, so it has taken the news in already.
        self._page.loadingChanged.connect(self._loading_changed)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.view.reload)
        fit_to_screen(self, QSize(1200, 860))
        self.retranslate()
        self._update_buttons()

    def _tool(self, standard: QStyle.StandardPixmap) -> QToolButton:
        button = QToolButton(self)
        button.setIcon(self.style().standardIcon(standard))
        button.setAutoRaise(True)
        return button

    # -- language ------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Capture a web page"))
        # The arrows are icons only: their tooltip is their name.
        for button, name, description in (
            (self.back_button, self.tr("Back"), self.tr("Goes back to the page before.")),
            (self.forward_button, self.tr("Forward"), self.tr("Goes to the next page again.")),
            (self.reload_button, self.tr("Reload"), self.tr("Loads this page again.")),
        ):
            button.setToolTip(name)
            button.setAccessibleName(name)
            button.setAccessibleDescription(description)
        self.address.setPlaceholderText(self.tr("Type or paste the web address"))
        self.address.setAccessibleName(self.tr("Web address"))
        self.address.setAccessibleDescription(
            self.tr("Type or paste the web address, then press Enter to open the page.")
        )
        self.capture_button.setText(self.tr("Capture this page"))
        self.capture_button.setAccessibleDescription(
            self.tr(
                "Keeps the whole page in your vault: a picture of it, a copy of the page and "
                "its web address."
            )
        )
        self.privacy_note.setText(
            self.tr(
                "This browser keeps nothing on disk: you are logged out of every site "
                "when you close this window."
            )
        )
        self._name_the_page()

    def _name_the_page(self) -> None:
        """The page's own name and description, where the keyboard's focus goes in it.

        Chromium's page takes the focus through a widget of its own, made when a page is
        first shown (and again after its process restarts): a screen reader would say
        "filler" of it, with no name. Before that the view itself takes the focus, and Orca
        said nothing at all as Tab went there from the web address."""
        page = self.view.focusProxy()
        if page is None:
            self.view.setAccessibleName(self.tr("The web page"))
            self.view.setAccessibleDescription(
                self.tr("Nothing is open yet: type a web address above and press Enter.")
            )
            return
        described = self.tr("The page as the site shows it. Tab goes through its links, then on.")
        for part in (self.view, page):  # the view's words from before a page was shown go
            part.setAccessibleName(self.tr("The web page"))
            part.setAccessibleDescription(described)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Chromium makes the page's own widget as the window first shows, empty.
        QTimer.singleShot(0, self, self._name_the_page)

    # -- browsing ------------------------------------------------------------

    def open_url(self, text: str) -> bool:
        """Load `text` (`https://` is added when there is no scheme); False if not a web address."""
        try:
            url = validate_url(text)
        except BadInput:
            self._say(
                self.tr("Only web addresses (http or https) can be opened here."), urgent=True
            )
            return False
        if not url:
            return False
        self.address.setText(url)
        self._say("")
        self._page.load(QUrl(url))
        return True

    @Slot()
    def _go(self) -> None:
        self.open_url(self.address.text())

    @Slot(QUrl)
    def _url_changed(self, url: QUrl) -> None:
        if not self.address.isModified():  # the person is not typing a new one
            self.address.setText(url.toString())

    @Slot(QWebEngineLoadingInfo)
    def _loading_changed(self, info: QWebEngineLoadingInfo) -> None:
        # A 404 "fails" too, yet shows the site's page: the recorder tells them apart.
        self._loading = info.status() == QWebEngineLoadingInfo.LoadStatus.LoadStartedStatus
        self._name_the_page()
        if self._loading:
            self._update_buttons()
            return
        loaded = self._recorder.result()
        if loaded.unreachable:
            self._say(
                self.tr("This address could not be reached ({0}).").replace("{0}", loaded.error),
                urgent=True,
            )
        elif loaded.http_status is not None and loaded.http_status >= 400:
            self._say(
                self.tr(
                    "The site answered with status {0}: you can still capture what it shows."
                ).replace("{0}", str(loaded.http_status))
            )
        elif (  # not after Stop or a new address, nor for a page that loads as it is captured
            info.status() == QWebEngineLoadingInfo.LoadStatus.LoadSucceededStatus and not self._busy
        ):
            self._say(self.tr("The page is open. “Capture this page” keeps it in your vault."))
        self._update_buttons()

    def _update_buttons(self) -> None:
        history = self._page.history()
        idle = not self._busy
        self.back_button.setEnabled(idle and history.canGoBack())
        self.forward_button.setEnabled(idle and history.canGoForward())
        self.reload_button.setEnabled(idle and not self._page.url().isEmpty())
        self.address.setEnabled(idle)
        ready = self._recorder.finished and not self._loading
        # Not disabled while a capture runs (`capture` ignores a second press): Qt would move
        # the keyboard's focus into the page, where a key could scroll what is captured,
        # and leave it there after "Captured and saved".
        self.capture_button.setEnabled(
            self._busy or (ready and not self._recorder.result().unreachable)
        )

    def _say(self, text: str, *, urgent: bool = False) -> None:
        """Show `text` under the page, and have screen readers say it: a person who cannot
        see the window heard nothing after "Capture this page" (`urgent`: what went wrong,
        said at once)."""
        say(self.status, text, urgent=urgent)

    # -- capturing -----------------------------------------------------------

    @Slot()
    def capture(self) -> None:
        """Capture the page shown and store it; `captured` is emitted once it is saved."""
        if self._busy:
            return
        self._busy = True
        self._update_buttons()
        self._say(self.tr("Capturing the whole page…"))
        try:
            taken = capture_page(self.view, self._page, self._recorder.result())
        except CaptureFailed as exc:
            self._busy = False
            self._say(self._failure_text(exc), urgent=True)
            self._finish()
            return
        except BaseException:  # a bug: the window must not stay busy, unable to close
            self._busy = False
            self._update_buttons()
            raise
        self._say(self.tr("Saving in the vault…"))
        service, case_id, ok = self._service, self._case_id, self._picture_ok
        tasks.run_task(
            lambda: store_capture(service, case_id, taken, picture_ok=ok),
            self._stored,
            self._store_failed,
            context=self,
        )

    def _failure_text(self, exc: CaptureFailed) -> str:
        if exc.reason == CaptureFailed.UNREACHABLE:
            return self.tr("This address could not be reached, so there is nothing to capture.")
        return self.tr("The page could not be captured. Nothing was stored; please try again.")

    def _stored(self, stored: object) -> None:
        assert isinstance(stored, StoredCapture)
        self._busy = False
        item = stored.item
        text = self.tr("Captured and saved as item {0}.").replace("{0}", str(item.id))
        if item.http_status is not None and item.http_status >= 400:
            text += " " + self.tr("It is marked with the site's status {0}.").replace(
                "{0}", str(item.http_status)
            )
        if stored.truncated:
            text += " " + self.tr("The page is very long: the image stops part way down.")
        self._say(text)
        self.captured.emit(item.id)
        self._finish()

    def _store_failed(self, exc: BaseException) -> None:
        log.error("storing a web capture failed: %s", type(exc).__name__)
        self._busy = False
        if isinstance(exc, PictureRefused):
            self._say(messages.error_text(exc), urgent=True)
        else:
            self._say(
                self.tr("The capture could not be saved in the vault. Nothing was stored."),
                urgent=True,
            )
        self._finish()

    def _finish(self) -> None:
        if self._close_when_done:
            self.close()
            return
        self._update_buttons()

    # -- closing -------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._busy:
            # The page is lent to the capture; closing now would pull it away mid-grab.
            self._close_when_done = True
            event.ignore()
            return
        self._page.triggerAction(QWebEnginePage.WebAction.Stop)
        # The page must go before its profile (Qt warns otherwise); the profile takes
        # the session's cookies and cache with it.
        self.view.setPage(None)  # type: ignore[arg-type]
        if shiboken6.isValid(self._page):
            shiboken6.delete(self._page)
        super().closeEvent(event)
