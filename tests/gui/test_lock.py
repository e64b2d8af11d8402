"""Locking by Ctrl+L and by idle time empties the window; unlocking fills it again."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmapCache
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from evidence_app.gui.common.settings import Settings
from evidence_app.gui.lock.session import VaultSession
from evidence_app.gui.main_window import PAGE_LOCKED, PAGE_VAULT, MainWindow
from tests.helpers.windows import unlock_again


@pytest.fixture
def window(qtbot: QtBot, vault, make_png, translations):
    case_id = vault.service.cases()[0].id
    item = vault.service.add_file(make_png((250, 0, 0), (120, 90)), case_id=case_id)
    win = MainWindow(
        VaultSession.holding(vault.service), translations, Settings(vault.paths.settings_file)
    )
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.select_item(item.id)
    qtbot.keyClicks(win.case_bar.search, "png")
    qtbot.keyClicks(win.detail.form.editors["notes"], "unsaved words")
    assert win.detail.viewer.has_image()
    return win, vault, item


def _assert_emptied(win: MainWindow) -> None:
    assert win.model.rowCount() == 0
    assert win.model.rowCount() == 0
    assert not win.detail.viewer.has_image()
    assert win.detail.viewer.scene().items() == []
    assert win.detail.form.item() is None
    assert all(v == "" for v in win.detail.form.values().values())
    assert win.detail.form.sha256.text() == ""
    assert win.case_bar.search.text() == ""
    assert win.case_bar.box.count() == 0
    assert win.pages.currentIndex() == PAGE_LOCKED
    assert not win.toolbar.add_files.isEnabled()


def test_ctrl_l_locks_and_empties_everything(window, qtbot: QtBot) -> None:
    win, vault, _ = window
    QPixmapCache.insert("probe", win.grab())
    win.statusBar().showMessage("Captured and saved as item 12.")  # said: on the bus
    with qtbot.waitSignal(win.locked):
        qtbot.keyClick(win, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert vault.service.locked
    assert win.service() is None
    _assert_emptied(win)
    assert QPixmapCache.find("probe") is None
    assert win.unlock_dialog is not None and win.unlock_dialog.isVisible()
    # Nothing said before the lock stays on the accessibility bus, and the lock itself is
    # said by the unlock window's own text (read as it opens), not by a notification.
    qtbot.waitUntil(lambda: win.findChildren(QWidget, "notice") == [])
    intro = win.unlock_dialog.intro.text()
    assert intro == "Your vault is locked. Type your passphrase to open it."


def test_unlocking_again_fills_the_window(window, qtbot: QtBot) -> None:
    win, vault, item = window
    win.toolbar.lock.trigger()
    dialog = win.unlock_dialog
    assert dialog is not None
    # A wrong passphrase first: the window stays empty.
    qtbot.keyClicks(dialog.passphrase, "wrong wrong wrong")
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    assert dialog.status.text().startswith("This passphrase does not open the vault.")
    assert win.model.rowCount() == 0
    dialog.passphrase.clear()
    with qtbot.waitSignal(win.refilled):
        qtbot.keyClicks(dialog.passphrase, vault.passphrase)
        qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    assert win.pages.currentIndex() == PAGE_VAULT
    assert win.model.rowCount() == 1
    assert win.case_bar.box.currentText() == "Case A"
    assert win.service() is not None and not win.service().locked
    assert win.toolbar.add_files.isEnabled()
    assert win.auto_lock.is_active()
    # The notes typed before locking were kept as the lock came, and the person is told.
    assert win.service().item(item.id).notes == "unsaved words"
    assert win.statusBar().currentMessage() == (
        "What you were writing when the vault locked is saved: the details beside the list."
    )
    win.select_item(item.id)
    assert win.detail.viewer.image_size() == (120, 90)


def test_closing_the_unlock_dialog_leaves_the_window_locked(window, qtbot: QtBot) -> None:
    win, _, _ = window
    win.lock_vault()
    assert win.unlock_dialog is not None
    win.unlock_dialog.reject()
    assert win.pages.currentIndex() == PAGE_LOCKED
    assert win.locked_note.text().startswith("The vault is locked.")
    qtbot.mouseClick(win.open_button, Qt.MouseButton.LeftButton)
    assert win.unlock_dialog is not None and win.unlock_dialog.isVisible()


def test_auto_lock_after_idle_time(window, qtbot: QtBot) -> None:
    win, vault, _ = window
    win.auto_lock.set_interval_ms(150)
    with qtbot.waitSignal(win.locked, timeout=5000):
        pass
    assert vault.service.locked
    _assert_emptied(win)
    assert not win.auto_lock.is_active()


def test_input_resets_the_idle_timer(window, qtbot: QtBot) -> None:
    win, vault, _ = window
    win.auto_lock.set_interval_ms(400)
    qtbot.waitUntil(lambda: win.auto_lock.remaining_ms() < 200)
    win.case_bar.search.setFocus()
    # Through the window, as the platform delivers input (not straight to the widget).
    qtbot.keyClick(win.windowHandle(), Qt.Key.Key_A)
    assert win.auto_lock.remaining_ms() > 300
    assert not vault.service.locked


def test_auto_lock_delay_is_chosen_in_the_menu_and_kept(window, qtbot: QtBot) -> None:
    win, vault, _ = window
    win.toolbar.auto_lock_actions[15].trigger()
    assert win.auto_lock.interval_ms() == 15 * 60_000
    assert Settings(vault.paths.settings_file).auto_lock_minutes() == 15
    text = vault.paths.settings_file.read_text()
    assert "auto_lock_minutes=15" in text


def test_input_in_a_dialog_opened_later_resets_the_idle_timer(window, qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QDialog, QLineEdit, QVBoxLayout

    win, _, _ = window
    dialog = QDialog(win)
    QVBoxLayout(dialog).addWidget(field := QLineEdit())
    dialog.show()
    dialog.activateWindow()
    qtbot.waitExposed(dialog)
    field.setFocus()
    win.auto_lock.set_interval_ms(400)
    qtbot.waitUntil(lambda: win.auto_lock.remaining_ms() < 200)
    qtbot.keyClick(dialog.windowHandle(), Qt.Key.Key_B)
    assert win.auto_lock.remaining_ms() > 300
    assert field.text() == "b"
    dialog.close()


def test_text_from_an_input_method_resets_the_idle_timer(window, qtbot: QtBot) -> None:
    """Dead keys, on-screen keyboards and CJK input reach the focused widget directly."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QInputMethodEvent

    win, _, _ = window
    from PySide6.QtGui import QGuiApplication

    win.activateWindow()
    win.case_bar.search.setFocus()
    # Where an input method delivers its text: the focus object of the focused window.
    qtbot.waitUntil(lambda: QGuiApplication.focusObject() is win.case_bar.search)
    win.auto_lock.set_interval_ms(400)
    qtbot.waitUntil(lambda: win.auto_lock.remaining_ms() < 200)
    event = QInputMethodEvent("", [])
    event.setCommitString("é")
    QCoreApplication.sendEvent(win.case_bar.search, event)
    assert win.case_bar.search.text().endswith("é")
    assert win.auto_lock.remaining_ms() > 300


@pytest.mark.parametrize("width", [1800, 640])
def test_the_places_kept_at_a_lock_are_named_only_when_they_fit(
    window, qtbot: QtBot, width: int
) -> None:
    # Three windows' titles and the details: more than the status bar's one line holds on
    # a narrow window, where the message is said whole without them.
    win, vault, _ = window
    win.resize(width, 600)
    qtbot.waitUntil(lambda: win.width() == width)
    for title in ("“Journal: what happened on Tuesday”", "“Report to the platform, draft”"):
        win._kept(title)
    win.toolbar.lock.trigger()
    unlock_again(win, qtbot, vault.passphrase)
    message = win.statusBar().currentMessage()
    if width > 1000:
        assert message == (
            "What you were writing when the vault locked is saved: “Journal: what happened on "
            "Tuesday”, “Report to the platform, draft”, and the details beside the list."
        )
    else:
        assert message == "What you were writing when the vault locked is saved."
    metrics = win.statusBar().fontMetrics()
    assert metrics.horizontalAdvance(message) < win.statusBar().width()
