"""Locking (by hand or after idle time) in the middle of something: nothing stays hidden or open."""

from __future__ import annotations

import gc

import pytest
import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from evidence_app.gui.common.settings import Settings
from evidence_app.gui.lock.session import VaultSession
from evidence_app.gui.lock.unlock_dialog import UnlockDialog
from evidence_app.gui.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, vault, translations, make_png) -> MainWindow:
    win = MainWindow(
        VaultSession.holding(vault.service), translations, Settings(vault.paths.settings_file)
    )
    qtbot.addWidget(win)
    win.capture.settle_ms = 0
    win.capture.tick_ms = 30
    win.show()
    qtbot.waitExposed(win)
    win.import_paths([make_png()])  # opens a record dialog, as after a capture
    return win


def test_locking_during_a_capture_countdown_brings_everything_back(
    qtbot: QtBot, window: MainWindow, vault
) -> None:
    record = window.record_dialogs[-1]
    window.capture.delay_seconds = 3
    window.toolbar.capture_screen.trigger()
    assert window.capture.busy and not window.isVisible() and not record.isVisible()
    generation = window.capture._generation
    window.lock_vault()
    assert window.isVisible()
    assert not window.capture.busy
    assert window.capture.countdown is None
    # A timer of the stopped capture that still fires finds it over and grabs nothing.
    window.capture._grab_when_gone(generation)
    assert not window.capture.busy
    assert vault.service.locked


def test_a_capture_works_again_after_a_lock_interrupted_one(
    qtbot: QtBot, window: MainWindow, vault
) -> None:
    from evidence_app.vault.service import VaultService

    window.capture.delay_seconds = 3
    window.toolbar.capture_region.trigger()
    window.lock_vault()
    reopened = VaultService.unlock(vault.paths.vault_dir, vault.passphrase)
    window._on_unlocked(reopened, False)
    try:
        window.capture.delay_seconds = 0
        window.toolbar.capture_screen.trigger()
        qtbot.waitUntil(lambda: not window.capture.busy, timeout=5000)
        qtbot.waitUntil(lambda: len(reopened.items()) == 2, timeout=5000)
        assert window.isVisible()
    finally:
        reopened.lock()


@pytest.mark.parametrize("which", ["export", "redaction"])
def test_locking_closes_an_open_export_or_redaction_dialog(
    qtbot: QtBot, window: MainWindow, vault, which: str
) -> None:
    (item,) = vault.service.items()
    window.select_item(item.id)
    seen: list[QDialog] = []

    def lock_once_open() -> None:
        open_dialogs = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QDialog) and w.isVisible() and w.isModal()
        ]
        if not open_dialogs:
            QTimer.singleShot(20, lock_once_open)
            return
        seen.extend(open_dialogs)
        window.lock_vault()

    QTimer.singleShot(20, lock_once_open)
    if which == "export":
        window.export_dossier()  # exec(): returns once the lock ended the dialog
    else:
        window.detail.open_redaction()
    assert seen, "the dialog did not open"
    assert vault.service.locked
    # Closed, or gone with what it showed (the hiding window is deleted on close).
    assert all(not shiboken6.isValid(d) or not d.isVisible() for d in seen)
    # And gone from memory, with the dossier's path or the picture it held.
    seen.clear()
    gc.collect()  # as the app's collector does, on the GUI thread
    qtbot.waitUntil(
        lambda: [type(d) for d in window.findChildren(QDialog) if d.isModal()] == [UnlockDialog]
    )


@pytest.mark.parametrize("answer", [None, "Save"])
def test_locking_while_the_hiding_window_asks_or_saves_before_closing(
    qtbot: QtBot, window: MainWindow, vault, monkeypatch: pytest.MonkeyPatch, answer: str | None
) -> None:
    """Parts marked, Close pressed: the window asks. A lock while it asks, or while the save
    that "Save" started waits for the vault, keeps the parts marked, as Save would, just
    before the vault closes (the waiting save stores nothing after it). Either way both
    windows close at once and nothing more is asked."""
    import threading

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    from evidence_app.gui.common import tasks
    from evidence_app.gui.items.redaction_editor import RedactionEditor
    from evidence_app.vault.service import VaultService

    (item,) = vault.service.items()
    window.select_item(item.id)
    gate, asked = threading.Event(), []
    real = vault.service.set_redactions

    def held(item_id: int, regions: list) -> None:
        asked.append(item_id)
        real(item_id, regions)

    monkeypatch.setattr(vault.service, "set_redactions", held)
    steps: list[str] = []

    def drive() -> None:
        editors = [e for e in window.findChildren(RedactionEditor) if e.isVisible()]
        if not editors or not editors[0].save_button.isEnabled():
            QTimer.singleShot(20, drive)
            return
        editor = editors[0]
        if not steps:
            steps.append("marked")
            editor.canvas.setFocus()
            qtbot.keyClick(editor.canvas, Qt.Key.Key_Right)
            qtbot.keyClick(editor.canvas, Qt.Key.Key_Return)
            qtbot.mouseClick(editor.close_button, Qt.MouseButton.LeftButton)
        boxes = [b for b in editor.findChildren(QMessageBox) if b.isVisible()]
        if not boxes:
            QTimer.singleShot(20, drive)
            return
        steps.append("asked")
        if answer is not None:
            tasks.run_task(lambda: gate.wait(10), lambda _: None)  # the worker is busy
            (button,) = [b for b in boxes[0].buttons() if b.text() == answer]
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: not editor.isVisible() or editor._saves.running())
            assert asked == []  # the save waits behind the work
        window.lock_vault()

    QTimer.singleShot(20, drive)
    tasks.set_synchronous(False)
    try:
        window.detail.open_redaction()  # exec(): returns once the lock ended the window
        assert steps == ["marked", "asked"]
        assert vault.service.locked
        gate.set()
        tasks.wait_idle()
        qtbot.wait(100)  # what the held save answered would come now
    finally:
        gate.set()
        tasks.wait_idle()
        tasks.set_synchronous(True)
    assert [w for w in window.findChildren(RedactionEditor) if shiboken6.isValid(w)] == []
    assert [b for b in QApplication.topLevelWidgets() if isinstance(b, QMessageBox)] == []
    reopened = VaultService.unlock(vault.paths.vault_dir, vault.passphrase)
    try:
        kept = reopened.redactions()
        # What was marked, written once, by the lock on this thread (with "Save", in place
        # of the save still waiting, which then wrote nothing).
        assert asked == [item.id]
        assert list(kept) == [item.id] and len(kept[item.id]) == 1
    finally:
        reopened.lock()
