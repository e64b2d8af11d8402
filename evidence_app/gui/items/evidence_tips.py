"""A short tip beside the record form: what makes a screenshot strong evidence.

The advice follows the Flemish and Belgian guides for victims (Mediawijs,
slachtofferhulp, IGVM): the web address and the date and time in view, the
poster's name visible, overlapping screenshots for a long chat, and the
original never edited. The words are our own.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget


class EvidenceTips(QFrame):
    """A calm, short list of what makes a capture useful to the police."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("evidence_tips")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#evidence_tips { background: #f3f6f9; border-radius: 6px; }")
        self.text = QLabel()
        self.text.setObjectName("tips_text")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addStretch()
        self.retranslate()

    def tips(self) -> list[str]:
        return [
            self.tr(
                "Keep the web address in view: the browser's address bar, or in an app the "
                "name of the account or group."
            ),
            self.tr(
                "Let the date and time show: the clock of your screen, or the times of "
                "the messages."
            ),
            self.tr("Make sure the name or username of whoever posted or sent it can be read."),
            self.tr(
                "A long chat: take several screenshots that overlap a little, so that "
                "nothing is missing in between."
            ),
            self.tr(
                "Never crop, draw on or change a screenshot. Bewijskluis keeps the original; "
                "a copy with parts hidden is made only when you export."
            ),
            self.tr("Capture first, then report: a post you report may be taken down."),
        ]

    def title(self) -> str:
        return self.tr("What makes a screenshot strong evidence")

    def retranslate(self) -> None:
        title = html.escape(self.title())
        items = "".join(f"<li>{html.escape(tip)}</li>" for tip in self.tips())
        self.text.setText(f"<p><b>{title}</b></p><ul style='margin-left:-20px'>{items}</ul>")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
