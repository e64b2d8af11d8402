"""One screen capture from start to stored item: hide, wait, grab, choose, store.

The order, for every kind of capture:
1. Bewijskluis hides its own windows (the main window and every window of it),
   so the capture shows what the person sees behind them.
2. With a delay, a countdown runs (3, 5 or 10 s) to open a menu or a chat;
   without one, a short pause lets the desktop redraw without our windows.
3. Every screen is grabbed on the GUI thread (`capture.screen`).
4. For a region (or a window, see below) each screen shows its frozen picture
   and the person drags a rectangle; Esc cancels and nothing is stored.
5. Our windows come back. The pixels go to the worker (`tasks`): PNG encoding,
   hashing and the commit happen there; `stored` follows on the GUI thread.

A window capture: on X11 the windows of other programs are listed right after
the grab (`capture.screen.foreign_windows`) and the frozen screen outlines the
one under the mouse; a click stores exactly its pixels, with its title
(`gui.capture.window_picker`). Qt cannot pick another program's window on Wayland,
offscreen, Windows or macOS, so there the frozen screen opens with a sentence
asking to drag around the window; the item is recorded honestly as a region.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QDateTime, QObject, QRect, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QApplication, QWidget

from evidence_app.capture.png import encode_png
from evidence_app.capture.portal import grab_via_portal
from evidence_app.capture.screen import (
    ScreenShot,
    foreign_windows,
    grab_all_screens,
    window_picking_available,
)
from evidence_app.capture.window_pick import ForeignWindow
from evidence_app.domain.model import Item, ItemKind
from evidence_app.gui.capture.region_selector import RegionSession
from evidence_app.gui.capture.window_picker import WindowPickSession
from evidence_app.gui.common import tasks
from evidence_app.gui.lock.countdown import Countdown
from evidence_app.vault.service import VaultService

log = logging.getLogger(__name__)

MODE_SCREEN, MODE_REGION, MODE_WINDOW = "screen", "region", "window"
DELAY_CHOICES: tuple[int, ...] = (0, 3, 5, 10)
# Time for the window manager to take our hidden windows off the screen before the grab.
SETTLE_MS = 300
WAIT_MS, MAX_WAITS = 20, 100


def _exposed(widget: QWidget) -> bool:
    handle = widget.windowHandle()
    return handle is not None and handle.isExposed()


def capture_name(kind: str, index: int = 0) -> str:
    """The file name a capture is stored under, e.g. `screen-2026-05-12_21-04-09.png`."""
    stamp = QDateTime.currentDateTime().toString("yyyy-MM-dd_HH-mm-ss")
    suffix = f"-{index + 1}" if index else ""
    return f"{kind}-{stamp}{suffix}.png"


class CaptureController(QObject):
    """Runs screen, region and window captures for `window`.

    Signals:
        stored(item, image, open_form): one capture is committed; `image` holds its
            pixels for the preview; `open_form` is True for the first of a capture.
        failed(exception): grabbing or storing went wrong (nothing half-stored).
        cancelled(): the person cancelled the countdown or the region.
        finished(): our windows are back; another capture may start.
    """

    stored = Signal(object, QImage, bool)
    failed = Signal(object)
    cancelled = Signal()
    finished = Signal()

    def __init__(
        self,
        window: QWidget,
        service: Callable[[], VaultService | None],
        with_case: Callable[[Callable[[VaultService, int], None]], None],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._service = service
        self._with_case = with_case  # runs a store once the current case is known
        self._hidden: list[QWidget] = []
        self._mode = MODE_SCREEN
        self.delay_seconds = 0
        self.settle_ms = SETTLE_MS
        self.tick_ms = 1000
        self.busy = False
        self._picture_ok = False  # of the capture under way
        self._generation = 0  # each capture's number: late timers of an aborted one do nothing
        self._waits = 0
        self.countdown: Countdown | None = None
        self.session: RegionSession | None = None

    # -- starting -------------------------------------------------------------
    # `picture_ok`: the person chose twice to keep pictures of a case about a minor.
    def capture_screen(self, picture_ok: bool = False) -> None:
        self._begin(MODE_SCREEN, picture_ok)

    def capture_region(self, picture_ok: bool = False) -> None:
        self._begin(MODE_REGION, picture_ok)

    def capture_window(self, picture_ok: bool = False) -> None:
        self._begin(MODE_WINDOW, picture_ok)

    def _begin(self, mode: str, picture_ok: bool) -> None:
        # The case is asked for when storing: right after unlocking it may not be known yet.
        if self.busy or self._service() is None:
            return
        self.busy = True
        self._picture_ok = picture_ok
        self._generation += 1
        self._mode = mode
        self._hide_own_windows()
        if self.delay_seconds > 0:
            countdown = Countdown(self.delay_seconds, self.tick_ms)
            countdown.finished.connect(self._settle)
            countdown.cancelled.connect(self._cancel)
            self.countdown = countdown
            countdown.start()
        else:
            self._settle()

    @Slot()
    def _settle(self) -> None:
        self._waits = 0
        generation = self._generation
        QTimer.singleShot(self.settle_ms, lambda: self._grab_when_gone(generation))

    def _grab_when_gone(self, generation: int) -> None:
        """Grab once none of our windows is on the screen any more (at most ~2 s more)."""
        if not self.busy or generation != self._generation:
            return  # aborted (the vault locked) while we waited
        showing = [
            w
            for w in [*self._hidden, self.countdown]
            if w is not None and shiboken6.isValid(w) and _exposed(w)
        ]
        if showing and self._waits < MAX_WAITS:
            self._waits += 1
            QTimer.singleShot(WAIT_MS, lambda: self._grab_when_gone(generation))
            return
        self._grab()

    def abort(self, *, show_windows: bool = True) -> None:
        """Stop the capture under way, if any (the vault locks), and bring our windows
        back unless `show_windows` is False (Quick exit: they must stay hidden)."""
        if not self.busy:
            return
        self._generation += 1
        if self.countdown is not None and shiboken6.isValid(self.countdown):
            self.countdown.hide()
        if self.session is not None:
            self.session.abort()
            self.session = None
        if not show_windows:
            self._hidden = []
        self._restore()

    def _hide_own_windows(self) -> None:
        self._hidden = []
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible() and self._is_ours(widget):
                self._hidden.append(widget)
        # Dialogs first, the main window last, so nothing flashes to the front.
        for widget in reversed(self._hidden):
            widget.hide()

    def _is_ours(self, widget: QWidget | None) -> bool:
        while widget is not None:
            if widget is self._window:
                return True
            widget = widget.parentWidget()
        return False

    def _restore(self) -> None:
        if self._hidden:
            for widget in self._hidden:
                if shiboken6.isValid(widget):  # a dialog may have been closed meanwhile
                    widget.show()
            self._window.raise_()
            self._window.activateWindow()
        self._hidden = []
        if self.countdown is not None:
            self.countdown.deleteLater()
            self.countdown = None
        self.busy = False
        self.finished.emit()

    @Slot()
    def _cancel(self) -> None:
        self._restore()
        self.cancelled.emit()

    # -- grabbing -------------------------------------------------------------
    @Slot()
    def _grab(self) -> None:
        # Wayland lets no program read the screen itself: the desktop portal takes the
        # picture (and may ask the person first); its file is read and deleted at once.
        via_portal = QGuiApplication.platformName() == "wayland"
        generation = self._generation
        try:
            shots = [grab_via_portal()] if via_portal else grab_all_screens()
        except Exception as exc:
            log.warning("the screen could not be grabbed: %s", type(exc).__name__)
            if generation == self._generation:
                self._restore()
                self.failed.emit(exc)
            return
        if not self.busy or generation != self._generation:
            return  # the vault locked while the portal was asking: keep nothing
        if self._mode == MODE_SCREEN:
            self._restore()
            for index, shot in enumerate(shots):
                method = "portal-screen-grab" if via_portal else "screen-grab"
                self._store(shot.image, ItemKind.SCREEN, method, index)
            return
        windows = foreign_windows() if self._mode == MODE_WINDOW else []
        if windows:
            self._pick_window(shots, windows)
            return
        session = RegionSession(shots, self._hint(), self)
        session.chosen.connect(self._on_region)
        session.cancelled.connect(self._on_region_cancelled)
        self.session = session
        session.start()

    def _hint(self) -> str:
        if self._mode == MODE_WINDOW and not window_picking_available():
            return self.tr(
                "Bewijskluis cannot pick a window of another program on this computer. "
                "Drag a rectangle around the window instead. Esc cancels."
            )
        return self.tr(
            "Drag a rectangle around what you want to keep. Or with the keys: the arrows "
            "move it, Shift+arrows change its size, Enter keeps it. Esc cancels."
        )

    def _on_region(self, shot: ScreenShot, rect: QRect) -> None:
        self.session = None
        image = shot.crop(rect)
        self._restore()
        method = "window-as-region" if self._mode == MODE_WINDOW else "region-grab"
        self._store(image, ItemKind.REGION, method, 0)

    def _pick_window(self, shots: list[ScreenShot], windows: list[ForeignWindow]) -> None:
        hint = self.tr(
            "Click the window you want to keep. Or with the keys: the arrows go from window "
            "to window, Enter keeps the one outlined. Esc cancels."
        )
        session = WindowPickSession(shots, windows, hint, self)
        session.picked.connect(self._on_window)
        session.cancelled.connect(self._on_region_cancelled)
        self.session = session
        session.start()

    def _on_window(self, shot: ScreenShot, window: ForeignWindow, rect: QRect) -> None:
        self.session = None
        image = shot.crop(rect)
        self._restore()
        self._store(image, ItemKind.WINDOW, "window-pick", 0, {"page_title": window.title})

    @Slot()
    def _on_region_cancelled(self) -> None:
        self.session = None
        self._cancel()

    # -- storing --------------------------------------------------------------
    def _store(
        self,
        image: QImage,
        kind: str,
        method: str,
        index: int,
        fields: dict[str, str] | None = None,
    ) -> None:
        name = capture_name(kind, index)
        picture_ok = self._picture_ok

        def store(service: VaultService, case_id: int) -> None:
            def work() -> Item:
                return service.add_bytes(
                    encode_png(image),
                    case_id=case_id,
                    original_name=name,
                    kind=kind,
                    capture_method=method,
                    fields=fields,
                    picture_ok=picture_ok,
                )

            tasks.run_task(
                work,
                lambda item: self.stored.emit(item, image, index == 0),
                self.failed.emit,
                context=self,
            )

        self._with_case(store)
