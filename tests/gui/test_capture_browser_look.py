"""The capture browser's window title and its camera icon (no page is loaded)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from evidence_app.capture.web import engine as web_engine

web_engine.prepare()  # before pytest-qt makes the QApplication

from PySide6.QtGui import QIcon, QImage  # noqa: E402

from evidence_app.gui.common.icons import icon  # noqa: E402
from evidence_app.gui.web.capture_browser import CaptureBrowser  # noqa: E402
from tests.helpers.vaults import Vault  # noqa: E402


def _pixels(made: QIcon) -> QImage:
    return made.pixmap(24, 24).toImage().convertToFormat(QImage.Format.Format_ARGB32)


@pytest.mark.parametrize(
    ("code", "title"),
    [("en", "Capture a web page"), ("nl", "Een webpagina vastleggen"), ("fr", None)],
)
def test_the_browser_has_a_title_and_a_camera_on_its_button(
    qtbot: QtBot, vault: Vault, translations, code: str, title: str | None
) -> None:
    translations.switch(code)
    browser = CaptureBrowser(vault.service, 1)
    qtbot.addWidget(browser)
    if title is not None:
        assert browser.windowTitle() == title
    else:
        assert browser.windowTitle() not in ("", "Capture a web page")
    camera = _pixels(icon("capture"))
    assert not camera.isNull()
    assert _pixels(browser.capture_button.icon()) == camera
