"""Pictures blurred until clicked: the pixels on the screen are blurred, a click or Space
shows the picture, and the setting holds for the next picture and the next start."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from evidence_app.gui.common.settings import Settings
from evidence_app.gui.items.image_viewer import ImageViewer
from evidence_app.gui.lock.session import VaultSession
from evidence_app.gui.main_window import MainWindow
from tests.helpers.vaults import Vault


def _stripes() -> QImage:
    """Black and white columns 4 pixels wide: sharp, they alternate; blurred, they are grey."""
    image = QImage(200, 120, QImage.Format.Format_RGB32)
    for x in range(200):
        colour = QColor(Qt.GlobalColor.black if (x // 4) % 2 else Qt.GlobalColor.white)
        for y in range(120):
            image.setPixelColor(x, y, colour)
    return image


def _contrast(viewer: ImageViewer) -> int:
    """The spread of grey along a row near the top of the picture shown on the screen."""
    shot = viewer.viewport().grab().toImage()
    centre = shot.rect().center()
    row = [
        shot.pixelColor(x, centre.y() - 40).lightness()
        for x in range(centre.x() - 60, centre.x() + 60)
    ]
    return max(row) - min(row)


def test_a_blurred_picture_shows_after_a_click_or_space(qtbot: QtBot) -> None:
    viewer = ImageViewer()
    qtbot.addWidget(viewer)
    viewer.resize(400, 300)
    viewer.show()
    qtbot.waitExposed(viewer)
    viewer.set_blur(True)
    viewer.set_image(_stripes())
    viewer.actual_size()
    qtbot.wait(50)
    assert viewer.veiled and _contrast(viewer) < 80
    qtbot.mouseClick(viewer.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(200, 150))
    qtbot.wait(50)
    assert not viewer.veiled and _contrast(viewer) > 200
    viewer.set_image(_stripes())  # the next picture is blurred again
    assert viewer.veiled
    viewer.setFocus()
    qtbot.keyClick(viewer, Qt.Key.Key_Space)
    assert not viewer.veiled


def test_the_setting_blurs_the_picture_shown_and_is_kept(
    qtbot: QtBot, vault: Vault, translations
) -> None:
    settings = Settings(vault.paths.settings_file)
    window = MainWindow(VaultSession.holding(vault.service), translations, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    # Everything the window reads at its start has arrived (nothing left running at the end).
    qtbot.waitUntil(lambda: window.case_bar.box.count() == 1)
    qtbot.waitUntil(lambda: 1 in window.pictures.known)
    window.detail.viewer.set_image(_stripes())
    assert not window.detail.viewer.veiled
    window.toolbar.blur.trigger()
    assert window.detail.viewer.veiled
    assert Settings(vault.paths.settings_file).blur_pictures()
    window.toolbar.blur.trigger()
    assert not window.detail.viewer.veiled
