"""What is typed into a field that shows dots never reaches a screen reader.

Qt tells screen readers every letter typed into a line edit, dots or not (Orca said the
passphrase aloud). Every field of the app that shows dots must be a secret field
(`gui.common.secret_field`): its accessible interface has no text interface, so Qt's
bridge sends nothing of what is typed. The windows are walked as in
test_accessible_names, the hidden fields too (the export password shows only when asked
for). The real bus is listened to in tests/e2e/test_desktop_lock.py.
"""

from __future__ import annotations

import gc
import logging

import pytest
import shiboken6
from pytestqt.qtbot import QtBot

from evidence_app.capture.web import engine as web_engine

web_engine.prepare()  # before pytest-qt makes the QApplication (the capture browser)

from PySide6.QtCore import QLoggingCategory, qCWarning, qInstallMessageHandler  # noqa: E402
from PySide6.QtGui import QAccessible  # noqa: E402
from PySide6.QtWidgets import QCheckBox, QLineEdit, QMessageBox, QWidget  # noqa: E402

from evidence_app.gui.common.i18n import Translations  # noqa: E402
from evidence_app.gui.common.secret_field import make_secret, show_secret  # noqa: E402
from evidence_app.gui.keys.new_passphrase import NewPassphraseFields  # noqa: E402
from evidence_app.paths import Paths  # noqa: E402
from evidence_app.storage.keyheader import KdfParams  # noqa: E402
from tests.helpers.vaults import Vault  # noqa: E402
from tests.helpers.windows import (  # noqa: E402
    WINDOWS,
    main_window,
    shown,
    walk_recovery_key,
    walk_setup,
)

seen: list[str] = []  # every field with dots looked at, readable or not


def _readable(field: QLineEdit) -> bool:
    made = QAccessible.queryAccessibleInterface(field)
    return made is not None and made.textInterface() is not None


def readable_secrets(top: QWidget) -> list[str]:
    """The fields of `top` (shown or not) that show dots and whose text can be read."""
    dotted = [
        field
        for field in top.findChildren(QLineEdit)
        if field.echoMode() != QLineEdit.EchoMode.Normal
    ]
    seen.extend(field.objectName() for field in dotted)
    return [field.objectName() or field.accessibleName() for field in dotted if _readable(field)]


def test_no_field_that_shows_dots_can_be_read_in_the_windows(
    vault: Vault, qtbot: QtBot, translations: Translations
) -> None:
    seen.clear()
    found = {"main window": readable_secrets(main_window(vault, qtbot, translations))}
    for title, make in WINDOWS.items():
        with shown(make(vault), qtbot) as window:
            found[title] = readable_secrets(window)
    found.update(walk_recovery_key(vault, qtbot, readable_secrets))
    assert {title: fields for title, fields in found.items() if fields} == {}
    # The walk met them: unlock (twice), Change passphrase, export, the new recovery key.
    assert len(seen) >= 8, seen


def test_nor_in_the_setup(
    qtbot: QtBot,
    translations: Translations,
    app_paths: Paths,
    fast_kdf: KdfParams,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen.clear()
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: QMessageBox.StandardButton.Yes)
    found = walk_setup(app_paths, translations, fast_kdf, qtbot, readable_secrets)
    assert {page: fields for page, fields in found.items() if fields} == {}
    assert len(seen) >= 2, seen


def test_a_passphrase_shown_in_clear_is_read_and_hidden_again_is_not(qtbot: QtBot) -> None:
    fields = NewPassphraseFields()
    qtbot.addWidget(fields)
    fields.show()
    show = fields.findChild(QCheckBox, "show_passphrase")
    assert not _readable(fields.first) and not _readable(fields.second)
    show.setChecked(True)
    assert _readable(fields.first) and _readable(fields.second)
    assert fields.first.echoMode() == QLineEdit.EchoMode.Normal
    show.setChecked(False)
    assert not _readable(fields.first) and not _readable(fields.second)
    assert fields.first.echoMode() == QLineEdit.EchoMode.Password


def test_what_qt_says_of_each_letter_typed_there_stays_out_of_the_log(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Qt warns once for each text event it drops for a secret field: their number and
    rhythm are the passphrase's. The app's handler of Qt's messages keeps them out."""
    from evidence_app import app as app_module

    previous = qInstallMessageHandler(app_module._qt_message)
    try:
        with caplog.at_level(logging.DEBUG, logger="evidence_app.qt"):
            qCWarning(QLoggingCategory("qt.accessibility.atspi"), "Received text event")
            qCWarning(QLoggingCategory("bewijskluis.elsewhere"), "something else")
    finally:
        qInstallMessageHandler(previous)
    logged = [record.getMessage() for record in caplog.records]
    assert logged == ["Qt QtWarningMsg (category bewijskluis.elsewhere)"]


def test_a_field_that_goes_leaves_the_others_secret(qtbot: QtBot) -> None:
    """Qt gives a freed id to the next interface: a field shown in clear and hidden again,
    then closed, must not take with it the interface another field got since."""
    first = make_secret(QLineEdit())
    show_secret(first, True)
    show_secret(first, False)  # its old interface's id is free again
    second = make_secret(QLineEdit())
    qtbot.addWidget(second)
    first.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(first))
    gc.collect()
    made = QAccessible.queryAccessibleInterface(second)
    assert made is not None and made.state().passwordEdit
    assert made.textInterface() is None
    assert made.text(QAccessible.Text.Name) == second.accessibleName()
