"""A 1366×768 laptop at 150 % scale is a screen of 911×512 for the app; with the text at
200 % (Settings > Text size) each window must still fit it, in each language: words wrap,
and parts go one above the other.

`tests/e2e/test_desktop_fit.py` opens every window on a real X server of that size in
Dutch, the way a person does, and measures them with their frames. This asks each window,
in French and English too, how small it can be, on a screen of that size: a window sizes
itself to the room its screen gives it (`dialog_parts.free_area`), which is that screen's
here, whatever the test runs on.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from evidence_app.gui.common import dialog_parts
from evidence_app.gui.common.i18n import Translations
from evidence_app.gui.export import export_dialog
from evidence_app.gui.items import person_editor, record_dialog
from tests.helpers.vaults import Vault
from tests.helpers.windows import WINDOWS, main_window, shown

SCREEN = QSize(911, 512)
# Less a window manager's frame: Openbox's, in the app's pixels at 150 % (1 at each side and 14
# for the title bar; 2 and 21 on the screen).
ROOM = QSize(SCREEN.width() - 2, SCREEN.height() - 16)


@pytest.fixture
def small_screen(monkeypatch: pytest.MonkeyPatch) -> None:
    def free_area(window: QWidget) -> QSize:
        return SCREEN - dialog_parts.FRAME_ALLOWANCE

    for module in (dialog_parts, export_dialog, person_editor, record_dialog):
        monkeypatch.setattr(module, "free_area", free_area)


def _too_big(window: QWidget) -> str:
    """How much bigger than the room `window` is at its smallest ("": it fits)."""
    smallest = window.minimumSizeHint().expandedTo(window.minimumSize())
    if smallest.width() <= ROOM.width() and smallest.height() <= ROOM.height():
        return ""
    return f"{smallest.width()}×{smallest.height()}"


@pytest.mark.parametrize("lang", ["nl", "fr", "en"])
def test_every_window_fits_a_small_laptop_at_150_percent_with_the_text_twice_as_big(
    vault: Vault,
    qtbot: QtBot,
    translations: Translations,
    small_screen: None,
    twice_as_big: None,
    lang: str,
) -> None:
    translations.switch(lang)
    found = {"main window": _too_big(main_window(vault, qtbot, translations))}
    for title, make in WINDOWS.items():
        with shown(make(vault), qtbot) as window:
            found[title] = _too_big(window)
    assert {title: size for title, size in found.items() if size} == {}
