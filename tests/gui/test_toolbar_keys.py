"""The tool bar with the keyboard alone: Tab reaches it once, on one of its buttons, the
arrow keys go from button to button, Home and End to the ends, Space or Enter presses
one, Down opens a menu button's menu, and Tab goes on past it (`gui/common/one_stop.py`).
Before, Tab never reached the capture buttons."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from evidence_app.gui.common.i18n import Translations
from evidence_app.gui.main_window import PAGE_LOCKED, MainWindow
from tests.helpers.vaults import Vault
from tests.helpers.windows import main_window


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(_focused(), key, modifier)


def _on_the_bar(window: MainWindow) -> str:
    """The words of the tool bar's button with the focus ("" when the focus is elsewhere)."""
    widget = _focused()
    if isinstance(widget, QToolButton) and widget.parentWidget() is window.toolbar:
        return widget.text()
    return ""


def _shown_buttons(window: MainWindow) -> list[str]:
    bar = window.toolbar
    return [
        button.text()
        for action in bar.actions()
        if isinstance(button := bar.widgetForAction(action), QToolButton)
        and button.isVisibleTo(bar)
        and button.isEnabled()
    ]


def _stops(window: MainWindow) -> list[str]:
    """The tool bar's buttons that Tab stops at."""
    return [
        button.text()
        for button in window.toolbar.findChildren(QToolButton)
        if button.focusPolicy() & Qt.FocusPolicy.TabFocus
    ]


def _tab_to_the_bar(window: MainWindow) -> list[str]:
    """Tab from the list until the focus is on the tool bar; what Tab reached on the way."""
    window.table.setFocus(Qt.FocusReason.TabFocusReason)
    way = []
    for _ in range(60):
        _press(Qt.Key.Key_Tab)
        if _on_the_bar(window):
            return way
        way.append(_focused())
    raise AssertionError("Tab never reached the tool bar")


def _wide(vault: Vault, qtbot: QtBot, translations: Translations) -> MainWindow:
    translations.switch("en")
    window = main_window(vault, qtbot, translations)
    window.resize(1600, 800)
    qtbot.waitUntil(lambda: "Settings" in _shown_buttons(window))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def test_tab_reaches_the_bar_once_and_the_arrows_go_through_its_buttons(
    vault: Vault, qtbot: QtBot, translations: Translations
) -> None:
    window = _wide(vault, qtbot, translations)
    shown = _shown_buttons(window)
    assert shown[:4] == ["Whole screen", "Part of the screen", "One window", "Web page"]
    assert shown[-2:] == ["Lock", "Settings"]
    _tab_to_the_bar(window)
    assert _on_the_bar(window) == "Whole screen"  # the first, at first
    # One stop: a round of Tab meets the bar once.
    way = _tab_to_the_bar(window)
    assert [w for w in way if w.parentWidget() is window.toolbar] == []
    assert len(way) > 3  # the case's bar, the list, the details
    reached = [_on_the_bar(window)]
    for _ in shown[1:]:
        _press(Qt.Key.Key_Right)
        reached.append(_on_the_bar(window))
    assert reached == shown
    _press(Qt.Key.Key_Right)  # round, from the last to the first
    assert _on_the_bar(window) == shown[0]
    _press(Qt.Key.Key_Left)
    assert _on_the_bar(window) == shown[-1]
    _press(Qt.Key.Key_Home)
    assert _on_the_bar(window) == shown[0]
    _press(Qt.Key.Key_End)
    _press(Qt.Key.Key_Left)
    assert _on_the_bar(window) == "Lock"
    # Tab goes on past the bar, and Shift+Tab comes back to the button last gone to.
    _press(Qt.Key.Key_Tab)
    assert not _on_the_bar(window)
    _press(Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert _on_the_bar(window) == "Lock"
    # The ring shows where the keys are (the window knows the focus came from a key).
    assert window.testAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)


def test_space_on_lock_locks_the_vault(
    vault: Vault, qtbot: QtBot, translations: Translations
) -> None:
    window = _wide(vault, qtbot, translations)
    _tab_to_the_bar(window)
    _press(Qt.Key.Key_End)
    _press(Qt.Key.Key_Left)
    assert _on_the_bar(window) == "Lock"
    _press(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not window.session.is_open())
    assert window.pages.currentIndex() == PAGE_LOCKED


def test_enter_presses_the_button_with_the_focus(
    vault: Vault, qtbot: QtBot, translations: Translations
) -> None:
    window = _wide(vault, qtbot, translations)
    _tab_to_the_bar(window)
    while _on_the_bar(window) != "Lock":
        _press(Qt.Key.Key_Right)
    _press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.session.is_open())


def test_a_button_hidden_or_disabled_is_passed_by(
    vault: Vault, qtbot: QtBot, translations: Translations
) -> None:
    """A narrow window puts buttons behind Qt's "More actions" (the Capture menu has them
    all); a locked vault disables the capture buttons: the bar's stop moves to a button
    that is shown and enabled, and the arrows pass the others by."""
    window = _wide(vault, qtbot, translations)
    _tab_to_the_bar(window)
    _press(Qt.Key.Key_End)
    assert _on_the_bar(window) == "Settings"
    window.resize(700, 800)
    qtbot.waitUntil(lambda: "Settings" not in _shown_buttons(window))
    shown = _shown_buttons(window)
    assert shown and shown[0] == "Whole screen"
    qtbot.waitUntil(lambda: _stops(window) == ["Whole screen"])
    _tab_to_the_bar(window)
    assert _on_the_bar(window) == shown[0]  # the one chosen is hidden: the first
    _press(Qt.Key.Key_Left)
    assert _on_the_bar(window) == shown[-1]  # round to the last shown, not a hidden one
    window.lock_vault()
    qtbot.waitUntil(lambda: window.pages.currentIndex() == PAGE_LOCKED)
    window.resize(1600, 800)
    qtbot.waitUntil(lambda: _shown_buttons(window) == ["Settings"])
    qtbot.waitUntil(lambda: _stops(window) == ["Settings"])


def test_down_opens_a_menu_buttons_menu(
    vault: Vault, qtbot: QtBot, translations: Translations
) -> None:
    """Delay and Settings hold menus: Down opens one, as a click does (and as the arrow
    keys do on a menu button in WAI-ARIA's tool bar); Right goes on along the bar."""
    window = _wide(vault, qtbot, translations)
    _tab_to_the_bar(window)
    while _on_the_bar(window) != "Delay":
        _press(Qt.Key.Key_Right)
    opened: list[str] = []

    def close_it(tries: int = 250) -> None:
        menu = QApplication.activePopupWidget()
        if isinstance(menu, QMenu):
            opened.append(menu.title())
            menu.close()
        elif tries:
            QTimer.singleShot(20, window, lambda: close_it(tries - 1))

    QTimer.singleShot(20, window, close_it)
    _press(Qt.Key.Key_Down)  # the menu runs its own loop until it closes
    assert opened == ["Delay"]
    _press(Qt.Key.Key_Right)
    assert _on_the_bar(window) == "Paste"
