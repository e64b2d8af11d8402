"""Loading a page and recording what the load showed, plus the small waits the capture needs.

What QtWebEngine tells about a load comes from `QWebEnginePage.loadingChanged`
(`QWebEngineLoadingInfo`, Qt 6.2+): when the server answered, the error domain
is `HttpStatusCodeDomain` and `errorCode()` is the HTTP status, for a success
(200) as for a "not found" (404, whose page the site still sends and Chromium
shows); a connection, DNS or certificate failure has another domain and
`isErrorPage()` (Chromium's own "this site can't be reached" page).

The waits spin a local event loop: the GUI stays responsive, and the caller
(the capture browser, or the headless command) makes sure nothing else
starts a capture meanwhile.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEventLoop, QTimer, QUrl, SignalInstance
from PySide6.QtWebEngineCore import QWebEngineLoadingInfo, QWebEnginePage, QWebEngineScript

from evidence_app.domain.errors import EvidenceError

LOAD_TIMEOUT_MS = 60_000
_WORLD = QWebEngineScript.ScriptWorldId.ApplicationWorld  # the page's own scripts cannot see it


class CaptureFailed(EvidenceError):
    """The page could not be captured: unreachable, timed out, or the view went away."""

    exit_code = 1

    UNREACHABLE = "unreachable"
    TIMEOUT = "timeout"
    CLOSED = "closed"

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail


@dataclass(frozen=True)
class LoadResult:
    """What loading an address gave."""

    requested_url: str  # as asked for (typed, or followed from a link)
    final_url: str  # after redirects
    title: str
    http_status: int | None  # None when no server answered
    succeeded: bool
    error_page: bool  # Chromium's own error page is shown, not the site's
    error: str = ""  # Chromium's error name (net::ERR_...) when it failed

    @property
    def unreachable(self) -> bool:
        """No server answered (refused, no such host, certificate, timeout ...)."""
        return not self.succeeded and self.http_status is None


def wait_ms(msecs: int) -> None:
    """Let events run for `msecs` milliseconds."""
    loop = QEventLoop()
    QTimer.singleShot(msecs, loop.quit)
    loop.exec()


def wait_signal(signal: SignalInstance, timeout_ms: int) -> bool:
    """Wait for one emission of `signal`; False on timeout."""
    loop = QEventLoop()
    fired: list[bool] = []

    def done(*_: Any) -> None:
        fired.append(True)
        loop.quit()

    signal.connect(done)
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(loop.quit)
    timer.start(timeout_ms)
    try:
        if not fired:
            loop.exec()
    finally:
        timer.stop()
        signal.disconnect(done)
    return bool(fired)


def wait_until(condition: Callable[[], bool], timeout_ms: int, step_ms: int = 10) -> bool:
    deadline = time.monotonic() + timeout_ms / 1000
    while not condition():
        if time.monotonic() > deadline:
            return False
        wait_ms(step_ms)
    return True


def run_js(page: QWebEnginePage, code: str, timeout_ms: int = 10_000) -> Any:
    """Run `code` in an isolated world and return its value."""
    loop = QEventLoop()
    result: list[Any] = []

    def got(value: Any) -> None:
        result.append(value)
        loop.quit()

    page.runJavaScript(code, _WORLD, got)
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(loop.quit)
    timer.start(timeout_ms)
    if not result:
        loop.exec()
    timer.stop()
    if not result:
        raise CaptureFailed(CaptureFailed.TIMEOUT, "the page did not answer")
    return result[0]


def run_js_json(page: QWebEnginePage, code: str, timeout_ms: int = 10_000) -> Any:
    """Like `run_js`, through JSON: PySide6 6.12 turns a returned array into ""."""
    return json.loads(run_js(page, f"JSON.stringify({code})", timeout_ms))


def plain_text(page: QWebEnginePage, timeout_ms: int = 10_000) -> str:
    """The page's visible text, as Chromium gives it."""
    loop = QEventLoop()
    result: list[str] = []

    def got(text: str) -> None:
        result.append(text)
        loop.quit()

    page.toPlainText(got)
    QTimer.singleShot(timeout_ms, loop.quit)
    if not result:
        loop.exec()
    if not result:
        raise CaptureFailed(CaptureFailed.TIMEOUT, "the page's text did not come")
    return result[0]


class LoadRecorder:
    """Keeps what `loadingChanged` said about the last finished load of a page."""

    def __init__(self, page: QWebEnginePage) -> None:
        self._page = page
        self._started_url = ""
        self._info: QWebEngineLoadingInfo | None = None
        self._status: int | None = None
        page.loadingChanged.connect(self._changed)

    def _changed(self, info: QWebEngineLoadingInfo) -> None:
        if info.status() == QWebEngineLoadingInfo.LoadStatus.LoadStartedStatus:
            self._started_url = info.url().toString()
            self._info, self._status = None, None
            return
        self._info = QWebEngineLoadingInfo(info)
        domain = info.errorDomain()
        self._status = (
            info.errorCode()
            if domain == QWebEngineLoadingInfo.ErrorDomain.HttpStatusCodeDomain
            and info.errorCode() > 0
            else None
        )

    def reset(self) -> None:
        self._info, self._status = None, None

    @property
    def finished(self) -> bool:
        return self._info is not None

    def result(self, requested_url: str = "") -> LoadResult:
        """The last load as far as it is known (the page's current state if none finished)."""
        page, info = self._page, self._info
        succeeded = (
            info is not None
            and info.status() == QWebEngineLoadingInfo.LoadStatus.LoadSucceededStatus
        )
        return LoadResult(
            requested_url=requested_url or self._started_url or page.requestedUrl().toString(),
            final_url=page.url().toString(),
            title=page.title(),
            http_status=self._status,
            succeeded=succeeded,
            error_page=bool(info is not None and info.isErrorPage()),
            error=info.errorString() if info is not None and not succeeded else "",
        )


def load(
    page: QWebEnginePage, recorder: LoadRecorder, url: str, timeout_ms: int = LOAD_TIMEOUT_MS
) -> LoadResult:
    """Load `url` and wait until it finished (or failed); raises CaptureFailed on timeout."""
    recorder.reset()
    page.load(QUrl(url))
    if not wait_until(lambda: recorder.finished, timeout_ms, step_ms=20):
        page.triggerAction(QWebEnginePage.WebAction.Stop)
        raise CaptureFailed(CaptureFailed.TIMEOUT, "the page did not finish loading")
    return recorder.result(url)
