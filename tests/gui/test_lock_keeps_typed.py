"""A lock keeps what was typed, as Save would, just before the vault closes
(`unsaved.AsksBeforeDropping.keep_before_lock`, `DetailPane.keep_before_lock`): once at
most, never what the person dropped, with the tasks on their threads as in the app."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from evidence_app.domain.model import Item
from evidence_app.gui.cases.journal_dialog import JournalEntryEditor
from evidence_app.gui.common import tasks
from evidence_app.gui.main_window import MainWindow
from tests.helpers.dialogs import press, question, when_a_dialog_opens
from tests.helpers.vaults import Vault, reading
from tests.helpers.windows import KEPT_AT_LOCK, open_journal, shown_main_window, unlock_again


def _showing(qtbot: QtBot, vault: Vault, translations, item: Item) -> MainWindow:
    """The main window with `item`, the vault's only one, chosen in the list."""
    win = shown_main_window(vault, qtbot, translations)
    qtbot.waitUntil(lambda: win.model.rowCount() == 1)
    win.select_item(item.id)
    qtbot.waitUntil(lambda: win.detail.form.item() is not None)
    qtbot.waitUntil(win.detail.form.fields.poster.ready)  # the case's persons, none yet
    return win


@pytest.fixture
def window(qtbot: QtBot, vault: Vault, make_png, translations) -> tuple[MainWindow, Item]:
    item = vault.service.add_file(make_png((250, 0, 0), (120, 90)), case_id=1)
    return _showing(qtbot, vault, translations, item), item


@contextlib.contextmanager
def _worker_busy() -> Iterator[None]:
    """The vault's worker busy with other work until the block is left."""
    gate = threading.Event()
    try:
        tasks.run_task(lambda: gate.wait(10), lambda _: None)
        yield
    finally:
        gate.set()
        tasks.wait_idle()


def _the_person_linked(vault: Vault, item: Item) -> str:
    """The usernames of the case's one person, who is linked to `item`."""
    with reading(vault.paths.base, vault.passphrase) as service:
        (person,) = service.persons(1)
        assert service.item(item.id).poster_id == person.id
        return person.handles


def _stored_journal(vault: Vault) -> list[str]:
    with reading(vault.paths.base, vault.passphrase) as service:
        return [e.text for e in service.journal(1)]


def test_a_journal_entry_is_kept_with_the_tasks_on_their_threads(
    qtbot: QtBot, window, vault: Vault, threaded_tasks: None
) -> None:
    """As in the app: the entry's write is a task; the lock runs it at once, on this
    thread, before the key is forgotten (`tasks.at_once`)."""
    win, _ = window
    journal = open_journal(win, qtbot)

    def write_then_lock(editor: QWidget) -> None:
        assert isinstance(editor, JournalEntryEditor)
        qtbot.keyClicks(editor.text, "Hij dreigde de foto te delen.")
        win.lock_vault()

    seen = when_a_dialog_opens(write_then_lock)
    qtbot.mouseClick(journal.add_button, Qt.MouseButton.LeftButton)
    assert seen and vault.service.locked and win._kept_at_lock
    tasks.wait_idle()
    assert _stored_journal(vault) == ["Hij dreigde de foto te delen."]


def test_close_without_saving_and_a_lock_at_once_keep_nothing(
    qtbot: QtBot, window, vault: Vault
) -> None:
    """The person said "Close without saving"; a lock before the window has closed (the
    same turn of the event loop) does not keep it all the same."""
    win, _ = window
    journal = open_journal(win, qtbot)

    def write(editor: QWidget) -> None:
        qtbot.keyClicks(editor.text, "Dit wil ik niet bewaren.")
        qtbot.keyClick(editor.text, Qt.Key.Key_Escape)

        def answer() -> None:
            box = question(editor)
            if box is None:
                QTimer.singleShot(20, answer)
                return
            press(qtbot, box, "Close without saving")
            win.lock_vault()  # before the window closes (its close waits for the next turn)

        QTimer.singleShot(20, answer)

    seen = when_a_dialog_opens(write)
    qtbot.mouseClick(journal.add_button, Qt.MouseButton.LeftButton)
    assert seen and vault.service.locked and not win._kept_at_lock
    assert _stored_journal(vault) == []


