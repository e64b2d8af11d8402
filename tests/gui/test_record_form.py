"""The record form after a capture: each field, the platform guess, persons, URLs, times."""

from __future__ import annotations

import threading
from datetime import UTC, datetime

import pytest
import shiboken6
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget
from pytestqt.qtbot import QtBot

from evidence_app.domain import clock
from evidence_app.domain.model import ItemKind
from evidence_app.gui.common import announce, tasks, text_size
from evidence_app.gui.common.dialog_parts import DownScroll
from evidence_app.gui.items.person_editor import PersonEditor
from evidence_app.gui.items.person_picker import PersonPicker
from evidence_app.gui.items.record_dialog import RecordDialog
from evidence_app.gui.items.record_form import RecordForm
from tests.helpers.focus import focus_moves_from


@pytest.fixture
def item(vault, make_png):
    case_id = vault.service.cases()[0].id
    data = make_png((40, 80, 120), (32, 24)).read_bytes()
    return vault.service.add_bytes(
        data,
        case_id=case_id,
        original_name="screen.png",
        kind=ItemKind.SCREEN,
        capture_method="screen-grab",
    )


@pytest.fixture
def dialog(qtbot: QtBot, vault, item, translations) -> RecordDialog:
    made = RecordDialog(vault.service, item)
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    return made


def test_every_field_is_saved_when_the_form_closes(
    dialog: RecordDialog, vault, item, qtbot: QtBot
) -> None:
    form = dialog.form
    qtbot.keyClicks(form.url, "https://www.snapchat.com/add/someone")
    assert form.platform.platform() == "snapchat"
    assert form.platform.currentText() == "Snapchat"
    qtbot.keyClicks(form.posted_at, "zaterdag 12 mei, 21 uur")
    qtbot.keyClicks(form.description, "Mijn foto, zonder te vragen doorgestuurd")
    assert vault.service.item(item.id).url == ""  # nothing is saved before closing
    dialog.close()  # the window's close button: saves too
    stored = vault.service.item(item.id)
    assert stored.url == "https://www.snapchat.com/add/someone"
    assert stored.platform == "snapchat"
    assert stored.posted_at == "zaterdag 12 mei, 21 uur"
    assert stored.description == "Mijn foto, zonder te vragen doorgestuurd"
    assert stored.sha256 == item.sha256
    edit = vault.service.audit_entries()[-1]
    assert edit.action == "item.edit"
    assert edit.details["changes"]["platform"] == {"before": "", "after": "snapchat"}


def test_what_is_saved_as_the_window_closes_is_said_from_the_main_window(
    vault, item, qtbot: QtBot, translations
) -> None:
    """Done: the record window goes, and its "Saved at …" with it; the main window, which
    the keyboard comes back to, says it."""
    main = QMainWindow()
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    record = RecordDialog(vault.service, item, parent=main)
    record.show()
    qtbot.waitExposed(record)
    qtbot.keyClicks(record.form.description, "Mijn foto")
    record.close()
    assert vault.service.item(item.id).description == "Mijn foto"
    qtbot.waitUntil(lambda: len(announce.said_by(main)) == 1)
    (said,) = announce.said_by(main)
    assert said.startswith("Saved at ") and said[9:11].isdigit()


def test_escape_saves_too(dialog: RecordDialog, vault, item, qtbot: QtBot) -> None:
    qtbot.keyClicks(dialog.form.description, "iets")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert vault.service.item(item.id).description == "iets"


def test_the_platform_guess_follows_the_url_until_the_person_chooses(
    dialog: RecordDialog, vault, item, qtbot: QtBot
) -> None:
    form = dialog.form
    form.url.setText("https://vm.tiktok.com/ZMabc/")
    assert form.platform.currentText() == "TikTok"
    form.url.setText("https://www.google.be/search?q=naam")
    assert form.platform.currentText() == "Search engine"
    form.url.setText("https://nl.pornhub.com/view_video.php?viewkey=1")
    assert form.platform.currentText() == "Adult site"
    form.url.setText("https://forum.example.org/t/1")
    assert form.platform.currentText() == "Other"
    form.platform.setCurrentIndex(form.platform.findData("whatsapp"))  # the person knows better
    form.url.setText("https://www.instagram.com/p/abc/")
    assert form.platform.platform() == "whatsapp"
    dialog.accept()
    assert vault.service.item(item.id).platform == "whatsapp"


