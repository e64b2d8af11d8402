"""The focus ring (`focus_ring`) on the controls whose own style shows little or nothing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from evidence_app.gui.common import contrast
from evidence_app.gui.common.focus_ring import FocusStyle


def _ring_pixels(widget: QWidget) -> int:
    """How many of `widget`'s pixels have the ring's colour."""
    ring = contrast.ring_color(widget.palette()).rgb()
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    return sum(
        1 for y in range(image.height()) for x in range(image.width()) if image.pixel(x, y) == ring
    )


@pytest.mark.parametrize("base", ["Fusion", "Windows"])
def test_a_tool_button_reached_by_tab_shows_the_ring(qtbot: QtBot, base: str) -> None:
    """Quick exit and Settings are tool buttons: Qt's "Windows" style marks their focus
    with a dotted outline only, Fusion with its own frame; both get the ring."""
    window = QWidget()
    qtbot.addWidget(window)
    field = QLineEdit(window)
    button = QToolButton(window)
    button.setText("Quick exit")
    button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    style = FocusStyle(base)
    button.setStyle(style)
    layout = QHBoxLayout(window)
    layout.addWidget(field)
    layout.addWidget(button)
    window.show()
    qtbot.waitExposed(window)
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    assert _ring_pixels(button) == 0

    qtbot.keyClick(field, Qt.Key.Key_Tab)
    qtbot.waitUntil(button.hasFocus)
    # Two pixels wide all round, inside the style's focus rectangle (3 px in), less what
    # the rounded corners blend.
    around = 2 * 2 * (button.width() - 6 + button.height() - 6)
    assert _ring_pixels(button) >= 0.8 * around
