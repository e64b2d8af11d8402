"""Writing something down without keeping any file (what a minor may keep)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from evidence_app.domain.model import ItemKind, Preview
from evidence_app.gui.common.settings import Settings
from evidence_app.gui.lock.session import VaultSession
from evidence_app.gui.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, vault, translations) -> MainWindow:
    win = MainWindow(
        VaultSession.holding(vault.service), translations, Settings(vault.paths.settings_file)
    )
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_write_it_down_makes_an_item_without_a_file(
    qtbot: QtBot, window: MainWindow, vault
) -> None:
    action = window.toolbar.record_only
    assert action in window.capture_menu.actions()
    assert action.text() == "Write it down, without a picture…"
    action.trigger()
    (item,) = vault.service.items()
    assert (item.kind, item.preview, item.size) == (ItemKind.RECORD, Preview.RECORD_ONLY, 0)
    record = window.record_dialogs[-1]
    assert not record.viewer.has_image()
    assert record.note.text() == (
        "No file or picture is kept for this item: only what is written down here."
    )
    window.select_item(item.id)
    assert window.model.rowCount() == 1
    assert "only what is written down" in window.detail.note.text()


def test_a_capture_failure_is_said_plainly(qtbot: QtBot, window: MainWindow, monkeypatch) -> None:
    from evidence_app.capture.portal import PortalCancelled, PortalCopyLeft
    from evidence_app.capture.screen import GrabFailed

    window._capture_failed(PortalCancelled("the screenshot was cancelled"))
    assert (
        window.statusBar().currentMessage() == "The screenshot was cancelled. Nothing was stored."
    )
    window._capture_failed(GrabFailed("the screen gave no picture"))
    assert window.statusBar().currentMessage().startswith("The screen could not be captured")
    shown: list[str] = []
    monkeypatch.setattr(
        "evidence_app.gui.main_window.QMessageBox.warning",
        lambda parent, title, text: shown.append(text),
    )
    window._capture_failed(PortalCopyLeft("/home/lena/Afbeeldingen/Schermafbeelding.png"))
    assert shown and shown[0].endswith("/home/lena/Afbeeldingen/Schermafbeelding.png")
