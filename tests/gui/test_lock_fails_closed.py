"""Locking fails closed: whatever step of the lock breaks, the vault is closed, and the rest runs.

Each test breaks one step (it raises), locks the way a person does (Ctrl+L,
auto-lock, Quick exit, closing the window, and after a passphrase change), and
asserts that the vault's key is forgotten and its file closed, and that the
window shows nothing of it.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from evidence_app.gui.main_window import PAGE_LOCKED, MainWindow
from tests.helpers.windows import shown_main_window


class Broken(RuntimeError):
    """The failure a step raises in these tests."""


def _boom(*_: object, **__: object) -> None:
    raise Broken("injected")


# Every step of a lock, as (what it is, how to break it on a window).
STEPS: dict[str, Callable[[MainWindow, pytest.MonkeyPatch], None]] = {
    "saving record forms": lambda w, m: m.setattr(w, "_save_record_forms", _boom),
    "stopping an import": lambda w, m: m.setattr(w, "_stop_import", _boom),
    "stopping auto-lock": lambda w, m: m.setattr(w.auto_lock, "stop", _boom),
    "stopping a capture": lambda w, m: m.setattr(w.capture, "abort", _boom),
    "closing dialogs": lambda w, m: m.setattr(w, "_close_dialogs", _boom),
    "closing browsers": lambda w, m: m.setattr(w.web, "close_all", _boom),
    "emptying the search": lambda w, m: m.setattr(w.case_bar.search, "clear", _boom),
    "emptying the details": lambda w, m: m.setattr(w.detail, "clear", _boom),
    "emptying the list": lambda w, m: m.setattr(w.model, "clear", _boom),
    "emptying the cases": lambda w, m: m.setattr(w, "_clear_cases", _boom),
    "disabling actions": lambda w, m: m.setattr(w.toolbar, "set_vault_actions_enabled", _boom),
    "asking for the passphrase": lambda w, m: m.setattr(w, "show_unlock", _boom),
    "the whole tidy-up": lambda w, m: m.setattr(w, "_tidy_after_lock", _boom),
}


@pytest.fixture
def window(qtbot: QtBot, vault, make_png, translations) -> MainWindow:
    vault.service.add_file(make_png(), case_id=1)
    win = shown_main_window(vault, qtbot, translations)
    qtbot.waitUntil(lambda: win.model.rowCount() == 1)
    qtbot.keyClicks(win.case_bar.search, "png")
    return win


def _assert_closed(win: MainWindow, vault) -> None:
    assert vault.service.locked
    assert vault.service._data_key == bytearray(32)  # the key is forgotten
    assert win.session.service() is None


@pytest.mark.parametrize("step", STEPS)
def test_ctrl_l_closes_the_vault_whatever_step_breaks(
    qtbot: QtBot, window: MainWindow, vault, monkeypatch: pytest.MonkeyPatch, step: str
) -> None:
    STEPS[step](window, monkeypatch)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    _assert_closed(window, vault)
    assert window.pages.currentIndex() == PAGE_LOCKED  # covered before anything could fail
    if step not in ("emptying the list", "the whole tidy-up"):
        assert window.model.rowCount() == 0  # the steps after the broken one ran too
    if step not in ("emptying the search", "the whole tidy-up"):
        assert window.case_bar.search.text() == ""


@pytest.mark.parametrize("step", ["saving record forms", "emptying the list", "closing dialogs"])
def test_quick_exit_closes_the_vault_and_ends_whatever_step_breaks(
    qtbot: QtBot,
    window: MainWindow,
    vault,
    monkeypatch: pytest.MonkeyPatch,
    step: str,
    quick_exits: list[str],
) -> None:
    STEPS[step](window, monkeypatch)
    qtbot.keyClick(
        window,
        Qt.Key.Key_Q,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    _assert_closed(window, vault)
    assert quick_exits == ["armed", "ended"]
    assert not [w for w in QApplication.topLevelWidgets() if w.isVisible()]


def test_hiding_that_breaks_still_locks_and_ends(
    qtbot: QtBot, window: MainWindow, vault, monkeypatch: pytest.MonkeyPatch, quick_exits
) -> None:
    from evidence_app.gui.lock import safety

    monkeypatch.setattr(safety, "hide_every_window", _boom)
    window.quick_exit()
    _assert_closed(window, vault)
    assert quick_exits == ["armed", "ended"]


def test_a_vault_whose_file_will_not_close_still_forgets_its_key(
    window: MainWindow, vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    conn = vault.service._conn

    class Stuck:
        def close(self) -> None:
            conn.close()
            raise Broken("close failed")

    monkeypatch.setattr(vault.service, "_conn", Stuck())
    with pytest.raises(Broken):
        window.lock_vault()
    _assert_closed(window, vault)
    assert window.model.rowCount() == 0
    assert window.case_bar.search.text() == ""  # tidied all the same


@pytest.mark.usefixtures("threaded_tasks")
def test_closing_the_unlock_dialog_while_it_opens_leaves_nothing_open(
    qtbot: QtBot, window: MainWindow, vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The key was being derived when the person closed the dialog: the vault that opens
    in the background is locked again at once, not left open without a holder."""
    from evidence_app.vault.service import VaultService

    opened: list[VaultService] = []
    real_unlock = VaultService.unlock

    def unlock(folder, passphrase):  # type: ignore[no-untyped-def]
        service = real_unlock(folder, passphrase)
        opened.append(service)
        return service

    monkeypatch.setattr(VaultService, "unlock", unlock)
    window.lock_vault()
    dialog = window.unlock_dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.passphrase, vault.passphrase)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    dialog.reject()  # closed while busy
    qtbot.waitUntil(lambda: len(opened) == 1 and opened[0].locked, timeout=30_000)
    assert window.session.service() is None


@pytest.mark.parametrize("how", ["Ctrl+L", "auto-lock", "closing the window"])
def test_every_lock_after_a_passphrase_change_closes_the_vault(
    qtbot: QtBot, window: MainWindow, vault, how: str
) -> None:
    """After any passphrase change, locking stopped at the deleted dialog, vault still open."""
    window.toolbar.change_passphrase.trigger()
    dialog = window.keys.passphrase_dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.old, vault.passphrase)
    qtbot.keyClicks(dialog.fields.first, "een heel ander wachtwoord")
    qtbot.keyClicks(dialog.fields.second, "een heel ander wachtwoord")
    with qtbot.waitSignal(dialog.finished):
        qtbot.keyClick(dialog.fields.second, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog))  # as Qt deletes it after closing
    if how == "Ctrl+L":
        with qtbot.waitActive(window):
            window.activateWindow()  # the window the person comes back to
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    elif how == "auto-lock":
        window.auto_lock.set_interval_ms(50)
        qtbot.waitUntil(lambda: vault.service.locked, timeout=3000)
    else:
        window.close()
    _assert_closed(window, vault)
