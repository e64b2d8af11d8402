"""Changing the passphrase from the main window; after a recovery-key unlock too."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from evidence_app.domain import wordlist
from evidence_app.domain.errors import WrongSecret
from evidence_app.gui.common.settings import Settings
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
