"""Which window is under the mouse, and where a window lies on a grabbed screen (no X)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QImage

from evidence_app.capture.screen import ScreenShot
from evidence_app.capture.window_pick import ForeignWindow, Rect, window_at

DESKTOP = ForeignWindow(1, Rect(0, 0, 1920, 1080), "Bureaublad")
BROWSER = ForeignWindow(2, Rect(100, 100, 800, 600), "Browser")
CHAT = ForeignWindow(3, Rect(600, 400, 400, 300), "Chat")  # overlaps the browser
DIALOG = ForeignWindow(4, Rect(650, 450, 100, 50), "Opslaan")  # inside the chat
STACK = [DESKTOP, BROWSER, CHAT, DIALOG]  # bottom to top


@pytest.mark.parametrize(
    ("point", "expected"),
    [
        ((50, 50), DESKTOP),  # only the desktop there
        ((200, 200), BROWSER),
        ((650, 420), CHAT),  # where chat and browser overlap, the chat is on top
        ((700, 470), DIALOG),  # nested: the window on top wins
        ((100, 100), BROWSER),  # the first row and column belong to a window
        ((899, 699), CHAT),  # the browser's last pixel, covered by the chat
        ((99, 100), DESKTOP),  # just left of the browser
        ((999, 699), CHAT),  # the chat's last pixel
        ((1000, 699), DESKTOP),  # one past it: right and bottom are exclusive
        ((1920, 10), None),  # off the desktop
    ],
)
def test_the_topmost_window_at_a_point_is_chosen(point, expected) -> None:
    assert window_at(STACK, *point) == expected


def test_order_decides_not_size() -> None:
    # The same two windows stacked the other way round: the big one hides the dialog.
    assert window_at([DIALOG, CHAT], 700, 470) == CHAT
    assert window_at([], 0, 0) is None


def test_an_empty_window_contains_nothing() -> None:
    assert window_at([ForeignWindow(9, Rect(10, 10, 0, 50), "")], 10, 20) is None
    assert Rect(10, 10, 0, 50).is_empty() and not Rect(0, 0, 1, 1).is_empty()


def _shot(geometry: QRect, ratio: float) -> ScreenShot:
    image = QImage(
        int(geometry.width() * ratio), int(geometry.height() * ratio), QImage.Format.Format_RGB32
    )
    return ScreenShot(image, "test", geometry, ratio)


def test_a_window_maps_to_device_pixels_of_the_screen_it_is_on() -> None:
    left = _shot(QRect(0, 0, 1920, 1080), 1.0)
    # A 2× screen right of it: 2880×1800 device pixels at x = 1920 on the root.
    right = _shot(QRect(1920, 0, 1440, 900), 2.0)
    window = ForeignWindow(5, Rect(2000, 100, 600, 400), "Op het tweede scherm")
    assert left.device_rect_of(window).isEmpty()
    assert right.device_rect_of(window) == QRect(80, 100, 600, 400)
    straddling = ForeignWindow(6, Rect(1800, 50, 300, 200), "Over de rand")
    assert left.device_rect_of(straddling) == QRect(1800, 50, 120, 200)  # clipped to each screen
    assert right.device_rect_of(straddling) == QRect(0, 50, 180, 200)
