"""The case's summary: what happened, in the person's own words (the dossier's first page)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from evidence_app.gui.common.dialog_parts import fit_to_screen
from evidence_app.gui.common.unsaved import AsksBeforeDropping

MAX_SUMMARY = 20_000  # characters: a few pages; the dossier prints it whole


class SummaryDialog(AsksBeforeDropping, QDialog):
    """Write or change the summary of a case; `text()` once accepted."""

    def __init__(self, case_name: str, summary: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._case_name = case_name
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.editor = QPlainTextEdit(summary)
        self.editor.setTabChangesFocus(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.buttons)
        self.retranslate()
        fit_to_screen(self, QSize(640, 460))

    def text(self) -> str:
        return self.editor.toPlainText().strip()[:MAX_SUMMARY]

    def _kept_state(self) -> object:
        return self.text()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def kept_where(self) -> str:
        return self.tr("the case's summary")  # its title names the case

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Summary of %1").replace("%1", self._case_name))
        self.intro.setText(
            self.tr(
                "Tell in your own words what happened, as you would to someone you trust. "
                "It is the first page of the dossier for the police. You can change it later."
            )
        )
        self.editor.setAccessibleName(self.tr("Summary"))
        self.editor.setPlaceholderText(
            self.tr("For example: who sent what, where it was shared, and since when.")
        )
        # A text box's placeholder is not said by a screen reader: the description says it.
        self.editor.setAccessibleDescription(self.editor.placeholderText())