def test_an_item_kept_as_other_before_its_site_was_known_is_guessed_again_when_its_address_changes(
    qtbot: QtBot, vault, item, translations
) -> None:
    # Kept before YouTube was known: its platform was "other".
    vault.service.update_item(item.id, {"url": "https://youtu.be/abc", "platform": "other"})
    dialog = RecordDialog(vault.service, vault.service.item(item.id))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.form.platform.platform() == "other"  # shown as kept until the address changes
    dialog.form.url.setFocus()
    qtbot.keyClick(dialog.form.url, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(dialog.form.url, "https://www.youtube.com/watch?v=abc")
    assert dialog.form.platform.currentText() == "YouTube"
    dialog.accept()
    assert vault.service.item(item.id).platform == "youtube"

    # "Other" chosen for an item without an address stays when one is typed.
    vault.service.update_item(item.id, {"url": "", "platform": "other"})
    dialog = RecordDialog(vault.service, vault.service.item(item.id))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.form.url, "https://www.youtube.com/watch?v=abc")
    assert dialog.form.platform.platform() == "other"


@pytest.mark.parametrize(
    "url",
    [
        "https://www.instagram.com/stories/jeroen.de.smet/3301/?igsh=ç#é",
        "https://de.wikipedia.org/wiki/Straße",
        "https://例え.jp/パス?q=" + "x" * 20_000,
    ],
)
def test_real_urls_with_unicode_and_long_queries_are_kept(
    dialog: RecordDialog, vault, item, url: str
) -> None:
    dialog.form.url.setText(url)
    assert dialog.form.url_error.isHidden()
    dialog.accept()
    assert vault.service.item(item.id).url == url


@pytest.mark.parametrize(
    "url", ["javascript:alert(1)", "file:///etc/passwd", "data:text/html,hi", "ftp://x.org/a"]
)
def test_non_web_addresses_are_refused_with_a_clear_message(
    dialog: RecordDialog, vault, item, qtbot: QtBot, url: str
) -> None:
    qtbot.keyClicks(dialog.form.description, "bewaard")
    dialog.form.url.setText(url)
    assert dialog.form.url_error.isVisible()
    assert dialog.form.url_error.text().startswith("This is not a web address")
    assert "https://" in dialog.form.url_error.text()
    dialog.accept()
    assert dialog.isVisible()  # once: the message stays in view
    assert dialog.status.text().startswith("This is not a web address")
    dialog.accept()  # a second time: the rest is kept, the bad address is not
    stored = vault.service.item(item.id)
    assert stored.url == "" and stored.description == "bewaard"


def test_no_url_asks_for_the_place_instead(dialog: RecordDialog, vault, item, qtbot: QtBot) -> None:
    form = dialog.form
    assert not form.place.isVisible()
    qtbot.mouseClick(form.no_url, Qt.MouseButton.LeftButton)
    assert form.place.isVisible() and not form.url.isEnabled()
    qtbot.keyClicks(form.place, "WhatsApp-groep 2B")
    form.platform.setCurrentIndex(form.platform.findData("whatsapp"))
    dialog.accept()
    stored = vault.service.item(item.id)
    assert (stored.place, stored.platform, stored.url) == ("WhatsApp-groep 2B", "whatsapp", "")


def _new_person(picker: PersonPicker, qtbot: QtBot) -> PersonEditor:
    """ "New person…" clicked: the editor it opens."""
    qtbot.mouseClick(picker.new_button, Qt.MouseButton.LeftButton)
    assert picker.editor is not None
    return picker.editor


def test_a_new_person_is_added_and_linked_as_poster(
    dialog: RecordDialog, vault, item, qtbot: QtBot
) -> None:
    picker = dialog.form.poster
    editor = _new_person(picker, qtbot)
    assert "not enough" in editor.hint.text()
    qtbot.mouseClick(editor.ok_button, Qt.MouseButton.LeftButton)
    assert editor.status.text().startswith("Write at least")  # nothing to store yet
    qtbot.keyClicks(editor.name, "Jonas")
    qtbot.keyClicks(editor.handles, "@jonas_2b on Snapchat")
    qtbot.keyClicks(editor.email, "jonas@example.be")
    qtbot.keyClicks(editor.phone, "+32 470 12 34 56")
    qtbot.mouseClick(editor.ok_button, Qt.MouseButton.LeftButton)
    (person,) = vault.service.persons(item.case_id)
    assert (person.name, person.handles, person.email, person.phone) == (
        "Jonas",
        "@jonas_2b on Snapchat",
        "jonas@example.be",
        "+32 470 12 34 56",
    )
    assert picker.box.currentText() == "Jonas"
    dialog.accept()
    stored = vault.service.item(item.id)
    assert stored.poster_id == person.id and stored.posted_by == "Jonas"


