"""Every control a person can use has a name a screen reader says, in each language: the
windows are walked through Qt's accessibility interface, and the unnamed ones counted.

Scroll bars and table headers are left out: Qt gives them their role, which is what a
screen reader says of them."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QSlider,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from evidence_app.gui.cases.custody_dialog import CustodyDialog
from evidence_app.gui.cases.journal_dialog import JournalDialog
from evidence_app.gui.cases.report_editor import ReportEditor
from evidence_app.gui.cases.reports_dialog import ReportsDialog
from evidence_app.gui.cases.todo_dialog import TodoDialog
from evidence_app.gui.common.i18n import Translations
from evidence_app.gui.common.settings import Settings
from evidence_app.gui.export.export_dialog import ExportDialog
from evidence_app.gui.items.item_source import VaultSource
from evidence_app.gui.lock.session import VaultSession
from evidence_app.gui.lock.unlock_dialog import UnlockDialog
from evidence_app.gui.main_window import MainWindow
from evidence_app.vault.service import VaultService
from tests.helpers.vaults import Vault

CONTROLS = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QPlainTextEdit,
    QTextEdit,
    QSlider,
)


def unnamed(top: QWidget) -> list[str]:
    """The controls shown in `top` whose accessible name is empty, described for a reader."""
    found = []
    for widget in top.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or isinstance(widget, QScrollBar | QHeaderView):
            continue
        if not widget.isVisibleTo(top):
            continue
        face = QAccessible.queryAccessibleInterface(widget)
        name = face.text(QAccessible.Text.Name) if face is not None else ""
        if not name.strip():
            parent = widget.parentWidget()
            found.append(
                f"{type(widget).__name__} {widget.objectName()!r} in {type(parent).__name__}"
            )
    return found


WINDOWS: dict[str, Callable[[VaultService], QWidget]] = {
    "export": lambda service: ExportDialog(service, 1),
    "reports": lambda service: ReportsDialog(service, 1, "School"),
    "report editor": lambda service: ReportEditor(None, VaultSource(service, None), 1),
    "journal": lambda service: JournalDialog(service, 1, "School"),
    "to do": lambda service: TodoDialog(service, 1, "School"),
    "custody": lambda service: CustodyDialog(service, 1, "School"),
    "unlock": lambda service: UnlockDialog(service.folder),
}


@pytest.mark.parametrize("lang", ["nl", "fr", "en"])
def test_no_control_of_the_main_windows_is_left_unnamed(
    vault: Vault, qtbot: QtBot, translations: Translations, lang: str
) -> None:
    translations.switch(lang)
    vault.service.add_records(case_id=1, records=[{"description": "x", "url": "https://x.com/a"}])
    window = MainWindow(
        VaultSession.holding(vault.service), translations, Settings(vault.paths.settings_file)
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    found = {"main window": unnamed(window)}
    for name, make in WINDOWS.items():
        dialog = make(vault.service)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        found[name] = unnamed(dialog)
        dialog.close()
    assert {name: names for name, names in found.items() if names} == {}
