"""Answering a modal dialog as a person does, once it is on screen."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot


def when_a_dialog_opens(answer: Callable[[QWidget], None]) -> list[QWidget]:
    """Answer the next modal dialog with `answer(dialog)`; the list gets the dialog.

    Polls every 20 ms for 10 s at most, so that nothing is left polling after a test
    whose dialog never came (the test then fails on the empty list)."""
    seen: list[QWidget] = []
    tries = [500]

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or not dialog.isVisible() or dialog in seen:
            tries[0] -= 1
            if tries[0] > 0:
                QTimer.singleShot(20, look)
            return
        seen.append(dialog)
        answer(dialog)

    QTimer.singleShot(0, look)
    return seen


def question(parent: QWidget) -> QMessageBox | None:
    """The question `parent` asks before it closes (`gui.common.unsaved`), while it shows."""
    shown = [box for box in parent.findChildren(QMessageBox) if box.isVisible()]
    return shown[0] if shown else None


def press(qtbot: QtBot, box: QMessageBox, text: str) -> None:
    """Click the button of `box` that reads `text`, as a person does."""
    (button,) = [b for b in box.buttons() if b.text() == text]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def close_without_saving(qtbot: QtBot, dialog: QWidget) -> None:
    """Close `dialog` as a person who keeps nothing of what they typed there: Cancel, then
    "Close without saving" when it asks (`gui.common.unsaved`)."""
    dialog.reject()  # type: ignore[attr-defined]
    box = question(dialog)
    if box is not None:
        press(qtbot, box, "Close without saving")
    qtbot.waitUntil(lambda: not dialog.isVisible())
