"""Open the vault with the passphrase, or with the recovery key when it is lost.

The key derivation takes about a second, so it runs through `tasks`; the dialog
stays responsive and says it is opening. A wrong secret or an unreadable vault
is said in a label inside the dialog, in a sentence of its own.
"""

from __future__ import annotations

import logging
from pathlib import Path

import shiboken6
from PySide6.QtCore import QEvent, QTimer, Signal, Slot
from PySide6.QtGui import QFontDatabase, QMoveEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from evidence_app.domain.errors import VaultUnreadable
from evidence_app.gui.common import discretion, messages, tasks
from evidence_app.gui.common.dialog_parts import (
    frame_inside,
    ok_cancel,
    set_busy,
    show_problem,
    status_label,
)
from evidence_app.gui.common.secret_field import make_secret
from evidence_app.gui.common.wrapping_choice import WrappingCheckBox
from evidence_app.vault.service import VaultService

log = logging.getLogger(__name__)


class UnlockDialog(QDialog):
    """Asks for the passphrase (or the recovery key) and opens the vault in `folder`.

    Signals:
        unlocked(service, via_recovery_key): the vault is open; the dialog then accepts.
    """

    unlocked = Signal(object, bool)

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._folder = folder
        self._service: VaultService | None = None
        self._via_recovery_key = False
        self._busy = False
        self.setWindowTitle(discretion.window_name())
        self.setMinimumWidth(460)
        self._moves_left = 3  # `_keep_on_screen`: no tug of war with a window manager

        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.passphrase = make_secret(QLineEdit())
        self.passphrase.setObjectName("passphrase")
        self.recovery_key = QLineEdit()
        self.recovery_key.setObjectName("recovery_key")
        self.recovery_key.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.recovery_key.setPlaceholderText("XXXX-XXXX-XXXX-…")
        self.recovery_key.hide()
        self.use_recovery = WrappingCheckBox()
        self.use_recovery.toggled.connect(self._on_mode)
        self.status = status_label()
        self.buttons, self.ok_button, self.cancel_button = ok_cancel(self, self._try_unlock)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.passphrase)
        layout.addWidget(self.recovery_key)
        layout.addWidget(self.use_recovery)
        layout.addWidget(self.status)
        layout.addStretch()
        layout.addWidget(self.buttons)
        self.retranslate()
        self.passphrase.setFocus()

    # -- result ---------------------------------------------------------------
    def run(self) -> VaultService | None:
        """Show the dialog until the vault is open (returned) or the person closes it (None)."""
        try:
            self.exec()
            return self._service
        finally:
            self._clear_secrets()

    def service(self) -> VaultService | None:
        return self._service

    def via_recovery_key(self) -> bool:
        """Whether the vault was opened with the recovery key (the passphrase may be lost)."""
        return self._via_recovery_key

    # -- language -------------------------------------------------------------
    def retranslate(self) -> None:
        self.ok_button.setText(self.tr("Open"))
        self.cancel_button.setText(self.tr("Close"))
        self.use_recovery.setText(self.tr("I forgot my passphrase: use my recovery key"))
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.passphrase.setAccessibleDescription(
            self.tr("The passphrase you chose when you made your vault.")
        )
        self.recovery_key.setAccessibleName(self.tr("Recovery key"))
        self.recovery_key.setAccessibleDescription(
            self.tr("The 16 groups you wrote down or printed. Dashes and spaces do not matter.")
        )
        if self.use_recovery.isChecked():
            self.intro.setText(
                self.tr("Type your recovery key: the 16 groups you wrote down or printed.")
            )
        else:
            self.intro.setText(self.tr("Your vault is locked. Type your passphrase to open it."))
        if self._busy:
            self.status.setText(self._busy_text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Its words and the check box's wrap at the width it opens at (text 200 %): as high
        # as they need then, not squeezed to a line each.
        QTimer.singleShot(0, self, self._fit_text)
        QTimer.singleShot(0, self, self._keep_on_screen)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        QTimer.singleShot(0, self, self._fit_text)  # narrower: more lines
        QTimer.singleShot(0, self, self._keep_on_screen)

    def moveEvent(self, event: QMoveEvent) -> None:
        super().moveEvent(event)
        QTimer.singleShot(0, self, self._keep_on_screen)

    def _keep_on_screen(self) -> None:
        """The app's first window, framed by the window manager: its title bar on the screen
        (`dialog_parts.frame_inside`)."""
        if self._moves_left and frame_inside(self):
            self._moves_left -= 1

    def _busy_text(self) -> str:
        return self.tr("Opening… this takes a second.")

    # -- unlocking ------------------------------------------------------------
    @Slot(bool)
    def _on_mode(self, recovery: bool) -> None:
        self.passphrase.setVisible(not recovery)
        self.recovery_key.setVisible(recovery)
        self.status.clear()
        (self.recovery_key if recovery else self.passphrase).setFocus()
        self.retranslate()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        field = self.recovery_key if self.use_recovery.isChecked() else self.passphrase
        fields = (self.passphrase, self.recovery_key, self.use_recovery)
        set_busy(self, busy, self.ok_button, fields, field)

    @Slot()
    def _try_unlock(self) -> None:
        if self._busy:
            return
        folder = self._folder
        recovery = self.use_recovery.isChecked()
        secret = self.recovery_key.text() if recovery else self.passphrase.text()
        if not secret:
            self._show_error(
                self.tr("Please type your recovery key.")
                if recovery
                else self.tr("Please type your passphrase.")
            )
            return
        self._set_busy(True)
        self.status.setStyleSheet("")
        self.status.setText(self._busy_text())
        self._fit_text()
        opener = VaultService.unlock_with_recovery_key if recovery else VaultService.unlock
        dialog = self

        def opened(service: VaultService) -> None:
            # Closed while the key was being derived: nobody wants this vault open.
            if not shiboken6.isValid(dialog) or not dialog.isVisible():
                service.lock()
                return
            dialog._opened(service, recovery)

        # No context: the result must come back even if the dialog went, to be locked.
        tasks.run_task(
            lambda: opener(folder, secret),
            opened,
            lambda exc: self._failed(exc, recovery) if shiboken6.isValid(dialog) else None,
        )

    def _opened(self, service: VaultService, recovery: bool) -> None:
        self._set_busy(False)
        self._service = service
        self._via_recovery_key = recovery
        self._clear_secrets()
        self.status.clear()
        self.unlocked.emit(service, recovery)
        self.accept()

    def _failed(self, exc: BaseException, recovery: bool) -> None:
        self._set_busy(False)
        if isinstance(exc, VaultUnreadable):
            log.warning("vault cannot be opened: %s", exc.reason)
        elif not isinstance(exc, messages.EXPECTED_ERRORS):
            log.error("unexpected error while unlocking: %s", type(exc).__name__)
        field = self.recovery_key if recovery else self.passphrase
        field.selectAll()
        field.setFocus()
        self._show_error(messages.error_text(exc, recovery=recovery))  # said after the field

    def _show_error(self, text: str) -> None:
        show_problem(self.status, text)
        self._fit_text()

    def _fit_text(self) -> None:
        """Grow to show every line of a wrapped message (a long Dutch one was cut off), and
        of its words and the check box's at the width it has.

        A top-level layout does not ask its word-wrapped labels for the height they
        need at the dialog's width, so the dialog asks and grows itself.
        """
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        needed = layout.totalHeightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)

    def _clear_secrets(self) -> None:
        self.passphrase.clear()
        self.recovery_key.clear()

    def reject(self) -> None:
        self._clear_secrets()
        super().reject()
