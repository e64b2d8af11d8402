"""Picking a window on the frozen screen, offscreen, with a list of windows made up.

The offscreen platform has no other programs' windows, so these tests hand the
picker (and the capture controller) a list of windows over a known picture;
`tests/e2e/test_window_pick_x11.py` does it with a real X server.
"""

from __future__ import annotations

import io

import pytest
from PIL import Image
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter
from pytestqt.qtbot import QtBot

from evidence_app.capture.screen import ScreenShot
from evidence_app.capture.window_pick import ForeignWindow, Rect
from evidence_app.domain.model import ItemKind
from evidence_app.gui.capture import capture_controller
from evidence_app.gui.capture.window_picker import WindowPicker, WindowPickSession
from evidence_app.gui.common.settings import Settings
from evidence_app.gui.lock.session import VaultSession
from evidence_app.gui.main_window import MainWindow
from tests.helpers.painted_desktop import PaintedDesktop

BROWSER = ForeignWindow(11, Rect(20, 10, 200, 150), "Browser")
CHAT = ForeignWindow(12, Rect(150, 100, 120, 90), "Chat met Lotte")  # on top of the browser


def _shot(ratio: float = 1.0) -> ScreenShot:
    """A 300×200 (logical) screen: grey, the browser blue, the chat orange on top."""
    image = QImage(int(300 * ratio), int(200 * ratio), QImage.Format.Format_RGB32)
    image.fill(QColor(90, 90, 90))
    painter = QPainter(image)
    for window, colour in ((BROWSER, QColor(30, 80, 200)), (CHAT, QColor(255, 128, 0))):
        r = window.rect
        painter.fillRect(r.x, r.y, r.width, r.height, colour)
    painter.end()
    return ScreenShot(image, "test", QRect(0, 0, 300, 200), ratio)


@pytest.fixture
def picker(qtbot: QtBot) -> WindowPicker:
    widget = WindowPicker(_shot(), [BROWSER, CHAT], "Click")
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_the_window_under_the_mouse_is_outlined_with_its_title_and_size(
    picker: WindowPicker, qtbot: QtBot
) -> None:
    qtbot.mouseMove(picker, QPoint(50, 50))
    assert picker.hovered() == BROWSER
    assert picker.selection() == QRect(20, 10, 200, 150)
    assert picker.size_text() == "Browser\n200 × 150"
    qtbot.mouseMove(picker, QPoint(200, 120))  # where the chat covers the browser
    assert picker.hovered() == CHAT
    assert picker.size_text() == "Chat met Lotte\n120 × 90"
    qtbot.mouseMove(picker, QPoint(5, 5))  # the bare desktop
    assert picker.hovered() is None and picker.selection().isEmpty()
    # And the outline is painted: outside the hovered window darkened, inside as grabbed.
    qtbot.mouseMove(picker, QPoint(50, 50))
    shown = picker.grab().toImage()
    assert shown.pixelColor(60, 60) == QColor(30, 80, 200)
    assert shown.pixelColor(290, 190).red() < 90


def test_the_keys_alone_pick_a_window(qtbot: QtBot) -> None:
    """For a person who cannot point: the arrows (or Tab) go from window to window, the
    topmost first, and Enter picks the one outlined."""
    note = ForeignWindow(13, Rect(10, 160, 60, 30), "Notes")  # topmost of three
    picker = WindowPicker(_shot(), [BROWSER, CHAT, note], "Click")
    qtbot.addWidget(picker)
    picker.show()
    qtbot.waitExposed(picker)
    qtbot.mouseMove(picker, QPoint(5, 5))  # the bare desktop: nothing outlined
    assert picker.hovered() is None
    went = []
    for key, shift in (
        (Qt.Key.Key_Right, False),
        (Qt.Key.Key_Right, False),
        (Qt.Key.Key_Right, False),
        (Qt.Key.Key_Right, False),  # round again after the last
        (Qt.Key.Key_Left, False),
        (Qt.Key.Key_Tab, True),  # Shift+Tab: back too
        (Qt.Key.Key_Tab, False),
    ):
        modifier = Qt.KeyboardModifier.ShiftModifier if shift else Qt.KeyboardModifier.NoModifier
        qtbot.keyClick(picker, key, modifier)
        went.append(picker.hovered())
    assert went == [note, CHAT, BROWSER, note, BROWSER, CHAT, BROWSER]
    qtbot.mouseMove(picker, QPoint(200, 120))  # a pointer that shakes keeps the choice
    assert picker.hovered() == BROWSER and picker.size_text() == "Browser\n200 × 150"
    with qtbot.waitSignal(picker.picked) as caught:
        qtbot.keyClick(picker, Qt.Key.Key_Return)
    assert caught.args == [BROWSER, QRect(20, 10, 200, 150)]