def test_an_existing_person_can_be_chosen(qtbot: QtBot, vault, item, translations) -> None:
    first = vault.service.add_person(item.case_id, name="Lena")
    second = vault.service.add_person(item.case_id, handles="@anon123\n@other")
    dialog = RecordDialog(vault.service, item)
    qtbot.addWidget(dialog)
    box = dialog.form.poster.box
    assert [box.itemText(i) for i in range(box.count())] == ["(not known)", "@anon123", "Lena"]
    box.setCurrentIndex(box.findData(second.id))
    dialog.accept()
    assert vault.service.item(item.id).poster_id == second.id
    assert first.id != second.id


@pytest.mark.parametrize(
    ("utc", "local", "offset"),
    [
        # 2026-10-25 02:30 local happens twice in Brussels: first in summer time ...
        (datetime(2026, 10, 25, 0, 30, tzinfo=UTC), "25 October 2026, 02:30:00", "UTC+02:00"),
        # ... then again an hour later, after the clocks went back.
        (datetime(2026, 10, 25, 1, 30, tzinfo=UTC), "25 October 2026, 02:30:00", "UTC+01:00"),
    ],
)
def test_the_time_of_capture_shows_the_right_offset_across_the_dst_change(
    qtbot: QtBot,
    vault,
    make_png,
    translations,
    monkeypatch: pytest.MonkeyPatch,
    utc,
    local,
    offset,
) -> None:
    monkeypatch.setenv("TZ", "Europe/Brussels")
    monkeypatch.setattr(clock, "now", lambda: clock.at(utc))
    case_id = vault.service.cases()[0].id
    item = vault.service.add_bytes(
        make_png().read_bytes(),
        case_id=case_id,
        original_name="s.png",
        kind=ItemKind.SCREEN,
        capture_method="screen-grab",
    )
    assert item.captured_at == utc.strftime("%Y-%m-%dT%H:%M:%S.000000Z")
    assert item.time_zone == "Europe/Brussels"
    dialog = RecordDialog(vault.service, item)
    qtbot.addWidget(dialog)
    text = dialog.form.captured.text()
    assert f"{local} ({offset}), Europe/Brussels" in text
    assert utc.strftime("%Y-%m-%d %H:%M:%S UTC") in text
    assert not dialog.form.captured.textInteractionFlags() & Qt.TextInteractionFlag.TextEditable


def test_the_tip_is_beside_the_form_in_the_persons_language(
    dialog: RecordDialog, translations, qtbot: QtBot
) -> None:
    text = dialog.tips.text.text()
    assert "web address" in text and "overlap" in text
    translations.switch("nl")
    qtbot.waitUntil(lambda: "webadres" in dialog.tips.text.text())
    assert dialog.form.labels["url"].text() == "Webadres:"
    translations.switch("fr")
    qtbot.waitUntil(lambda: "adresse web" in dialog.tips.text.text())
    assert dialog.done_button.text() == "Terminé"


def test_the_dates_are_seen_without_scrolling(qtbot: QtBot, vault, make_png, translations) -> None:
    imported = vault.service.add_file(make_png((9, 9, 9), (64, 48)), case_id=1)
    translations.switch("nl")  # the longest labels
    dialog = RecordDialog(vault.service, imported)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    # A longer form: the place is asked too, and a web address is refused with a reason.
    qtbot.keyClicks(dialog.form.place, "de klasgroep")
    qtbot.keyClicks(dialog.form.url, "javascript:alert(1)")
    assert dialog.form.url_error.isVisibleTo(dialog)
    viewport = dialog.form.parentWidget()
    assert viewport is not None
    for label in (dialog.form.captured, dialog.form.file_date, dialog.form.exif_date):
        assert label.isVisibleTo(dialog) and label.text()
        bottom = label.mapTo(viewport, label.rect().bottomLeft()).y()
        assert 0 <= bottom <= viewport.height(), label.objectName()


