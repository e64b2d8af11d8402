"""What the windows of a case's lists have in common (its journal, its hand-overs, its
reports to platforms): each change goes to the vault in the background, and its window
says, under the list, that it is done (and shows the list again) or what went wrong;
a removal is asked once more.

The words are the windows' own (`self.tr` in each, so that each keeps its translation
context); here there are none.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox

from evidence_app.gui.common import messages, tasks
from evidence_app.gui.common.dialog_parts import say


class CaseListDialog(QDialog):
    """A dialog with a list of a case's records, a `status` line and `reload`."""

    status: QLabel

    def reload(self, select: int | None = None) -> None:
        """Read the list again in the background, and choose the record `select` (an id)
        if it is there."""
        tasks.run_task(
            self.reader(), lambda found: self.fill(found, select), self.failed, context=self
        )

    def reader(self) -> Callable[[], Any]:
        """What reads the list from the vault: made on the GUI thread, run on another."""
        raise NotImplementedError

    def fill(self, found: Any, select: int | None) -> None:
        """Fill the list with what `reader` read, with the record `select` chosen."""
        raise NotImplementedError

    def retranslate(self) -> None:
        raise NotImplementedError

    def save(self, work: Callable[[], Any], done: str, select: int | None = None) -> None:
        """Run `work` (a change to the vault) in the background; then say `done` and show
        the list again, with `select` chosen; or say what went wrong."""
        tasks.run_task(work, lambda _: self.saved(done, select), self.failed, context=self)

    def saved(self, text: str, select: int | None = None) -> None:
        say(self.status, text)
        self.reload(select)

    def failed(self, exc: BaseException) -> None:
        """What the vault refused, said under the list; anything else is a bug, raised."""
        if not isinstance(exc, messages.EXPECTED_ERRORS):
            raise exc
        say(self.status, messages.error_text(exc), urgent=True)

    def sure_to_remove(self, title: str, text: str) -> bool:
        """Asked once more before a record leaves the list; Yes to go on. No is the default:
        Enter, pressed out of habit, keeps it."""
        answer = QMessageBox.question(
            self,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
