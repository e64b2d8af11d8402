"""A case about a minor keeps no picture unless the person chooses it twice: pasted,
dropped, imported or captured, answered with the keyboard and the mouse as a person does."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QGuiApplication, QImage
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from evidence_app.domain.model import ItemKind
from evidence_app.gui.common.settings import Settings
from evidence_app.gui.lock.session import VaultSession
from evidence_app.gui.main_window import MainWindow
from tests.helpers.dialogs import when_a_dialog_opens
from tests.helpers.evidence import screenshot
from tests.helpers.vaults import Vault


@pytest.fixture
def window(qtbot: QtBot, vault: Vault, translations) -> MainWindow:
    vault.service.choose("minors", "yes", case_id=1)
    win = MainWindow(
        VaultSession.holding(vault.service), translations, Settings(vault.paths.settings_file)
    )
    qtbot.addWidget(win)
    win.resize(1100, 700)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: win.case_bar.box.count() == 1)
    return win


def _press(key: Qt.Key, qtbot: QtBot) -> Callable[[QWidget], None]:
    def answer(box: QWidget) -> None:
        qtbot.keyClick(box, key)

    return answer


def _click(text: str, then: Callable[[QWidget], None] | None = None) -> Callable[[QWidget], None]:
    def answer(box: QWidget) -> None:
        if then is not None:
            when_a_dialog_opens(then)
        (button,) = [b for b in box.findChildren(QPushButton) if b.text() == text]
        button.click()

    return answer


def _paste_picture() -> None:
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.darkCyan)
    QGuiApplication.clipboard().setImage(image)


def test_enter_keeps_words_only(window: MainWindow, vault: Vault, qtbot: QtBot) -> None:
    _paste_picture()
    seen = when_a_dialog_opens(_press(Qt.Key.Key_Return, qtbot))
    window.toolbar.paste.trigger()
    assert len(seen) == 1 and isinstance(seen[0], QMessageBox)
    assert seen[0].text() == "You did nothing wrong."  # first of all
    qtbot.waitUntil(lambda: len(vault.service.items()) == 1)
    (item,) = vault.service.items()
    assert item.kind == ItemKind.RECORD and item.size == 0


def test_escape_on_the_second_choice_keeps_nothing(
    window: MainWindow, vault: Vault, qtbot: QtBot
) -> None:
    _paste_picture()
    seen = when_a_dialog_opens(
        _click("Keep the picture anyway…", then=_press(Qt.Key.Key_Escape, qtbot))
    )
    window.toolbar.paste.trigger()
    qtbot.wait(300)
    assert len(seen) == 1 and vault.service.items() == []


def test_a_picture_is_kept_after_the_second_choice(
    window: MainWindow, vault: Vault, qtbot: QtBot
) -> None:
    _paste_picture()
    when_a_dialog_opens(_click("Keep the picture anyway…", then=_click("Yes, keep the picture")))
    window.toolbar.paste.trigger()
    qtbot.waitUntil(lambda: len(vault.service.items()) == 1)
    assert vault.service.items()[0].mime_type == "image/png"


def test_a_dropped_picture_asks_and_a_dropped_chat_does_not(
    window: MainWindow, vault: Vault, qtbot: QtBot, tmp_path: Path
) -> None:
    chat = tmp_path / "chat.txt"
    chat.write_text("he threatened to send it", encoding="utf-8")
    picture = screenshot(tmp_path / "photo.png", (40, 30), 5)

    def drop(path: Path) -> None:
        data = QMimeData()
        data.setUrls([QUrl.fromLocalFile(str(path))])
        event = QDropEvent(
            QPointF(50, 50),
            Qt.DropAction.CopyAction,
            data,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        window.dropEvent(event)

    drop(chat)
    qtbot.waitUntil(lambda: len(vault.service.items()) == 1)
    seen = when_a_dialog_opens(_click("Cancel"))
    drop(picture)
    qtbot.waitUntil(lambda: len(seen) == 1)
    qtbot.wait(300)
    assert [i.original_name for i in vault.service.items()] == ["chat.txt"]


def test_words_only_still_keeps_the_chat_dropped_with_the_picture(
    window: MainWindow, vault: Vault, qtbot: QtBot, tmp_path: Path
) -> None:
    chat = tmp_path / "chat.txt"
    chat.write_text("if you don't pay I send it to your class", encoding="utf-8")
    picture = screenshot(tmp_path / "photo.png", (40, 30), 6)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(chat)), QUrl.fromLocalFile(str(picture))])
    when_a_dialog_opens(_click("Write it down without a picture"))
    window.dropEvent(
        QDropEvent(
            QPointF(50, 50),
            Qt.DropAction.CopyAction,
            data,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
    )
    qtbot.waitUntil(lambda: len(vault.service.items()) == 2)
    kinds = sorted((i.kind, i.original_name) for i in vault.service.items())
    assert kinds == [(ItemKind.FILE, "chat.txt"), (ItemKind.RECORD, "")]


def test_where_to_get_help_leaves_out_the_adults_service(
    window: MainWindow, vault: Vault, qtbot: QtBot
) -> None:
    qtbot.waitUntil(lambda: window.pictures.known.get(1) is True)
    window.help_menu.open_help()
    dialog = window.help_menu.dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: "take-it-down" in dialog.shown_ids())
    assert "stopncii" not in dialog.shown_ids()
    dialog.reject()