def test_while_the_persons_load_the_stored_poster_stands(
    qtbot: QtBot, vault, item, translations, threaded_tasks
) -> None:
    lena = vault.service.add_person(item.case_id, name="Lena")
    linked = vault.service.update_item(item.id, {"poster_id": lena.id, "posted_by": "Lena"})
    form = RecordForm()
    qtbot.addWidget(form)
    form.set_item(linked, vault.service)
    # The list of persons has not arrived: "nobody chosen" must not count as a change.
    assert not form.poster.ready()
    assert form.changes() == {}
    qtbot.waitUntil(form.poster.ready)
    assert form.poster.box.currentText() == "Lena"
    assert form.changes() == {}


def test_the_day_it_happened_is_chosen_and_saved(
    dialog: RecordDialog, vault, item, qtbot: QtBot
) -> None:

    when = dialog.form.when
    assert when.choice.currentIndex() == 0  # "I don't know"
    qtbot.keyClick(when.choice, Qt.Key.Key_Down)  # "On this day"
    assert when.date.isVisible() and not when.time.isVisible()
    when.date.setFocus()
    when.date.setDate(QDate(2024, 11, 13))
    dialog.close()
    stored = vault.service.item(item.id)
    assert (stored.event_at, stored.event_precision) == ("2024-11-13", "day")


def test_a_time_from_another_zone_is_kept_as_it_was(
    qtbot: QtBot, vault, item, translations
) -> None:
    """Shown in this computer's zone, but saved back unchanged when nobody touched it."""
    vault.service.update_item(item.id, {"event_at": "2024-11-13T22:15-05:00"})
    made = RecordDialog(vault.service, vault.service.item(item.id))
    qtbot.addWidget(made)
    made.show()
    qtbot.keyClicks(made.form.description, "Gezien op zijn profiel")
    made.close()
    stored = vault.service.item(item.id)
    assert stored.description == "Gezien op zijn profiel"
    assert (stored.event_at, stored.event_precision) == ("2024-11-13T22:15-05:00", "exact")


def _tab_to(widget: QWidget, window: QWidget, qtbot: QtBot) -> bool:
    """Tab from the window's first control until `widget` has the focus (at most 60 presses)."""
    if QApplication.focusWidget() is None:
        window.focusNextChild()  # as Qt does when a window first takes the keyboard
    for _ in range(60):
        if widget.hasFocus():
            return True
        focused = QApplication.focusWidget() or window
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
    return widget.hasFocus()


def test_with_big_text_the_tips_are_read_to_their_end_with_the_keyboard(
    qtbot: QtBot, vault, item, translations
) -> None:
    """At text 200 % the tips are longer than their place: Tab reaches them, the ring shows
    where the keyboard is, and Page Down and End scroll them to their last line. At 100 %,
    where they fit, Tab passes them by."""
    system = QApplication.font()
    try:
        text_size.apply(200)
        dialog = RecordDialog(vault.service, item)
        qtbot.addWidget(dialog)
        dialog.resize(1000, 600)
        dialog.show()
        dialog.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
        area = dialog.tips_area
        bar = area.verticalScrollBar()
        qtbot.waitUntil(lambda: bar.maximum() > 0)
        assert area.accessibleName() == "What makes a screenshot strong evidence"
        assert "Page Down" in area.accessibleDescription()
        unfocused = area.grab().toImage()
        assert _tab_to(area, dialog, qtbot)
        assert area.grab().toImage() != unfocused  # the ring
        qtbot.keyClick(area, Qt.Key.Key_PageDown)
        assert bar.value() > 0
        qtbot.keyClick(area, Qt.Key.Key_End)
        assert bar.value() == bar.maximum()
        last = dialog.tips.text
        assert last.mapTo(area.viewport(), last.rect().bottomLeft()).y() <= area.viewport().height()
        qtbot.keyClick(area, Qt.Key.Key_Home)
        assert bar.value() == 0
        # In the questions, Home and End belong to the control with the focus; a check box
        # leaves them unused, and they must not scroll it out of sight.
        questions = next(a for a in dialog.findChildren(DownScroll) if a is not area)
        questions.verticalScrollBar().setValue(0)
        dialog.form.no_url.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.keyClick(dialog.form.no_url, Qt.Key.Key_End)
        assert questions.verticalScrollBar().value() == 0
        # Smaller again, the tips fit: no stop that does nothing.
        text_size.apply(100)
        dialog.resize(1400, 900)
        qtbot.waitUntil(lambda: bar.maximum() == 0)
        assert area.focusPolicy() == Qt.FocusPolicy.NoFocus
    finally:
        QApplication.setFont(system)


