"""The main window on a real vault: list, picture, editing, deleting, adding, cases, search."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from evidence_app.domain.model import Preview
from evidence_app.export import build_dossier
from evidence_app.gui.common.settings import Settings
from evidence_app.gui.items import item_model
from evidence_app.gui.lock.session import VaultSession
from evidence_app.gui.main_window import MainWindow
from tests.helpers.focus import focus_moves_from
from tests.helpers.windows import when_a_file_dialog_opens

RED = (220, 20, 20)
BLUE = (20, 40, 220)


@pytest.fixture
def filled(vault, make_png, tmp_path: Path):
    """The vault with a red picture, a blue picture and a text file."""
    case_id = vault.service.cases()[0].id
    red = vault.service.add_file(make_png(RED, (400, 300)), case_id=case_id)
    blue = vault.service.add_file(
        make_png(BLUE, (80, 60)), case_id=case_id, url="https://www.instagram.com/p/abc"
    )
    text_file = tmp_path / "chat.txt"
    text_file.write_text("not a picture")
    text = vault.service.add_file(text_file, case_id=case_id, notes="chat export")
    assert red.preview == blue.preview == Preview.IMAGE
    assert text.preview == Preview.NOT_IMAGE
    return vault, {"red": red, "blue": blue, "text": text}


@pytest.fixture
def window(qtbot: QtBot, filled, translations) -> MainWindow:
    vault, _ = filled
    win = MainWindow(
        VaultSession.holding(vault.service), translations, Settings(vault.paths.settings_file)
    )
    qtbot.addWidget(win)
    win.resize(1100, 700)
    win.show()
    qtbot.waitExposed(win)
    return win


def _centre_colour(win: MainWindow) -> tuple[int, int, int]:
    viewer = win.detail.viewer
    image = viewer.viewport().grab().toImage()
    colour = QColor(image.pixel(image.width() // 2, image.height() // 2))
    return colour.red(), colour.green(), colour.blue()


def test_list_shows_every_item_of_the_case(window: MainWindow, filled) -> None:
    _, items = filled
    assert window.model.rowCount() == 3
    assert window.case_bar.box.currentText() == "Case A"
    ids = {window.model.item_id(row) for row in range(window.model.rowCount())}
    assert ids == {item.id for item in items.values()}
    assert window.windowTitle() == "Bewijskluis"


def test_choosing_a_picture_shows_it_in_the_viewer(window: MainWindow, filled) -> None:
    _, items = filled
    window.select_item(items["red"].id)
    assert window.detail.viewer.image_size() == (400, 300)
    assert _centre_colour(window) == RED
    assert window.detail.form.sha256.text() == items["red"].sha256
    window.select_item(items["blue"].id)
    assert window.detail.viewer.image_size() == (80, 60)
    assert _centre_colour(window) == BLUE
    assert window.detail.form.editors["url"].text() == "https://www.instagram.com/p/abc"


def test_viewer_zooms_fits_and_shows_real_size(window: MainWindow, filled, qtbot: QtBot) -> None:
    _, items = filled
    window.select_item(items["red"].id)
    viewer, buttons = window.detail.viewer, window.detail.zoom_buttons
    fitted = viewer.scale_factor()
    assert fitted <= 1.0
    qtbot.mouseClick(buttons["zoom_in"], Qt.MouseButton.LeftButton)
    assert viewer.scale_factor() == pytest.approx(fitted * 1.25)
    qtbot.mouseClick(buttons["actual"], Qt.MouseButton.LeftButton)
    assert viewer.scale_factor() == pytest.approx(1.0)
    assert window.detail.zoom_label.text() == "100 %"
    qtbot.mouseClick(buttons["zoom_out"], Qt.MouseButton.LeftButton)
    assert viewer.scale_factor() == pytest.approx(0.8)
    qtbot.mouseClick(buttons["fit"], Qt.MouseButton.LeftButton)
    assert viewer.scale_factor() == pytest.approx(fitted)


def test_a_file_that_is_no_picture_says_why(window: MainWindow, filled) -> None:
    _, items = filled
    window.select_item(items["text"].id)
    assert not window.detail.viewer.has_image()
    assert window.detail.note.text().startswith("This file is not a picture")
    assert window.detail.form.editors["notes"].toPlainText() == "chat export"
    assert not window.detail.zoom_buttons["zoom_in"].isEnabled()


def test_editing_is_stored_and_audited(window: MainWindow, filled, qtbot: QtBot) -> None:
    vault, items = filled
    item_id = items["red"].id
    window.select_item(item_id)
    form = window.detail.form
    picker = form.fields.poster
    qtbot.mouseClick(picker.new_button, Qt.MouseButton.LeftButton)
    assert picker.editor is not None
    qtbot.keyClicks(picker.editor.handles, "@someone")
    qtbot.mouseClick(picker.editor.ok_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(form.editors["description"], "My photo, posted without asking")
    assert form.status.text() == ""
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.status.text().startswith("Saved at ")
    (person,) = vault.service.persons(items["red"].case_id)
    stored = vault.service.item(item_id)
    assert (stored.poster_id, stored.posted_by) == (person.id, "@someone")
    assert stored.description == "My photo, posted without asking"
    assert stored.sha256 == items["red"].sha256  # the original is untouched
    last = vault.service.audit_entries()[-1]
    assert last.action == "item.edit"
    assert last.details["changes"]["posted_by"] == {"before": "", "after": "@someone"}
    assert last.details["changes"]["poster_id"] == {"before": None, "after": person.id}
    row = window.model.row_of(item_id)
    description = window.model.index(row, item_model.COL_DESCRIPTION).data()
    assert description == "My photo, posted without asking"


def test_a_poster_chosen_in_the_window_is_a_person_in_the_dossier(
    window: MainWindow, filled, qtbot: QtBot
) -> None:
    vault, items = filled
    case_id = items["blue"].case_id
    lena = vault.service.add_person(case_id, name="Lena", phone="+32 470 00 00 00")
    window.select_item(items["blue"].id)
    box = window.detail.form.fields.poster.box
    assert [box.itemText(i) for i in range(box.count())] == ["(not known)", "Lena"]
    box.setCurrentIndex(box.findData(lena.id))
    qtbot.mouseClick(window.detail.form.save_button, Qt.MouseButton.LeftButton)
    stored = vault.service.item(items["blue"].id)
    assert (stored.poster_id, stored.posted_by) == (lena.id, "Lena")
    dossier = build_dossier(vault.service, case_ids=[case_id])
    assert [p.phone for p in dossier.persons] == ["+32 470 00 00 00"]
    # Choosing "(not known)" removes the link and its name.
    window.select_item(items["red"].id)
    window.select_item(items["blue"].id)
    assert box.currentText() == "Lena"
    box.setCurrentIndex(0)
    qtbot.mouseClick(window.detail.form.save_button, Qt.MouseButton.LeftButton)
    stored = vault.service.item(items["blue"].id)
    assert (stored.poster_id, stored.posted_by) == (None, "")


def test_a_poster_written_as_text_before_is_shown_and_offered(
    window: MainWindow, filled, qtbot: QtBot
) -> None:
    vault, items = filled
    vault.service.update_item(items["text"].id, {"posted_by": "@old_account"})
    window.model.replace_item(vault.service.item(items["text"].id))
    window.select_item(items["text"].id)
    fields = window.detail.form.fields
    assert fields.earlier_poster.isVisibleTo(window)
    assert "“@old_account”" in fields.earlier_poster.text()
    assert window.detail.form.changes() == {}  # showing it changes nothing
    qtbot.mouseClick(fields.poster.new_button, Qt.MouseButton.LeftButton)
    editor = fields.poster.editor
    assert editor is not None and editor.handles.toPlainText() == "@old_account"
    qtbot.mouseClick(editor.ok_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.detail.form.save_button, Qt.MouseButton.LeftButton)
    (person,) = vault.service.persons(items["text"].case_id)
    stored = vault.service.item(items["text"].id)
    assert (stored.poster_id, stored.posted_by, person.handles) == (
        person.id,
        "@old_account",
        "@old_account",
    )
    assert not fields.earlier_poster.isVisibleTo(window)


def test_saving_nothing_says_so(window: MainWindow, filled, qtbot: QtBot) -> None:
    vault, items = filled
    window.select_item(items["red"].id)
    entries = len(vault.service.audit_entries())
    qtbot.mouseClick(window.detail.form.save_button, Qt.MouseButton.LeftButton)
    assert window.detail.form.status.text() == "Nothing to save: nothing was changed."
    assert len(vault.service.audit_entries()) == entries


def test_a_bad_web_address_is_not_saved_and_says_why(
    window: MainWindow, filled, qtbot: QtBot
) -> None:
    vault, items = filled
    window.select_item(items["red"].id)
    url = window.detail.form.editors["url"]
    qtbot.keyClicks(url, "javascript:alert(1)")
    qtbot.mouseClick(window.detail.form.save_button, Qt.MouseButton.LeftButton)
    assert window.detail.form.status.text().startswith(
        "Not saved. This is not a web address that can be kept as evidence."
    )
    assert vault.service.item(items["red"].id).url == ""


def test_moving_to_another_item_keeps_what_was_typed(
    window: MainWindow, filled, qtbot: QtBot
) -> None:
    vault, items = filled
    window.select_item(items["red"].id)
    qtbot.keyClicks(window.detail.form.editors["platform"], "whatsapp")
    window.select_item(items["blue"].id)
    assert vault.service.item(items["red"].id).platform == "whatsapp"


@pytest.mark.parametrize("answer", [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
def test_delete_asks_first(
    window: MainWindow, filled, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, answer
) -> None:
    vault, items = filled
    asked: list[str] = []

    def question(parent, title, text, *args):
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    item_id = items["blue"].id
    window.select_item(item_id)
    qtbot.mouseClick(window.detail.form.delete_button, Qt.MouseButton.LeftButton)
    assert asked and asked[0].startswith("Delete this item from the vault?")
    remaining = {item.id for item in vault.service.items()}
    if answer == QMessageBox.StandardButton.Yes:
        assert item_id not in remaining
        assert window.model.row_of(item_id) is None
        assert not window.detail.viewer.has_image()
        assert vault.service.audit_entries()[-1].action == "item.delete"
    else:
        assert item_id in remaining
        assert window.model.row_of(item_id) is not None
        assert window.detail.viewer.has_image()


def test_add_files_uses_qt_dialog_and_stores_them(
    window: MainWindow, filled, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, make_png
) -> None:
    vault, _ = filled
    new = [make_png((0, 200, 0), name="green.png"), make_png((9, 9, 9), name="dark.png")]
    own_dialog: list[bool] = []

    def choose_both(dialog: QFileDialog) -> None:
        own_dialog.append(dialog.testOption(QFileDialog.Option.DontUseNativeDialog))
        dialog.setDirectory(str(new[0].parent))
        typed = dialog.findChild(QLineEdit, "fileNameEdit")  # as a person types two names
        typed.setText(" ".join(f'"{p.name}"' for p in new))
        dialog.accept()

    when_a_file_dialog_opens(window, choose_both)
    window.toolbar.add_files.trigger()
    assert own_dialog == [True]
    # Two files are a batch: stored one by one from the event loop, with progress.
    qtbot.waitUntil(lambda: window.model.rowCount() == 5)
    qtbot.waitUntil(lambda: window.importer.progress is None)
    names = sorted(item.original_name for item in vault.service.items())
    assert names == ["chat.txt", "dark.png", "green.png", "image0.png", "image1.png"]


def test_a_new_case_is_created_and_chosen(
    window: MainWindow, filled, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault, _ = filled
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("School", True))
    qtbot.mouseClick(window.case_bar.new_button, Qt.MouseButton.LeftButton)
    assert window.case_bar.box.currentText() == "School"
    assert window.model.rowCount() == 0
    assert sorted(case.name for case in vault.service.cases()) == ["Case A", "School"]
    window.case_bar.box.setCurrentIndex(window.case_bar.box.findText("Case A"))
    assert window.model.rowCount() == 3


def test_search_field_filters_the_list(window: MainWindow, filled, qtbot: QtBot) -> None:
    _, items = filled
    qtbot.keyClicks(window.case_bar.search, "instagram")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)  # once typing paused
    assert window.model.item_id(0) == items["blue"].id
    window.case_bar.search.clear()
    qtbot.waitUntil(lambda: window.model.rowCount() == 3)


def test_clicking_a_column_header_sorts(window: MainWindow, filled, qtbot: QtBot) -> None:
    header = window.table.horizontalHeader()
    x = header.sectionViewportPosition(item_model.COL_URL) + 5
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert header.sortIndicatorSection() == item_model.COL_URL
    order = header.sortIndicatorOrder()
    qtbot.waitUntil(lambda: all(window.model.item_at(r) for r in range(3)))  # as painted
    urls = [window.model.index(r, item_model.COL_URL).data() for r in range(3)]
    expected = sorted(urls, reverse=order == Qt.SortOrder.DescendingOrder)
    assert urls == expected
    assert "" in urls and "https://www.instagram.com/p/abc" in urls


def test_saving_with_the_keyboard_keeps_the_focus_on_save(
    window: MainWindow, filled, qtbot: QtBot
) -> None:
    """Save was disabled while it stored: Qt moved the focus to the next button, Delete…,
    and a screen reader said "Delete… push button" after every save."""
    vault, items = filled
    window.select_item(items["red"].id)
    form = window.detail.form
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClicks(form.editors["notes"], "Lotte zag het ook")
    with focus_moves_from(qtbot, form.save_button) as went_to:
        qtbot.keyClick(form.save_button, Qt.Key.Key_Space)
        qtbot.waitUntil(lambda: form.status.text().startswith("Saved at "))
    assert vault.service.item(items["red"].id).notes == "Lotte zag het ook"
    assert went_to == []
    assert form.save_button.hasFocus()


@pytest.fixture
def held_saves(filled, monkeypatch: pytest.MonkeyPatch, threaded_tasks):
    """Saves run in the background, each held until the test lets it go: what a person
    does while one is stored (a long export can hold the worker) can be done."""
    vault, _ = filled
    gate, asked = threading.Event(), []
    real = vault.service.update_item

    def held(item_id: int, changes: dict) -> object:
        asked.append((item_id, dict(changes)))
        gate.wait(10)
        return real(item_id, changes)

    monkeypatch.setattr(vault.service, "update_item", held)
    yield gate, asked
    gate.set()


def _opened(window: MainWindow, qtbot: QtBot, item_id: int) -> None:
    window.select_item(item_id)
    qtbot.waitUntil(lambda: window.detail.form.item() is not None)


def test_a_change_typed_while_saving_is_saved_too(
    window: MainWindow, filled, qtbot: QtBot, held_saves
) -> None:
    """Save is not disabled while it stores (the focus stays on it): pressed again
    meanwhile, it stores what was typed since, once the first is done. The first's
    result does not replace what was typed."""
    vault, items = filled
    gate, asked = held_saves
    item_id = items["red"].id
    _opened(window, qtbot, item_id)
    form = window.detail.form
    notes = form.editors["notes"]
    qtbot.keyClicks(notes, "first")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(asked) == 1)
    qtbot.keyClicks(notes, " and second")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.status.text() == "Saving…"
    gate.set()
    qtbot.waitUntil(lambda: form.status.text().startswith("Saved at "), timeout=10_000)
    assert vault.service.item(item_id).notes == "first and second"
    assert notes.toPlainText() == "first and second"
    assert [changes for _, changes in asked] == [
        {"notes": "first"},
        {"notes": "first and second"},
    ]


def test_another_item_is_saved_while_the_last_one_is_stored(
    window: MainWindow, filled, qtbot: QtBot, held_saves
) -> None:
    vault, items = filled
    gate, asked = held_saves
    _opened(window, qtbot, items["red"].id)
    qtbot.keyClicks(window.detail.form.editors["notes"], "red one")
    qtbot.mouseClick(window.detail.form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(asked) == 1)
    _opened(window, qtbot, items["blue"].id)
    form = window.detail.form
    qtbot.keyClicks(form.editors["notes"], "blue one")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)  # not held back by red
    gate.set()
    qtbot.waitUntil(lambda: form.status.text().startswith("Saved at "), timeout=10_000)
    assert vault.service.item(items["red"].id).notes == "red one"
    assert vault.service.item(items["blue"].id).notes == "blue one"


def test_the_hiding_window_goes_with_its_picture_once_closed(
    window: MainWindow, filled, qtbot: QtBot
) -> None:
    """A child of the details, it would stay, hidden, with the picture it decoded, through
    the lock (Python letting go of it deleted it; it is deleted on close now, explicitly)."""
    from evidence_app.gui.items.redaction_editor import RedactionEditor

    _, items = filled
    _opened(window, qtbot, items["red"].id)
    qtbot.waitUntil(window.detail.redact_button.isEnabled)
    opened: list[bool] = []

    def close_it() -> None:
        editor = QApplication.activeModalWidget()
        opened.append(isinstance(editor, RedactionEditor))
        if editor is not None:
            editor.close()

    for _ in range(2):
        QTimer.singleShot(300, close_it)
        qtbot.mouseClick(window.detail.redact_button, Qt.MouseButton.LeftButton)
    assert opened == [True, True]
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert window.findChildren(RedactionEditor) == []


def test_a_save_refused_does_not_hold_up_the_next(
    window: MainWindow, filled, qtbot: QtBot, held_saves
) -> None:
    """ "Nothing to save" and a web address refused start no save, so nothing waits for one."""
    vault, items = filled
    gate, asked = held_saves
    gate.set()
    _opened(window, qtbot, items["red"].id)
    form = window.detail.form
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.status.text().startswith("Nothing to save")
    form.fields.url.setText("javascript:alert(1)")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.status.text().startswith("Not saved.")
    form.fields.url.setText("https://www.instagram.com/p/abc")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: form.status.text().startswith("Saved at "), timeout=10_000)
    assert vault.service.item(items["red"].id).url == "https://www.instagram.com/p/abc"
    assert len(asked) == 1
