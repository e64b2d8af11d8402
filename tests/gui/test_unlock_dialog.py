"""The unlock dialog: right and wrong secrets, the recovery key, each unreadable vault."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from evidence_app.gui.lock.unlock_dialog import UnlockDialog
from evidence_app.storage.keyheader import checksum_of
from evidence_app.vault.service import VaultService


def _dialog(qtbot: QtBot, folder: Path) -> UnlockDialog:
    dialog = UnlockDialog(folder)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _submit(qtbot: QtBot, dialog: UnlockDialog, field_name: str, text: str) -> None:
    field = getattr(dialog, field_name)
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def test_right_passphrase_opens_the_vault(qtbot: QtBot, vault, translations) -> None:
    vault.service.lock()
    dialog = _dialog(qtbot, vault.paths.vault_dir)
    with qtbot.waitSignal(dialog.unlocked) as signal:
        _submit(qtbot, dialog, "passphrase", vault.passphrase)
    service, via_recovery = signal.args
    assert isinstance(service, VaultService)
    assert not service.locked
    assert [case.name for case in service.cases()] == ["Case A"]
    assert via_recovery is False
    assert dialog.service() is service
    assert dialog.passphrase.text() == ""  # the secret does not stay in the widget
    service.lock()


def test_wrong_passphrase_says_so_inside_the_dialog(qtbot: QtBot, vault, translations) -> None:
    vault.service.lock()
    before = {
        p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in vault.paths.vault_dir.iterdir()
    }
    dialog = _dialog(qtbot, vault.paths.vault_dir)
    _submit(qtbot, dialog, "passphrase", "not the right words at all")
    assert dialog.service() is None
    assert dialog.isVisible()
    assert dialog.status.text() == (
        "This passphrase does not open the vault. Check that Caps Lock is off and try again."
    )
    after = {
        p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in vault.paths.vault_dir.iterdir()
    }
    assert after == before
    # The person can try again at once.
    dialog.passphrase.clear()
    _submit(qtbot, dialog, "passphrase", vault.passphrase)
    service = dialog.service()
    assert service is not None
    service.lock()


def test_empty_passphrase_asks_for_it(qtbot: QtBot, vault, translations) -> None:
    dialog = _dialog(qtbot, vault.paths.vault_dir)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    assert dialog.status.text() == "Please type your passphrase."


def test_recovery_key_opens_the_vault(qtbot: QtBot, vault, translations) -> None:
    vault.service.lock()
    dialog = _dialog(qtbot, vault.paths.vault_dir)
    qtbot.mouseClick(dialog.use_recovery, Qt.MouseButton.LeftButton)
    assert dialog.recovery_key.isVisible()
    assert not dialog.passphrase.isVisible()
    assert dialog.intro.text().startswith("Type your recovery key")
    with qtbot.waitSignal(dialog.unlocked) as signal:
        # Lower case and spaces instead of dashes, as a person might type it.
        _submit(qtbot, dialog, "recovery_key", vault.recovery_key.replace("-", " ").lower())
    service, via_recovery = signal.args
    assert via_recovery is True
    assert dialog.via_recovery_key()
    assert dialog.recovery_key.text() == ""
    service.lock()


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("1234-5678", "A recovery key has 64 characters"),
        ("0" * 64, "This recovery key does not open the vault."),
    ],
)
def test_bad_recovery_keys(qtbot: QtBot, vault, translations, typed: str, expected: str) -> None:
    vault.service.lock()
    dialog = _dialog(qtbot, vault.paths.vault_dir)
    dialog.use_recovery.setChecked(True)
    _submit(qtbot, dialog, "recovery_key", typed)
    assert dialog.service() is None
    assert dialog.status.text().startswith(expected)


def _remove_header(folder: Path) -> None:
    (folder / "vault.key").unlink()
    (folder / "vault.key.backup").unlink()  # with only one gone, its copy opens the vault


def _damage_header(folder: Path) -> None:
    (folder / "vault.key").write_bytes(b"{not json")
    (folder / "vault.key.backup").write_bytes(b"\x00garbage")


def _newer_header(folder: Path) -> None:
    doc = json.loads((folder / "vault.key").read_text())
    del doc["checksum"]
    doc["version"] = 99
    doc["checksum"] = checksum_of(doc)  # as a newer app would write it
    (folder / "vault.key").write_text(json.dumps(doc))


def _damage_database(folder: Path) -> None:
    db = folder / "vault.db"
    data = bytearray(db.read_bytes())
    data[:64] = bytes(64)  # SQLCipher's salt: the key no longer opens the file
    db.write_bytes(bytes(data))


def _empty_folder(folder: Path) -> None:
    for path in folder.iterdir():
        path.unlink()


@pytest.mark.parametrize(
    ("damage", "expected"),
    [
        (_empty_folder, "There is no vault in this folder. Nothing was changed."),
        (_remove_header, "The key file of your vault (vault.key) is missing"),
        (_damage_header, "The key file of your vault (vault.key) is damaged"),
        (_newer_header, "This vault was made by a newer version of Bewijskluis."),
        (_damage_database, "Your key is right, but the vault file (vault.db) is damaged"),
    ],
)
def test_each_unreadable_vault_has_its_own_message(
    qtbot: QtBot,
    vault,
    translations,
    damage: Callable[[Path], None],
    expected: str,
) -> None:
    vault.service.lock()
    damage(vault.paths.vault_dir)
    dialog = _dialog(qtbot, vault.paths.vault_dir)
    _submit(qtbot, dialog, "passphrase", vault.passphrase)
    assert dialog.service() is None
    assert dialog.status.text().startswith(expected)
    assert "Traceback" not in dialog.status.text()


def test_unlock_runs_in_the_background(
    qtbot: QtBot, vault, translations, threaded_tasks: None
) -> None:
    vault.service.lock()
    dialog = _dialog(qtbot, vault.paths.vault_dir)
    with qtbot.waitSignal(dialog.unlocked, timeout=20_000) as signal:
        _submit(qtbot, dialog, "passphrase", vault.passphrase)
        # While the key is derived, the dialog says so and cannot be sent twice.
        assert dialog.status.text() == "Opening… this takes a second."
        assert not dialog.passphrase.isEnabled()
    signal.args[0].lock()


@pytest.mark.parametrize("language", ["nl", "fr", "en"])
def test_the_error_is_shown_whole_in_every_language(
    qtbot: QtBot, vault, translations, language: str
) -> None:
    """A long error used to be cut off at the bottom in Dutch: the label must grow."""
    translations.switch(language)
    (vault.paths.vault_dir / "vault.key").unlink()  # the longest message there is
    (vault.paths.vault_dir / "vault.key.backup").unlink()
    vault.service.lock()
    dialog = _dialog(qtbot, vault.paths.vault_dir)
    qtbot.waitExposed(dialog)
    _submit(qtbot, dialog, "passphrase", "whatever is typed here")
    label = dialog.status
    assert len(label.text()) > 150
    qtbot.waitUntil(lambda: label.height() >= label.heightForWidth(label.width()))
    assert label.height() >= label.heightForWidth(label.width())
    assert label.sizeHint().width() <= label.width() or label.wordWrap()
    assert dialog.rect().contains(label.geometry())
    assert dialog.buttons.geometry().top() >= label.geometry().bottom()


def test_with_text_twice_as_big_its_words_and_check_box_have_all_their_lines(
    qtbot: QtBot, vault, translations, twice_as_big: None
) -> None:
    """In Dutch at 200 %, "Je kluis is vergrendeld…" and "Ik ben mijn wachtwoordzin
    vergeten…" take two lines each at the width the window opens at: it was as high as for
    one line each, and the words were cut off above and below."""
    translations.switch("nl")
    vault.service.lock()
    dialog = _dialog(qtbot, vault.paths.vault_dir)
    qtbot.waitExposed(dialog)
    for part in (dialog.intro, dialog.use_recovery):
        qtbot.waitUntil(lambda p=part: p.height() >= p.heightForWidth(p.width()))
    assert dialog.intro.height() >= 2 * dialog.intro.fontMetrics().lineSpacing()
    assert dialog.use_recovery.height() >= 2 * dialog.use_recovery.fontMetrics().lineSpacing()
    assert dialog.buttons.geometry().top() >= dialog.use_recovery.geometry().bottom()
