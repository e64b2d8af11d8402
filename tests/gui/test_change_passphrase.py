"""Changing the passphrase from the main window; after a recovery-key unlock too."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QPushButton, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from evidence_app.domain import wordlist
from evidence_app.domain.errors import WrongSecret
from evidence_app.gui.common import dialog_parts
from evidence_app.gui.common.settings import Settings
from evidence_app.gui.keys import change_passphrase_dialog
from evidence_app.gui.keys.change_passphrase_dialog import ChangePassphraseDialog
from evidence_app.gui.lock.session import VaultSession
from evidence_app.gui.main_window import MainWindow
from evidence_app.vault.service import VaultService

NEW = "een heel nieuwe zin vol woorden"


def _ok(dialog: ChangePassphraseDialog) -> QPushButton:
    return dialog.ok_button


def test_change_from_the_toolbar(qtbot: QtBot, vault, translations) -> None:
    win = MainWindow(
        VaultSession.holding(vault.service), translations, Settings(vault.paths.settings_file)
    )
    qtbot.addWidget(win)
    win.show()
    win.toolbar.change_passphrase.trigger()
    dialog = win.keys.passphrase_dialog
    assert dialog is not None and dialog.isVisible() and dialog.old.isVisible()
    qtbot.keyClicks(dialog.old, vault.passphrase)
    qtbot.keyClicks(dialog.fields.first, NEW)
    assert dialog.fields.strength_label.text().startswith("Strength: ")
    qtbot.keyClicks(dialog.fields.second, NEW)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert win.statusBar().currentMessage() == "Your passphrase was changed."
    VaultService.unlock(vault.paths.vault_dir, NEW).lock()
    with pytest.raises(WrongSecret):
        VaultService.unlock(vault.paths.vault_dir, vault.passphrase)
    VaultService.unlock_with_recovery_key(vault.paths.vault_dir, vault.recovery_key).lock()


def test_wrong_old_passphrase_and_mismatch_are_said(qtbot: QtBot, vault, translations) -> None:
    dialog = ChangePassphraseDialog(vault.service)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.fields.first, NEW)
    qtbot.keyClicks(dialog.fields.second, NEW + "x")
    qtbot.keyClicks(dialog.old, vault.passphrase)
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.fields.problem_label.text() == "The two passphrases are not the same yet."
    qtbot.keyClick(dialog.fields.second, Qt.Key.Key_Backspace)
    dialog.old.clear()
    qtbot.keyClicks(dialog.old, "this is not it at all")
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.status.text() == "Your current passphrase is not right. Try again."
    assert dialog.isVisible()
    VaultService.unlock(vault.paths.vault_dir, vault.passphrase).lock()


def test_too_short_is_said_with_the_minimum(qtbot: QtBot, vault, translations) -> None:
    dialog = ChangePassphraseDialog(vault.service)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.fields.first, "kort")
    qtbot.keyClicks(dialog.fields.second, "kort")
    assert dialog.fields.problem_label.text() == "Your passphrase needs at least 10 characters."
    assert dialog.fields.strength_label.text() == "Strength: Very easy to guess"


def test_an_easily_guessed_passphrase_is_refused_kindly(qtbot: QtBot, vault, translations) -> None:
    dialog = ChangePassphraseDialog(vault.service)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.old, vault.passphrase)
    qtbot.keyClicks(dialog.fields.first, "1234567890")
    qtbot.keyClicks(dialog.fields.second, "1234567890")
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.fields.problem_label.text().startswith("This passphrase is easy to guess")
    assert dialog.isVisible()
    # Nothing changed: the passphrase of before still opens the vault.
    vault.service.lock()
    VaultService.unlock(vault.paths.vault_dir, vault.passphrase).lock()


def test_after_recovery_key_the_old_passphrase_is_not_asked(
    qtbot: QtBot, vault, translations
) -> None:
    vault.service.lock()
    service = VaultService.unlock_with_recovery_key(vault.paths.vault_dir, vault.recovery_key)
    win = MainWindow(
        VaultSession.holding(service, via_recovery_key=True),
        translations,
        Settings(vault.paths.settings_file),
    )
    qtbot.addWidget(win)
    win.show()
    dialog = win.keys.passphrase_dialog  # offered at once: the passphrase may be lost
    assert dialog is not None and dialog.isVisible()
    assert not dialog.old.isVisible()
    assert dialog.intro.text().startswith("You opened the vault with your recovery key.")
    qtbot.keyClicks(dialog.fields.first, NEW)
    qtbot.keyClicks(dialog.fields.second, NEW)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    VaultService.unlock(vault.paths.vault_dir, NEW).lock()
    win.close()


def test_a_suggested_passphrase_replaces_the_old_one(qtbot: QtBot, vault, translations) -> None:
    dialog = ChangePassphraseDialog(vault.service)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.old, vault.passphrase)
    qtbot.mouseClick(dialog.fields.suggest_button, Qt.MouseButton.LeftButton)
    suggestion = dialog.fields.first.text()
    assert len(suggestion.split(" ")) == 5
    assert set(suggestion.split(" ")) <= set(wordlist.word_list("en"))
    assert dialog.fields.second.text() == suggestion
    assert dialog.fields.suggestion_hint.isVisible()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.changed
    vault.service.lock()
    VaultService.unlock(vault.paths.vault_dir, suggestion).lock()
    with pytest.raises(WrongSecret):
        VaultService.unlock(vault.paths.vault_dir, vault.passphrase)


def _in_the_window(widget: QWidget, window: QWidget) -> bool:
    shown = window.rect()
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        shown = shown.intersected(QRect(parent.mapTo(window, QPoint(0, 0)), parent.size()))
        parent = parent.parentWidget()
    return shown.contains(QRect(widget.mapTo(window, QPoint(0, 0)), widget.size()))


def test_on_a_short_screen_its_fields_scroll_with_its_buttons_in_sight(
    qtbot: QtBot, vault, translations, twice_as_big: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Text 200 % above a task bar: the window was higher than the room, and its fields
    were squeezed flat. Now they scroll, and Change passphrase and Cancel stay in sight."""
    room = QSize(880, 300)
    monkeypatch.setattr(change_passphrase_dialog, "free_area", lambda window: room)
    monkeypatch.setattr(dialog_parts, "free_area", lambda window: room)
    dialog = ChangePassphraseDialog(vault.service)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.height() <= room.height()
    assert _in_the_window(dialog.ok_button, dialog)
    assert _in_the_window(dialog.cancel_button, dialog)
    line = dialog.fields.first
    assert line.height() >= line.minimumSizeHint().height()  # not squeezed
    suggest = dialog.fields.suggest_button
    suggest.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: _in_the_window(suggest, dialog))


def test_a_suggestions_hint_makes_it_higher_where_there_is_room(
    qtbot: QtBot, vault, translations
) -> None:
    """Suggest shows a hint of some lines under the fields: the window grows to hold it, as
    it did before its fields could scroll, rather than hiding it below a scroll bar."""
    dialog = ChangePassphraseDialog(vault.service)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    before = dialog.height()
    hint = dialog.fields.suggestion_hint
    assert not hint.isVisible()
    qtbot.mouseClick(dialog.fields.suggest_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(hint.isVisible)
    qtbot.waitUntil(lambda: dialog.height() > before)
    qtbot.waitUntil(lambda: _in_the_window(hint, dialog))
    assert dialog.findChild(QScrollArea).verticalScrollBar().maximum() == 0  # nothing hidden
