"""QtWebEngine for evidence: started the same way everywhere, browsing with a private profile.

`prepare()` must run before the `QApplication` is made (QtWebEngine shares its
OpenGL contexts with Qt and reads its settings from the environment once).
It disables Chromium's sandbox only when running as root, where Chromium
refuses to start with it, and says so in the log; and it stops Mesa from
writing compiled shaders to `~/.cache`, which would be a trace outside the vault.

`private_profile()` is an off-the-record profile: no storage name, so nothing
of it is written to disk; the HTTP cache in memory; cookies for the session
only (a person can log in to reach the content and is logged out when the
profile goes); permissions remembered in memory only; downloads refused.
"""

from __future__ import annotations

import logging
import os

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWebEngineCore import (
    QWebEngineDownloadRequest,
    QWebEnginePage,
    QWebEngineProfile,
    QWebEngineSettings,
)

log = logging.getLogger(__name__)

SANDBOX_ENV = "QTWEBENGINE_DISABLE_SANDBOX"
CHROMIUM_FLAGS_ENV = "QTWEBENGINE_CHROMIUM_FLAGS"
# Chromium logs to standard error on its own; its messages can name a site.
_QUIET_FLAGS = ("--disable-logging", "--log-level=3")

_prepared = False


def running_as_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


def prepare() -> None:
    """Set QtWebEngine up for this process; call it before the QApplication exists. Idempotent."""
    global _prepared
    if _prepared:
        return
    _prepared = True
    from evidence_app.capture.web.archive import remove_stale_folders  # imports QtWebEngine

    if remove_stale_folders():
        log.warning("removed a page archive left behind by an interrupted capture")
    if running_as_root() and os.environ.get(SANDBOX_ENV) != "1":
        os.environ[SANDBOX_ENV] = "1"
        log.warning("running as root: the web capture's Chromium sandbox is disabled")
    os.environ.setdefault("MESA_SHADER_CACHE_DISABLE", "true")
    flags = os.environ.get(CHROMIUM_FLAGS_ENV, "").split()
    os.environ[CHROMIUM_FLAGS_ENV] = " ".join(
        [*flags, *(f for f in _QUIET_FLAGS if f not in flags)]
    )
    if QCoreApplication.instance() is None:
        QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
        # Qt would keep compiled shaders in ~/.cache/Bewijskluis: a trace that the app
        # was used, on a computer others may share.
        QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_DisableShaderDiskCache)


def _refuse_download(request: QWebEngineDownloadRequest) -> None:
    """Only our own page archive may be saved; a site's downloads would land in ~/Downloads."""
    if not request.isSavePageDownload():
        request.cancel()


def private_profile(parent: QObject | None = None) -> QWebEngineProfile:
    """A new off-the-record profile; delete its pages before it (Qt warns otherwise)."""
    profile = QWebEngineProfile(parent)  # no storage name: off the record
    if not profile.isOffTheRecord():  # pragma: no cover - Qt guarantees it
        raise RuntimeError("QtWebEngine did not give an off-the-record profile")
    profile.setHttpCacheType(QWebEngineProfile.HttpCacheType.MemoryHttpCache)
    profile.setPersistentCookiesPolicy(
        QWebEngineProfile.PersistentCookiesPolicy.NoPersistentCookies
    )
    profile.setPersistentPermissionsPolicy(
        QWebEngineProfile.PersistentPermissionsPolicy.StoreInMemory
    )
    profile.setSpellCheckEnabled(False)
    profile.setPushServiceEnabled(False)
    profile.downloadRequested.connect(_refuse_download)
    settings = profile.settings()
    settings.setAttribute(QWebEngineSettings.WebAttribute.ScreenCaptureEnabled, False)
    settings.setAttribute(QWebEngineSettings.WebAttribute.PluginsEnabled, False)
    settings.setAttribute(QWebEngineSettings.WebAttribute.LocalContentCanAccessFileUrls, False)
    return profile


class EvidencePage(QWebEnginePage):
    """A page that keeps the site's console messages out of our logs and opens links in place."""

    def javaScriptConsoleMessage(
        self,
        level: QWebEnginePage.JavaScriptConsoleMessageLevel,
        message: str,
        line_number: int,
        source_id: str,
    ) -> None:
        # Qt logs these by default, with the page's address: a trace of what was visited.
        del level, message, line_number, source_id

    def createWindow(self, kind: QWebEnginePage.WebWindowType) -> QWebEnginePage:
        # A link meant for a new tab or window opens here: one window keeps one record.
        del kind
        return self
