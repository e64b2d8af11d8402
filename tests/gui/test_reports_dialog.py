"""Reports in the window: written, answered and followed up by typing and clicking,
in the three languages."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QStyle, QStyleOptionViewItem, QWidget
from pytestqt.qtbot import QtBot

from evidence_app.gui.cases.report_editor import ReportEditor
from evidence_app.gui.cases.reports_dialog import AnswerEditor, ReportsDialog
from evidence_app.gui.cases.todo_dialog import TodoDialog
from evidence_app.gui.common import tasks
from evidence_app.gui.common.i18n import Translations
from evidence_app.gui.common.settings import Settings
from evidence_app.gui.items import item_model
from evidence_app.gui.items.item_picker import CHECK_COLUMN, ItemField, ItemPicker
from evidence_app.gui.items.item_source import VaultSource
from evidence_app.gui.lock.session import VaultSession
from evidence_app.gui.main_window import MainWindow
from tests.helpers.dialogs import close_without_saving, when_a_dialog_opens
from tests.helpers.vaults import Vault

POST = "https://www.tiktok.com/@x_francois/video/7301"


@pytest.fixture
def window(qtbot: QtBot, vault: Vault, translations: Translations) -> MainWindow:
    win = MainWindow(
        VaultSession.holding(vault.service), translations, Settings(vault.paths.settings_file)
    )
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: win.case_bar.box.count() == 1)
    return win


def _reports(window: MainWindow, qtbot: QtBot) -> ReportsDialog:
    window.case_bar.reports_action.trigger()
    dialog = window.case_bar.reports_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def _choose(qtbot: QtBot, box: QWidget, data: str) -> None:
    """Pick an entry of a combo box with the keyboard, as a person does."""
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Home)
    for _ in range(box.count()):  # type: ignore[attr-defined]
        if box.currentData() == data:  # type: ignore[attr-defined]
            return
        qtbot.keyClick(box, Qt.Key.Key_Down)
    raise AssertionError(f"no entry {data!r}")


def _write_report(qtbot: QtBot, said: list[str]) -> Callable[[QWidget], None]:
    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, ReportEditor)
        _choose(qtbot, dialog.platform, "tiktok")
        qtbot.keyClicks(dialog.urls, POST)
        _choose(qtbot, dialog.channel, "in-app")
        _choose(qtbot, dialog.status, "sent")
        qtbot.keyClicks(dialog.ticket, "TT-88")
        qtbot.keyClicks(dialog.sender_name, "Lien")
        qtbot.mouseClick(dialog.fill_button, Qt.MouseButton.LeftButton)
        said.append(dialog.text.toPlainText())
        said.append(dialog.where.text())
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    return answer


@pytest.mark.parametrize(
    ("lang", "words", "status"),
    [
        ("nl", "zonder toestemming", "Verstuurd"),
        ("fr", "sans son consentement", "Envoyé"),
        ("en", "did not consent", "Sent"),
    ],
)
def test_a_report_is_written_with_its_ready_text_in_each_language(
    window: MainWindow,
    vault: Vault,
    qtbot: QtBot,
    translations: Translations,
    lang: str,
    words: str,
    status: str,
) -> None:
    translations.switch(lang)
    dialog = _reports(window, qtbot)
    said: list[str] = []
    seen = when_a_dialog_opens(_write_report(qtbot, said))
    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    assert seen
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1)
    (report,) = vault.service.reports(1)
    assert (report.platform, report.urls, report.status, report.ticket, report.channel) == (
        "tiktok",
        (POST,),
        "sent",
        "TT-88",
        "in-app",
    )
    assert report.sent_at  # sent without a time: it was sent now
    text, where = said
    assert POST in text and words in text and "Lien" in text and "TikTok" in text
    assert report.text == text.strip()  # what was sent is kept as it was written
    assert "https://www.tiktok.com/legal/report/privacy" in where  # where to report, from data
    assert dialog.table.item(0, 0).text() == "TikTok"
    assert dialog.table.item(0, 1).text() == status


def test_an_answer_changes_where_the_report_stands(
    window: MainWindow, vault: Vault, qtbot: QtBot
) -> None:
    report = vault.service.add_report(1, "instagram", urls=[POST], status="sent")
    dialog = _reports(window, qtbot)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1)
    qtbot.mouseClick(
        dialog.table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=dialog.table.visualItemRect(dialog.table.item(0, 0)).center(),
    )
    assert dialog.answer_button.isEnabled()

    def answer(editor: QWidget) -> None:
        assert isinstance(editor, AnswerEditor)
        qtbot.keyClicks(editor.text, "We hebben het verwijderd.")
        _choose(qtbot, editor.status, "removed")
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

    seen = when_a_dialog_opens(answer)
    qtbot.mouseClick(dialog.answer_button, Qt.MouseButton.LeftButton)
    assert seen
    qtbot.waitUntil(lambda: vault.service.report(report.id).status == "removed")
    (stored,) = vault.service.answers(report.id)
    assert (stored.text, stored.status) == ("We hebben het verwijderd.", "removed")
    qtbot.waitUntil(lambda: dialog.table.item(0, 1).text() == "Removed")
    assert vault.service.check() == []


def test_a_bad_address_is_said_and_nothing_is_saved(
    window: MainWindow, vault: Vault, qtbot: QtBot
) -> None:
    dialog = _reports(window, qtbot)
    said: list[str] = []

    def answer(editor: QWidget) -> None:
        assert isinstance(editor, ReportEditor)
        qtbot.keyClicks(editor.urls, "javascript:alert(1)")
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
        said.append(editor.problem.text())
        close_without_saving(qtbot, editor)

    seen = when_a_dialog_opens(answer)
    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    assert seen and said == ["This is not a web address: javascript:alert(1)"]
    assert vault.service.reports() == []


def test_what_is_due_is_counted_at_unlock_and_opens_its_report(
    qtbot: QtBot, vault: Vault, translations: Translations
) -> None:
    draft = vault.service.add_report(1, "snapchat")
    vault.service.add_report(1, "x", status="removed")  # no address: nothing to look at
    win = MainWindow(
        VaultSession.holding(vault.service), translations, Settings(vault.paths.settings_file)
    )
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.case_bar.todo_button.isVisible())
    assert win.case_bar.todo_button.text() == "To do (1)"
    qtbot.waitUntil(
        lambda: win.statusBar().currentMessage() == "1 thing to do about your reports: see To do."
    )
    qtbot.mouseClick(win.case_bar.todo_button, Qt.MouseButton.LeftButton)
    todo = win.case_bar.todo_dialog
    assert isinstance(todo, TodoDialog)
    qtbot.waitUntil(lambda: todo.table.rowCount() == 1)
    assert todo.table.item(0, 1).text() == "Snapchat"
    assert todo.table.item(0, 2).text() == "Send the report: it is still a draft."
    qtbot.mouseClick(
        todo.table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=todo.table.visualItemRect(todo.table.item(0, 2)).center(),
    )
    qtbot.mouseClick(todo.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.case_bar.reports_dialog is not None)
    reports = win.case_bar.reports_dialog
    assert reports is not None
    qtbot.waitUntil(lambda: reports.selected() is not None)
    selected = reports.selected()
    assert selected is not None and selected.id == draft.id


def test_a_removed_report_leaves_the_list(window: MainWindow, vault: Vault, qtbot: QtBot) -> None:
    vault.service.add_report(1, "reddit", urls=[POST])
    dialog = _reports(window, qtbot)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1)
    dialog.table.selectRow(0)

    def yes(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)

    seen = when_a_dialog_opens(yes)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert seen
    qtbot.waitUntil(lambda: vault.service.reports() == [])
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 0)


@pytest.mark.parametrize(
    ("lang", "step", "write_down", "what"),
    [
        ("nl", "Verstuur de melding: het is nog een ontwerp.", "Noteren…", "Wat gebeurde er?"),
        (
            "fr",
            "Envoie le signalement : c’est encore un brouillon.",
            "Noter…",
            "Que s’est-il passé ?",
        ),
    ],
)
def test_to_do_and_the_journal_in_dutch_and_french(
    qtbot: QtBot,
    vault: Vault,
    translations: Translations,
    lang: str,
    step: str,
    write_down: str,
    what: str,
) -> None:
    vault.service.add_report(1, "snapchat")
    translations.switch(lang)
    win = MainWindow(
        VaultSession.holding(vault.service), translations, Settings(vault.paths.settings_file)
    )
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.case_bar.todo_button.isVisible())
    qtbot.mouseClick(win.case_bar.todo_button, Qt.MouseButton.LeftButton)
    todo = win.case_bar.todo_dialog
    assert todo is not None
    qtbot.waitUntil(lambda: todo.table.rowCount() == 1)
    assert todo.table.item(0, 2).text() == step
    todo.accept()

    win.case_bar.journal_action.trigger()
    journal = win.case_bar.journal_dialog
    assert journal is not None
    assert journal.add_button.text() == write_down
    typed: list[str] = []

    def answer(editor: QWidget) -> None:
        typed.append(editor.text_label.text())  # type: ignore[attr-defined]
        qtbot.keyClicks(editor.text, "Hij belde.")  # type: ignore[attr-defined]
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]

    seen = when_a_dialog_opens(answer)
    qtbot.mouseClick(journal.add_button, Qt.MouseButton.LeftButton)
    assert seen and typed == [what]
    qtbot.waitUntil(lambda: [e.text for e in vault.service.journal(1)] == ["Hij belde."])


def test_a_hand_over_is_written_down_from_the_case_menu(
    window: MainWindow, vault: Vault, qtbot: QtBot
) -> None:
    from evidence_app.gui.cases.custody_dialog import CustodyEditor

    window.case_bar.custody_action.trigger()
    dialog = window.case_bar.custody_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    said: list[str] = []

    def answer(editor: QWidget) -> None:
        assert isinstance(editor, CustodyEditor)
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)  # nothing typed yet
        said.append(editor.problem.text())
        qtbot.keyClicks(editor.given_to, "Politie Gent")
        qtbot.keyClicks(editor.reference, "PV 12345/24")
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

    seen = when_a_dialog_opens(answer)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert seen and said == ["Say to whom you gave a copy."]
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1)
    (entry,) = vault.service.custody(1)
    assert (entry.given_to, entry.reference) == ("Politie Gent", "PV 12345/24")
    assert entry.at  # when: now, unless the person says otherwise
    assert dialog.table.item(0, 1).text() == "Politie Gent"


def test_a_copied_report_text_leaves_the_clipboard_at_a_lock(
    window: MainWindow, vault: Vault, qtbot: QtBot
) -> None:
    from PySide6.QtGui import QGuiApplication

    dialog = _reports(window, qtbot)

    def answer(editor: QWidget) -> None:
        assert isinstance(editor, ReportEditor)
        qtbot.keyClicks(editor.urls, POST)
        qtbot.keyClicks(editor.sender_name, "Lien Claes")
        qtbot.mouseClick(editor.fill_button, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(editor.copy_button, Qt.MouseButton.LeftButton)
        close_without_saving(qtbot, editor)

    seen = when_a_dialog_opens(answer)
    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    assert seen
    clipboard = QGuiApplication.clipboard()
    assert "Lien Claes" in clipboard.text() and POST in clipboard.text()
    window.lock_vault()
    qtbot.waitUntil(lambda: not window.session.is_open())
    assert "Lien Claes" not in clipboard.text()


def _check_box_of(qtbot: QtBot, picker: ItemPicker, row: int) -> None:
    """Click the check box of `row` in a picker's list, where it is drawn."""
    view = picker.view
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    option.rect = view.visualRect(picker.checks.index(row, CHECK_COLUMN))
    option.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
    box = view.style().subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, view)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=box.center())