def test_save_pressed_then_a_lock_before_the_caller_stores_keeps_it_once(
    qtbot: QtBot, window, vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Save closed the window; the lock comes before `exec()` has returned to the journal,
    which stores only then: the lock keeps it, and the journal does not try again."""
    win, _ = window
    journal = open_journal(win, qtbot)
    calls: list[str] = []
    real = vault.service.add_journal_entry

    def counted(case_id: int, text: str, **kwargs: object) -> object:
        calls.append(text)
        return real(case_id, text, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(vault.service, "add_journal_entry", counted)

    def write_save_lock(editor: QWidget) -> None:
        assert isinstance(editor, JournalEntryEditor)
        qtbot.keyClicks(editor.text, "Een keer, niet twee keer.")
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
        assert not editor.isVisible()
        win.lock_vault()

    seen = when_a_dialog_opens(write_save_lock)
    qtbot.mouseClick(journal.add_button, Qt.MouseButton.LeftButton)
    assert seen and vault.service.locked
    assert calls == ["Een keer, niet twee keer."]  # by the lock; not again after it
    assert _stored_journal(vault) == ["Een keer, niet twee keer."]


def test_a_person_made_beside_the_list_is_kept_and_linked(
    qtbot: QtBot, window, vault: Vault
) -> None:
    """ "New person…" beside the list, a username typed, then a lock: the person is kept
    first, then the item's details, with the person as the one who posted it."""
    win, item = window
    picker = win.detail.form.fields.poster
    qtbot.mouseClick(picker.new_button, Qt.MouseButton.LeftButton)
    assert picker.editor is not None
    qtbot.waitExposed(picker.editor)
    qtbot.keyClicks(picker.editor.handles, "@iemand_anders")
    win.lock_vault()
    assert vault.service.locked and win._kept_at_lock
    with reading(vault.paths.base, vault.passphrase) as service:
        (person,) = service.persons(1)
        assert "@iemand_anders" in person.handles
        assert service.item(item.id).poster_id == person.id
    unlock_again(win, qtbot, vault.passphrase)
    assert win.statusBar().currentMessage() == (
        KEPT_AT_LOCK + "“Who posted or sent it” and the details beside the list."
    )


@contextlib.contextmanager
def _a_save_waiting(qtbot: QtBot, win: MainWindow) -> Iterator[None]:
    """Notes typed beside the list and Save pressed while the vault's worker is busy, then
    more typed; the worker goes on (and the waiting save runs) once the block is left."""
    with _worker_busy():
        notes = win.detail.form.editors["notes"]
        qtbot.keyClicks(notes, "eerst")
        qtbot.mouseClick(win.detail.form.save_button, Qt.MouseButton.LeftButton)
        qtbot.keyClicks(notes, " en dan")
        yield


def test_details_whose_save_waits_behind_other_work_are_kept(
    qtbot: QtBot, window, vault: Vault, threaded_tasks: None
) -> None:
    """The save that waited would meet a locked vault; the lock writes all of it first."""
    win, item = window
    with _a_save_waiting(qtbot, win):
        win.lock_vault()
        assert win._kept_at_lock
    with reading(vault.paths.base, vault.passphrase) as service:
        assert service.item(item.id).notes == "eerst en dan"


def test_the_person_is_told_once_the_vault_is_open_again(
    qtbot: QtBot, window, vault: Vault
) -> None:
    win, item = window
    qtbot.keyClicks(win.detail.form.editors["notes"], "gezien op maandag")
    win.lock_vault()
    assert win.statusBar().currentMessage() == ""
    service = unlock_again(win, qtbot, vault.passphrase)
    assert win.statusBar().currentMessage() == KEPT_AT_LOCK + "the details beside the list."
    assert service.item(item.id).notes == "gezien op maandag"


def test_told_in_general_words_when_the_language_changed_while_locked(
    qtbot: QtBot, window, vault: Vault, translations
) -> None:
    """Where it was kept was named in the language of the lock: in another, the message
    does not mix the two."""
    win, item = window
    qtbot.keyClicks(win.detail.form.editors["notes"], "gezien op dinsdag")
    win.lock_vault()
    translations.switch("nl")
    service = unlock_again(win, qtbot, vault.passphrase)
    assert win.statusBar().currentMessage() == (
        "Wat je aan het schrijven was toen de kluis vergrendeld werd, is bewaard."
    )
    assert service.item(item.id).notes == "gezien op dinsdag"


def test_a_save_still_waiting_does_not_put_older_words_back(
    qtbot: QtBot, window, vault: Vault, threaded_tasks: None
) -> None:
    """If the waiting save ran after the lock's write, before the vault closed, it would
    write the older words back. It writes nothing."""
    win, item = window
    with _a_save_waiting(qtbot, win):
        assert win.detail.keep_before_lock()  # the lock's first step, the vault still open
    qtbot.wait(50)  # the waiting save has run, with the vault open
    assert vault.service.item(item.id).notes == "eerst en dan"


def test_an_entry_left_open_is_kept_when_idle_time_locks_the_vault(
    qtbot: QtBot, window, vault: Vault
) -> None:
    """Someone writes in the journal and walks away: after the idle time the vault locks
    by itself, the window closes, and what was written is kept."""
    win, _ = window
    journal = open_journal(win, qtbot)

    def write_then_walk_away(editor: QWidget) -> None:
        assert isinstance(editor, JournalEntryEditor)
        qtbot.keyClicks(editor.text, "Daarna stuurde hij nog tien berichten.")
        win.auto_lock.set_interval_ms(150)  # from the last key on
        # Should the lock never come, the window ends anyway, and the test fails below.
        QTimer.singleShot(10_000, editor, lambda: editor.done(0))  # type: ignore[attr-defined]

    seen = when_a_dialog_opens(write_then_walk_away)
    qtbot.mouseClick(journal.add_button, Qt.MouseButton.LeftButton)  # exec(): until it locks
    assert seen and not seen[0].isVisible() and vault.service.locked
    assert _stored_journal(vault) == ["Daarna stuurde hij nog tien berichten."]


def test_a_save_of_another_item_still_waiting_is_kept_too(
    qtbot: QtBot, window, vault: Vault, make_png, threaded_tasks: None
) -> None:
    """Notes on one item, another chosen (which saves the first, behind busy work), notes
    there, then a lock: both are kept, the first one's save by the lock in its place."""
    win, first = window
    second = vault.service.add_file(make_png((0, 250, 0), (120, 90)), case_id=1)
    win.model.refresh()
    qtbot.waitUntil(lambda: win.model.rowCount() == 2)
    with _worker_busy():
        qtbot.keyClicks(win.detail.form.editors["notes"], "over de eerste")
        win.select_item(second.id)  # moving on saves the first, waiting behind the work
        qtbot.waitUntil(lambda: (win.detail.form.item() or first).id == second.id)
        qtbot.keyClicks(win.detail.form.editors["notes"], "over de tweede")
        win.lock_vault()  # the first one's save still waits: it would meet a locked vault
        assert win._kept_at_lock
    with reading(vault.paths.base, vault.passphrase) as service:
        assert service.item(first.id).notes == "over de eerste"
        assert service.item(second.id).notes == "over de tweede"


def _new_person_saving(qtbot: QtBot, win: MainWindow, handle: str) -> QWidget:
    """ "New person…" beside the list, a username typed and Save pressed; the editor."""
    picker = win.detail.form.fields.poster
    qtbot.mouseClick(picker.new_button, Qt.MouseButton.LeftButton)
    editor = picker.editor
    assert editor is not None
    qtbot.waitExposed(editor)
    qtbot.keyClicks(editor.handles, handle)
    qtbot.mouseClick(editor.ok_button, Qt.MouseButton.LeftButton)
    return editor


def test_a_person_whose_save_waits_behind_other_work_is_kept_once_and_linked(
    qtbot: QtBot, window, vault: Vault, threaded_tasks: None
) -> None:
    """Save pressed in "New person…" while the worker is busy, more typed, then a lock:
    the lock writes the person as shown and links them; the waiting save adds no other."""
    win, item = window
    with _worker_busy():
        editor = _new_person_saving(qtbot, win, "@eerst")
        qtbot.keyClicks(editor.handles, "_dan")
        win.lock_vault()
        assert vault.service.locked and win._kept_at_lock
    assert _the_person_linked(vault, item) == "@eerst_dan"


def _closed_without_saving_after_save(qtbot: QtBot, win: MainWindow) -> QWidget:
    """ "New person…", a username typed and Save pressed (the worker busy: the save waits),
    more typed, then Esc and "Close without saving"; the window, hidden."""
    editor = _new_person_saving(qtbot, win, "@bewaard")
    qtbot.keyClicks(editor.handles, "_niet")
    qtbot.keyClick(editor.handles, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: question(editor) is not None)
    box = question(editor)
    assert box is not None
    press(qtbot, box, "Close without saving")
    qtbot.waitUntil(lambda: win.detail.form.fields.poster.editor is None)
    return editor


def _persons(vault: Vault) -> list[str]:
    with reading(vault.paths.base, vault.passphrase) as service:
        return [person.handles for person in service.persons(1)]


@pytest.mark.parametrize("lock", [True, False], ids=["a lock comes first", "no lock"])
def test_a_save_that_waits_is_kept_when_what_was_typed_after_it_is_dropped(
    qtbot: QtBot, window, vault: Vault, threaded_tasks: None, lock: bool
) -> None:
    """Save pressed while the worker is busy, more typed, then "Close without saving": the
    person is stored as Save had them, once, lock or not (the save was asked for; only what
    was typed after it is dropped), and not chosen beside the list (the window was closed
    without). A lock before the save could run lost it until 2026-12-05."""
    win, item = window
    with _worker_busy():
        editor = _closed_without_saving_after_save(qtbot, win)
        assert shiboken6.isValid(editor)  # kept for its save
        if lock:
            win.lock_vault()
            assert vault.service.locked
            # Gone with the lock, with what was typed in it: not once the worker is free.
            qtbot.waitUntil(lambda: not shiboken6.isValid(editor))
    tasks.wait_idle()
    qtbot.waitUntil(lambda: not shiboken6.isValid(editor))  # its save answered
    assert _persons(vault) == ["@bewaard"]
    with reading(vault.paths.base, vault.passphrase) as service:
        assert service.item(item.id).poster_id is None
    if not lock:  # listed beside the details, to be chosen there, not chosen
        poster = win.detail.form.fields.poster
        assert poster.person() is None
        assert [poster.box.itemText(i) for i in range(poster.box.count())][-1] == "@bewaard"


def test_a_person_being_written_as_the_lock_comes_is_not_added_twice(
    qtbot: QtBot, window, vault: Vault, threaded_tasks: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The save has begun writing when the lock comes: the lock waits for it, then changes
    that person to what the form shows, rather than adding a second one."""
    win, item = window
    writing, go_on = threading.Event(), threading.Event()
    real = vault.service.add_person

    def slow(case_id: int, **values: str) -> object:
        writing.set()
        go_on.wait(10)
        return real(case_id, **values)

    monkeypatch.setattr(vault.service, "add_person", slow)
    editor = _new_person_saving(qtbot, win, "@half")
    assert writing.wait(10)
    qtbot.keyClicks(editor.handles, "_af")
    threading.Timer(0.2, go_on.set).start()  # the lock waits for the write under way
    win.lock_vault()
    assert vault.service.locked and win._kept_at_lock
    tasks.wait_idle()
    qtbot.wait(100)  # the answer of the save that was writing arrives: nothing shows it
    picker = win.detail.form.fields.poster
    assert picker.box.count() <= 1 and not picker._persons
    assert _the_person_linked(vault, item) == "@half_af"


def test_a_person_saved_as_offered_is_kept_when_the_lock_comes_first(
    qtbot: QtBot, vault: Vault, make_png, translations, threaded_tasks: None
) -> None:
    """ "New person…" offers what was written about the poster; Save pressed on it at once,
    nothing typed, while the worker is busy: the lock keeps that person and links them."""
    item = vault.service.add_file(make_png((250, 0, 0), (120, 90)), case_id=1)
    vault.service.update_item(item.id, {"posted_by": "@aangeboden"})
    win = _showing(qtbot, vault, translations, item)
    with _worker_busy():
        _new_person_saving(qtbot, win, "")
        win.lock_vault()
        assert vault.service.locked and win._kept_at_lock
    assert _the_person_linked(vault, item) == "@aangeboden"
