"""The export dialog: summary, choices, password rules, a real export with progress, cancel."""

from __future__ import annotations

import hashlib
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QFileDialog, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from evidence_app.export import BundleUnreadable, verify_bundle
from evidence_app.gui.common import announce, dialog_parts
from evidence_app.gui.common.dialog_parts import free_area
from evidence_app.gui.export.export_dialog import ExportDialog
from tests.helpers.focus import focus_moves_from
from tests.helpers.vaults import Vault
from tests.helpers.windows import when_a_file_dialog_opens


@pytest.fixture
def filled(vault: Vault, make_png: Callable[..., Path]) -> Vault:
    for n, colour in enumerate([(200, 30, 30), (30, 200, 30)]):
        item = vault.service.add_file(make_png(colour, name=f"shot{n}.png"), case_id=1)
        vault.service.update_item(item.id, {"posted_by": "@someone", "url": "https://x.com/a"})
    return vault


def _dialog(qtbot: QtBot, vault: Vault) -> ExportDialog:
    dialog = ExportDialog(vault.service, 1)
    qtbot.addWidget(dialog)
    return dialog


def test_summary_counts_items_and_persons(qtbot: QtBot, filled: Vault, translations) -> None:
    dialog = _dialog(qtbot, filled)
    assert dialog.summary.text().startswith("2 items, 1 person named, about ")
    translations.switch("nl")
    qtbot.waitUntil(
        lambda: dialog.summary.text().startswith("2 items, 1 persoon genoemd, ongeveer ")
    )
    assert dialog.export_button.text() != "Export"
    assert "uit deze zaak" in dialog.intro.text()  # a case is a "zaak", as in the main window


def test_empty_case_says_so(qtbot: QtBot, vault: Vault) -> None:
    assert _dialog(qtbot, vault).summary.text() == "There is nothing to export in this case yet."


def test_zip_export_is_written_and_checked(qtbot: QtBot, filled: Vault, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, filled)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.destination, str(tmp_path / "for the police"))
    dialog.as_folder.setChecked(True)
    dialog.as_file.setChecked(True)
    assert dialog.destination.text().endswith("for the police.zip")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    target = tmp_path / "for the police.zip"
    assert dialog.result_path == target
    assert "every file in it was checked" in dialog.message.text()
    with zipfile.ZipFile(target) as bundle:
        names = set(bundle.namelist())
        originals = sorted(n for n in names if n.startswith("originals/"))
        stored = [filled.service.original_bytes(i.id) for i in filled.service.items(1)]
        assert [hashlib.sha256(bundle.read(n)).hexdigest() for n in originals] == [
            hashlib.sha256(b).hexdigest() for b in stored
        ]
    assert {"dossier.pdf", "manifest.json", "SHA256SUMS", "VERIFY.txt"} <= names
    assert filled.service.audit_entries()[-1].action == "export"
    # Said once the window settles after the burst of its own changes (Orca 43 dropped it
    # in that burst), and only the last: "Exporting…" was over before it could be heard.
    assert announce.said_by(dialog) == []
    qtbot.waitUntil(lambda: announce.said_by(dialog) == [dialog.message.text()])


def test_password_rules_are_explained_in_the_dialog(
    qtbot: QtBot, filled: Vault, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, filled)
    dialog.destination.setText(str(tmp_path / "d.zip"))
    dialog.use_password.setChecked(True)
    assert dialog.destination.text() == str(tmp_path / "d.7z")
    assert dialog.password.isVisibleTo(dialog)
    assert "another way than the file" in dialog.password_note.text()
    assert "7-Zip" in dialog.password_note.text()
    refused = {
        ("long enough password", "long enough passwordX"): "The two passwords are not the same.",
        ("x", "x"): "The password needs at least 10 characters.",
        ("aaaaaaaaaaaaaaaa", "aaaaaaaaaaaaaaaa"): "This password is easy to guess",
        ("wachtwoord12", "wachtwoord12"): "This password is easy to guess",
    }
    for (first, again), said in refused.items():
        qtbot.keyClicks(dialog.password, first)
        qtbot.keyClicks(dialog.password_again, again)
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        assert dialog.message.text().startswith(said), first
        assert dialog.password.text() == dialog.password_again.text() == ""
        assert sorted(p.name for p in tmp_path.iterdir()) == ["home", "shot0.png", "shot1.png"]
    assert all(e.action != "export" for e in filled.service.audit_entries())
    dialog.as_folder.setChecked(True)
    assert not dialog.password.isVisibleTo(dialog)
    assert dialog.destination.text() == str(tmp_path / "d")


