"""Screen, region and window captures on the offscreen screen, stored in a real vault.

The offscreen platform grabs from the windows it shows, so each test covers
the screen with a window of known pixels (a "desktop" that is not ours), and
checks that the stored PNG decodes to exactly the grabbed pixels.
"""

from __future__ import annotations

import hashlib
import io

import pytest
from PIL import Image
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter
from pytestqt.qtbot import QtBot

from evidence_app.capture.screen import ScreenShot
from evidence_app.domain.model import ItemKind, Preview
from evidence_app.gui.capture.region_selector import RegionSelector
from evidence_app.gui.common.settings import Settings
from evidence_app.gui.items.record_dialog import RecordDialog
from evidence_app.gui.lock.session import VaultSession
from evidence_app.gui.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, vault, translations, desktop) -> MainWindow:
    win = MainWindow(
        VaultSession.holding(vault.service), translations, Settings(vault.paths.settings_file)
    )
    qtbot.addWidget(win)
    win.resize(900, 560)
    win.show()
    qtbot.waitExposed(win)
    win.capture.settle_ms = 0
    win.capture.tick_ms = 20
    return win


def _pixels(image: QImage) -> bytes:
    """Raw RGBA bytes of `image`, row by row without padding."""
    rgba = image.convertToFormat(QImage.Format.Format_RGBA8888)
    return bytes(rgba.constBits())[: rgba.sizeInBytes()]


def _decoded(data: bytes) -> Image.Image:
    with Image.open(io.BytesIO(data)) as img:
        assert img.format == "PNG"
        return img.convert("RGBA")


def _record(window: MainWindow) -> RecordDialog:
    assert window.record_dialogs, "the record form did not open"
    return window.record_dialogs[-1]


def test_screen_capture_stores_exactly_the_grabbed_pixels(
    window: MainWindow, vault, qtbot: QtBot
) -> None:
    grabbed: list[QImage] = []
    hidden_during_grab: list[bool] = []
    window.capture.stored.connect(lambda item, image, first: grabbed.append(image))
    real_grab = window.capture._grab

    def watching_grab() -> None:
        hidden_during_grab.append(window.isHidden())
        real_grab()

    window.capture._grab = watching_grab
    with qtbot.waitSignal(window.capture.stored, timeout=10_000):
        window.toolbar.capture_screen.trigger()
    assert hidden_during_grab == [True]  # Bewijskluis was out of the picture
    assert window.isVisible()  # and came back
    (item,) = vault.service.items()
    assert item.kind == ItemKind.SCREEN
    assert item.preview == Preview.IMAGE and item.mime_type == "image/png"
    data = vault.service.original_bytes(item.id)
    assert item.sha256 == hashlib.sha256(data).hexdigest()
    screen = QGuiApplication.primaryScreen()
    ratio = screen.devicePixelRatio()
    expected = (round(screen.geometry().width() * ratio), round(screen.geometry().height() * ratio))
    stored = _decoded(data)
    assert stored.size == expected == (item.width, item.height)
    assert stored.tobytes() == _pixels(grabbed[0])
    # What was grabbed is the other window, not ours: red top left, white bottom right.
    assert stored.getpixel((10, 10)) == (200, 0, 0, 255)
    assert stored.getpixel((expected[0] - 10, expected[1] - 10)) == (250, 250, 250, 255)
    record = _record(window)
    assert record.form.item().id == item.id
    assert record.viewer.image_size() == expected


