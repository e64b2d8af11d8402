"""Asking before what a person typed is dropped: Save, Close without saving, or Go back.

A window that keeps what was typed only when Save is pressed (a journal entry, a
report, a person, the case's summary) asked nothing when it was closed another way:
Cancel, Esc or the window's own close button dropped a page of words without a word.
Now it asks, as KeePassXC does when an entry with changes is cancelled, when the person
changed anything since it showed: a line edited by hand (`QLineEdit.isModified`, which
`setText` resets), a text whose document was changed (`setPlainText` resets it), or a
list or box chosen or clicked (signals that only a person's action sends).

The question is window-modal and does not block (`open`): Esc goes back, Enter saves.
A lock ends the window with `done()`, which never asks: nothing of the vault stays in
sight, and the question goes with its window.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)


def ask_before_closing(
    parent: QWidget, title: str, text: str, answered: Callable[[str], None]
) -> QMessageBox:
    """Open the question over `parent`; `answered("keep")` after Save, `answered("drop")`
    after Close without saving, `answered("")` after Go back or when the question closed
    otherwise. Not called when a lock ends the question with its window."""
    # Literal translate() calls: what lupdate finds and puts into the .ts files.
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    keep = box.addButton(
        QCoreApplication.translate("Unsaved", "Save"), QMessageBox.ButtonRole.AcceptRole
    )
    drop = box.addButton(
        QCoreApplication.translate("Unsaved", "Close without saving"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    back = box.addButton(
        QCoreApplication.translate("Unsaved", "Go back"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(keep)
    box.setEscapeButton(back)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    # Not deleted on close: it goes with its window. Deleted on close, a question answered
    # with Save, whose window then closed in the same click, crashed the tests' Qt once
    # the deferred deletion came (SIGBUS in ~QObject, 2026-12-05).
    answers = {keep: "keep", drop: "drop"}
    # A button pressed answers; a lock ends the question with `done()`, which presses none.
    box.buttonClicked.connect(lambda button: answered(answers.get(button, "")))
    box.open()
    return box


class AsksBeforeDropping:
    """For a QDialog (put before it in the bases) whose Save keeps what was typed:
    `reject()` asks first when the person changed anything since the window showed.
    Save in the question does what the window's Save does (`_save` if it has one, with
    its own checks, else `accept`)."""

    _touched_by_hand = False
    _watching = False
    _asking: QMessageBox | None = None

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)  # type: ignore[misc]
        if not self._watching:
            self._watching = True
            self._watch()

    def _watch(self) -> None:
        window: QWidget = self  # type: ignore[assignment]
        for box in window.findChildren(QComboBox):
            box.activated.connect(self._touched)
        for button in window.findChildren(QAbstractButton):
            if button.isCheckable():
                button.clicked.connect(self._touched)

    def _touched(self, *_: object) -> None:
        self._touched_by_hand = True

    def changed_by_hand(self) -> bool:
        """Whether the person typed or chose anything here since the window showed."""
        window: QWidget = self  # type: ignore[assignment]
        if self._touched_by_hand:
            return True
        if any(f.isModified() and not f.isReadOnly() for f in window.findChildren(QLineEdit)):
            return True
        plain = window.findChildren(QPlainTextEdit)
        rich = window.findChildren(QTextEdit)
        return any(t.document().isModified() and not t.isReadOnly() for t in plain) or any(
            t.document().isModified() and not t.isReadOnly() for t in rich
        )

    def reject(self) -> None:
        if self._asking is not None:
            return
        if self._watching and self.changed_by_hand():
            self._asking = ask_before_closing(
                self,  # type: ignore[arg-type]
                QCoreApplication.translate("Unsaved", "Keep what you wrote?"),
                QCoreApplication.translate(
                    "Unsaved",
                    "What you wrote or chose here is not saved yet. Save it before the "
                    "window closes?",
                ),
                self._answered,
            )
            self._asking.finished.connect(self._asked)
            return
        QDialog.reject(self)  # type: ignore[arg-type]

    def _asked(self, _: int) -> None:
        self._asking = None

    def _answered(self, answer: str) -> None:
        self._asking = None
        if answer == "keep":
            save = getattr(self, "_save", None)
            (save or self.accept)()  # type: ignore[attr-defined]
        elif answer == "drop":
            QDialog.reject(self)  # type: ignore[arg-type]
