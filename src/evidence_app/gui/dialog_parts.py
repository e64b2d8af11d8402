"""Pieces every dialog of ours builds the same way."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton


def status_label() -> QLabel:
    """The label in which a dialog says what went wrong (plain text: never markup)."""
    label = QLabel()
    label.setWordWrap(True)
    label.setObjectName("status")
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def ok_cancel(
    dialog: QDialog, on_ok: Callable[[], None]
) -> tuple[QDialogButtonBox, QPushButton, QPushButton]:
    """A button box with our own OK and Cancel buttons; their texts are set by `retranslate`.

    Not the standard buttons: QDialogButtonBox resets their text to Qt's own words
    ("OK") when the language changes.
    """
    box = QDialogButtonBox()
    ok = box.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
    cancel = box.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
    ok.setDefault(True)
    box.accepted.connect(on_ok)
    box.rejected.connect(dialog.reject)
    return box, ok, cancel
