"""Web capture without a window, for `evidence-app capture-web` and scripts.

Makes the QApplication when there is none, on the `offscreen` platform when
no display is set (a server, CI) or the X display set does not answer (a terminal
left with the `DISPLAY` of a closed session, where Qt would abort), after
`web_engine.prepare()`. Qt's own
messages are kept out of standard error, text and all: QtWebEngine's start-up
notes (no GPU, software rendering) mean nothing to a helper at a terminal,
and a message could name the site.
"""

from __future__ import annotations

import logging
import os

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from evidence_app import APP_NAME
from evidence_app.capture import window_pick
from evidence_app.capture.web import engine as web_engine

log = logging.getLogger(__name__)


def _qt_message(kind: QtMsgType, context: QMessageLogContext, text: str) -> None:
    del text  # may name the page
    level = logging.ERROR if kind in (QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg) else 0
    if level:
        log.error("Qt %s (category %s)", kind.name, context.category or "default")


def _screen_answers() -> bool:
    if os.environ.get("WAYLAND_DISPLAY"):
        return True  # Qt finds the compositor, or says why not
    display = os.environ.get("DISPLAY")
    return bool(display) and window_pick.x_server_answers(display)


def application() -> QApplication:
    """The QApplication, made headless-capable if there is none yet."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    if not _screen_answers() and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    web_engine.prepare()
    qInstallMessageHandler(_qt_message)
    app = QApplication(["evidence-app"])
    app.setApplicationName(APP_NAME)
    return app
