"""The keyboard alone, in every window: Tab goes round all the controls a person can use,
in an order that reads like the window, shows where it is, and comes back to where it
started; Shift+Tab goes round the other way. Nothing keeps the focus in (a text field that
takes Tab as a character would).

The windows are those the names test opens (`tests.helpers.windows`), with the main
window, and the two wizards page by page. Keys are sent as key events to the control that
has the focus, as a keyboard does. The desktop test (tests/e2e/test_desktop_keyboard.py)
does the same for the main window on a real X server, following the focus as a screen
reader does.

What counts as reached. Every control shown and enabled that takes the focus with Tab,
except:
- a radio button of a group, when another of the group is chosen: Tab goes to the chosen
  one, the arrows move between them (as on every desktop);
- a part of a control that takes the focus for it (its focus proxy): the control counts.

Reading order: from one stop to the next, the focus never goes up to a control that
starts further left, except to come round to the start. A second column is read after
the first (up, but to the right); the buttons at the bottom after both (down). What a
scroll area holds is read where the area stands (its scrolling aside).

Every stop has a name (Qt's accessibility interface): an unnamed stop is a scroll area or
a part that should not be one.

Visible focus: each control looks different (its pixels) while it has the focus and after
Tab took it away.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAccessible, QImage, QStandardItem, QStandardItemModel
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from evidence_app.gui.common.dialog_parts import list_for_the_keyboard
from evidence_app.gui.common.i18n import Translations
from evidence_app.paths import Paths
from evidence_app.storage.keyheader import KdfParams
from tests.helpers.vaults import Vault
from tests.helpers.windows import (
    WINDOWS,
    main_window,
    shown,
    walk_recovery_key,
    walk_setup,
)

MOST_STOPS = 120


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the focus"
    return widget


def focused_in(window: QWidget) -> bool:
    widget = QApplication.focusWidget()
    return widget is not None and widget.window() is window


def press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(focused(), key, modifier)


def _takes_tab(widget: QWidget) -> bool:
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)


def _stand_in(widget: QWidget) -> QWidget:
    """The control a part stands for (its focus proxy's owner counts as reached)."""
    while widget.focusProxy() is not None:
        widget = widget.focusProxy()
    return widget


def tab_stops(top: QWidget) -> list[QWidget]:
    """The controls of `top` that Tab must reach (the module docstring)."""
    stops = []
    for widget in top.findChildren(QWidget):
        if not (widget.isVisibleTo(top) and widget.isEnabled() and _takes_tab(widget)):
            continue
        if widget.focusProxy() is not None:
            continue  # its proxy is the stop
        if (
            isinstance(widget, QRadioButton)
            and widget.autoExclusive()
            and not widget.isChecked()
            and any(
                other.isChecked()
                for other in widget.parentWidget().findChildren(QRadioButton)
                if other.autoExclusive() and other.parentWidget() is widget.parentWidget()
            )
        ):
            continue
        stops.append(widget)
    return stops


def go_round(top: QWidget, key_modifier: Qt.KeyboardModifier) -> list[QWidget]:
    """From the control with the focus, Tab (or Shift+Tab) until the focus is back at it."""
    start = focused()
    way = [start]
    for _ in range(MOST_STOPS):
        press(Qt.Key.Key_Tab, key_modifier)
        now = focused()
        assert now.window() is top, f"the focus left the window, to {_shown(now)}"
        if now is start:
            return way
        way.append(now)
    raise AssertionError(
        f"Tab did not come back to {_shown(start)} in {MOST_STOPS} stops; "
        f"the last ones: {[_shown(w) for w in way[-5:]]}"
    )


def _shown(widget: QWidget) -> str:
    words = widget.accessibleName() or (
        widget.text() if isinstance(widget, QAbstractButton) else ""
    )
    return f"{type(widget).__name__} {widget.objectName()!r} {words!r}"


def _said_name(widget: QWidget) -> str:
    face = QAccessible.queryAccessibleInterface(widget)
    return face.text(QAccessible.Text.Name).strip() if face is not None else ""


def _place(widget: QWidget) -> QRect:
    return QRect(widget.mapTo(widget.window(), QPoint(0, 0)), widget.size())


def _looks(widget: QWidget) -> QImage:
    margin = 3  # a focus frame may be drawn just outside the control
    box = _place(widget).adjusted(-margin, -margin, margin, margin)
    return widget.window().grab(box).toImage()


def _as_laid_out(widget: QWidget) -> QRect:
    """Where `widget` is in its window with every scroll area scrolled to its start: the
    order of reading does not change with how far a list of steps is scrolled."""
    place = _place(widget)
    part: QWidget | None = widget
    while part is not None:
        viewport = part.parentWidget()
        area = viewport.parentWidget() if viewport is not None else None
        if isinstance(area, QScrollArea) and area.widget() is part:
            place.translate(-part.pos())
        part = part.parentWidget()
    return place


def _scroll_areas(widget: QWidget) -> list[QScrollArea]:
    """The scroll areas `widget` is in, the innermost first."""
    found = []
    part: QWidget | None = widget
    while part is not None:
        viewport = part.parentWidget()
        area = viewport.parentWidget() if viewport is not None else None
        if isinstance(area, QScrollArea) and area.widget() is part:
            found.append(area)
        part = part.parentWidget()
    return found


def _backwards(before: QWidget, after: QWidget) -> bool:
    """Whether the focus went up to a control that starts further left (the module
    docstring). Inside one scroll area, by where the two are in what it holds; from
    inside an area to outside it, by where the area is (what it holds is read where it
    stands)."""
    areas = _scroll_areas(before), _scroll_areas(after)
    common = next((area for area in areas[0] if area in areas[1]), None)

    def read_as(widget: QWidget, around: list[QScrollArea]) -> QWidget:
        own = around[: around.index(common)] if common in around else around
        return own[-1] if own else widget

    a = _as_laid_out(read_as(before, areas[0]))
    b = _as_laid_out(read_as(after, areas[1]))
    return b.bottom() < a.top() and b.left() < a.left()


def out_of_order(way: list[QWidget]) -> list[str]:
    return [f"{_shown(a)} then {_shown(b)}" for a, b in itertools.pairwise(way) if _backwards(a, b)]


def round_of(top: QWidget, qtbot: QtBot) -> dict[str, list[str]]:
    """What is wrong with the keyboard round of `top`, by kind; empty when nothing is."""
    top.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is top)
    if QApplication.focusWidget() is None or QApplication.focusWidget().window() is not top:
        top.focusNextChild()
    forward = go_round(top, Qt.KeyboardModifier.NoModifier)
    wrong: dict[str, list[str]] = {}

    stops = {_stand_in(widget) for widget in tab_stops(top)}
    reached = {_stand_in(widget) for widget in forward}
    wrong["not reached"] = [_shown(widget) for widget in stops - reached]

    # Every stop has a name a screen reader says (a stop with none is a scroll area or a
    # part that should not be one).
    wrong["no name"] = [_shown(widget) for widget in forward if not _said_name(widget)]

    # The way back is the way there, reversed.
    backward = go_round(top, Qt.KeyboardModifier.ShiftModifier)
    if [forward[0], *reversed(forward[1:])] != backward:
        wrong["Shift+Tab"] = [_shown(widget) for widget in backward]

    # Reading order, from where the way round starts (the stop after which it goes
    # backwards least often: the first control of the window).
    wrong["reading order"] = min(
        (out_of_order(forward[first:] + forward[:first]) for first in range(len(forward))),
        key=len,
    )

    # Each stop shows its focus: how it looks with it, and once the next stop has it.
    unseen = []
    for widget in forward:
        assert focused() is widget
        with_focus = _looks(widget)
        press(Qt.Key.Key_Tab)
        if len(forward) == 1:  # the only stop: Tab keeps it there, so compare it without
            widget.clearFocus()
        if _looks(widget) == with_focus:
            unseen.append(_shown(widget))
        if len(forward) == 1:
            widget.setFocus(Qt.FocusReason.TabFocusReason)
    wrong["no visible focus"] = unseen
    return {kind: found for kind, found in wrong.items() if found}


