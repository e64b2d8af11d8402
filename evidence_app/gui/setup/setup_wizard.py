"""The first start: explain, choose a passphrase, create the vault, keep the recovery key.

`SetupWizard.run()` returns the new, unlocked vault, or None when the person
closed the setup. The words of each page are in `setup_pages`; the rules are in
`setup_flow.SetupFlow`, tested without Qt.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QEvent, QSize, Slot
from PySide6.QtWidgets import QMessageBox, QWidget, QWizard

from evidence_app import APP_NAME
from evidence_app.gui.common import discretion, messages, tasks
from evidence_app.gui.common.announce import announce_pages
from evidence_app.gui.common.dialog_parts import fit_to_screen
from evidence_app.gui.common.i18n import Translations
from evidence_app.gui.common.settings import Settings, local_country
from evidence_app.gui.setup.setup_flow import SetupFlow
from evidence_app.gui.setup.setup_pages import (
    AboutYouPage,
    CheckKeyPage,
    PassphrasePage,
    RecoveryKeyPage,
    WelcomePage,
)
from evidence_app.storage.keyheader import KdfParams
from evidence_app.vault.service import NewVault, VaultService

log = logging.getLogger(__name__)


class SetupWizard(QWizard):
    """The calm, four-step setup of a new vault in `folder`."""

    def __init__(
        self,
        folder: Path,
        translations: Translations,
        settings: Settings,
        *,
        kdf: KdfParams | None = None,
        flow: SetupFlow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._folder = folder
        self._translations = translations
        self._settings = settings
        self._kdf = kdf
        self._service: VaultService | None = None
        self._made: NewVault | None = None  # made, not yet in place: until its key is shown
        self.flow = flow or SetupFlow()
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setMinimumSize(480, 360)  # the pages scroll; the buttons stay in sight
        fit_to_screen(self, QSize(720, 580))

        self.welcome = WelcomePage(translations.current, settings.help_country() or local_country())
        self.about = AboutYouPage()
        self.passphrase = PassphrasePage(self.flow, self._create)
        self.key = RecoveryKeyPage(self.flow)
        self.check = CheckKeyPage(self.flow)
        for page in (self.welcome, self.about, self.passphrase, self.key, self.check):
            self.addPage(page)
        self.welcome.language_chosen.connect(self._on_language)
        self.welcome.country_chosen.connect(settings.set_help_country)
        self.currentIdChanged.connect(self._on_page)
        announce_pages(self)
        self.retranslate()

    # -- result ---------------------------------------------------------------
    def run(self) -> VaultService | None:
        """Show the setup until it is finished or closed; the vault, or None."""
        try:
            accepted = self.exec() == QWizard.DialogCode.Accepted
            return self.service() if accepted else None
        finally:
            self.passphrase.fields.clear()

    def service(self) -> VaultService | None:
        """The new vault once it was created and the key was checked."""
        return self._service if self.result() == QWizard.DialogCode.Accepted else None

    # -- language -------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(APP_NAME)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Next"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("Back"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Close"))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Make my vault"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Open my vault"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @Slot(str)
    def _on_language(self, code: str) -> None:
        self._translations.switch(code)
        self._settings.set_language(code)

    # -- creating the vault ---------------------------------------------------
    def _create(self, passphrase: str) -> None:
        # The country shown is kept, also when the person left it as it was.
        self._settings.set_help_country(str(self.welcome.country.currentData()))
        folder, kdf = self._folder, self._kdf
        case_name = self.tr("My evidence")
        tasks.run_task(
            lambda: VaultService.prepare(folder, passphrase, first_case_name=case_name, kdf=kdf),
            self._created,
            self._creation_failed,
            context=self,
        )

    def _created(self, made: NewVault) -> None:
        self._made = made
        self.flow.set_recovery_key(made.recovery_key)
        self.passphrase.creation_finished(None)
        # Done in the background: go on. Done inline (synchronous tasks): validatePage goes on.
        if not self.passphrase.validating and self.currentPage() is self.passphrase:
            self.next()

    def _creation_failed(self, exc: BaseException) -> None:
        log.error("could not create the vault: %s", type(exc).__name__)
        self.passphrase.creation_finished(messages.error_text(exc))

    @Slot(int)
    def _on_page(self, _: int) -> None:
        """The recovery key is on the screen: now the vault is put in place (see `NewVault`)."""
        made = self._made
        if self.currentPage() is not self.key or made is None:
            return
        self._made = None
        profile = self.about.form.profile(str(self.welcome.country.currentData()))

        def commit() -> tuple[VaultService, bool]:
            """The vault put in place, and whether the answers about the person were kept."""
            service = made.commit()
            try:
                service.set_profile(profile)
            except Exception as exc:  # the vault is made, whatever this was: the choices can wait
                log.warning("could not keep the choices of the setup: %s", type(exc).__name__)
                return service, False
            return service, True

        tasks.run_task(commit, self._committed, self._commit_failed, context=self)

    def _committed(self, outcome: tuple[VaultService, bool]) -> None:
        self._service, kept = outcome
        if not kept:
            QMessageBox.warning(
                self,
                discretion.window_name(),
                self.tr(
                    "Your vault is made, but your answers about you could not be kept. "
                    "Please give them again in Settings > About you."
                ),
            )

    def _commit_failed(self, exc: BaseException) -> None:
        log.error("could not put the new vault in place: %s", type(exc).__name__)
        QMessageBox.warning(self, APP_NAME, messages.error_text(exc))
        self.flow.forget_key()
        self.key.forget()
        super().reject()  # nothing is in place: the next start sets up again

    # -- closing --------------------------------------------------------------
    def accept(self) -> None:
        super().accept()  # validates the last page first; may stay open
        if self.result() == QWizard.DialogCode.Accepted:
            self.flow.forget_key()
            self.key.forget()

    def reject(self) -> None:
        if self._service is not None:
            answer = QMessageBox.warning(
                self,
                APP_NAME,
                self.tr(
                    "Your vault is made, but you have not checked your recovery key yet. "
                    "If you close now, you will never see this key again.\n\nClose anyway?"
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
            self._service.lock()
        if self._made is not None:  # made, its key never shown: it goes
            self._made.discard()
            self._made = None
        self.flow.forget_key()
        self.key.forget()
        super().reject()