def test_a_report_names_its_items_and_its_receipt_found_by_a_search(
    window: MainWindow, vault: Vault, qtbot: QtBot
) -> None:
    chat, threat, receipt = vault.service.add_records(
        case_id=1,
        records=[
            {"description": "the chat with Noor"},
            {"description": "a threat in the comments", "url": POST},
            {"description": "TikTok's answer: report received"},
        ],
    )
    dialog = _reports(window, qtbot)
    shown: list[str] = []

    def choose_receipt(chooser: QWidget) -> None:
        picker = chooser.findChild(ItemPicker)
        assert picker is not None
        qtbot.keyClicks(picker.search, "received")
        qtbot.waitUntil(lambda: picker.model.rowCount() == 1)
        picker.view.setFocus()
        qtbot.keyClick(picker.view, Qt.Key.Key_Return)  # Enter on the one found: that one

    def write(editor: QWidget) -> None:
        assert isinstance(editor, ReportEditor)
        _choose(qtbot, editor.platform, "tiktok")
        picker = editor.items
        qtbot.waitUntil(lambda: picker.model.rowCount() == 3)
        qtbot.keyClicks(picker.search, "threat")
        qtbot.waitUntil(lambda: picker.model.rowCount() == 1)
        _check_box_of(qtbot, picker, 0)
        shown.append(picker.count.text())
        assert when_a_dialog_opens(choose_receipt) is not None
        qtbot.mouseClick(editor.receipt.choose_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: editor.receipt.label.text() != f"#{receipt.id}")
        shown.append(editor.receipt.label.text())
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

    seen = when_a_dialog_opens(write)
    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    assert seen
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1)
    (report,) = vault.service.reports(1)
    assert (report.item_ids, report.confirmation_item_id) == ((threat.id,), receipt.id)
    assert shown == ["1 item chosen", f"#{receipt.id}  TikTok's answer: report received"]
    assert chat.id not in report.item_ids