# Chromium draws the page and takes the keys in it; without a screen (Qt's offscreen
# platform) it does not start, and the page holds the focus. The capture browser is gone
# round on a real X server instead, by tests/e2e/test_desktop_keyboard.py.
ON_A_SCREEN_ONLY = {"capture browser"}


@pytest.mark.parametrize("title", sorted(set(WINDOWS) - ON_A_SCREEN_ONLY))
def test_tab_goes_round_every_window_with_a_visible_focus(
    vault: Vault, qtbot: QtBot, title: str
) -> None:
    vault.service.add_records(case_id=1, records=[{"description": "x", "url": "https://x.com/a"}])
    make: Callable[[Vault], QWidget] = WINDOWS[title]
    with shown(make(vault), qtbot) as window:
        assert round_of(window, qtbot) == {}


def test_tab_goes_round_the_main_window_with_a_visible_focus(
    vault: Vault, qtbot: QtBot, translations: Translations
) -> None:
    window = main_window(vault, qtbot, translations)
    # The keyboard starts at the list, nothing chosen (no picture shows unasked). The round
    # is taken as from the control before it, Tab choosing an item: the details' fields
    # are stops only then.
    assert window.focusWidget() is window.table
    assert not window.table.selectionModel().hasSelection()
    window.table.setCurrentIndex(window.model.index(0, 0))
    assert round_of(window, qtbot) == {}


