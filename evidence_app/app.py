"""Start the desktop app. The startup order, in one place:

1. `cli.gui_main()` has parsed the arguments and resolved `Paths` (`--basedir`,
   `EVIDENCE_APP_HOME` or the platform default), then calls `run_gui`.
2. Qt's messages go to our handler, which never prints their text (a Qt warning
   could name a file); Python logging goes to standard error, warnings and up;
   exceptions nobody caught are logged by their type only.
3. Qt's own remembered state (the file dialog's history) is kept off the disk
   (`gui.common.privacy`); QtWebEngine is prepared (it reads its settings before the
   application exists); then the `QApplication` is made, with a neutral name.
4. Single instance: if this vault is already open in another process, that
   process is asked to come forward and we exit 0.
5. Settings (`Paths.settings_file`, INI) and the translator: the saved language,
   else the system's, else English.
6. The vault session (`gui.lock.session`, the one holder of the open vault) and the
   safety keys (`gui.lock.safety`: Lock and Quick exit, answered in every window from
   here on, the first dialog included); SIGTERM, SIGHUP and SIGINT do what Quick
   exit does.
7. No vault yet: the setup wizard creates one. Otherwise: the unlock dialog.
   Closing either exits 0 without touching the vault.
8. The main window shows the open vault; the event loop runs until it is closed,
   which locks the vault. Python's garbage collection runs on this thread only,
   from a timer (`gui.common.garbage`), so no widget is ever freed by a worker thread.
9. After a Quick exit the process ends with `os._exit(0)` once the vault is
   locked: nothing at interpreter shutdown may keep it alive.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from collections.abc import Mapping
from typing import NoReturn

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from evidence_app import APP_NAME, source_lines
from evidence_app.capture.web import engine as web_engine
from evidence_app.gui.common import (
    contrast,
    desktop_entry,
    discretion,
    focus_ring,
    focus_said,
    text_size,
)
from evidence_app.gui.common.garbage import GuiThreadCollector
from evidence_app.gui.common.i18n import Translations, system_language
from evidence_app.gui.common.privacy import keep_qt_state_off_disk
from evidence_app.gui.common.settings import Settings
from evidence_app.gui.lock.safety import SafetyKeys, exit_now, quit_on_signals
from evidence_app.gui.lock.session import VaultSession
from evidence_app.gui.lock.single_instance import SingleInstance
from evidence_app.gui.lock.unlock_dialog import UnlockDialog
from evidence_app.gui.main_window import MainWindow
from evidence_app.gui.setup.setup_wizard import SetupWizard
from evidence_app.paths import Paths
from evidence_app.vault.service import VaultService

qt_log = logging.getLogger("evidence_app.qt")

EXIT_NO_SCREEN = 69  # EX_UNAVAILABLE: there is no screen to show the window on
NO_SCREEN = (
    "Bewijskluis needs a screen to show its window and found none; start it from your "
    "desktop (the commands of 'evidence-app --help' work without one)."
)
NO_WINDOW_SYSTEM = (
    "Bewijskluis could not open its window: Qt could not reach the screen, or a library "
    "it needs is missing (on Debian and Ubuntu, most often libxcb-cursor0)."
)
# Qt's default on Linux, and X11: they need `DISPLAY` (or Qt's Wayland, found by
# `WAYLAND_DISPLAY`). Wayland asked for by name may find its default socket: left to Qt.
_SCREEN_PLATFORMS = frozenset({"", "xcb"})
_starting = {"on": False, "no_display": False}  # the window system is being reached


def no_screen(environ: Mapping[str, str], platform: str = sys.platform) -> bool:
    """Whether, on Linux or a BSD, Qt would look for a screen that is not there: no
    `DISPLAY` nor `WAYLAND_DISPLAY`, and `QT_QPA_PLATFORM` unset or X11's. Any other
    platform (offscreen, vnc, wayland by name) is left to Qt; if it cannot start, its
    fatal message is answered as well. Windows and macOS always have a screen."""
    if platform.startswith(("win", "darwin", "cygwin")):
        return False
    if environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"):
        return False
    wanted = environ.get("QT_QPA_PLATFORM", "")
    names = [name.split(":")[0].strip() for name in wanted.split(";")]
    return all(name in _SCREEN_PLATFORMS for name in names)


def _cannot_start(sentence: str) -> NoReturn:
    sys.stderr.write(sentence + "\n")
    sys.stderr.flush()
    os._exit(EXIT_NO_SCREEN)  # Qt would abort() right after this message: say it and go


def _qt_message(kind: QtMsgType, context: QMessageLogContext, text: str) -> None:
    """Qt's messages, without their text: only the kind and where in Qt it came from.

    While the window system is reached, Qt's own lines about it are kept back, and a
    fatal one ends the start with one plain sentence instead of an abort."""
    if _starting["on"]:
        if "could not connect to display" in text:
            _starting["no_display"] = True
        if kind == QtMsgType.QtFatalMsg:
            _cannot_start(NO_SCREEN if _starting["no_display"] else NO_WINDOW_SYSTEM)
        if (context.category or "").startswith("qt.qpa"):
            return
    if (context.category or "").startswith("qt.accessibility") and kind != QtMsgType.QtFatalMsg:
        # One for each letter typed in a secret field (`gui.common.secret_field`): their
        # number and rhythm are the passphrase's, kept out of the log.
        return
    del text  # may hold a file name or other personal data
    level = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
    }.get(kind, logging.ERROR)
    qt_log.log(level, "Qt %s (category %s)", kind.name, context.category or "default")


def _log_exception_type(kind: type[BaseException], *_: object) -> None:
    # The type and nothing more: an exception's text could name a file or hold evidence.
    logging.getLogger("evidence_app").error("unexpected error: %s", kind.__name__)


def _hide_exception_texts() -> None:
    """Exceptions nobody caught (in a slot, a thread, a destructor) are logged by type only,
    never printed with their text and traceback to standard error, which the desktop
    keeps in a file (~/.xsession-errors, the journal)."""
    sys.excepthook = _log_exception_type
    threading.excepthook = lambda args: _log_exception_type(args.exc_type)
    sys.unraisablehook = lambda unraisable: _log_exception_type(unraisable.exc_type)


def run_gui(paths: Paths, argv: list[str]) -> int:
    """Run the desktop app for the vault in `paths`; the process exit code."""
    source_lines.forget()  # what the imports read, while this is the one thread
    if not logging.getLogger().handlers:
        logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    _hide_exception_texts()
    qInstallMessageHandler(_qt_message)

    keep_qt_state_off_disk()
    if no_screen(os.environ):
        sys.stderr.write(NO_SCREEN + "\n")
        return EXIT_NO_SCREEN
    web_engine.prepare()
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        _starting["on"] = True
        try:
            app = QApplication([argv[0] if argv else APP_NAME, *argv[1:]])
        finally:
            _starting["on"] = False
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    # The installed package's menu entry (and, in discreet mode, the person's own entry of
    # that name, `desktop_entry`): how a Wayland task bar names the window and finds its icon.
    app.setDesktopFileName(desktop_entry.DESKTOP_FILE.removesuffix(".desktop"))
    focus_ring.install(app)  # where Tab is, seen on every control (before the palette)
    focus_said.install(app)  # and said: a text field the first time Tab reaches it, too
    contrast.apply(app)  # text at 4.5:1 at least, the selection and placeholders too
    app.setQuitOnLastWindowClosed(True)
    # Cycles holding widgets must be freed on this thread, never in a worker's.
    collector = GuiThreadCollector(app)

    instance = SingleInstance(paths.vault_dir)
    if not instance.claim():
        return 0

    settings = Settings(paths.settings_file)
    translations = Translations()
    translations.switch(settings.language() or system_language())
    discretion.apply(settings.discreet())  # before the first window shows its name
    text_size.apply(settings.text_size())  # before the first window lays itself out

    session = VaultSession(paths.vault_dir)
    safety = SafetyKeys(session)
    quit_on_signals(safety)
    service: VaultService | None
    window: MainWindow | None = None

    def bring_forward() -> None:
        target = app.activeModalWidget() or window
        if target is not None:
            target.show()
            target.raise_()
            target.activateWindow()

    instance.activation_requested.connect(bring_forward)
    try:
        first_time = False
        if VaultService.exists(paths.vault_dir):
            unlock = UnlockDialog(paths.vault_dir)
            service = unlock.run()
            if service is not None:
                session.open(service, via_recovery_key=unlock.via_recovery_key())
        else:
            service = SetupWizard(paths.vault_dir, translations, settings).run()
            if service is not None:
                session.open(service)
            first_time = True
        if service is None or safety.left:
            return 0
        window = MainWindow(session, translations, settings, safety=safety, show_guide=first_time)
        window.show()
        return app.exec()
    finally:
        session.leaving = True
        session.lock()
        instance.release()
        collector.stop()
        if safety.left:
            exit_now()


if __name__ == "__main__":  # pragma: no cover - the entry points live in cli/main.py
    sys.exit(0)
