"""The Vault menu's key actions: change the passphrase, make a new recovery key.

Each opens its dialog for the session's open vault and says how it ended: in the
status bar (`said`), or, when the old passphrase's copy could not be replaced, in
a message box that must be read.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QWidget

from evidence_app import APP_NAME
from evidence_app.gui.keys.change_passphrase_dialog import ChangePassphraseDialog
from evidence_app.gui.keys.new_recovery_key_wizard import NewRecoveryKeyWizard
from evidence_app.gui.lock.session import VaultSession
from evidence_app.vault.service import LEFTOVER_AUDIT, LEFTOVER_BACKUP


class KeyActions(QObject):
    """Opens the passphrase and recovery key dialogs over `window`.

    Signals:
        said(text): a sentence for the status bar.
    """

    said = Signal(str)

    def __init__(self, session: VaultSession, window: QWidget) -> None:
        super().__init__(window)
        self._session = session
        self._window = window
        self.passphrase_dialog: ChangePassphraseDialog | None = None
        self.recovery_key_wizard: NewRecoveryKeyWizard | None = None

    @Slot()
    def change_passphrase(self) -> None:
        service = self._session.service()
        if service is None:
            return
        dialog = ChangePassphraseDialog(
            service, ask_old=not self._session.via_recovery_key(), parent=self._window
        )
        dialog.accepted.connect(lambda: self._passphrase_changed(dialog.leftovers))
        dialog.finished.connect(lambda _: self._passphrase_dialog_closed(dialog))
        self.passphrase_dialog = dialog
        dialog.open()

    @Slot()
    def new_recovery_key(self) -> None:
        service = self._session.service()
        if service is None:
            return
        wizard = NewRecoveryKeyWizard(service, parent=self._window)
        wizard.renewed.connect(self._recovery_key_renewed)
        wizard.finished.connect(lambda _: wizard.deleteLater())
        self.recovery_key_wizard = wizard
        wizard.open()

    def _recovery_key_renewed(self, leftovers: list[str]) -> None:
        text = self.tr("Your new recovery key is in place. The old one no longer opens your vault.")
        if LEFTOVER_AUDIT in leftovers:
            text += " " + self.tr("It could not be noted in the vault's log (is the disk full?).")
        self.said.emit(text)

    def _passphrase_dialog_closed(self, dialog: ChangePassphraseDialog) -> None:
        if self.passphrase_dialog is dialog:
            self.passphrase_dialog = None
        dialog.deleteLater()

    def _passphrase_changed(self, leftovers: list[str]) -> None:
        self._session.passphrase_replaced()
        if LEFTOVER_BACKUP not in leftovers:
            text = self.tr("Your passphrase was changed.")
            if LEFTOVER_AUDIT in leftovers:
                text += " " + self.tr(
                    "It could not be noted in the vault's log (is the disk full?)."
                )
            self.said.emit(text)
            return
        # Said plainly, not in a passing status line: the old passphrase's copy is still there.
        QMessageBox.warning(
            self._window,
            APP_NAME,
            self.tr(
                "Your passphrase was changed: only the new one opens the vault. A copy of the "
                "vault's key file could not be updated (is the disk full?). It is brought up "
                "to date the next time the vault opens."
            ),
        )
