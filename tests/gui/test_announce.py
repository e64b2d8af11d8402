"""What the app says in passing reaches Orca: on Linux, as a notification that appears.

Orca 43 (Debian 12) says nothing of Qt's announcements; every Orca says a notification
as it is shown. Here the notification is checked through Qt's accessibility interface;
tests/e2e/test_desktop_announce.py hears it on a real AT-SPI bus, and Orca itself said
"notification Saved at 20:26." when it was tried.
"""

from __future__ import annotations

import gc
import sys

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QDialog, QLabel, QMainWindow, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from evidence_app.gui.common import announce as announcing
from evidence_app.gui.common.dialog_parts import say, status_label

pytestmark = pytest.mark.skipif(
    sys.platform in ("win32", "darwin"), reason="Qt's own announcements are used there"
)


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
    label, other = status_label(), status_label()
    window.layout().addWidget(label)
    window.layout().addWidget(other)
    say(label, "Saved at 17:02.")
    say(other, "Written down.")  # at once after: the first keeps its own words
    assert _notices(window) == []  # said once the window settles, not in the same burst
    qtbot.waitUntil(lambda: len(_notices(window)) == 2)
    assert _notices(window) == [
        ("Saved at 17:02.", QAccessible.Role.Notification, True),
        ("Written down.", QAccessible.Role.Notification, True),
    ]
    # Nothing for the eye, nothing for the keyboard: the label shows the message.
    for notice in window.findChildren(QWidget, "notice"):
        assert notice.size().isEmpty()
        assert notice.focusPolicy() == Qt.FocusPolicy.NoFocus
    say(label, "   ")  # nothing to say
    qtbot.wait(announcing._SETTLE_MS + 100)
    assert len(_notices(window)) == 2


def test_a_message_replaced_before_it_is_said_is_not_said(qtbot: QtBot, window: QWidget) -> None:
    """The same status line, twice in a moment: what it shows is said ("Saving…" of what
    is already saved, "Exporting…" of a dossier already made, are not)."""
    label = status_label()
    window.layout().addWidget(label)
    say(label, "Exporting… you can keep using your computer.")
    say(label, "Done. The dossier is saved.")
    qtbot.waitUntil(lambda: len(_notices(window)) == 1)
    qtbot.wait(announcing._SETTLE_MS + 100)
    assert [text for text, _, _ in _notices(window)] == ["Done. The dossier is saved."]


