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
from tests.helpers.windows import main_window, unlock_again


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


def _arrows_to(window: MainWindow, name: str) -> None:
    """Right until the button `name` has the keyboard (at most once round the bar)."""
    for _ in range(len(window.toolbar.actions()) + 1):
        if _on_the_bar(window) == name:
            return
        _press(Qt.Key.Key_Right)
    raise AssertionError(f"the arrows never reached {name!r}")


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
    # The ring shows where the arrows went: a button looks different with the keyboard.
    _press(Qt.Key.Key_Home)
    second = window.toolbar.widgetForAction(window.toolbar.capture_region)
    before = second.grab().toImage()
    _press(Qt.Key.Key_Right)
    assert _focused() is second
    assert second.grab().toImage() != before


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
    _arrows_to(window, "Lock")
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
    _arrows_to(window, "Delay")
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


def test_up_and_down_keep_the_keyboard_on_the_bar(
    vault: Vault, qtbot: QtBot, translations: Translations
) -> None:
    """On a button without a menu, Qt's own button sent the keyboard on past the bar (Down
    as Tab, Up as Shift+Tab): there they do nothing."""
    window = _wide(vault, qtbot, translations)
    _tab_to_the_bar(window)
    _press(Qt.Key.Key_Right)
    for key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
        _press(key)
        assert _on_the_bar(window) == "Part of the screen"


def test_the_keyboard_stays_on_the_bar_when_its_button_goes_behind_more_actions(
    vault: Vault, qtbot: QtBot, translations: Translations
) -> None:
    """Settings has the keyboard, and the text is made bigger from its menu: Settings goes
    behind "More actions". The keyboard went on past the bar; it stays on the bar now."""
    window = _wide(vault, qtbot, translations)
    _tab_to_the_bar(window)
    _press(Qt.Key.Key_End)
    assert _on_the_bar(window) == "Settings"
    window.resize(700, 800)  # as bigger text does
    qtbot.waitUntil(lambda: "Settings" not in _shown_buttons(window))
    assert _on_the_bar(window) == "Whole screen"


def test_after_a_lock_tab_comes_back_to_the_button_last_gone_to(
    vault: Vault, qtbot: QtBot, translations: Translations
) -> None:
    """A lock disables every button but Settings, and the bar's stop goes there while it
    lasts; once the vault is open again it is the button the keys went to before."""
    window = _wide(vault, qtbot, translations)
    _tab_to_the_bar(window)
    _arrows_to(window, "Add files")
    window.lock_vault()
    qtbot.waitUntil(lambda: _stops(window) == ["Settings"])
    unlock_again(window, qtbot, vault.passphrase)
    qtbot.waitUntil(lambda: _stops(window) == ["Add files"])
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    _tab_to_the_bar(window)
    assert _on_the_bar(window) == "Add files"