def test_a_click_picks_exactly_that_window(picker: WindowPicker, qtbot: QtBot) -> None:
    with qtbot.assertNotEmitted(picker.picked):
        qtbot.mouseClick(picker, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))  # no window there
    with qtbot.waitSignal(picker.picked) as caught:
        qtbot.mouseClick(picker, Qt.MouseButton.LeftButton, pos=QPoint(160, 110))
    window, rect = caught.args
    assert window == CHAT and rect == QRect(150, 100, 120, 90)
    crop = picker._shot.crop(rect)
    assert {crop.pixelColor(x, y).name() for x in range(120) for y in range(90)} == {"#ff8000"}


def test_on_a_2x_screen_the_pick_is_in_device_pixels(qtbot: QtBot) -> None:
    # The X server counts device pixels: on a 2× screen the windows' rectangles are twice as big.
    shot = _shot(2.0)
    big = ForeignWindow(13, Rect(40, 20, 400, 300), "Browser 2×")
    widget = WindowPicker(shot, [big], "")
    qtbot.addWidget(widget)
    widget.show()
    qtbot.mouseMove(widget, QPoint(30, 20))  # logical (30, 20) is device (60, 40)
    assert widget.hovered() == big
    assert widget.device_selection() == QRect(40, 20, 400, 300)
    assert widget.selection() == QRect(20, 10, 200, 150)
    qtbot.mouseMove(widget, QPoint(19, 20))  # device (38, 40): left of it
    assert widget.hovered() is None


def test_escape_or_a_right_click_cancels_the_session(qtbot: QtBot) -> None:
    for cancel in ("escape", "right"):
        session = WindowPickSession([_shot()], [BROWSER], "")
        session.start()
        (picker,) = session.selectors
        qtbot.waitExposed(picker)
        with qtbot.waitSignal(session.cancelled), qtbot.assertNotEmitted(session.picked):
            if cancel == "escape":
                qtbot.keyClick(picker, Qt.Key.Key_Escape)
            else:
                qtbot.mouseClick(picker, Qt.MouseButton.RightButton, pos=QPoint(50, 50))
        assert session.selectors == []


# -- the capture controller, over the painted desktop (tests/gui/conftest.py) -----------


@pytest.fixture
def window(qtbot: QtBot, vault, translations, desktop: PaintedDesktop) -> MainWindow:
    win = MainWindow(
        VaultSession.holding(vault.service), translations, Settings(vault.paths.settings_file)
    )
    qtbot.addWidget(win)
    win.resize(900, 560)
    win.show()
    qtbot.waitExposed(win)
    win.capture.settle_ms = 0
    return win


def test_a_picked_window_is_stored_as_a_window_with_its_title(
    window: MainWindow, vault, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    screen = QGuiApplication.primaryScreen().geometry()
    # A window in the green top-right quarter of the desktop, as X would list it.
    green = ForeignWindow(21, Rect(screen.width() // 2 + 10, 10, 64, 48), "Snapchat — Chrome")
    listed: list[bool] = []

    def windows() -> list[ForeignWindow]:
        listed.append(window.isHidden())
        return [green]

    monkeypatch.setattr(capture_controller, "foreign_windows", windows)
    window.toolbar.capture_window.trigger()
    qtbot.waitUntil(lambda: window.capture.session is not None)
    assert listed == [True]  # listed while Bewijskluis was out of the picture
    (picker,) = window.capture.session.selectors
    assert isinstance(picker, WindowPicker)
    assert picker._hint.startswith("Click the window you want to keep. Or with the keys")
    with qtbot.waitSignal(window.capture.stored, timeout=10_000):
        qtbot.mouseClick(
            picker, Qt.MouseButton.LeftButton, pos=QPoint(screen.width() // 2 + 20, 20)
        )
    assert window.isVisible()
    (item,) = vault.service.items()
    assert item.kind == ItemKind.WINDOW and item.capture_method == "window-pick"
    assert item.page_title == "Snapchat — Chrome"
    with Image.open(io.BytesIO(vault.service.original_bytes(item.id))) as stored:
        assert stored.format == "PNG" and stored.size == (64, 48) == (item.width, item.height)
        assert set(stored.convert("RGBA").get_flattened_data()) == {(0, 160, 0, 255)}


def test_with_no_window_listed_a_window_capture_is_a_region(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(capture_controller, "foreign_windows", list)
    window.toolbar.capture_window.trigger()
    qtbot.waitUntil(lambda: window.capture.session is not None)
    (selector,) = window.capture.session.selectors
    assert not isinstance(selector, WindowPicker)
    with qtbot.waitSignal(window.capture.cancelled):
        qtbot.keyClick(selector, Qt.Key.Key_Escape)
