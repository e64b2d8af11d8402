"""Grabbing what is on the screens, on the GUI thread (Qt requires it there).

A capture of "the whole screen" makes one image per screen rather than one
composed image of the desktop: each screen keeps its own device pixels exactly
(screens of a multi-monitor desktop often have different scale factors, and
composing them would mean resampling one of them or leaving black gaps where the
screens do not line up), and each image stays the size of one screen. Someone
with one screen, the usual case, gets one image either way.

Picking another program's window: Qt knows only its own windows, so on X11
`window_pick` asks the X server which windows are where, and the person clicks
one on the frozen screen. Wayland forbids this on purpose, offscreen has no
other windows, and the Windows and macOS ways need native code we have not
written: there a window capture is a region capture, with words that say so;
see `window_picking_available`.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QGuiApplication, QImage, QScreen

from evidence_app.capture import window_pick
from evidence_app.capture.window_pick import ForeignWindow, PickUnavailable


@dataclass(frozen=True)
class ScreenShot:
    """The pixels of one screen, as grabbed.

    `image` holds device pixels (a 2× screen of 1440×900 gives 2880×1800);
    `geometry` is where the screen sits on the desktop, in Qt's logical pixels.
    """

    image: QImage
    screen_name: str
    geometry: QRect
    device_pixel_ratio: float

    def crop(self, device_rect: QRect) -> QImage:
        """The pixels inside `device_rect` (device pixels of this screen), clipped to it."""
        rect = device_rect.intersected(self.image.rect())
        return self.image.copy(rect)

    def device_origin(self) -> QPoint:
        """Where this screen's top-left pixel sits on the desktop, in device pixels.

        Qt's high-DPI scaling keeps each screen's top-left corner at its native
        position and scales only from there (`QHighDpiScaling::scaleAndOrigin`),
        so the logical corner is the device corner.
        """
        return self.geometry.topLeft()

    def device_rect_of(self, window: ForeignWindow) -> QRect:
        """The part of `window` on this screen, in device pixels of this image (may be empty)."""
        origin = self.device_origin()
        rect = QRect(
            window.rect.x - origin.x(),
            window.rect.y - origin.y(),
            window.rect.width,
            window.rect.height,
        )
        return rect.intersected(self.image.rect())


class GrabFailed(RuntimeError):
    """The platform gave no pixels for a screen."""


def grab_screen(screen: QScreen) -> ScreenShot:
    """Every pixel of `screen`, at its device pixel ratio."""
    pixmap = screen.grabWindow(0)
    if pixmap.isNull():
        raise GrabFailed("the screen gave no picture")
    image = pixmap.toImage()
    # The image carries the ratio for painting; the pixels themselves are what we store.
    return ScreenShot(image, screen.name(), screen.geometry(), pixmap.devicePixelRatio())


def grab_all_screens() -> list[ScreenShot]:
    """One shot per screen, the primary screen first."""
    primary = QGuiApplication.primaryScreen()
    screens = QGuiApplication.screens()
    ordered = [primary, *(s for s in screens if s is not primary)] if primary else screens
    return [grab_screen(screen) for screen in ordered]


def _on_x11() -> bool:
    return QGuiApplication.platformName() == "xcb"


def window_picking_available() -> bool:
    """Whether the person can click another program's window to capture just it.

    True on X11 (Qt's xcb platform) when the X server answers and python-xlib is
    installed. False on Wayland, offscreen, Windows and macOS: callers offer a
    region capture instead and say why.
    """
    # Qt's xcb platform connects to $DISPLAY too (unless started with -display,
    # which Bewijskluis does not offer).
    return _on_x11() and window_pick.x_server_answers(os.environ.get("DISPLAY"))


def foreign_windows() -> list[ForeignWindow]:
    """The other programs' windows on the desktop, bottom to top; [] where none can be known.

    Call it while our own windows are hidden (right after the grab), so the list
    matches the frozen picture.
    """
    if not _on_x11():
        return []
    try:
        return window_pick.list_windows(os.environ.get("DISPLAY"), exclude_pid=os.getpid())
    except PickUnavailable:
        return []
