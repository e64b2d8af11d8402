"""A 1366×768 laptop at 150 % scale is a screen of 911×512 for the app; with the text at
200 % (Settings > Text size) each window must still fit it, in each language: words wrap,
and parts go one above the other. With a task bar as Windows has, 48 of its pixels less
high: there the main window's list and details scroll under the case's bar.

`tests/e2e/test_desktop_fit.py` opens every window on a real X server of that size in
Dutch, the way a person does, and measures them with their frames. This asks each window,
in French and English too, how small it can be, on a screen of that size: a window sizes
itself to the room its screen gives it (`dialog_parts.free_area`), which is that screen's
here, whatever the test runs on.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from evidence_app.gui.common import dialog_parts
from evidence_app.gui.common.i18n import Translations
from evidence_app.gui.common.wrapping_choice import WrappingCheckBox, WrappingRadioButton
from evidence_app.gui.export import export_dialog
from evidence_app.gui.items import record_dialog
from evidence_app.gui.keys import change_passphrase_dialog
from tests.helpers.vaults import Vault
from tests.helpers.windows import WINDOWS, main_window, shown

# The screen, and the room a window has on it with its frame, in the app's pixels at 150 %.
SCREENS = {
    # Openbox: a frame of 1 at each side and 14 for the title bar (2 and 21 on the screen).
    "1366x768": (QSize(911, 512), QSize(909, 496)),
    # Windows: its task bar takes 48 (72 on the screen) and a title bar 30 (45).
    "1366x768 task bar": (QSize(911, 464), QSize(909, 433)),
}


@pytest.fixture(params=list(SCREENS))
def small_screen(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> QSize:
    """The room a window has, on a screen of that size (whatever the test runs on)."""
    screen, room = SCREENS[request.param]

    def free_area(window: QWidget) -> QSize:
        return screen - dialog_parts.FRAME_ALLOWANCE

    for module in (dialog_parts, export_dialog, record_dialog, change_passphrase_dialog):
        monkeypatch.setattr(module, "free_area", free_area)
    return room


@pytest.fixture(params=["nl", "fr", "en"])
def big_text_in(
    request: pytest.FixtureRequest, translations: Translations, twice_as_big: None
) -> str:
    """Text at 200 %, in each of the app's languages in turn."""
    translations.switch(request.param)
    return str(request.param)


def _too_big(window: QWidget, room: QSize) -> str:
    """How much bigger than `room` `window` is at its smallest ("": it fits)."""
    smallest = window.minimumSizeHint().expandedTo(window.minimumSize())
    if smallest.width() <= room.width() and smallest.height() <= room.height():
        return ""
    return f"{smallest.width()}×{smallest.height()}"


def _every_window(
    vault: Vault,
    qtbot: QtBot,
    translations: Translations,
    look: Callable[[QWidget], object],
    *,
    settled: bool = False,
) -> dict[str, object]:
    """What `look` finds wrong in each window as it is shown (the main window first), or
    once it has done what it does after that (`settled`: the unlock window grows); only
    the windows where it found something."""
    found = {"main window": look(main_window(vault, qtbot, translations))}
    for title, make in WINDOWS.items():
        with shown(make(vault), qtbot) as window:
            if settled:
                qtbot.wait(20)
            found[title] = look(window)
    return {title: wrong for title, wrong in found.items() if wrong}


def test_every_window_fits_a_small_laptop_at_150_percent_with_the_text_twice_as_big(
    vault: Vault, qtbot: QtBot, translations: Translations, small_screen: QSize, big_text_in: str
) -> None:
    too_big = _every_window(vault, qtbot, translations, lambda w: _too_big(w, small_screen))
    assert too_big == {}


def _in_sight(widget: QWidget, window: QWidget) -> bool:
    """All of `widget` is shown in `window`: inside it, and in what each pane around it shows."""
    place = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    shown = window.rect()
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        shown = shown.intersected(QRect(parent.mapTo(window, QPoint(0, 0)), parent.size()))
        parent = parent.parentWidget()
    return shown.contains(place)


def test_on_a_short_screen_the_list_and_details_scroll_under_the_case_bar(
    vault: Vault, qtbot: QtBot, translations: Translations, twice_as_big: None
) -> None:
    """Above a task bar, with the text at 200 %, the list and the details at their smallest
    were higher than the room: the main window went past the screen's bottom edge. Now they
    scroll, and the case's bar above them stays in sight; the list, which has the keyboard
    at first, shows its top (its header), and Tab brings the details' Save into sight."""
    translations.switch("nl")
    window = main_window(vault, qtbot, translations)
    room = SCREENS["1366x768 task bar"][1]
    assert window.minimumSizeHint().height() <= room.height()
    window.resize(room)
    qtbot.waitUntil(lambda: window.size() == room)
    areas = window.findChildren(QScrollArea)
    area = next(a for a in areas if a.widget().isAncestorOf(window.table))
    bar = area.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)  # they scroll
    assert _in_sight(window.case_bar, window)
    # An empty list (a search that finds nothing, a new case): Qt showed its middle.
    search = window.case_bar.search
    search.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(search.hasFocus)
    qtbot.keyClicks(search, "niets hier")
    qtbot.waitUntil(lambda: window.model.rowCount() == 0)
    bar.setValue(bar.maximum())  # as it may be, after a wheel turned over it
    qtbot.keyClick(search, Qt.Key.Key_Tab)
    qtbot.waitUntil(window.table.hasFocus)
    qtbot.waitUntil(lambda: bar.value() == 0)
    assert _in_sight(window.table.horizontalHeader(), window)
    search.clear()
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    save = window.detail.form.save_button
    window.table.selectRow(0)
    qtbot.waitUntil(save.isEnabled)
    assert not _in_sight(save, window)
    for _ in range(40):  # Tab, as a person does, until Save has the keyboard
        if save.hasFocus():
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert save.hasFocus()
    qtbot.waitUntil(lambda: _in_sight(save, window))
    assert _in_sight(window.case_bar, window)


def _cut_above_or_below(window: QWidget) -> list[str]:
    """Words that wrap (a label's, a check box's or a radio button's) in less height than
    their lines take, so that lines are cut off above and below."""
    cut = []
    for part in window.findChildren(QWidget):
        if not part.isVisible():
            continue
        wraps = isinstance(part, WrappingCheckBox | WrappingRadioButton) or (
            isinstance(part, QLabel) and part.wordWrap() and bool(part.text())
        )
        needed = part.heightForWidth(part.width()) if wraps else -1
        if needed > part.height() + 1:
            cut.append(f"{part.text()[:40]!r}: {part.height()} of {needed} px")
    return cut


def test_no_words_are_cut_off_above_or_below_with_the_text_twice_as_big(
    vault: Vault, qtbot: QtBot, translations: Translations, small_screen: QSize, big_text_in: str
) -> None:
    """Each window as it opens on the small screen: the unlock window was as high as for
    one line of its words and one of its check box's, which took two each."""
    assert _every_window(vault, qtbot, translations, _cut_above_or_below, settled=True) == {}
