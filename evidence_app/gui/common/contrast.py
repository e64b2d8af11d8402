"""Text that can be read: every pair of the palette the app draws text with reaches
WCAG 2.2's contrast of 4.5:1 (success criterion 1.4.3), in a light theme and a dark one.

Qt's own Fusion palette misses it twice: white on the selection's blue (3.7:1, the
chosen row of every list) and the placeholder text, drawn as the text colour at half
opacity (4.0:1 on white), which the app also uses for lines with nothing else to show.
`readable()` moves such a colour away from its background, keeping its hue, until the
pair reaches the ratio; the system's theme is otherwise left as it is. Disabled text
is left alone: WCAG exempts controls that cannot be used.

The few colours the app sets itself are here too, each checked against the palette's
(`tests/gui/test_contrast.py`).
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor, QGuiApplication, QPalette

MINIMUM = 4.5
NOT_TEXT = 3.0  # a control's edge, a focus ring: WCAG 2.2, 1.4.11

# A problem said in words (a wrong passphrase, a field to fix): dark red on a light
# window, light red on a dark one.
ERROR_ON_LIGHT = "#a4262c"
ERROR_ON_DARK = "#ff8a80"

# (text, background) roles of the palette that text is drawn with.
PAIRS: tuple[tuple[QPalette.ColorRole, QPalette.ColorRole], ...] = (
    (QPalette.ColorRole.WindowText, QPalette.ColorRole.Window),
    (QPalette.ColorRole.Text, QPalette.ColorRole.Base),
    (QPalette.ColorRole.Text, QPalette.ColorRole.AlternateBase),
    (QPalette.ColorRole.ButtonText, QPalette.ColorRole.Button),
    (QPalette.ColorRole.PlaceholderText, QPalette.ColorRole.Base),
    (QPalette.ColorRole.PlaceholderText, QPalette.ColorRole.AlternateBase),
    (QPalette.ColorRole.PlaceholderText, QPalette.ColorRole.Window),
    (QPalette.ColorRole.HighlightedText, QPalette.ColorRole.Highlight),
    (QPalette.ColorRole.ToolTipText, QPalette.ColorRole.ToolTipBase),
    (QPalette.ColorRole.Link, QPalette.ColorRole.Base),
    (QPalette.ColorRole.Link, QPalette.ColorRole.Window),
)
GROUPS = (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive)


def _channel(value: float) -> float:
    value /= 255
    return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4


def luminance(color: QColor) -> float:
    """WCAG's relative luminance of `color`'s red, green and blue (its alpha is not
    looked at: blend it over its background first, with `over`)."""
    return (
        0.2126 * _channel(color.red())
        + 0.7152 * _channel(color.green())
        + 0.0722 * _channel(color.blue())
    )


def ratio(text: QColor, background: QColor) -> float:
    """WCAG's contrast ratio of `text` (blended over `background`) on `background`."""
    lighter, darker = sorted((luminance(over(text, background)), luminance(background)))[::-1]
    return (lighter + 0.05) / (darker + 0.05)


def over(color: QColor, background: QColor) -> QColor:
    """`color` as it looks drawn on `background` (its alpha applied)."""
    alpha = color.alphaF()
    return QColor(
        round(color.red() * alpha + background.red() * (1 - alpha)),
        round(color.green() * alpha + background.green() * (1 - alpha)),
        round(color.blue() * alpha + background.blue() * (1 - alpha)),
    )


def is_dark(palette: QPalette) -> bool:
    return luminance(palette.color(QPalette.ColorRole.Window)) < 0.2


def error_color(palette: QPalette) -> str:
    """The colour of a problem said in words, readable on this palette's window."""
    return ERROR_ON_DARK if is_dark(palette) else ERROR_ON_LIGHT


def error_style() -> str:
    """A style sheet for a problem said in words, on the app's palette now."""
    return f"color: {error_color(QGuiApplication.palette())};"


def _toward(color: QColor, target: QColor, step: float) -> QColor:
    return QColor(
        round(color.red() + (target.red() - color.red()) * step),
        round(color.green() + (target.green() - color.green()) * step),
        round(color.blue() + (target.blue() - color.blue()) * step),
    )


def readable(
    text: QColor,
    background: QColor,
    *,
    move_background: bool = False,
    minimum: float = MINIMUM,
) -> QColor:
    """The colour to use instead of `text` (or, with `move_background`, of `background`)
    so that the pair reaches `minimum`: moved step by step toward black or white, away
    from the other colour, keeping its hue as long as it can. Opaque."""
    if ratio(text, background) >= minimum:
        return background if move_background else text
    text = over(text, background)
    if move_background:
        moving, fixed = background, text
    else:
        moving, fixed = text, background
    far = QColor("black") if luminance(fixed) > 0.18 else QColor("white")
    for step in range(1, 41):
        moved = _toward(moving, far, step / 40)
        if ratio(*((fixed, moved) if move_background else (moved, fixed))) >= minimum:
            return moved
    return far  # pragma: no cover - black or white reaches 4.5:1 on anything


def ring_color(palette: QPalette) -> QColor:
    """The colour of the focus ring (`focus_ring`): the selection's, moved away from the
    window, the buttons and the fields until it reaches 3:1 on each (WCAG 2.2, 1.4.11, for
    what is not text). In a dark theme the selection is deepened for white text on it,
    toward the dark window: there the ring is lighter than the selection."""
    color = palette.color(QPalette.ColorRole.Highlight)
    for around in (QPalette.ColorRole.Window, QPalette.ColorRole.Button, QPalette.ColorRole.Base):
        color = readable(color, palette.color(around), minimum=NOT_TEXT)
    return color


def made_readable(palette: QPalette) -> QPalette:
    """A copy of `palette` whose text pairs all reach `MINIMUM` (see the module)."""
    fixed = QPalette(palette)
    for group in GROUPS:
        for text_role, background_role in PAIRS:
            text = fixed.color(group, text_role)
            background = fixed.color(group, background_role)
            if background_role == QPalette.ColorRole.Highlight:
                # White on the selection's colour is the theme's look: keep the text,
                # deepen the selection.
                fixed.setColor(
                    group, background_role, readable(text, background, move_background=True)
                )
            else:
                fixed.setColor(group, text_role, readable(text, background))
    return fixed


def apply(app: QGuiApplication) -> None:
    """Make the app's palette readable now, and again when the system's light or dark
    scheme changes. Only the colours that needed it are set: every other one stays the
    system's and follows it by itself."""

    def fix() -> None:
        app.setPalette(QPalette())  # the system's own palette, for the scheme of now
        system = app.palette()
        fixed = made_readable(system)
        only = QPalette()
        for group in GROUPS:
            for role in {role for pair in PAIRS for role in pair}:
                if fixed.color(group, role) != system.color(group, role):
                    only.setColor(group, role, fixed.color(group, role))
        app.setPalette(only)

    fix()
    # After the scheme's own palette has reached the app (Qt does not promise the order).
    app.styleHints().colorSchemeChanged.connect(lambda _scheme: QTimer.singleShot(0, fix))
