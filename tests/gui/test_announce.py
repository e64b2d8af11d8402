"""What the app says in passing reaches Orca: on Linux, as a notification that appears.

Orca 43 (Debian 12) says nothing of Qt's announcements; every Orca says a notification
as it is shown. Here the notification is checked through Qt's accessibility interface;
tests/e2e/test_desktop_announce.py hears it on a real AT-SPI bus, and Orca itself said
"notification Saved at 20:26." when it was tried.
"""

from __future__ import annotations

import gc

import pytest
import shiboken6
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from evidence_app.gui.common import announce as announcing
from evidence_app.gui.common.dialog_parts import say, status_label


def _notices(window: QWidget) -> list[tuple[str, QAccessible.Role, bool]]:
    """Each notification in `window`: its words, its role and whether it is shown."""
    found = []
    for notice in window.findChildren(QWidget, "notice"):
        made = QAccessible.queryAccessibleInterface(notice)
        assert made is not None
        found.append((made.text(QAccessible.Text.Name), made.role(), notice.isVisible()))
    return found


@pytest.fixture
def window(qtbot: QtBot) -> QWidget:
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    layout.addWidget(QLabel("A window"))
    window.show()
    qtbot.waitExposed(window)
    return window


def test_a_status_shows_a_notification_with_its_words(qtbot: QtBot, window: QWidget) -> None:
    label = status_label()
    window.layout().addWidget(label)
    say(label, "Saved at 17:02.")
    say(label, "Written down.")  # at once after: the first keeps its own words
    assert _notices(window) == [
        ("Saved at 17:02.", QAccessible.Role.Notification, True),
        ("Written down.", QAccessible.Role.Notification, True),
    ]
    # Nothing for the eye, nothing for the keyboard: the label shows the message.
    for notice in window.findChildren(QWidget, "notice"):
        assert notice.size().isEmpty()
        assert notice.focusPolicy() == label.focusPolicy()
    say(label, "   ")  # nothing to say
    assert len(_notices(window)) == 2


def test_a_notification_goes_after_a_while(
    qtbot: QtBot, window: QWidget, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(announcing, "_NOTICE_KEPT_MS", 50)
    announcing.announce(window, "Added to the vault.")
    notice = window.findChild(QWidget, "notice")
    made = QAccessible.queryAccessibleInterface(notice)
    qtbot.waitUntil(lambda: window.findChildren(QWidget, "notice") == [])
    gc.collect()
    assert not shiboken6.isValid(made)  # Qt deleted its interface with it


def test_a_hidden_widget_says_it_in_the_active_window(qtbot: QtBot, window: QWidget) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    hidden = QLabel("closed")  # a window that is closing, or not shown yet
    qtbot.addWidget(hidden)
    announcing.announce(hidden, "Your vault is locked.")
    assert _notices(window) == [("Your vault is locked.", QAccessible.Role.Notification, True)]
    assert hidden.findChildren(QWidget, "notice") == []
