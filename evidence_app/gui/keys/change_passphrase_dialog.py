"""Change the passphrase: the current one, then the new one twice.

Only the small key file is rewritten, so it is instant whatever the size of the
vault, and the recovery key keeps working. After the vault was opened with the
recovery key, the current passphrase is not asked (it may be lost). The key
derivation runs through `tasks`.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, QTimer, Slot
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from evidence_app.domain.errors import WrongSecret
from evidence_app.gui.common import messages, tasks
from evidence_app.gui.common.dialog_parts import (
    DownScroll,
    fit_to_what_it_holds,
    free_area,
    name_fields_after_labels,
    ok_cancel,
    set_busy,
    show_problem,
    status_label,
    unscrolled_height,
)
from evidence_app.gui.common.secret_field import make_secret
from evidence_app.gui.keys.new_passphrase import NewPassphraseFields
from evidence_app.vault.service import VaultService

log = logging.getLogger(__name__)

_WIDTH = 560  # pixels, at the normal text size


class ChangePassphraseDialog(QDialog):
    """Asks for the old and new passphrase and rewraps the vault's key."""

    def __init__(
        self, service: VaultService, *, ask_old: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._ask_old = ask_old
        self._busy = False
        self.changed = False
        self.leftovers: list[str] = []  # what could not be tidied after the change took effect
        self.setMinimumWidth(480)

        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.old = make_secret(QLineEdit())
        self.old.setObjectName("old_passphrase")
        self.old_label = QLabel()
        old_row = QFormLayout()
        old_row.addRow(self.old_label, self.old)
        self.old_label.setVisible(ask_old)
        self.old.setVisible(ask_old)
        self.fields = NewPassphraseFields()
        self.status = status_label()
        self.buttons, self.ok_button, self.cancel_button = ok_cancel(self, self._try_change)

        inside = QWidget()
        inner = QVBoxLayout(inside)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(self.intro)
        inner.addLayout(old_row)
        inner.addWidget(self.fields)
        inner.addStretch()
        # Where the screen is too short (text 200 % above a task bar) the words and fields
        # scroll, the message and the buttons below them in sight: the fields were squeezed.
        self._area = DownScroll(inside)
        layout = QVBoxLayout(self)
        layout.addWidget(self._area, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.retranslate()
        # Wide enough for the check box and the button beside it, with bigger text too, and
        # as high as its words and fields, as far as the screen allows.
        fit_to_what_it_holds(self, self._area, _WIDTH)
        inside.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._area.widget() and event.type() == QEvent.Type.LayoutRequest:
            QTimer.singleShot(0, self, self._grow)  # once its layout is done
        return super().eventFilter(watched, event)

    def _grow(self) -> None:
        """Higher as its words grow (a problem said, a suggestion's hint), as far as the
        screen allows: they scroll only where the screen is too short."""
        wanted = unscrolled_height(self, self._area, self.width())
        free = free_area(self)
        if free is not None:
            wanted = min(wanted, free.height())
        if wanted > self.height():
            self.resize(self.width(), wanted)

    def run(self) -> bool:
        """Show the dialog; whether the passphrase was changed."""
        try:
            self.exec()
            return self.changed
        finally:
            self._clear_secrets()

    def retranslate(self) -> None:
        # Named for what it does, as every other window: the task bar and a screen reader
        # say it (it said only "Bewijskluis", as the main window does).
        self.setWindowTitle(self.tr("Change passphrase"))
        self.old_label.setText(self.tr("Current passphrase:"))
        self.old.setAccessibleDescription(self.tr("The passphrase that opens your vault now."))
        if self._ask_old:
            self.intro.setText(
                self.tr(
                    "Choose a new passphrase. Your recovery key stays the same and keeps working."
                )
            )
        else:
            self.intro.setText(
                self.tr(
                    "You opened the vault with your recovery key. Choose a new passphrase "
                    "to use from now on. Your recovery key stays the same."
                )
            )
        self.ok_button.setText(self.tr("Change passphrase"))
        self.cancel_button.setText(self.tr("Cancel"))
        name_fields_after_labels(self)
        if self._busy:
            self.status.setText(self._busy_text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _busy_text(self) -> str:
        return self.tr("Changing… this takes a second.")

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        focus = self.old if self._ask_old else self.fields.first
        set_busy(self, busy, self.ok_button, (self.old, self.fields), focus)

    def _show_error(self, text: str) -> None:
        show_problem(self.status, text)

    @Slot()
    def _try_change(self) -> None:
        if self._busy:
            return
        if self._ask_old and not self.old.text():
            self._show_error(self.tr("Please type your current passphrase."))
            return
        if self.fields.problem() is not None:
            self.fields.show_problem()
            self.status.clear()
            return
        service = self._service
        old = self.old.text() if self._ask_old else None
        new = self.fields.passphrase()
        self._set_busy(True)
        self.status.setStyleSheet("")
        self.status.setText(self._busy_text())
        tasks.run_task(
            lambda: service.change_passphrase(old, new),
            self._done,
            self._failed,
            context=self,
        )

    def _done(self, leftovers: list[str]) -> None:
        self._set_busy(False)
        self.changed = True
        self.leftovers = list(leftovers)
        self._clear_secrets()
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        if not isinstance(exc, messages.EXPECTED_ERRORS):
            log.error("unexpected error while changing the passphrase: %s", type(exc).__name__)
        if self._ask_old and isinstance(exc, WrongSecret):
            self.old.selectAll()
            self.old.setFocus()
            self._show_error(self.tr("Your current passphrase is not right. Try again."))
        else:
            self._show_error(messages.error_text(exc))

    def _clear_secrets(self) -> None:
        self.old.clear()
        self.fields.clear()

    def reject(self) -> None:
        self._clear_secrets()
        super().reject()