def test_a_password_export_is_a_7z_written_and_checked(
    qtbot: QtBot, filled: Vault, tmp_path: Path
) -> None:
    password = "drie woorden voor de wijkagent"
    dialog = _dialog(qtbot, filled)
    dialog.destination.setText(str(tmp_path / "for the police"))
    dialog.use_password.setChecked(True)
    assert dialog.destination.text() == str(tmp_path / "for the police.7z")
    qtbot.keyClicks(dialog.password, password)
    qtbot.keyClicks(dialog.password_again, password)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    target = tmp_path / "for the police.7z"
    assert dialog.result_path == target, dialog.message.text()
    assert "every file in it was checked" in dialog.message.text()
    assert dialog.password.text() == dialog.password_again.text() == ""
    assert target.read_bytes().startswith(b"7z\xbc\xaf\x27\x1c")
    assert verify_bundle(target, password) == []
    with pytest.raises(BundleUnreadable):
        verify_bundle(target)
    dialog.use_password.setChecked(False)
    assert dialog.destination.text() == str(tmp_path / "for the police.zip")


def test_existing_target_is_refused(qtbot: QtBot, filled: Vault, tmp_path: Path) -> None:
    (tmp_path / "taken.zip").write_bytes(b"something else")
    dialog = _dialog(qtbot, filled)
    dialog.destination.setText(str(tmp_path / "taken.zip"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "There is already a file or folder with that name."
    assert dialog.cancel_button.accessibleDescription() == (
        "Closes this window without making a dossier."
    )
    assert (tmp_path / "taken.zip").read_bytes() == b"something else"


def test_cancel_leaves_nothing_behind(qtbot: QtBot, filled: Vault, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, filled)
    dialog.destination.setText(str(tmp_path / "stopped.zip"))
    pressed: list[str] = []

    def press_cancel(done: int, total: int) -> None:
        if not pressed:
            pressed.append(dialog.cancel_button.text())
            qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)

    dialog.progressed.connect(press_cancel)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert pressed == ["Cancel"]
    assert dialog.message.text() == "The export was stopped. Nothing was left behind."
    assert sorted(p.name for p in tmp_path.iterdir()) == ["home", "shot0.png", "shot1.png"]
    assert dialog.cancel_button.text() == "Close"
    assert all(e.action != "export" for e in filled.service.audit_entries())


def test_export_in_the_background_shows_progress(
    qtbot: QtBot, filled: Vault, tmp_path: Path, threaded_tasks: None
) -> None:
    dialog = _dialog(qtbot, filled)
    dialog.as_folder.setChecked(True)
    dialog.destination.setText(str(tmp_path / "folder dossier"))
    # The summary is counted in the worker; until then nothing can be exported.
    qtbot.waitUntil(lambda: not dialog._counting, timeout=10_000)
    assert dialog.summary.text().startswith("2 item")
    assert dialog.export_button.isEnabled()
    seen: list[tuple[int, int]] = []
    dialog.progressed.connect(lambda done, total: seen.append((done, total)))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert not dialog.export_button.isEnabled()
    assert dialog.cancel_button.text() == "Cancel"
    qtbot.waitUntil(lambda: dialog.result_path is not None, timeout=30_000)
    assert seen and seen[-1][0] == seen[-1][1]
    assert (tmp_path / "folder dossier" / "dossier.pdf").read_bytes().startswith(b"%PDF")
    assert dialog.export_button.isEnabled()


def _cut_off(dialog: ExportDialog) -> list[str]:
    """The visible labels whose text does not fit their height.

    A wrapped label's size hint is for a width of Qt's choosing; what it needs is
    its height for the width it has.
    """
    cut = []
    for label in dialog.findChildren(QLabel):
        if not label.isVisible() or not label.text():
            continue
        if label.wordWrap():
            needed = label.heightForWidth(label.width())
        else:
            needed = label.sizeHint().height()
        if needed > label.height():
            cut.append(label.text())
    for box in dialog.findChildren(QAbstractButton):  # check boxes and radios wrap too
        if not box.isVisible() or not box.text():
            continue
        if box.hasHeightForWidth():
            cut_off = box.heightForWidth(box.width()) > box.height()
        else:
            cut_off = box.sizeHint().width() > box.width()
        if cut_off:
            cut.append(box.text())
    return cut


def _bottom(widget, dialog: ExportDialog) -> int:
    return widget.mapTo(dialog, widget.rect().bottomLeft()).y()


def _top(widget, dialog: ExportDialog) -> int:
    return widget.mapTo(dialog, widget.rect().topLeft()).y()


def test_the_dialog_grows_with_the_password_note(qtbot: QtBot, filled: Vault, translations) -> None:
    translations.switch("nl")
    dialog = _dialog(qtbot, filled)
    dialog.show()
    qtbot.waitExposed(dialog)
    closed_height = dialog.height()
    assert _cut_off(dialog) == []
    dialog.use_password.setChecked(True)
    qtbot.waitUntil(lambda: dialog.password_note.isVisible())
    assert _cut_off(dialog) == []
    assert dialog.height() > closed_height
    # The note ends above the next row instead of running into it.
    assert _bottom(dialog.password_note, dialog) < _top(dialog.redacted, dialog)
    dialog.redacted.setChecked(True)
    assert _cut_off(dialog) == []
    assert _bottom(dialog.redacted_note, dialog) < _top(dialog.export_button, dialog)
    dialog.use_password.setChecked(False)
    dialog.redacted.setChecked(False)
    assert dialog.height() == closed_height  # and shrinks back


def test_export_waits_for_a_destination(qtbot: QtBot, filled: Vault, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, filled)
    assert not dialog.export_button.isEnabled()
    qtbot.keyClicks(dialog.destination, str(tmp_path / "d"))
    assert dialog.export_button.isEnabled()
    assert dialog.destination.text() == str(tmp_path / "d")  # nothing added while typing
    dialog.destination.clear()
    assert not dialog.export_button.isEnabled()


def test_the_size_is_said_in_plain_words(
    qtbot: QtBot, filled: Vault, tmp_path: Path, translations
) -> None:
    chat = tmp_path / "chat.txt"
    chat.write_bytes(b"x" * 30_000)
    filled.service.add_file(chat, case_id=1)
    total = sum(item.size for item in filled.service.items(1))
    dialog = _dialog(qtbot, filled)
    assert dialog.summary.text() == f"3 items, 1 person named, about {round(total / 1000)} kB."


def test_nothing_is_cut_off_when_options_are_set_before_it_shows(
    qtbot: QtBot, filled: Vault, translations
) -> None:
    translations.switch("nl")
    dialog = _dialog(qtbot, filled)
    dialog.use_password.setChecked(True)
    dialog.destination.setText("/home/lena/Bureaublad/dossier.zip")
    dialog.show()
    qtbot.waitExposed(dialog)
    assert _cut_off(dialog) == []
    assert "zelfs de namen van de bestanden niet" in dialog.password_note.text()


def test_export_moves_the_focus_once_to_cancel(qtbot: QtBot, filled: Vault, tmp_path: Path) -> None:
    """The settings are disabled while the dossier is made: the focus went from each to
    the next as they were, a burst in which Orca 43 lost "Exporting…" and "Done…"."""
    dialog = _dialog(qtbot, filled)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.destination.setText(str(tmp_path / "dossier"))
    dialog.as_folder.setChecked(True)
    said_as: list[str] = []  # what the button says as the focus reaches it
    with focus_moves_from(qtbot, dialog.export_button) as went_to:
        QApplication.instance().focusChanged.connect(
            lambda _, now: said_as.append(now.text()) if now is dialog.cancel_button else None
        )
        qtbot.keyClick(dialog.export_button, Qt.Key.Key_Space)
        assert "every file in it was checked" in dialog.message.text()
    assert went_to == [dialog.cancel_button]
    assert said_as[:1] == ["Cancel"]
    assert dialog.cancel_button.text() == "Close" and dialog.cancel_button.hasFocus()
    # Close says the dossier is made (Orca 43 can drop the message itself in a burst).
    assert "The dossier is saved where you chose." in dialog.cancel_button.accessibleDescription()


def test_close_says_no_dossier_when_the_last_export_made_none(
    qtbot: QtBot, filled: Vault, tmp_path: Path
) -> None:
    """After a first dossier, a second export that is refused leaves Close saying that no
    dossier was made (it said the dossier was saved "where you chose": not there)."""
    dialog = _dialog(qtbot, filled)
    dialog.as_folder.setChecked(True)
    dialog.destination.setText(str(tmp_path / "first"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert "saved where you chose" in dialog.cancel_button.accessibleDescription()
    (tmp_path / "second").mkdir()  # already there: the export is refused
    dialog.destination.setText(str(tmp_path / "second"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.message.text() == "There is already a file or folder with that name."
    assert dialog.cancel_button.accessibleDescription() == (
        "Closes this window without making a dossier."
    )


def test_with_text_twice_as_big_it_fits_the_screen_and_what_happened_stays_in_sight(
    qtbot: QtBot, filled: Vault, translations, tmp_path: Path, twice_as_big: None
) -> None:
    """Its choices scroll only where the screen is too short for them; what the export says
    (and Close and Export) stays below them, in sight, however far they are scrolled."""
    translations.switch("nl")
    dialog = _dialog(qtbot, filled)
    dialog.show()
    qtbot.waitExposed(dialog)
    free = free_area(dialog)
    assert free is not None
    assert dialog.height() <= free.height() and dialog.width() <= free.width()
    assert not dialog._content.verticalScrollBar().isVisible()  # it had room
    dialog.as_folder.setChecked(True)
    dialog.destination.setText(str(tmp_path / "dossier"))
    dialog._content.verticalScrollBar().setValue(0)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result_path is not None, timeout=30_000)
    said = dialog.message
    assert said.isVisible() and said.text()
    assert not dialog._content.isAncestorOf(said)
    assert dialog.rect().contains(said.geometry().translated(said.parentWidget().pos()))


@pytest.mark.parametrize("as_file", [True, False], ids=["a file", "a folder"])
def test_choose_opens_qts_file_dialog_within_the_screen(
    qtbot: QtBot, filled: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, as_file: bool
) -> None:
    """Choose… opens Qt's own file dialog (the system's may record recent files), no bigger
    than the free area of the screen: Qt's static functions opened it at its own size, past
    the bottom of a short screen. What is chosen in it is where the dossier goes."""
    room = QSize(500, 260)  # less than the dialog's own size (632×408), more than its least
    monkeypatch.setattr(dialog_parts, "free_area", lambda window: room)
    dialog = _dialog(qtbot, filled)
    dialog.show()
    qtbot.waitExposed(dialog)
    (dialog.as_file if as_file else dialog.as_folder).setChecked(True)
    seen: list[tuple[bool, QSize]] = []

    def choose(files: QFileDialog) -> None:
        seen.append((files.testOption(QFileDialog.Option.DontUseNativeDialog), files.size()))
        files.setDirectory(str(tmp_path))
        if as_file:
            files.findChild(QLineEdit, "fileNameEdit").setText("for the police")
        files.accept()

    when_a_file_dialog_opens(dialog, choose)
    qtbot.mouseClick(dialog.choose, Qt.MouseButton.LeftButton)
    assert [own for own, _ in seen] == [True]
    size = seen[0][1]
    assert size.width() <= room.width() and size.height() <= room.height()
    chosen = tmp_path / ("for the police.zip" if as_file else "dossier")
    assert dialog.destination.text() == chosen.as_posix()
