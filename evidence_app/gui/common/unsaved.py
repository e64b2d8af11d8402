"""Asking before what a person typed is dropped: Save, Close without saving, or Go back.

A window that keeps what was typed only when Save is pressed (a journal entry, a
report, a person, the case's summary) asked nothing when it was closed another way:
Cancel, Esc or the window's own close button dropped a page of words without a word.
Now it asks, as KeePassXC does when an entry with changes is cancelled, when what its
Save would keep (each window's `values()`, `text()` or `profile()`) differs from what it
was when the window showed: a text typed or filled in, a date set, an item checked. A
search typed, or a choice Save does not keep (the sender's name for a ready text), asks
nothing.

The question is window-modal and does not block (`open`): Esc goes back, Enter saves.
A lock asks nothing and does not wait: just before the vault closes, what was typed is
kept as Save would keep it, with the same checks (`keep_before_lock`; a journal entry
with no words keeps nothing), then the lock ends the window with `done()`. Nothing of
the vault stays in sight, and the question goes with its window.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QMessageBox,
    QWidget,
)

from evidence_app.gui.common import tasks
from evidence_app.gui.common.dialog_parts import show_problem


def ask_before_closing(
    parent: QWidget, title: str, text: str, answered: Callable[[str], None]
) -> QMessageBox:
    """Open the question over `parent`; `answered("keep")` after Save, `answered("drop")`
    after Close without saving, `answered("")` after Go back or when the question closed
    otherwise. Not called when a lock ends the question with its window."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    # Literal translate() calls: what lupdate finds and puts into the .ts files.
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


def titled(window: QWidget) -> str:
    """A window by its title, in the language's quotes (`AsksBeforeDropping.kept_where`)."""
    return QCoreApplication.translate("Unsaved", "“%1”").replace("%1", window.windowTitle())


def exec_then_store(dialog: AsksBeforeDropping, store: Callable[[], object]) -> bool:
    """Show `dialog` (`exec()`); once Save closed it, `store()` what it shows, unless a lock
    kept it first (`AsksBeforeDropping.stores_at_lock`). Deleted afterwards, closed any
    way, with what was typed in it. Whether Save closed it."""
    once = dialog.stores_at_lock(store)
    window: QDialog = dialog  # type: ignore[assignment]
    try:
        saved = window.exec() == QDialog.DialogCode.Accepted
        if saved:
            once()
        return saved
    finally:
        window.deleteLater()


