"""A new recovery key: the passphrase, the new key shown and checked, then the vault re-encrypted.

For when the recovery key was lost, or someone else may have seen it or a copy of
the vault's key file. The new key is made in memory first
(`VaultService.new_recovery_key`); nothing changes on disk until the person has
written it down and typed two of its groups back. Only then does the vault get
re-encrypted under it (`NewRecoveryKey.commit`, in the background): from then on
the old recovery key and old copies of `vault.key` open nothing. Closing the
wizard before that, or a lock, changes nothing and forgets the new key.

The key's pages are the setup's own (`setup_pages`), so a person sees the key the
way they saw it the first time.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, QSize, Signal
from PySide6.QtWidgets import QFormLayout, QLineEdit, QVBoxLayout, QWidget, QWizard

from evidence_app.domain.errors import WrongSecret
from evidence_app.gui.common import contrast, messages, tasks
from evidence_app.gui.common.announce import announce_pages
from evidence_app.gui.common.dialog_parts import (
    fit_to_screen,
    name_fields_after_labels,
    show_problem,
)
from evidence_app.gui.common.secret_field import make_secret
from evidence_app.gui.setup.setup_flow import SetupFlow
from evidence_app.gui.setup.setup_pages import (
    CheckKeyPage,
    RecoveryKeyPage,
    _Page,
    _wrapped_label,
)
from evidence_app.vault.service import NewRecoveryKey, VaultService

log = logging.getLogger(__name__)


class CurrentPassphrasePage(_Page):
    """Why a new key, what it changes, and the passphrase (checked in the background)."""

    def __init__(self, make: Callable[[str], None]) -> None:
        super().__init__()
        self._make = make
        self.made = False
        self.busy = False
        self.validating = False
        self.body = _wrapped_label()
        self.passphrase = make_secret(QLineEdit())
        self.passphrase.setObjectName("passphrase")
        self.passphrase_label = _wrapped_label()
        form = QFormLayout()
        form.addRow(self.passphrase_label, self.passphrase)
        self.status = _wrapped_label()
        layout = QVBoxLayout(self.content)
        layout.addWidget(self.body)
        layout.addLayout(form)
        layout.addStretch()
        layout.addWidget(self.status)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("A new recovery key"))
        self.body.setText(
            self.tr(
                "Make a new recovery key if you lost yours, or if someone else may have seen "
                "it or a copy of your vault. The new key replaces the old one: after this, "
                "the old recovery key no longer opens your vault. Your passphrase and your "
                "evidence stay as they are.\n\nHave paper and a pen ready, or a printer."
            )
        )
        self.passphrase_label.setText(self.tr("Your passphrase:"))
        self.passphrase.setAccessibleDescription(
            self.tr("The passphrase that opens your vault: only you can make a new key.")
        )
        name_fields_after_labels(self)

    def validatePage(self) -> bool:
        if self.made:
            return True
        if self.busy:
            return False
        if not self.passphrase.text():
            self.show_problem(self.tr("Please type your passphrase."))
            return False
        self.busy = True
        self.passphrase.setEnabled(False)
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Checking your passphrase…"))
        self.validating = True
        try:
            self._make(self.passphrase.text())
        finally:
            self.validating = False
        return self.made  # with synchronous tasks (tests) it is made already

    def finished(self, problem: str | None) -> None:
        self.busy = False
        self.passphrase.setEnabled(True)
        if problem is None:
            self.made = True
            self.passphrase.clear()
            self.status.clear()
        else:
            self.passphrase.selectAll()
            self.passphrase.setFocus()
            self.show_problem(problem)  # after the focus moved: its words would cut it off

    def show_problem(self, text: str) -> None:
        show_problem(self.status, text)


class NewRecoveryKeyWizard(QWizard):
    """Make a new recovery key for the open vault `service`; `renewed` once it is in force."""

    renewed = Signal(list)  # what could not be tidied afterwards (LEFTOVER_*)

    def __init__(
        self,
        service: VaultService,
        *,
        flow: SetupFlow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._renewal: NewRecoveryKey | None = None
        self._committing = False
        self.flow = flow or SetupFlow()
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setMinimumSize(480, 360)
        fit_to_screen(self, QSize(720, 580))
        self.ask = CurrentPassphrasePage(self._start)
        self.key = RecoveryKeyPage(self.flow)
        self.check = CheckKeyPage(self.flow)
        for page in (self.ask, self.key, self.check):
            self.addPage(page)
        announce_pages(self)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New recovery key"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Next"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("Back"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Use the new key"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- the new key, in memory ------------------------------------------------
    def _start(self, passphrase: str) -> None:
        service = self._service
        tasks.run_task(
            lambda: service.new_recovery_key(passphrase), self._made, self._not_made, context=self
        )

    def _made(self, renewal: NewRecoveryKey) -> None:
        if not self.isVisible():  # closed (or locked) meanwhile: the key is forgotten
            renewal.discard()
            return
        self._renewal = renewal
        self.flow.set_recovery_key(renewal.recovery_key)
        self.ask.finished(None)
        # Made in the background: go on. Made inline (synchronous tasks): validatePage goes on.
        if not self.ask.validating and self.currentPage() is self.ask:
            self.next()

    def _not_made(self, exc: BaseException) -> None:
        if isinstance(exc, WrongSecret):
            self.ask.finished(self.tr("That is not your passphrase. Try again."))
            return
        if not isinstance(exc, messages.EXPECTED_ERRORS):
            log.error("could not make a new recovery key: %s", type(exc).__name__)
        self.ask.finished(messages.error_text(exc))

    # -- putting it in force -----------------------------------------------------
    def accept(self) -> None:
        """The key was checked: re-encrypt the vault under it (in the background)."""
        renewal = self._renewal
        if renewal is None or self._committing or not self.validateCurrentPage():
            return
        self._committing = True
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        self.button(QWizard.WizardButton.BackButton).setEnabled(False)
        self.button(QWizard.WizardButton.CancelButton).setEnabled(False)
        self.check.problem_label.setStyleSheet("")
        self.check.problem_label.setText(
            self.tr("Putting the new key in place… this can take a minute for a large vault.")
        )
        tasks.run_task(renewal.commit, self._committed, self._commit_failed, context=self)

    def _committed(self, leftovers: list[str]) -> None:
        self._renewal = None
        super().accept()  # validates the check page once more, then `done` forgets the key
        self.renewed.emit(list(leftovers))

    def _commit_failed(self, exc: BaseException) -> None:
        self._renewal = None
        self._committing = False
        if not isinstance(exc, messages.EXPECTED_ERRORS):
            log.error("could not put the new recovery key in place: %s", type(exc).__name__)
        self.button(QWizard.WizardButton.CancelButton).setEnabled(True)
        self.check.problem_label.setStyleSheet(contrast.error_style())
        self.check.problem_label.setText(
            messages.error_text(exc)
            + " "
            + self.tr(
                "The new key was not put in place: your old recovery key still works. "
                "Throw away what you wrote down for the new one."
            )
        )

    # -- closing -------------------------------------------------------------------
    def reject(self) -> None:
        if self._committing:
            return  # it finishes, then says so: closing now would hide the outcome
        super().reject()

    def done(self, result: int) -> None:
        """Every way out (a lock included) forgets a key that was not put in force."""
        super().done(result)  # may stay open: a Finish whose check does not match
        if self.isVisible():
            return
        if self._renewal is not None and not self._committing:
            self._renewal.discard()
            self._renewal = None
        self._forget()

    def _forget(self) -> None:
        self.flow.forget_key()
        self.ask.passphrase.clear()
        self.key.forget()
