"""Ready texts to others (`export.others_text`): a stop message to the one who shared
the pictures, a message to friends who received them, a parent's letter to the school.

Filled from the case where it can be (the helper's name, the person who posted), in
the language chosen, to change, copy or print. The app sends nothing. A copied text
leaves the clipboard at a lock, like a report's.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Slot
from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from evidence_app.domain.guide import Profile, Role
from evidence_app.domain.model import Person
from evidence_app.export.others_text import Kind, Names, others_text
from evidence_app.gui.cases.report_editor import LANGUAGES, copy_private
from evidence_app.gui.common import i18n, messages, tasks
from evidence_app.gui.common.dialog_parts import fit_to_screen
from evidence_app.vault.service import VaultService


class MessagesDialog(QDialog):
    """Ready texts for the case `case_id`."""

    def __init__(
        self,
        service: VaultService,
        case_id: int,
        case_name: str,
        parent: QWidget | None = None,
        *,
        language: str = "nl",
        kind: Kind = Kind.STOP,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ready_texts")
        self._service = service
        self._case_id = case_id
        self._case_name = case_name
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.kind = QComboBox()
        for value in Kind:
            self.kind.addItem("", value.value)
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind.value)))
        self.language = QComboBox()
        for code in LANGUAGES:
            self.language.addItem(i18n.LANGUAGES[code], code)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.recipient = QLineEdit()
        self.sender_name = QLineEdit()
        self.child = QLineEdit()
        self.contact = QLineEdit()
        self.form = QFormLayout()
        # A field goes under its label where the two do not fit side by side (big text on
        # a small screen, a long language).
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.labels: dict[QWidget, QLabel] = {}
        for field in (
            self.kind,
            self.language,
            self.recipient,
            self.sender_name,
            self.child,
            self.contact,
        ):
            label = QLabel()
            label.setBuddy(field)
            self.labels[field] = label
            self.form.addRow(label, field)
        self.text = QPlainTextEdit()
        self.text.setObjectName("ready_text")
        self.text.setTabChangesFocus(True)  # Tab goes on to the buttons, as everywhere
        self._helper = ""  # a helper's name: the parent's letter is signed with it
        self._filling = False
        self.edited = False  # the person changed the text: the fields no longer rewrite it
        self.text.textChanged.connect(self._on_edit)
        self.rewrite_button = QPushButton()
        self.rewrite_button.clicked.connect(self.rewrite)
        self.rewrite_button.hide()
        self.said = QLabel()
        self.said.setWordWrap(True)
        self.copy_button = QPushButton()
        self.copy_button.clicked.connect(self.copy_text)
        self.print_button = QPushButton()
        self.print_button.clicked.connect(self.print_text)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.rewrite_button)
        buttons.addStretch()
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.said)
        layout.addLayout(buttons)
        for box in (self.kind, self.language):
            box.currentIndexChanged.connect(self.fill)
        for field in (self.recipient, self.sender_name, self.child, self.contact):
            field.textEdited.connect(self.fill)
        self.retranslate()
        fit_to_screen(self, QSize(720, 620))
        self.fill()
        self._read()

    def _read(self) -> None:
        service, case_id = self._service, self._case_id

        def read() -> tuple[Profile, list[Person]]:
            return service.profile(), service.persons(case_id)

        tasks.run_task(read, lambda found: self._prefill(*found), self._failed, context=self)

    def _prefill(self, profile: Profile, persons: list[Person]) -> None:
        if profile.role is Role.HELPER:
            self._helper = profile.helper_name
        named = [p.name for p in persons if p.name.strip()]
        if named and not self.recipient.text():
            self.recipient.setText(named[0])
        self.fill()

    def chosen(self) -> Kind:
        return Kind(str(self.kind.currentData()))

    def _on_edit(self) -> None:
        if not self._filling and not self.edited:
            self.edited = True
            self.rewrite_button.show()

    @Slot()
    def rewrite(self) -> None:
        """Write the text again from the fields, leaving out what the person changed."""
        self.edited = False
        self.rewrite_button.hide()
        self.fill()

    @Slot()
    def fill(self) -> None:
        kind = self.chosen()
        # The messages to others are in the person's own voice: a helper's name signs only
        # the parent's letter.
        if kind is Kind.SCHOOL and self._helper and not self.sender_name.text():
            self.sender_name.setText(self._helper)
        elif kind is not Kind.SCHOOL and self._helper and self.sender_name.text() == self._helper:
            self.sender_name.clear()
        for field, shown in (
            (self.recipient, kind is Kind.STOP),
            (self.child, kind is Kind.SCHOOL),
            (self.contact, kind is Kind.SCHOOL),
        ):
            self.form.setRowVisible(field, shown)
        names = Names(
            sender=self.sender_name.text(),
            recipient=self.recipient.text(),
            child=self.child.text(),
            contact=self.contact.text(),
        )
        if self.edited:
            return
        subject, body = others_text(kind, str(self.language.currentData()), names)
        self._filling = True
        self.text.setPlainText(f"{subject}\n\n{body}" if subject else body)
        self._filling = False
        self.said.clear()

    @Slot()
    def copy_text(self) -> None:
        copy_private(self.text.toPlainText())
        self.said.setText(self.tr("The text is copied. Paste it where you want to send it."))

    @Slot()
    def print_text(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            QTextDocument(self.text.toPlainText()).print_(printer)

    def _failed(self, exc: BaseException) -> None:
        if not isinstance(exc, messages.EXPECTED_ERRORS):
            raise exc
        self.said.setText(messages.error_text(exc))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Ready texts: %1").replace("%1", self._case_name))
        self.intro.setText(
            self.tr(
                "A text to send yourself, by chat, mail or on paper. Change it as you like. "
                "Bewijskluis sends nothing. Only write to the one who shared the pictures if "
                "you feel safe."
            )
        )
        names = {
            Kind.STOP: self.tr("To the one who shared the pictures: stop"),
            Kind.FRIENDS: self.tr("To friends who received them: delete them"),
            Kind.SCHOOL: self.tr("A parent’s letter to the school"),
        }
        for index in range(self.kind.count()):
            self.kind.setItemText(index, names[Kind(str(self.kind.itemData(index)))])
        labels = (
            (self.kind, self.tr("Text:")),
            (self.language, self.tr("Language of the text:")),
            (self.recipient, self.tr("Their name:")),
            (self.sender_name, self.tr("Your name:")),
            (self.child, self.tr("Your child’s name:")),
            (self.contact, self.tr("How the school can reach you:")),
        )
        for field, text in labels:
            self.labels[field].setText(text)
            field.setAccessibleName(text.rstrip(": ").rstrip(":"))
        self.text.setAccessibleName(self.tr("The text to send"))
        self.text.setAccessibleDescription(
            self.tr("Change it as you like before you copy or print it.")
        )
        self.copy_button.setText(self.tr("Copy"))
        self.copy_button.setAccessibleDescription(
            self.tr(
                "Copies the text, to paste it in a chat or an e-mail. It leaves the clipboard "
                "when the vault locks."
            )
        )
        self.rewrite_button.setText(self.tr("Write it again from the fields"))
        self.rewrite_button.setAccessibleDescription(
            self.tr("Writes the text again from the fields above. What you changed in it is lost.")
        )
        self.print_button.setText(self.tr("Print…"))
        self.print_button.setAccessibleDescription(self.tr("Prints the text on paper."))
        self.close_button.setText(self.tr("Close"))
        self.close_button.setAccessibleDescription(
            self.tr("Closes this window. The text is not kept: copy or print it first.")
        )
