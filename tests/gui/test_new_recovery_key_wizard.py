"""Vault > New recovery key…: the passphrase, the new key shown and checked, then in force."""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from evidence_app.domain.errors import WrongSecret
from evidence_app.gui.common.settings import Settings
from evidence_app.gui.keys.new_recovery_key_wizard import NewRecoveryKeyWizard
from evidence_app.gui.lock.session import VaultSession
from evidence_app.gui.main_window import MainWindow
from evidence_app.gui.setup.setup_flow import SetupFlow
from evidence_app.vault.service import VaultService


@pytest.fixture
def window(qtbot: QtBot, vault, make_png, translations) -> MainWindow:
    vault.service.add_file(make_png((0, 90, 200), (80, 60)), case_id=vault.service.cases()[0].id)
    win = MainWindow(
        VaultSession.holding(vault.service), translations, Settings(vault.paths.settings_file)
    )
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def _click(qtbot: QtBot, wizard: QWizard, which: QWizard.WizardButton) -> None:
    qtbot.mouseClick(wizard.button(which), Qt.MouseButton.LeftButton)


def _open_wizard(win: MainWindow, qtbot: QtBot) -> NewRecoveryKeyWizard:
    assert win.toolbar.new_recovery_key in win.vault_menu.actions()
    win.toolbar.new_recovery_key.trigger()
    wizard = win.keys.recovery_key_wizard
    assert wizard is not None
    qtbot.waitExposed(wizard)
    wizard.flow = wizard.key._flow = wizard.check._flow = SetupFlow(rng=random.Random(3))
    return wizard


def test_a_new_key_is_shown_checked_and_put_in_force(window: MainWindow, vault, qtbot) -> None:
    wizard = _open_wizard(window, qtbot)
    qtbot.keyClicks(wizard.ask.passphrase, "not my passphrase")
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentPage() is wizard.ask
    assert "not your passphrase" in wizard.ask.status.text()

    wizard.ask.passphrase.clear()
    qtbot.keyClicks(wizard.ask.passphrase, vault.passphrase)
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentPage() is wizard.key
    groups = [label.text() for label in wizard.key.group_labels]
    new_key = "-".join(groups)
    assert len(groups) == 16 and new_key != vault.recovery_key
    qtbot.mouseClick(wizard.key.kept, Qt.MouseButton.LeftButton)
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)
    first, second = wizard.flow.asked_numbers()
    qtbot.keyClicks(wizard.check.answers[0], groups[first - 1])
    qtbot.keyClicks(wizard.check.answers[1], groups[second - 1])
    with qtbot.waitSignal(wizard.renewed):
        _click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert "new recovery key is in place" in window.statusBar().currentMessage()
    assert [label.text() for label in wizard.key.group_labels] == [""] * 16
    assert wizard.key.key_box.accessibleDescription() == ""  # nor told any more
    # The open vault goes on; after a lock only the new key and the passphrase open it.
    assert len(vault.service.items()) == 1
    folder = vault.paths.vault_dir
    window.session.lock()
    with pytest.raises(WrongSecret):
        VaultService.unlock_with_recovery_key(folder, vault.recovery_key)
    VaultService.unlock_with_recovery_key(folder, new_key).lock()
    VaultService.unlock(folder, vault.passphrase).lock()


def test_closing_before_the_check_changes_nothing(window: MainWindow, vault, qtbot) -> None:
    wizard = _open_wizard(window, qtbot)
    qtbot.keyClicks(wizard.ask.passphrase, vault.passphrase)
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentPage() is wizard.key
    header = (vault.paths.vault_dir / "vault.key").read_bytes()
    # A lock closes the wizard: the key on the screen is forgotten and never put in force.
    qtbot.keyClick(wizard, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert not wizard.isVisible()
    assert wizard.flow.groups() == []
    assert (vault.paths.vault_dir / "vault.key").read_bytes() == header
    VaultService.unlock_with_recovery_key(vault.paths.vault_dir, vault.recovery_key).lock()
