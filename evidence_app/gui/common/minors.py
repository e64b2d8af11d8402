"""Before a picture is kept of a case whose pictures show someone under 18.

The person is told first that they did nothing wrong, then in plain words that keeping
such a picture can be against the law, and offered to write down the address and what
happened instead (an item of words only). Keeping the picture anyway takes a second,
deliberate choice, whose safe answer is the default: Enter and Escape never keep it.
The vault refuses the picture without that choice too (`vault.item_store`).
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMimeDatabase
from PySide6.QtWidgets import QMessageBox, QWidget

from evidence_app.domain import images
from evidence_app.gui.common import discretion


class PictureChoice(Enum):
    PICTURE = "picture"  # keep it (not about a minor, or chosen twice)
    WORDS = "words"  # write it down without the picture
    CANCEL = "cancel"


def ask_before_picture(parent: QWidget) -> PictureChoice:
    """Ask, for a case about a minor, whether to keep words only (the default)."""
    box = _box(parent, "minors_question", QMessageBox.Icon.Information)
    box.setText(QCoreApplication.translate("Minors", "You did nothing wrong."))
    box.setInformativeText(
        QCoreApplication.translate(
            "Minors",
            "This case is about pictures of someone under 18. Keeping such a picture, even as "
            "evidence and even on your own computer, can be against the law.\n\n"
            "You can write down the web address, the account and what happened instead, "
            "without any picture. That is enough to report it. The organisations in Where to "
            "get help can help you further, and Take It Down can stop the picture being "
            "posted again.",
        )
    )
    words = box.addButton(
        QCoreApplication.translate("Minors", "Write it down without a picture"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    keep = box.addButton(
        QCoreApplication.translate("Minors", "Keep the picture anyway…"),
        QMessageBox.ButtonRole.ActionRole,
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(words)
    box.exec()
    clicked = box.clickedButton()
    if clicked is words:
        return PictureChoice.WORDS
    if clicked is not keep:
        return PictureChoice.CANCEL
    return PictureChoice.PICTURE if _sure(parent) else PictureChoice.CANCEL


def _sure(parent: QWidget) -> bool:
    """The second, deliberate choice."""
    box = _box(parent, "minors_second_choice", QMessageBox.Icon.Warning)
    box.setText(QCoreApplication.translate("Minors", "Keep the picture anyway?"))
    box.setInformativeText(
        QCoreApplication.translate(
            "Minors",
            "Only do this if someone who helps you, such as the police or a lawyer, asked "
            "you to keep it. The picture stays locked in your vault.",
        )
    )
    keep = box.addButton(
        QCoreApplication.translate("Minors", "Yes, keep the picture"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    safe = box.addButton(
        QCoreApplication.translate("Minors", "No, don’t keep it"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(safe)
    box.setEscapeButton(safe)
    box.exec()
    return box.clickedButton() is keep


def _box(parent: QWidget, name: str, icon: QMessageBox.Icon) -> QMessageBox:
    box = QMessageBox(parent)
    box.setObjectName(name)
    box.setIcon(icon)
    box.setWindowTitle(discretion.window_name())  # no app name in discreet mode
    return box


def holds_pictures(paths: Iterable[Path]) -> bool:
    """Whether any of `paths` is (or, for a folder, may hold) a picture or a video, by its
    content where it can be read."""
    database = QMimeDatabase()
    for path in paths:
        if path.is_dir():
            return True
        found = database.mimeTypeForFile(str(path)).name()
        if images.may_hold_pictures(found, path.name):
            return True
    return False


def without_pictures(paths: Iterable[Path]) -> list[Path]:
    """The files of `paths` that hold no picture (folders left out)."""
    return [p for p in paths if p.is_file() and not holds_pictures([p])]
