"""Text reaches a contrast of 4.5:1 (WCAG 2.2, 1.4.3) in the palettes the app draws with."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from evidence_app.gui.common import contrast


def dark_palette() -> QPalette:
    """A dark theme as desktops make them, with the same weak spots as Fusion's light one."""
    palette = QPalette()
    role = QPalette.ColorRole
    for name, color in {
        role.Window: "#2b2b2b",
        role.WindowText: "#e6e6e6",
        role.Base: "#1e1e1e",
        role.AlternateBase: "#262626",
        role.Text: "#f0f0f0",
        role.Button: "#353535",
        role.ButtonText: "#e6e6e6",
        role.Highlight: "#3daee9",
        role.HighlightedText: "#ffffff",
        role.ToolTipBase: "#3b3b3b",
        role.ToolTipText: "#eeeeee",
        role.Link: "#2a82da",
    }.items():
        palette.setColor(name, QColor(color))
    faint = QColor("#f0f0f0")
    faint.setAlpha(110)
    palette.setColor(role.PlaceholderText, faint)
    return palette


def too_faint(palette: QPalette) -> dict[str, float]:
    found = {}
    for group in contrast.GROUPS:
        for text, background in contrast.PAIRS:
            value = contrast.ratio(palette.color(group, text), palette.color(group, background))
            if value < contrast.MINIMUM:
                found[f"{group.name} {text.name} on {background.name}"] = round(value, 2)
    return found


def fusion_palette() -> QPalette:
    return QStyleFactory.create("Fusion").standardPalette()


@pytest.mark.parametrize("make", [fusion_palette, dark_palette], ids=["light", "dark"])
def test_every_text_of_the_palette_reaches_4_5_to_1(qapp: QApplication, make) -> None:
    palette = make()
    assert too_faint(palette) != {}  # the themes as they come miss it (see contrast.py)
    fixed = contrast.made_readable(palette)
    assert too_faint(fixed) == {}
    role = QPalette.ColorRole
    # The theme's look is kept: the same window, text and selected text; the selection
    # and the placeholder only as much deeper as needed.
    for same in (role.Window, role.WindowText, role.Base, role.Text, role.HighlightedText):
        assert fixed.color(same) == palette.color(same)
    assert contrast.ratio(fixed.color(role.HighlightedText), fixed.color(role.Highlight)) < 5.5
    assert fixed.color(role.PlaceholderText) != fixed.color(role.Text)  # still told apart


def test_the_colour_of_a_problem_is_readable_on_light_and_dark_windows(qapp: QApplication) -> None:
    for palette in (fusion_palette(), dark_palette()):
        red = QColor(contrast.error_color(palette))
        for background in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
            assert contrast.ratio(red, palette.color(background)) >= contrast.MINIMUM


def test_the_app_palette_is_made_readable(qapp: QApplication) -> None:
    before = qapp.palette()
    try:
        qapp.setPalette(fusion_palette())
        contrast.apply(qapp)
        assert too_faint(qapp.palette()) == {}
    finally:
        qapp.setPalette(before)


def test_a_problem_is_said_in_a_red_that_suits_the_theme(qapp: QApplication) -> None:
    before = qapp.palette()
    try:
        qapp.setPalette(fusion_palette())
        assert contrast.error_style() == "color: #a4262c;"
        qapp.setPalette(dark_palette())
        assert contrast.error_style() == "color: #ff8a80;"
    finally:
        qapp.setPalette(before)


@pytest.mark.parametrize("make", [fusion_palette, dark_palette], ids=["light", "dark"])
def test_the_focus_ring_reaches_3_to_1_on_the_window_the_buttons_and_the_fields(
    qapp: QApplication, make
) -> None:
    palette = contrast.made_readable(make())
    role = QPalette.ColorRole
    ring = contrast.ring_color(palette)
    found = {
        around.name: round(contrast.ratio(ring, palette.color(around)), 2)
        for around in (role.Window, role.Button, role.Base)
    }
    assert min(found.values()) >= contrast.NOT_TEXT, found
    if make is dark_palette:  # the deepened selection misses it there: the ring is lighter
        highlight = palette.color(role.Highlight)
        assert contrast.ratio(highlight, palette.color(role.Button)) < contrast.NOT_TEXT
        assert contrast.luminance(ring) > contrast.luminance(highlight)
    else:  # in a light theme the selection's colour is the ring's
        assert ring == palette.color(role.Highlight)