def test_the_window_says_the_item_is_stored_as_it_opens(dialog: RecordDialog) -> None:
    """Orca says a window's description as it opens; the note that the item is stored,
    inside the splitter, it did not say."""
    face = QAccessible.queryAccessibleInterface(dialog)
    assert face is not None
    said = face.text(QAccessible.Text.Description)
    assert said == dialog.saved_note.text()
    assert said.startswith("Stored safely in the vault at ")


def test_a_person_not_saved_keeps_the_focus_on_save(
    dialog: RecordDialog, vault, item, qtbot: QtBot
) -> None:
    """Save was disabled while it stored: after a refusal the focus was no longer on it."""
    picker = dialog.form.poster
    editor = _new_person(picker, qtbot)
    qtbot.keyClicks(editor.name, "Jonas")
    vault.service.lock()  # the save cannot be done
    with focus_moves_from(qtbot, editor.ok_button) as went_to:
        qtbot.keyClick(editor.ok_button, Qt.Key.Key_Space)
        qtbot.waitUntil(lambda: editor.status.text() not in ("", "Saving…"))
    assert editor.isVisible() and went_to == []
    assert editor.ok_button.hasFocus()


def test_a_person_changed_while_saving_is_saved_as_changed(
    dialog: RecordDialog, vault, item, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Save is not disabled while a person is stored: pressed again meanwhile, the change
    made since is stored too, before the window closes."""
    picker = dialog.form.poster
    editor = _new_person(picker, qtbot)
    gate, asked = threading.Event(), []
    add, update = vault.service.add_person, vault.service.update_person

    def held_add(*args: object, **values: str) -> object:
        asked.append("add")
        gate.wait(10)
        return add(*args, **values)

    def held_update(*args: object) -> object:
        asked.append("update")
        return update(*args)

    monkeypatch.setattr(vault.service, "add_person", held_add)
    monkeypatch.setattr(vault.service, "update_person", held_update)
    tasks.set_synchronous(False)
    try:
        qtbot.keyClicks(editor.name, "Jonas")
        qtbot.mouseClick(editor.ok_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: asked == ["add"])
        assert editor.status.text() == "Saving…"
        qtbot.keyClicks(editor.phone, "+32 470 12 34 56")
        qtbot.mouseClick(editor.ok_button, Qt.MouseButton.LeftButton)
        gate.set()
        qtbot.waitUntil(
            lambda: not shiboken6.isValid(editor) or not editor.isVisible(), timeout=10_000
        )
    finally:
        gate.set()
        tasks.wait_idle()
        tasks.set_synchronous(True)
    assert asked == ["add", "update"]
    (person,) = vault.service.persons(item.case_id)
    assert (person.name, person.phone) == ("Jonas", "+32 470 12 34 56")
    assert picker.box.currentData() == person.id  # the person as stored, chosen


def test_its_questions_take_one_line_where_there_is_room_and_wrap_where_there_is_not(
    qtbot: QtBot, vault, item, translations
) -> None:
    """Each question wraps, so that with big text the form (and the record window) can be
    narrower than its longest question; where there is room, each is on one line, in the
    bold it is shown in ("What does it show?" took two lines beside an empty half)."""
    translations.switch("nl")
    dialog = RecordDialog(vault.service, item)
    qtbot.addWidget(dialog)
    dialog.resize(1600, 900)
    dialog.show()
    qtbot.waitExposed(dialog)
    form = dialog.form
    shown = [label for label in form.labels.values() if label.isVisible() and label.text()]
    assert len(shown) >= 7
    for label in shown:
        assert label.font().bold()
        lines = label.height() / label.fontMetrics().lineSpacing()
        assert lines < 2, label.text()
    widest = max(label.fontMetrics().horizontalAdvance(label.text()) for label in shown)
    assert form.minimumSizeHint().width() < widest