def _problems(qtbot: QtBot) -> Callable[[QWidget], list[str]]:
    """What is wrong with the round of a wizard's page, as the page walkers count it."""
    return lambda top: [f"{kind}: {found}" for kind, found in round_of(top, qtbot).items()]


def test_every_page_of_the_setup_goes_round_too(
    qtbot: QtBot,
    translations: Translations,
    app_paths: Paths,
    fast_kdf: KdfParams,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Closing the setup once the vault is made asks first: yes, close it.
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: QMessageBox.StandardButton.Yes)
    found = walk_setup(app_paths, translations, fast_kdf, qtbot, _problems(qtbot))
    assert {page: wrong for page, wrong in found.items() if wrong} == {}


def test_every_page_of_the_new_recovery_key_goes_round_too(vault: Vault, qtbot: QtBot) -> None:
    found = walk_recovery_key(vault, qtbot, _problems(qtbot))
    assert {page: wrong for page, wrong in found.items() if wrong} == {}


@pytest.mark.parametrize("opened_by", ["key", "click"])
def test_a_window_opened_with_a_key_shows_where_the_focus_is_at_once(
    vault: Vault, qtbot: QtBot, translations: Translations, opened_by: str
) -> None:
    """A window opened from the keyboard (a shortcut, Enter) shows the ring on the control
    it opens on, before any Tab; one opened with a click does not (as after a click
    anywhere). Its default button looks the same with the focus and without, but for it."""
    window = main_window(vault, qtbot, translations)
    window.activateWindow()
    qtbot.waitUntil(lambda: focused_in(window))
    # Through the window, as the keyboard and the mouse come in.
    handle = window.windowHandle()
    if opened_by == "key":
        QTest.keyClick(handle, Qt.Key.Key_A)
    else:
        search = window.case_bar.search
        at = search.mapTo(window, search.rect().center())
        QTest.mouseClick(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at)
    dialog = QDialog(window)
    ok = QPushButton("OK", dialog)
    ok.setDefault(True)
    with shown(dialog, qtbot):
        dialog.activateWindow()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is ok)
        with_focus = _looks(ok)
        ok.clearFocus()
        assert (_looks(ok) != with_focus) is (opened_by == "key")


@pytest.mark.parametrize("reached_by", ["tab", "given"])
def test_a_list_given_the_focus_chooses_its_first_line_with_down(
    qtbot: QtBot, reached_by: str
) -> None:
    """Reached with Tab, a list chooses its first line (its details show). Given the focus
    (a window that opens on it), it chooses nothing, no picture shows unasked, and Down
    chooses the first line: Qt had made the first line current, and Down went to the
    second."""
    window = QWidget()
    before = QLineEdit()
    view = QTableView()
    model = QStandardItemModel(3, 2)
    for row in range(3):
        model.setItem(row, 0, QStandardItem(f"line {row + 1}"))
    view.setModel(model)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)  # as the app's lists
    list_for_the_keyboard(view)
    layout = QVBoxLayout(window)
    layout.addWidget(before)
    layout.addWidget(view)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    before.setFocus()
    qtbot.waitUntil(before.hasFocus)
    if reached_by == "tab":
        press(Qt.Key.Key_Tab)
        qtbot.waitUntil(view.hasFocus)
        assert [i.row() for i in view.selectionModel().selectedRows()] == [0]
        return
    view.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(view.hasFocus)
    qtbot.waitUntil(lambda: not view.currentIndex().isValid())
    assert not view.selectionModel().hasSelection()
    QTest.keyClick(view, Qt.Key.Key_Down)
    assert [i.row() for i in view.selectionModel().selectedRows()] == [0]