class AsksBeforeDropping:
    """For a QDialog (put before it in the bases) whose Save keeps what was typed:
    `reject()` asks first when what Save would keep (`_kept_state`) differs from what it
    was when the window first showed, or when it was last stored (`_kept_now`). Save in
    the question does what the window's Save does (`_keep_and_close`)."""

    _first_state: object = None
    _shown_once = False
    # Nothing is left for a lock to keep: dropped (Cancel, "Close without saving", a lock),
    # or stored by the window's own Save.
    _settled = False
    _asking: QMessageBox | None = None
    # Whether Save stores what the window shows itself (a person, the hidden parts), not
    # the caller once the window closed.
    _stores_itself = False
    _store_at_lock: Callable[[], object] | None = None

    def stores_at_lock(self, store: Callable[[], object]) -> Callable[[], None]:
        """`store()` keeps what the window shows as its caller does once Save closed it
        (returning False when there was nothing to keep after all); what is returned runs
        it once at most. The caller calls that once `exec()` says
        Saved; a lock before then (`keep_before_lock`) runs it instead, before the vault
        closes: waiting in `exec()`, the caller would store only after the lock."""

        def once() -> None:
            if self._store_at_lock is not None:
                self._store_at_lock = None
                store()

        self._store_at_lock = store
        return once

    def _missing(self) -> str | None:
        """What Save would say is missing before it keeps anything, or None."""
        return None

    def _close_unless_missing(self, problem: QLabel, where: QWidget) -> None:
        """Save, for a window whose caller stores what it shows: with something missing
        (`_missing`), it is shown and said in `problem` and the keys go to `where`; else
        the window closes as saved."""
        missing = self._missing()
        if missing is not None:
            show_problem(problem, missing)
            where.setFocus()
            return
        self.accept()  # type: ignore[attr-defined]

    def keep_before_lock(self) -> bool:
        """The vault is about to lock: keep what was typed here, as Save would, when it
        changed and nothing Save needs is missing. Whether it was kept."""
        store = self._keep_and_close if self._stores_itself else self._store_at_lock
        # Hidden by Quick exit, what a window holds is still to keep; settled, it is not.
        if store is None or self._settled or not self.changed_by_hand() or self._missing():
            return False
        self._store_at_lock = None  # once at most: the caller's store after exec() adds nothing
        with tasks.at_once() as failures:  # the write, and what follows it, on this thread
            stored = store()
        return stored is not False and not failures

    def kept_where(self) -> str:
        """Where something was kept at a lock, said once the vault is open again: the
        window's title, unless that holds something of the vault (then a window says it
        otherwise: the title stays in memory while the vault is locked)."""
        return titled(self)  # type: ignore[arg-type]

    def _kept_state(self) -> object:
        """What Save would keep, comparable with `==` (the window's `values()`)."""
        raise NotImplementedError

    def _kept_now(self, state: object = None) -> None:
        """What Save would keep is what the vault has now (loaded, or stored): `state`,
        or else what the window shows."""
        self._shown_once = True
        self._first_state = self._kept_state() if state is None else state

    def _question(self) -> tuple[str, str]:
        """The question's title and words."""
        return (
            QCoreApplication.translate("Unsaved", "Keep what you wrote?"),
            QCoreApplication.translate(
                "Unsaved",
                "What you wrote or chose here is not saved yet. Save it before the window closes?",
            ),
        )

    def _keep_and_close(self) -> None:
        """What Save in the question does: the window's own Save (`_save`, with its checks:
        a problem keeps the window open), else `accept`."""
        save = getattr(self, "_save", None)
        (save or self.accept)()  # type: ignore[attr-defined]

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)  # type: ignore[misc]
        self._settled = False
        if not self._shown_once:
            self._kept_now()

    def done(self, result: int) -> None:
        # Closed by Save for a caller that stores once `exec()` returns: not settled, a lock
        # meanwhile keeps it (`stores_at_lock`). Closed otherwise, or stored by itself: settled.
        if result != QDialog.DialogCode.Accepted or self._stores_itself:
            self._settled = True
        super().done(result)  # type: ignore[misc]

    def changed_by_hand(self) -> bool:
        """Whether what Save would keep changed since the window showed: typed, chosen,
        a date set, an item checked; not a search typed or a choice Save does not keep."""
        return self._shown_once and self._kept_state() != self._first_state

    def reject(self) -> None:
        if self._asking is not None:
            return
        if self.changed_by_hand():
            title, text = self._question()
            self._asking = ask_before_closing(
                self,  # type: ignore[arg-type]
                title,
                text,
                self._answered,
            )
            self._asking.finished.connect(self._asked)
            return
        QDialog.reject(self)  # type: ignore[arg-type]

    def _asked(self, _: int) -> None:
        self._asking = None

    def _answered(self, answer: str) -> None:
        self._asking = None
        if answer == "drop":  # at once: a lock before the window closes keeps nothing
            self._settled = True
        # Once the question has gone: the window's own problem ("Write a few words …")
        # and the keyboard's focus then land in the window, not under the question.
        QTimer.singleShot(0, self, partial(self._act_on, answer))  # type: ignore[call-overload]

    def _act_on(self, answer: str) -> None:
        if not self.isVisible():  # type: ignore[attr-defined]
            return  # a lock closed it meanwhile: nothing is kept after a lock
        if answer == "keep":
            self._keep_and_close()
        elif answer == "drop":
            QDialog.reject(self)  # type: ignore[arg-type]
