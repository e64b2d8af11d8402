"""Grabbing what is on the screens, on the GUI thread (Qt requires it there).

A capture of "the whole screen" makes one image per screen rather than one
composed image of the desktop: each screen keeps its own device pixels exactly
(screens of a multi-monitor desktop often have different scale factors, and
composing them would mean resampling one of them or leaving black gaps where the
screens do not line up), and each image stays the size of one screen. Someone
with one screen, the usual case, gets one image either way.

Picking another program's window is not possible through Qt on X11, on Wayland
(which forbids it on purpose) or offscreen: Qt knows only its own windows. A
window capture is therefore a region capture, with words that say so; see
`window_picking_available`.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication, QImage, QScreen


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


def window_picking_available() -> bool:
    """Whether the person can click another program's window to capture just it.

    False everywhere for now: Qt cannot name a foreign window under the mouse on
    xcb, Wayland or offscreen, and the Windows and macOS ways need native code we
    have not written. Callers offer a region capture instead and say why.
    """
    return False