def test_a_notification_goes_after_a_while(
    qtbot: QtBot, window: QWidget, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(announcing, "_NOTICE_KEPT_MS", 50)
    announcing.announce(window, "Added to the vault.")
    qtbot.waitUntil(lambda: window.findChild(QWidget, "notice") is not None)
    notice = window.findChild(QWidget, "notice")
    made = QAccessible.queryAccessibleInterface(notice)
    qtbot.waitUntil(lambda: window.findChildren(QWidget, "notice") == [])
    gc.collect()
    assert not shiboken6.isValid(made)  # Qt deleted its interface with it


def test_a_window_shown_again_does_not_say_it_again(qtbot: QtBot, window: QWidget) -> None:
    """The windows hide for a capture and come back: "Added to the vault." of the last one
    was said again, before the new picture was stored."""
    announcing.announce(window, "Added to the vault.")
    qtbot.waitUntil(lambda: len(_notices(window)) == 1)
    window.hide()  # as a capture hides the app's windows
    qtbot.waitUntil(lambda: _notices(window) == [])
    window.show()
    qtbot.waitExposed(window)
    assert _notices(window) == []


def test_a_message_for_a_hidden_window_is_said_when_it_shows(qtbot: QtBot, window: QWidget) -> None:
    window.hide()
    announcing.announce(window, "Added to the vault.")
    assert _notices(window) == []
    window.show()
    qtbot.waitUntil(lambda: len(_notices(window)) == 1)
    assert _notices(window) == [("Added to the vault.", QAccessible.Role.Notification, True)]


def test_a_message_waits_a_while_only(
    qtbot: QtBot, window: QWidget, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(announcing, "_WAITS_MS", 20)
    window.hide()
    announcing.announce(window, "Added to the vault.")
    qtbot.wait(60)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(announcing._SETTLE_MS + 100)
    assert _notices(window) == []


def test_what_was_said_goes_when_the_vault_locks(qtbot: QtBot, window: QWidget) -> None:
    announcing.announce(window, "Captured and saved as item 12.")
    announcing.forget_said(window)
    qtbot.waitUntil(lambda: _notices(window) == [])


def test_a_waiting_message_is_not_said_after_the_lock(qtbot: QtBot, window: QWidget) -> None:
    """The windows come back from a capture as the vault locks: what waited for them is
    dropped with the rest."""
    window.hide()
    announcing.announce(window, "Added to the vault.")
    window.show()  # the message is let out once the window settles...
    announcing.forget_said(window)  # ...but the vault locks first
    qtbot.wait(announcing._SETTLE_MS + 100)
    assert _notices(window) == []


def test_a_window_going_with_its_notices_is_no_trouble(qtbot: QtBot) -> None:
    window = QWidget()
    window.show()
    qtbot.waitExposed(window)
    announcing.announce(window, "Saved at 17:02.")
    window.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(window))
    gc.collect()


def _shown(qtbot: QtBot, window: QWidget) -> None:
    window.show()
    qtbot.waitExposed(window)


def _dialog_with_status(qtbot: QtBot, parent: QWidget) -> tuple[QDialog, QLabel]:
    """A dialog of `parent`, shown, with a status line to say things in."""
    dialog = QDialog(parent)
    label = status_label()
    QVBoxLayout(dialog).addWidget(label)
    _shown(qtbot, dialog)
    return dialog, label


@pytest.fixture
def main(qtbot: QtBot) -> QMainWindow:
    main = QMainWindow()
    qtbot.addWidget(main)
    _shown(qtbot, main)
    return main


def test_a_dialogs_messages_are_said_from_the_main_window_behind_it(
    qtbot: QtBot, main: QMainWindow
) -> None:
    """Orca 43 says a notification's dialog, with all its text, before each message in it
    ("Hide parts … dialog. Drag over the parts … notification Saved."); from the main
    window it says the message alone. The dialog's own hiding still takes them away."""
    dialog, label = _dialog_with_status(qtbot, main)
    say(label, "Saved.")
    qtbot.waitUntil(lambda: _notices(main) == [("Saved.", QAccessible.Role.Notification, True)])
    assert dialog.findChildren(QWidget, "notice") == []
    dialog.hide()
    qtbot.waitUntil(lambda: main.findChildren(QWidget, "notice") == [])

    main.hide()  # no main window in sight (the setup, the unlock at start): in the dialog
    _shown(qtbot, dialog)
    say(label, "Written down.")
    qtbot.waitUntil(
        lambda: _notices(dialog) == [("Written down.", QAccessible.Role.Notification, True)]
    )


def test_the_main_window_takes_its_dialogs_messages_away_with_its_own(
    qtbot: QtBot, main: QMainWindow
) -> None:
    """When it hides while the dialog stays open, and at a lock (`forget_said`) after a
    dialog that went without hiding (its own hiding is never seen)."""
    _, label = _dialog_with_status(qtbot, main)
    say(label, "Saved as item 12.")
    qtbot.waitUntil(lambda: len(_notices(main)) == 1)
    main.hide()
    qtbot.waitUntil(lambda: main.findChildren(QWidget, "notice") == [])

    _shown(qtbot, main)
    other, other_label = _dialog_with_status(qtbot, main)
    say(other_label, "Captured and saved as item 13.")
    qtbot.waitUntil(lambda: len(_notices(main)) == 1)
    shiboken6.delete(other)
    assert [n.accessibleName() for n in main.findChildren(QWidget, "notice")] == [
        "Captured and saved as item 13."
    ]
    announcing.forget_said(main)
    qtbot.waitUntil(lambda: main.findChildren(QWidget, "notice") == [])


def test_a_dialog_closed_before_its_message_was_said_has_it_said_by_the_main_window(
    qtbot: QtBot, main: QMainWindow
) -> None:
    """ "Saved." and Escape at once: the dialog hides before its message settled; the main
    window behind it says the last one ("Saving…" was replaced, so it is not said)."""
    dialog, label = _dialog_with_status(qtbot, main)
    say(label, "Saving…")
    say(label, "Saved.")
    dialog.hide()
    qtbot.waitUntil(lambda: _notices(main) == [("Saved.", QAccessible.Role.Notification, True)])
    qtbot.wait(2 * announcing._SETTLE_MS)
    assert _notices(main) == [("Saved.", QAccessible.Role.Notification, True)]  # said once
    assert _notices(dialog) == []


def test_a_lock_drops_what_a_closing_dialog_had_not_said(qtbot: QtBot, main: QMainWindow) -> None:
    """Whether the dialog closes before the lock takes what was said away (`forget_said`)
    or after it: the main window stays in sight (its locked page), and says nothing."""
    for dialog_first in (True, False):
        dialog, label = _dialog_with_status(qtbot, main)
        say(label, "Captured and saved as item 13.")
        if dialog_first:
            dialog.hide()
            announcing.forget_said(main)
        else:
            announcing.forget_said(main)
            dialog.hide()
        qtbot.wait(2 * announcing._SETTLE_MS)
        assert _notices(main) == []


def test_what_went_wrong_stays_with_its_dialog(qtbot: QtBot, main: QMainWindow) -> None:
    """ "Not saved. …" is not handed over: the window that failed stays or comes back, and
    says it again itself."""
    dialog, label = _dialog_with_status(qtbot, main)
    say(label, "Not saved. The disk is full.", urgent=True)
    dialog.hide()
    qtbot.wait(2 * announcing._SETTLE_MS)
    assert _notices(main) == []


def test_the_vault_locking_says_nothing_a_dialog_had_not_said_yet(
    qtbot: QtBot, vault, translations
) -> None:
    from evidence_app.gui.common.settings import Settings
    from evidence_app.gui.lock.session import VaultSession
    from evidence_app.gui.main_window import MainWindow

    session = VaultSession.holding(vault.service)
    win = MainWindow(session, translations, Settings(vault.paths.settings_file))
    qtbot.addWidget(win)
    _shown(qtbot, win)
    dialog, label = _dialog_with_status(qtbot, win)
    say(label, "Captured and saved as item 13.")
    session.lock()
    assert not dialog.isVisible() and win.isVisible()  # the locked page, in sight
    qtbot.wait(2 * announcing._SETTLE_MS)
    assert "Captured and saved as item 13." not in [text for text, _, _ in _notices(win)]
