"""A 1366×768 laptop at 150 % scale is a screen of 911×512 for the app; with the text at
200 % (Settings > Text size) each window must still fit it, in each language: words wrap,
and parts go one above the other.

`tests/e2e/test_desktop_fit.py` opens every window on a real X server of that size in
Dutch, the way a person does, and measures width and height. This asks each window, in
French and English too, how narrow it can be. Not how low: a window's height follows the
screen it is on (what does not fit scrolls), and the screen here is another.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from evidence_app.gui.common import text_size
from evidence_app.gui.common.i18n import Translations
from tests.helpers.vaults import Vault
from tests.helpers.windows import WINDOWS, main_window, shown

# 911 less a window manager's frame (Openbox's: 1 px at 150 %).
ROOM = 911 - 2


@pytest.fixture
def twice_as_big() -> Iterator[None]:
    system = QApplication.font()
    text_size.apply(200)
    try:
        yield
    finally:
        QApplication.setFont(system)


def _too_wide(window: QWidget) -> int:
    """How much wider than the room `window` is at its narrowest (0: it fits)."""
    return max(0, max(window.minimumSizeHint().width(), window.minimumWidth()) - ROOM)


@pytest.mark.parametrize("lang", ["nl", "fr", "en"])
def test_every_window_fits_a_small_laptop_at_150_percent_with_the_text_twice_as_big(
    vault: Vault, qtbot: QtBot, translations: Translations, twice_as_big: None, lang: str
) -> None:
    translations.switch(lang)
    found = {"main window": _too_wide(main_window(vault, qtbot, translations))}
    for title, make in WINDOWS.items():
        with shown(make(vault), qtbot) as window:
            found[title] = _too_wide(window)
    assert {title: more for title, more in found.items() if more} == {}
