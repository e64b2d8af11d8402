"""Add or change a person who posted or sent something: every way to find them again.

The police can trace an account or a number, not a nickname: the form asks for
the real phone number and e-mail address from the contact's details, not the
name a phone shows for them. Only one detail is needed; any more help.
"""

from __future__ import annotations

import logging
from functools import partial

from PySide6.QtCore import QEvent, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from evidence_app.domain.model import Person
from evidence_app.gui.common import contrast, messages, tasks
from evidence_app.gui.common.dialog_parts import (
    DownScroll,
    fit_to_what_it_holds,
    lines_high,
    set_hint,
    show_problem,
)
from evidence_app.gui.common.unsaved import AsksBeforeDropping
from evidence_app.vault.service import VaultService

log = logging.getLogger(__name__)

_WIDTH = 480  # at the normal text size


class PersonEditor(AsksBeforeDropping, QDialog):
    """Record a new person in `case_id`, or change `person`; `result_person()` after accept."""

    _stores_itself = True  # its Save stores the person, also just before a lock
    # Its saves are done (stored, failed, or written by a lock instead): a window closed
    # while its Save still waited stays until then, so that a lock can keep that Save.
    saves_done = Signal()
    # The person a Save stored after the window was closed without what followed it.
    stored_after_closing = Signal(object)

    def __init__(
        self,
        service: VaultService,
        case_id: int,
        person: Person | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._case_id = case_id
        self._person = person
        self._result: Person | None = None
        self._saves = tasks.SavesInTurn()  # Save stays enabled while it stores
        self._overtaking = tasks.Overtaking()  # by the lock's write of the person
        # The person's id (and the person) once written: a second write changes them, never
        # adds another. Written to in `_write` alone, under the `Overtaking` guard.
        self._written: dict[str, object] = {"id": person.id if person is not None else None}
        self._pending: dict[str, str] = {}  # what the save under way writes
        self._lock_came = False

        self.name = QLineEdit()
        self.handles = QPlainTextEdit()
        self.handles.setTabChangesFocus(True)
        lines_high(self.handles, 4)
        self.email = QLineEdit()
        self.phone = QLineEdit()
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        lines_high(self.notes, 4)
        for name in ("name", "handles", "email", "phone", "notes"):
            getattr(self, name).setObjectName(name)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setObjectName("hint")
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setObjectName("status")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setStyleSheet(contrast.error_style())

        self.labels = {key: QLabel() for key in ("name", "handles", "email", "phone", "notes")}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for key, label in self.labels.items():
            label.setBuddy(getattr(self, key))
            form.addRow(label, getattr(self, key))
        self.buttons = QDialogButtonBox()
        self.ok_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.ok_button.setDefault(True)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        # The words and the fields scroll where the window has no room for them (big text
        # on a small screen); what went wrong and the buttons stay in sight below them.
        inside = QWidget()
        inner = QVBoxLayout(inside)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(self.hint)
        inner.addLayout(form)
        inner.addStretch()
        layout = QVBoxLayout(self)
        area = DownScroll(inside)
        layout.addWidget(area, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        if person is not None:
            self.name.setText(person.name)
            self.handles.setPlainText(person.handles)
            self.email.setText(person.email)
            self.phone.setText(person.phone)
            self.notes.setPlainText(person.notes)
        self.retranslate()
        # As high as its words and fields at a comfortable width, in the text size in use,
        # as far as the screen allows (then they scroll).
        fit_to_what_it_holds(self, area, _WIDTH)

    def retranslate(self) -> None:
        self.setWindowTitle(
            self.tr("Who posted or sent it") if self._person is None else self.tr("Change person")
        )
        self.hint.setText(
            self.tr(
                "Write down everything you know; one detail is enough. Copy the phone "
                "number and e-mail address from the contact's details: the name your "
                "phone shows is not enough to find someone."
            )
        )
        texts = {
            "name": self.tr("Name:"),
            "handles": self.tr("Usernames:"),
            "email": self.tr("E-mail address:"),
            "phone": self.tr("Phone number:"),
            "notes": self.tr("Notes:"),
        }
        for key, text in texts.items():
            self.labels[key].setText(text)
        self.name.setPlaceholderText(self.tr("As you know them"))
        set_hint(self.handles, self.tr("One per line, e.g. @someone on Instagram"))
        self.email.setPlaceholderText(self.tr("name@example.com"))
        self.phone.setPlaceholderText(self.tr("The real number, e.g. +32 470 12 34 56"))
        self.ok_button.setText(self.tr("Save"))
        self.cancel_button.setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _kept_state(self) -> object:
        return self.values()

    def values(self) -> dict[str, str]:
        return {
            "name": self.name.text(),
            "handles": self.handles.toPlainText(),
            "email": self.email.text(),
            "phone": self.phone.text(),
            "notes": self.notes.toPlainText(),
        }

    def result_person(self) -> Person | None:
        """The person as stored, once the dialog was accepted."""
        return self._result

    @Slot()
    def _missing(self) -> str | None:
        values = self.values()
        if not any(values[k].strip() for k in ("name", "handles", "email", "phone")):
            return self.tr(
                "Write at least a name, a username, an e-mail address or a phone number."
            )
        return None

    def _save(self) -> None:
        missing = self._missing()
        if missing is not None:
            show_problem(self.status, missing)
            return
        values = self.values()
        if not self._saves.begin():  # saves again once this one is stored
            return
        self._pending = values
        self.status.setStyleSheet("")  # not a problem (`show_problem` colours those)
        self.status.setText(self.tr("Saving…"))
        ticket, overtaking = self._overtaking.ticket(_PERSON), self._overtaking
        write = partial(_write, self._service, self._case_id, self._written, values)
        tasks.run_task(
            lambda: overtaking.unless_overtaken(_PERSON, ticket, write),
            self._saved,
            self._failed,
            context=self,
        )

    def saving(self) -> bool:
        """Whether a save is under way or waiting behind other work."""
        return self._saves.running()

    def keep_before_lock(self) -> bool:
        """As Save, also while a save is under way or waiting behind other work: what the
        form shows is written at once (a person already written by that save is changed,
        not added again), and the save still waiting then writes nothing
        (`tasks.Overtaking`); the person is chosen beside the list as after Save. Save
        pressed, that save's words are kept even if nothing was typed after it. Closed
        with "Close without saving" while its Save waited, that Save is kept as it was
        asked for (as it is stored without a lock), and nothing is chosen."""
        if not self._saves.running():
            return super().keep_before_lock()
        self._lock_came = True  # what a save under way answers after this is not shown
        closed = self._settled
        values = self._pending if closed or self._missing() else self.values()
        write = partial(_write, self._service, self._case_id, self._written, values)
        try:
            person = self._overtaking.overtake(_PERSON, write)
        except Exception as exc:  # the lock goes on, with the person a save wrote, if any
            log.warning("could not keep a person before locking: %s", type(exc).__name__)
            written = self._written.get("person")
            if isinstance(written, Person) and not closed:
                self._chosen(written)
            else:
                self._nothing_to_save()
            return False
        if closed:
            self._nothing_to_save()
        else:
            self._chosen(person)
        return True

    def _nothing_to_save(self) -> None:
        """At a lock: the waiting save writes nothing now (the lock wrote, or could not);
        a window already closed goes at once, with what was typed in it."""
        self._saves.failed()
        self.saves_done.emit()

    def _chosen(self, person: Person) -> None:
        """At a lock: `person` is stored; chosen beside the list, as after Save."""
        self._saves.failed()
        self._result = self._person = person
        with tasks.at_once():  # then saved with the item's details
            self.accept()

    def _saved(self, person: Person | tasks.Overtaken) -> None:
        if self._lock_came or isinstance(person, tasks.Overtaken):  # the lock has written
            self.saves_done.emit()
            return
        self._result = self._person = person  # a second save changes it
        # Closed meanwhile with "Close without saving": what this save wrote stays, what
        # was typed after it (and a second press of Save) goes, and nothing is chosen.
        again = self._saves.stored()
        if again and not self._settled:
            self._save()
            return
        self.saves_done.emit()
        if self._settled:
            self.stored_after_closing.emit(person)
        else:
            self.accept()

    def _failed(self, exc: BaseException) -> None:
        log.warning("could not save a person: %s", type(exc).__name__)
        self._saves.failed()
        self.saves_done.emit()
        if self._lock_came:  # nothing of the vault is shown once it locks
            return
        show_problem(self.status, messages.error_text(exc))


_PERSON = "person"  # what this window's saves and the lock's write are about


def _write(
    service: VaultService, case_id: int, written: dict[str, object], values: dict[str, str]
) -> Person:
    """Store the person: added the first time, changed after (`written` keeps the id, and
    the person as last stored)."""
    person_id = written["id"]
    if isinstance(person_id, int):
        person = service.update_person(person_id, values)
    else:
        person = service.add_person(case_id, **values)
    written["id"], written["person"] = person.id, person
    return person