def test_a_changed_report_shows_what_it_is_about_and_lets_it_go(
    window: MainWindow, vault: Vault, qtbot: QtBot, translations: Translations
) -> None:
    translations.switch("nl")
    chat, threat, receipt = vault.service.add_records(
        case_id=1,
        records=[
            {"description": "het gesprek met Noor"},
            {"description": "een dreigement", "url": POST},
            {"description": "antwoord van TikTok"},
        ],
    )
    vault.service.add_records(
        case_id=1, records=[{"description": f"ander bericht {n}"} for n in range(40)]
    )
    vault.service.add_report(
        1, "tiktok", urls=[POST], item_ids=[chat.id, threat.id], confirmation_item_id=receipt.id
    )
    dialog = _reports(window, qtbot)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1)
    dialog.table.selectRow(0)
    seen_before: list[object] = []

    def change(editor: QWidget) -> None:
        assert isinstance(editor, ReportEditor)
        picker = editor.items
        qtbot.waitUntil(
            lambda: editor.receipt.label.text() == f"#{receipt.id}  antwoord van TikTok"
        )
        seen_before.append(picker.count.text())
        qtbot.mouseClick(picker.only_chosen, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: picker.model.rowCount() == 2)
        qtbot.waitUntil(lambda: picker.model.item_at(0) is not None)
        seen_before.append(picker.checks.index(0, item_model.COL_DESCRIPTION).data())
        chat_cell = picker.view.visualRect(picker.checks.index(0, item_model.COL_EVENT))
        qtbot.mouseClick(picker.view.viewport(), Qt.MouseButton.LeftButton, pos=chat_cell.center())
        qtbot.keyClick(picker.view, Qt.Key.Key_Space)  # not about the chat after all
        qtbot.mouseClick(editor.receipt.remove_button, Qt.MouseButton.LeftButton)
        seen_before.append(editor.receipt.label.text())
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

    seen = when_a_dialog_opens(change)
    qtbot.mouseClick(dialog.change_button, Qt.MouseButton.LeftButton)
    assert seen
    qtbot.waitUntil(lambda: vault.service.report(1).item_ids == (threat.id,))
    assert vault.service.report(1).confirmation_item_id is None
    assert seen_before == ["2 items gekozen", "het gesprek met Noor", "(geen)"]