def test_a_selector_turns_a_mouse_drag_into_device_pixels(qtbot: QtBot) -> None:
    image = QImage(400, 300, QImage.Format.Format_RGB32)
    image.fill(QColor(10, 20, 30))
    painter = QPainter(image)
    painter.fillRect(100, 50, 80, 60, QColor(255, 128, 0))
    painter.end()
    shot = ScreenShot(image, "test", QRect(0, 0, 400, 300), 1.0)
    selector = RegionSelector(shot, "Drag")
    qtbot.addWidget(selector)
    selector.show()
    qtbot.waitExposed(selector)
    with qtbot.waitSignal(selector.selected) as caught:
        qtbot.mousePress(selector, Qt.MouseButton.LeftButton, pos=QPoint(100, 50))
        qtbot.mouseMove(selector, QPoint(150, 80))
        assert selector.size_text() == "50 × 30"  # the size shows while dragging
        qtbot.mouseMove(selector, QPoint(180, 110))
        qtbot.mouseRelease(selector, Qt.MouseButton.LeftButton, pos=QPoint(180, 110))
    rect = caught.args[0]
    assert rect == QRect(100, 50, 80, 60)
    crop = shot.crop(rect)
    assert {crop.pixelColor(x, y).name() for x in range(80) for y in range(60)} == {"#ff8000"}


