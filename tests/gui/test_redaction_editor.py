"""Marking regions to hide: drawn with the mouse, stored in image pixels, original untouched."""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from evidence_app.domain.model import RedactStyle, Region
from evidence_app.gui.common import announce, tasks
from evidence_app.gui.items.redaction_editor import RedactionEditor
from tests.helpers.dialogs import press, question
from tests.helpers.focus import focus_moves_from
from tests.helpers.vaults import Vault, reading


@pytest.fixture
def editor(qtbot: QtBot, vault: Vault, make_png: Callable[..., Path]) -> RedactionEditor:
    item = vault.service.add_file(make_png(size=(400, 200)), case_id=1)
    dialog = RedactionEditor(vault.service, item.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _drag(
    qtbot: QtBot, editor: RedactionEditor, start: tuple[int, int], end: tuple[int, int]
) -> None:
    canvas = editor.canvas
    a = canvas.mapFromScene(QPointF(*start))
    b = canvas.mapFromScene(QPointF(*end))
    qtbot.mousePress(canvas.viewport(), Qt.MouseButton.LeftButton, pos=a)
    qtbot.mouseMove(canvas.viewport(), pos=b)
    qtbot.mouseRelease(canvas.viewport(), Qt.MouseButton.LeftButton, pos=b)


def _close(region: Region, expected: tuple[int, int, int, int, str], slack: int = 3) -> bool:
    values = (region.x, region.y, region.width, region.height)
    return region.style == expected[4] and all(
        abs(a - b) <= slack for a, b in zip(values, expected[:4], strict=True)
    )


def test_drawn_regions_are_saved_in_image_pixels(
    qtbot: QtBot, editor: RedactionEditor, vault: Vault
) -> None:
    item = vault.service.items()[0]
    before = hashlib.sha256(vault.service.original_bytes(item.id)).hexdigest()
    _drag(qtbot, editor, (20, 30), (120, 90))
    editor.blur.setChecked(True)
    _drag(qtbot, editor, (390, 190), (300, 150))  # dragged backwards
    _drag(qtbot, editor, (50, 50), (50, 50))  # a click draws nothing
    regions = editor.regions()
    assert len(regions) == 2
    assert _close(regions[0], (20, 30, 100, 60, RedactStyle.BLACK))
    assert _close(regions[1], (300, 150, 90, 40, RedactStyle.BLUR))
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.message.text() == "Saved."
    assert vault.service.redactions()[item.id] == regions
    assert hashlib.sha256(vault.service.original_bytes(item.id)).hexdigest() == before
    assert vault.service.audit_entries()[-1].action == "item.redactions"


def test_parts_are_marked_with_the_keyboard_alone(
    qtbot: QtBot, editor: RedactionEditor, vault: Vault, translations
) -> None:
    """For a person who cannot drag: on the picture (400×200), an arrow marks its middle,
    the arrows move it (a fiftieth of its short side: 4 pixels; Ctrl: 1), Shift+arrows size
    it, Enter places it and the next arrow marks a new part, Esc takes the part being moved
    away."""
    canvas = editor.canvas
    canvas.setFocus()
    qtbot.waitUntil(canvas.hasFocus)
    qtbot.keyClick(canvas, Qt.Key.Key_Right)  # marks the middle
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    qtbot.keyClick(canvas, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(canvas, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(canvas, Qt.Key.Key_Return)  # placed: not the window's Save
    assert editor.message.text() == "Placed. In all, 1 part to hide; Save keeps it."  # not saved
    assert vault.service.redactions() == {}
    editor.blur.setChecked(True)
    for _ in range(40):  # a new part, pushed to the corner: never past the picture
        qtbot.keyClick(canvas, Qt.Key.Key_Up)
        qtbot.keyClick(canvas, Qt.Key.Key_Left)
    qtbot.keyClick(canvas, Qt.Key.Key_Return)
    qtbot.keyClick(canvas, Qt.Key.Key_Down)  # a third, taken away again with Esc
    qtbot.keyClick(canvas, Qt.Key.Key_Escape)
    qtbot.keyClick(canvas, Qt.Key.Key_Escape)  # once more: the window stays, parts unsaved
    assert editor.isVisible()
    regions = editor.regions()
    assert len(regions) == 2
    assert _close(regions[0], (104, 51, 196, 100, RedactStyle.BLACK), slack=0)
    assert _close(regions[1], (0, 0, 200, 100, RedactStyle.BLUR), slack=0)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert vault.service.redactions()[vault.service.items()[0].id] == regions


def test_saved_regions_come_back_and_can_be_undone(
    qtbot: QtBot, editor: RedactionEditor, vault: Vault
) -> None:
    item_id = vault.service.items()[0].id
    vault.service.set_redactions(
        item_id, [Region(10, 10, 50, 50), Region(100, 20, 30, 30, RedactStyle.BLUR)]
    )
    again = RedactionEditor(vault.service, item_id)
    qtbot.addWidget(again)
    assert again.regions() == [Region(10, 10, 50, 50), Region(100, 20, 30, 30, RedactStyle.BLUR)]
    qtbot.mouseClick(again.undo_button, Qt.MouseButton.LeftButton)
    assert again.regions() == [Region(10, 10, 50, 50)]
    qtbot.mouseClick(again.clear_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(again.save_button, Qt.MouseButton.LeftButton)
    assert vault.service.redactions().get(item_id, []) == []


def test_dragging_outside_the_picture_is_clipped(qtbot: QtBot, editor: RedactionEditor) -> None:
    canvas = editor.canvas
    start = canvas.mapFromScene(QPointF(350, 150))
    outside = canvas.mapFromScene(QPointF(500, 400))
    qtbot.mousePress(canvas.viewport(), Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(canvas.viewport(), pos=outside)
    qtbot.mouseRelease(canvas.viewport(), Qt.MouseButton.LeftButton, pos=outside)
    (region,) = editor.regions()
    assert region.x + region.width <= 400 and region.y + region.height <= 200


def test_the_vault_is_read_and_written_off_the_gui_thread(
    qtbot: QtBot, vault: Vault, make_png: Callable[..., Path], threaded_tasks: None
) -> None:
    item = vault.service.add_file(make_png(size=(400, 200)), case_id=1)
    dialog = RedactionEditor(vault.service, item.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(dialog.save_button.isEnabled, timeout=10_000)  # loaded in the background
    _drag(qtbot, dialog, (20, 30), (120, 90))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.message.text() == "Saved.", timeout=10_000)
    assert vault.service.redactions()[item.id] == dialog.regions()


def test_saving_with_the_keyboard_keeps_the_focus_on_save(
    qtbot: QtBot, editor: RedactionEditor, vault: Vault
) -> None:
    """Save was disabled while it stored, and Qt moved the focus to the window's first
    control; it stays on Save now, and "Saved." is said (a notification, `announce`)."""
    item = vault.service.items()[0]
    qtbot.waitUntil(editor.save_button.isEnabled)  # the picture is loaded
    _drag(qtbot, editor, (20, 30), (120, 90))
    with focus_moves_from(qtbot, editor.save_button) as went_to:
        qtbot.keyClick(editor.save_button, Qt.Key.Key_Space)
        qtbot.waitUntil(lambda: editor.message.text() == "Saved.")
    assert len(vault.service.redactions()[item.id]) == 1
    assert went_to == []
    assert editor.save_button.hasFocus()
    qtbot.waitUntil(lambda: announce.said_by(editor) == ["Saved."])


def test_a_part_marked_while_saving_is_saved_too(
    qtbot: QtBot, editor: RedactionEditor, vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Save is not disabled while it stores: pressed again meanwhile, it saves the parts
    marked since, once the first is stored ("Saved." with one part stored was said)."""
    item = vault.service.items()[0]
    qtbot.waitUntil(editor.save_button.isEnabled)
    gate, asked = threading.Event(), []
    real = vault.service.set_redactions

    def held(item_id: int, regions: list[Region]) -> None:
        asked.append(len(regions))
        gate.wait(10)
        real(item_id, regions)

    monkeypatch.setattr(vault.service, "set_redactions", held)
    tasks.set_synchronous(False)
    try:
        _drag(qtbot, editor, (20, 30), (120, 90))
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: asked == [1])
        _drag(qtbot, editor, (200, 100), (300, 150))
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
        assert editor.message.text() == "Saving…"
        gate.set()
        qtbot.waitUntil(lambda: editor.message.text() == "Saved.", timeout=10_000)
        assert asked == [1, 2]
        assert vault.service.redactions()[item.id] == editor.regions()
        assert len(editor.regions()) == 2
    finally:
        gate.set()
        tasks.wait_idle()
        tasks.set_synchronous(True)


def test_what_the_keys_do_is_said(qtbot: QtBot, editor: RedactionEditor, translations) -> None:
    """Where the part is, in percent of the picture (400×200), once the arrows rest; that
    it is placed and how many there are; what was taken away. Shown, and said aloud (each
    heard before the next key: one replaced before it is said is not said, as in
    test_announce)."""
    canvas = editor.canvas
    canvas.setFocus()
    qtbot.waitUntil(canvas.hasFocus)

    def shown_and_said(text: str) -> None:
        assert editor.message.text() == text
        qtbot.waitUntil(lambda: announce.said_by(editor)[-1:] == [text])

    marked = "A part is marked: from 25 to 75 % across, from 25 to 75 % down."
    qtbot.keyClick(canvas, Qt.Key.Key_Right)  # the middle half: 100-300 across, 50-150 down
    shown_and_said(marked)
    qtbot.keyClick(canvas, Qt.Key.Key_Right)  # 4 pixels a step
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    assert editor.message.text() == marked  # not at each step of a held key
    moved = "Moved: from 27 to 77 % across, from 25 to 75 % down."
    qtbot.waitUntil(lambda: editor.message.text() == moved)
    shown_and_said(moved)
    qtbot.keyClick(canvas, Qt.Key.Key_Return)
    shown_and_said("Placed. In all, 1 part to hide; Save keeps it.")
    qtbot.keyClick(canvas, Qt.Key.Key_Down)  # a second part, taken away again
    shown_and_said(marked)
    qtbot.keyClick(canvas, Qt.Key.Key_Escape)
    shown_and_said("The part you were placing is taken away.")
    qtbot.mouseClick(editor.undo_button, Qt.MouseButton.LeftButton)
    shown_and_said("The last part is taken away; 0 left.")
    qtbot.mouseClick(editor.undo_button, Qt.MouseButton.LeftButton)
    shown_and_said("There is no part to take away.")
    qtbot.keyClick(canvas, Qt.Key.Key_Up)
    shown_and_said(marked)
    qtbot.keyClick(canvas, Qt.Key.Key_Return)
    shown_and_said("Placed. In all, 1 part to hide; Save keeps it.")
    qtbot.mouseClick(editor.clear_button, Qt.MouseButton.LeftButton)
    shown_and_said("Every part is taken away.")
    qtbot.mouseClick(editor.clear_button, Qt.MouseButton.LeftButton)
    shown_and_said("There is no part to take away.")
    qtbot.wait(500)  # a move said late would come now
    assert editor.message.text() == "There is no part to take away."
    assert announce.said_by(editor) == [
        marked,
        moved,
        "Placed. In all, 1 part to hide; Save keeps it.",
        marked,
        "The part you were placing is taken away.",
        "The last part is taken away; 0 left.",
        "There is no part to take away.",
        marked,
        "Placed. In all, 1 part to hide; Save keeps it.",
        "Every part is taken away.",
        "There is no part to take away.",
    ]


def _question(qtbot: QtBot, editor: RedactionEditor) -> QMessageBox:
    """The question the window asks before it closes, once it shows."""
    qtbot.waitUntil(lambda: question(editor) is not None)
    box = question(editor)
    assert box is not None
    return box


def test_closing_with_parts_not_saved_asks_first(
    qtbot: QtBot, editor: RedactionEditor, vault: Vault
) -> None:
    """Marked with the keys, then Close: the window asks. Go back keeps everything; Close
    without saving closes and stores nothing."""
    qtbot.waitUntil(editor.save_button.isEnabled)
    editor.canvas.setFocus()
    qtbot.keyClick(editor.canvas, Qt.Key.Key_Right)
    qtbot.keyClick(editor.canvas, Qt.Key.Key_Return)
    marked = editor.regions()
    qtbot.mouseClick(editor.close_button, Qt.MouseButton.LeftButton)
    box = _question(qtbot, editor)
    assert box.windowTitle() == "Keep the parts you marked?"
    assert sorted(b.text() for b in box.buttons()) == ["Close without saving", "Go back", "Save"]
    assert box.defaultButton().text() == "Save"
    qtbot.keyClick(box, Qt.Key.Key_Escape)  # Esc goes back
    qtbot.waitUntil(lambda: not box.isVisible())
    assert editor.isVisible() and editor.regions() == marked
    qtbot.keyClick(editor.close_button, Qt.Key.Key_Escape)  # Esc on the window: asks again
    press(qtbot, _question(qtbot, editor), "Close without saving")
    qtbot.waitUntil(lambda: not editor.isVisible())
    assert vault.service.redactions() == {}


def test_save_in_the_question_stores_the_parts_then_closes(
    qtbot: QtBot, editor: RedactionEditor, vault: Vault
) -> None:
    item = vault.service.items()[0]
    qtbot.waitUntil(editor.save_button.isEnabled)
    _drag(qtbot, editor, (20, 30), (120, 90))
    editor.close()  # the window's own close button
    assert editor.isVisible()
    press(qtbot, _question(qtbot, editor), "Save")
    qtbot.waitUntil(lambda: not editor.isVisible())
    assert vault.service.redactions()[item.id] == editor.regions()


def test_nothing_new_marked_closes_without_asking(
    qtbot: QtBot, editor: RedactionEditor, vault: Vault
) -> None:
    qtbot.waitUntil(editor.save_button.isEnabled)
    _drag(qtbot, editor, (20, 30), (120, 90))
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.message.text() == "Saved.")
    qtbot.mouseClick(editor.close_button, Qt.MouseButton.LeftButton)
    assert not editor.isVisible()
    assert editor.findChildren(QMessageBox) == []


def test_closing_while_a_save_is_stored_waits_for_it(
    qtbot: QtBot, editor: RedactionEditor, vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Save, then Close at once: the window stays until the parts are stored; a save that
    fails keeps it open, with what went wrong."""
    item = vault.service.items()[0]
    qtbot.waitUntil(editor.save_button.isEnabled)
    gate = threading.Event()
    real = vault.service.set_redactions
    outcome: list[BaseException] = []

    def held(item_id: int, regions: list[Region]) -> None:
        gate.wait(10)
        if outcome:
            raise outcome[0]
        real(item_id, regions)

    monkeypatch.setattr(vault.service, "set_redactions", held)
    tasks.set_synchronous(False)
    try:
        from evidence_app.domain.errors import CannotWrite

        outcome.append(CannotWrite(CannotWrite.FULL))
        _drag(qtbot, editor, (20, 30), (120, 90))
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(editor.close_button, Qt.MouseButton.LeftButton)
        assert editor.isVisible()
        closing = "Saving… The window closes once the parts are saved."
        assert editor.message.text() == closing  # the key was heard: said, and shown
        qtbot.waitUntil(lambda: closing in announce.said_by(editor))
        gate.set()
        qtbot.waitUntil(lambda: editor.message.text() != closing, timeout=10_000)
        assert editor.message.text().startswith("There is no space left on the disk.")  # in sight
        assert editor.isVisible() and vault.service.redactions() == {}

        gate.clear()
        outcome.clear()
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(editor.close_button, Qt.MouseButton.LeftButton)
        assert editor.isVisible()
        gate.set()
        qtbot.waitUntil(lambda: not editor.isVisible(), timeout=10_000)
        assert vault.service.redactions()[item.id] == editor.regions()
    finally:
        gate.set()
        tasks.wait_idle()
        tasks.set_synchronous(True)


def test_a_lock_closes_the_window_and_its_question_without_an_answer(
    qtbot: QtBot, editor: RedactionEditor, vault: Vault
) -> None:
    qtbot.waitUntil(editor.save_button.isEnabled)
    _drag(qtbot, editor, (20, 30), (120, 90))
    qtbot.mouseClick(editor.close_button, Qt.MouseButton.LeftButton)
    box = _question(qtbot, editor)
    # As the main window does at a lock (`_close_dialogs`): done(), each window.
    editor.done(QDialog.DialogCode.Rejected)
    box.done(QDialog.DialogCode.Rejected)
    assert not editor.isVisible() and not box.isVisible()
    qtbot.wait(100)
    assert vault.service.redactions() == {}


def test_a_lock_overtakes_a_save_still_waiting_and_asks_nothing_after(
    qtbot: QtBot, editor: RedactionEditor, vault: Vault
) -> None:
    """Parts marked, Save pressed while the worker is busy, one more marked, Close (which
    waits for the save), then the lock's write of both parts: the waiting save writes
    nothing, and nothing is asked afterwards about parts "not saved yet"."""
    qtbot.waitUntil(editor.save_button.isEnabled)
    gate = threading.Event()
    tasks.set_synchronous(False)
    try:
        tasks.run_task(lambda: gate.wait(10), lambda _: None)  # the worker is busy
        _drag(qtbot, editor, (20, 30), (120, 90))
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
        _drag(qtbot, editor, (150, 30), (200, 90))
        qtbot.mouseClick(editor.close_button, Qt.MouseButton.LeftButton)  # closes once saved
        assert editor.keep_before_lock()  # the lock's first step, the vault still open
    finally:
        gate.set()
        tasks.wait_idle()
        tasks.set_synchronous(True)
    qtbot.wait(100)  # what the overtaken save answered has come
    (item,) = vault.service.items()
    assert len(vault.service.redactions()[item.id]) == 2
    assert [b for b in editor.findChildren(QMessageBox) if b.isVisible()] == []
    assert not editor.changed_by_hand()


def test_what_a_save_writing_as_the_lock_came_answers_shows_nothing(
    qtbot: QtBot, editor: RedactionEditor, vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A save is writing as the lock comes, and Save was pressed again meanwhile: the lock
    waits for it, writes the parts marked now, and the vault locks. What that save answers
    then comes to a closed window over a locked vault: nothing is said, nothing saved again."""
    qtbot.waitUntil(editor.save_button.isEnabled)
    writing, go_on = threading.Event(), threading.Event()
    real = vault.service.set_redactions

    def slow(*args: object) -> object:
        if not writing.is_set():
            writing.set()
            go_on.wait(10)
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(vault.service, "set_redactions", slow)
    tasks.set_synchronous(False)
    try:
        _drag(qtbot, editor, (20, 30), (120, 90))
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
        assert writing.wait(10)
        _drag(qtbot, editor, (150, 30), (200, 90))
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)  # again, once stored
        said = editor.message.text()
        threading.Timer(0.2, go_on.set).start()  # the lock waits for the write under way
        assert editor.keep_before_lock()
        vault.service.lock()  # as the lock goes on: the key forgotten, the window closed
        editor.done(QDialog.DialogCode.Rejected)
    finally:
        go_on.set()
        tasks.wait_idle()
        tasks.set_synchronous(True)
    qtbot.wait(100)  # what the save that was writing answered has come
    assert editor.message.text() == said
    with reading(vault.paths.base, vault.passphrase) as service:
        (item,) = service.items()
        assert len(service.redactions()[item.id]) == 2