def test_enter_in_the_item_list_checks_and_never_saves_the_report(
    window: MainWindow, vault: Vault, qtbot: QtBot
) -> None:
    (threat,) = vault.service.add_records(case_id=1, records=[{"description": "a threat"}])
    dialog = _reports(window, qtbot)
    still_open: list[bool] = []

    def write(editor: QWidget) -> None:
        assert isinstance(editor, ReportEditor)
        picker = editor.items
        qtbot.keyClicks(picker.search, "threat")
        qtbot.waitUntil(lambda: picker.model.rowCount() == 1)
        qtbot.keyClick(picker.search, Qt.Key.Key_Return)  # into the list, on its first line
        qtbot.keyClick(picker.view, Qt.Key.Key_Return)  # checks it
        still_open.append(editor.isVisible())
        still_open.append(picker.chosen() == [threat.id])
        qtbot.keyClick(picker.view, Qt.Key.Key_Enter)  # unchecks it
        still_open.append(editor.isVisible() and picker.chosen() == [])
        close_without_saving(qtbot, editor)

    seen = when_a_dialog_opens(write)
    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    assert seen and still_open == [True, True, True]
    assert vault.service.reports() == []


def test_a_list_closed_before_its_items_came_lets_them_go(
    vault: Vault, qtbot: QtBot, threaded_tasks: None
) -> None:
    vault.service.add_records(
        case_id=1, records=[{"description": f"bericht {n}"} for n in range(300)]
    )
    asker = QWidget()  # the reports window, which outlives the editor it opened
    qtbot.addWidget(asker)
    for _ in range(5):
        picker = ItemPicker(VaultSource(vault.service, asker), 1)
        field = ItemField(VaultSource(vault.service, asker), 1)
        field.set_item(1)
        shiboken6.delete(picker)  # the editor closed at once: its lists with it
        shiboken6.delete(field)
    tasks.wait_idle()
    qtbot.wait(200)  # the answers are delivered to nobody, and nothing fails


