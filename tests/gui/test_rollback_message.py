"""Opening a vault whose last saves were lost says so in the window, without blocking it."""

from __future__ import annotations

import shutil

from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from evidence_app.gui.common.settings import Settings
from evidence_app.gui.lock.session import VaultSession
from evidence_app.gui.main_window import MainWindow
from evidence_app.vault.service import VaultService


def test_lost_saves_are_said_after_the_unlock(qtbot: QtBot, vault, translations, tmp_path) -> None:
    service = vault.service
    case = service.cases()[0].id
    service.add_record(case_id=case, description="kept")
    service._repo.checkpoint()
    service.add_record(case_id=case, description="lost one")
    service.add_record(case_id=case, description="lost two")
    copy = tmp_path / "after-crash"
    copy.mkdir()
    for name in ("vault.db", "vault.key", "vault.key.backup", "vault.seal"):
        shutil.copy2(vault.paths.vault_dir / name, copy / name)  # without vault.db-wal
    reopened = VaultService.unlock(copy, vault.passphrase)

    win = MainWindow(
        VaultSession.holding(reopened), translations, Settings(vault.paths.settings_file)
    )
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: _visible_box() is not None)
    box = _visible_box()
    assert box is not None
    assert "missing its last 2 saves" in box.text()
    assert "do not overwrite it" in box.text()
    assert [i.description for i in reopened.items()] == ["kept"]  # the window is usable
    box.accept()
    win.session.lock()


def _visible_box() -> QMessageBox | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.isVisible():
            return widget
    return None