def test_a_selector_is_worked_with_the_keyboard_alone(qtbot: QtBot) -> None:
    """For a person who cannot drag: the first arrow puts a rectangle over the middle half,
    the arrows move it (Ctrl: by one pixel), Shift+arrows size it, Enter keeps it."""
    image = QImage(800, 600, QImage.Format.Format_RGB32)
    image.fill(QColor(0, 0, 0))
    shot = ScreenShot(image, "hidpi", QRect(0, 0, 400, 300), 2.0)
    selector = RegionSelector(shot, "Drag, or the keys")
    qtbot.addWidget(selector)
    selector.show()
    qtbot.waitExposed(selector)
    assert selector.accessibleName() == "Drag, or the keys"  # said as the screen freezes
    qtbot.keyClick(selector, Qt.Key.Key_Right)
    assert selector.selection() == QRect(100, 75, 200, 150)
    qtbot.keyClick(selector, Qt.Key.Key_Right)
    qtbot.keyClick(selector, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert selector.selection() == QRect(110, 76, 200, 150)
    qtbot.keyClick(selector, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(selector, Qt.Key.Key_Up, Qt.KeyboardModifier.ShiftModifier)
    assert selector.selection() == QRect(110, 76, 190, 140)
    qtbot.mouseMove(selector, QPoint(390, 290))  # the pointer passing by, no button held
    assert selector.selection() == QRect(110, 76, 190, 140)
    for _ in range(40):  # never past the screen's edge
        qtbot.keyClick(selector, Qt.Key.Key_Right)
        qtbot.keyClick(selector, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert selector.selection() == QRect(210, 76, 190, 224)
    with qtbot.waitSignal(selector.selected) as caught:
        qtbot.keyClick(selector, Qt.Key.Key_Return)
    assert caught.args[0] == QRect(420, 152, 380, 448)  # in the screen's device pixels


def test_a_selector_on_a_2x_screen_selects_device_pixels(qtbot: QtBot) -> None:
    image = QImage(800, 600, QImage.Format.Format_RGB32)
    image.fill(QColor(0, 0, 0))
    shot = ScreenShot(image, "hidpi", QRect(0, 0, 400, 300), 2.0)
    selector = RegionSelector(shot)
    qtbot.addWidget(selector)
    selector.show()
    qtbot.mousePress(selector, Qt.MouseButton.LeftButton, pos=QPoint(10, 20))
    qtbot.mouseMove(selector, QPoint(60, 45))
    assert selector.device_selection() == QRect(20, 40, 100, 50)
    assert selector.size_text() == "100 × 50"


def test_region_capture_by_drag_stores_the_chosen_part(
    window: MainWindow, vault, qtbot: QtBot
) -> None:
    window.toolbar.capture_region.trigger()
    qtbot.waitUntil(lambda: window.capture.session is not None)
    (selector,) = window.capture.session.selectors
    qtbot.waitExposed(selector)
    assert window.isHidden()
    with qtbot.waitSignal(window.capture.stored, timeout=10_000):
        qtbot.mousePress(selector, Qt.MouseButton.LeftButton, pos=QPoint(20, 30))
        qtbot.mouseMove(selector, QPoint(80, 70))
        qtbot.mouseRelease(selector, Qt.MouseButton.LeftButton, pos=QPoint(120, 90))
    assert window.isVisible()
    (item,) = vault.service.items()
    assert item.kind == ItemKind.REGION and item.capture_method == "region-grab"
    stored = _decoded(vault.service.original_bytes(item.id))
    assert stored.size == (100, 60)
    assert set(stored.get_flattened_data()) == {(200, 0, 0, 255)}  # inside the red quarter only
    assert _record(window).form.item().id == item.id


def test_escape_cancels_a_region_and_stores_nothing(
    window: MainWindow, vault, qtbot: QtBot
) -> None:
    window.toolbar.capture_region.trigger()
    qtbot.waitUntil(lambda: window.capture.session is not None)
    (selector,) = window.capture.session.selectors
    with qtbot.waitSignal(window.capture.cancelled):
        qtbot.mousePress(selector, Qt.MouseButton.LeftButton, pos=QPoint(20, 30))
        qtbot.mouseMove(selector, QPoint(80, 70))
        qtbot.keyClick(selector, Qt.Key.Key_Escape)
    assert window.isVisible() and not window.capture.busy
    assert vault.service.items() == []
    assert window.record_dialogs == []


def test_window_capture_says_it_cannot_pick_and_offers_a_region(
    window: MainWindow, vault, qtbot: QtBot
) -> None:
    window.toolbar.capture_window.trigger()
    qtbot.waitUntil(lambda: window.capture.session is not None)
    (selector,) = window.capture.session.selectors
    assert "cannot pick a window of another program" in selector._hint
    with qtbot.waitSignal(window.capture.stored, timeout=10_000):
        qtbot.mousePress(selector, Qt.MouseButton.LeftButton, pos=QPoint(500, 10))
        qtbot.mouseRelease(selector, Qt.MouseButton.LeftButton, pos=QPoint(540, 40))
    (item,) = vault.service.items()
    assert item.kind == ItemKind.REGION and item.capture_method == "window-as-region"
    assert set(_decoded(vault.service.original_bytes(item.id)).get_flattened_data()) == {
        (0, 160, 0, 255)
    }


def test_the_delay_counts_down_visibly_then_captures(
    window: MainWindow, vault, qtbot: QtBot
) -> None:
    window.toolbar.delay_actions[3].trigger()
    assert window.capture.delay_seconds == 3
    window.capture.tick_ms = 150
    seen: list[str] = []
    window.toolbar.capture_screen.trigger()
    countdown = window.capture.countdown
    assert countdown is not None and countdown.isVisible()
    assert window.isHidden()
    countdown._timer.timeout.connect(lambda: seen.append(countdown.number.text()))
    assert countdown.number.text() == "3"
    with qtbot.waitSignal(window.capture.stored, timeout=10_000):
        pass
    assert seen == ["2", "1", "1"]  # the last tick hides it before the grab
    assert len(vault.service.items()) == 1
    assert window.isVisible()


def test_a_countdown_can_be_cancelled(window: MainWindow, vault, qtbot: QtBot) -> None:
    window.capture.delay_seconds = 10
    window.toolbar.capture_screen.trigger()
    countdown = window.capture.countdown
    assert countdown is not None
    with qtbot.waitSignal(window.capture.cancelled):
        qtbot.mouseClick(countdown.cancel_button, Qt.MouseButton.LeftButton)
    assert window.isVisible()
    assert vault.service.items() == []


def test_capture_shortcuts_are_listed_in_the_menu(window: MainWindow) -> None:
    actions = {a.text(): a.shortcut().toString() for a in window.capture_menu.actions()}
    assert actions["Whole screen"] == "Ctrl+Shift+1"
    assert actions["Part of the screen"] == "Ctrl+Shift+2"
    assert actions["One window"] == "Ctrl+Shift+3"
    assert actions["Paste"] == "Ctrl+V"
    assert actions["Add files…"] == "Ctrl+O"
    assert actions["Add a folder…"] == "Ctrl+Shift+O"
    assert all(not a.icon().isNull() for a in window.toolbar.capture_actions)