def test_a_report_opened_and_saved_unchanged_keeps_its_items_and_its_history(
    window: MainWindow, vault: Vault, qtbot: QtBot
) -> None:
    first, _, third = vault.service.add_records(
        case_id=1, records=[{"description": word} for word in ("een", "twee", "drie")]
    )
    report = vault.service.add_report(1, "tiktok", item_ids=[third.id, first.id])
    entries = len(vault.service.audit_entries())
    dialog = _reports(window, qtbot)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1)
    dialog.table.selectRow(0)
    said: list[list[int]] = []

    def save(editor: QWidget) -> None:
        assert isinstance(editor, ReportEditor)
        qtbot.waitUntil(lambda: editor.items.model.rowCount() == 3)
        said.append(editor.items.chosen())
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

    seen = when_a_dialog_opens(save)
    qtbot.mouseClick(dialog.change_button, Qt.MouseButton.LeftButton)
    assert seen and said == [[third.id, first.id]]  # as stored, not sorted anew
    assert vault.service.report(report.id).item_ids == (third.id, first.id)
    assert len(vault.service.audit_entries()) == entries  # nothing changed: nothing recorded


def test_items_deleted_since_are_said_and_stay_named_by_the_report(
    window: MainWindow, vault: Vault, qtbot: QtBot
) -> None:
    kept, gone, receipt = vault.service.add_records(
        case_id=1, records=[{"description": word} for word in ("blijft", "weg", "bewijs")]
    )
    report = vault.service.add_report(
        1, "tiktok", item_ids=[kept.id, gone.id], confirmation_item_id=receipt.id
    )
    vault.service.delete_item(gone.id)
    vault.service.delete_item(receipt.id)
    entries = len(vault.service.audit_entries())
    dialog = _reports(window, qtbot)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 1)
    dialog.table.selectRow(0)
    said: list[str] = []

    def look(editor: QWidget) -> None:
        assert isinstance(editor, ReportEditor)
        qtbot.waitUntil(lambda: editor.items.model.rowCount() == 1)  # the one not deleted
        said.append(editor.items.count.text())
        said.append(editor.receipt.label.text())
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

    seen = when_a_dialog_opens(look)
    qtbot.mouseClick(dialog.change_button, Qt.MouseButton.LeftButton)
    assert seen
    assert said == ["2 items chosen (1 of them deleted since)", f"#{receipt.id}  (deleted since)"]
    stored = vault.service.report(report.id)
    assert (stored.item_ids, stored.confirmation_item_id) == ((kept.id, gone.id), receipt.id)
    assert len(vault.service.audit_entries()) == entries


def test_closing_a_report_asks_only_when_what_it_keeps_changed(
    window: MainWindow, vault: Vault, qtbot: QtBot
) -> None:
    """A search typed in its items keeps nothing: Esc closes. An item checked is kept by
    Save: Esc asks first (`gui.common.unsaved`)."""
    from PySide6.QtWidgets import QMessageBox

    (threat,) = vault.service.add_records(case_id=1, records=[{"description": "a threat"}])
    dialog = _reports(window, qtbot)
    closed: list[bool] = []
    asked: list[str] = []

    def search_only(editor: QWidget) -> None:
        assert isinstance(editor, ReportEditor)
        qtbot.keyClicks(editor.items.search, "threat")
        qtbot.waitUntil(lambda: editor.items.model.rowCount() == 1)
        qtbot.keyClick(editor.items.search, Qt.Key.Key_Escape)
        closed.append(not editor.isVisible())

    seen = when_a_dialog_opens(search_only)
    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    assert seen and closed == [True]

    def check_one(editor: QWidget) -> None:
        assert isinstance(editor, ReportEditor)
        picker = editor.items
        qtbot.keyClicks(picker.search, "threat")
        qtbot.waitUntil(lambda: picker.model.rowCount() == 1)
        qtbot.keyClick(picker.search, Qt.Key.Key_Return)
        qtbot.keyClick(picker.view, Qt.Key.Key_Return)  # checks it
        assert picker.chosen() == [threat.id]
        editor.reject()  # Esc, Cancel or the close button
        boxes = [b for b in editor.findChildren(QMessageBox) if b.isVisible()]
        asked.extend(b.windowTitle() for b in boxes)
        close_without_saving(qtbot, editor)

    seen = when_a_dialog_opens(check_one)
    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    assert seen and asked == ["Keep what you wrote?"]
    assert vault.service.reports() == []
