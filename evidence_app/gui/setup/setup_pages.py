"""The pages of the first-start setup (see `setup_wizard.SetupWizard`).

Welcome -> passphrase (creates the vault; no way back after it) -> the recovery
key, shown once -> two of its groups asked back.

The welcome page has a calm note for young people: keeping an intimate picture
of someone under 18 can be against the law, even your own; the web address,
the account and what happened can be noted instead, and Child Focus helps
(116 000, free, day and night; facts from the Mediawijs and IGVM guides). The
passphrase and key pages say plainly that losing both the passphrase and the
recovery key means nobody can open the vault.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal, Slot
from PySide6.QtGui import QFont, QFontDatabase, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from evidence_app.gui.common import contrast, i18n
from evidence_app.gui.common.dialog_parts import (
    DownScroll,
    name_fields_after_labels,
    show_problem,
)
from evidence_app.gui.common.wrapping_choice import WrappingCheckBox
from evidence_app.gui.guide.about_you import AboutYouForm
from evidence_app.gui.keys.new_passphrase import NewPassphraseFields
from evidence_app.gui.setup.setup_flow import SetupFlow


def _wrapped_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def both_lost_text() -> str:
    """What happens when both secrets are gone, said the same way on both pages."""
    return QCoreApplication.translate(
        "SetupPages",
        "If you lose both your passphrase and your recovery key, nobody can open the "
        "vault again: not you, not the police, not even the makers of Bewijskluis.",
    )


class _Page(QWizardPage):
    """A page that retranslates itself when the language changes.

    Its widgets go in `content`, which scrolls: on a small screen, or at 150 % scale,
    a page is shorter than its words, and the wizard's buttons must stay in sight.
    """

    def __init__(self) -> None:
        super().__init__()
        self.content = QWidget()
        # Tab goes to its controls; as wide as its widest row beside its scroll bar, which
        # (as a plain scroll area) cut off the fields at the right when the bar came.
        scroll = DownScroll(self.content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        raise NotImplementedError


class WelcomePage(_Page):
    """What the app does, in plain words, a choice of language, and where the person lives
    (for the help the app shows: Belgium or the Netherlands).

    Signals:
        language_chosen(code): the person picked another language.
        country_chosen(code): the person picked another country ("BE" or "NL").
    """

    language_chosen = Signal(str)
    country_chosen = Signal(str)

    def __init__(self, current_language: str, current_country: str = "BE") -> None:
        super().__init__()
        self.body = _wrapped_label()
        self.minors_note = _wrapped_label()
        self.minors_note.setObjectName("minors_note")
        self.minors_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.minors_note.setStyleSheet(
            "background: #eef4fa; border-left: 4px solid #2b4a66; padding: 8px 10px;"
        )
        self.language_label = QLabel()
        self.language = QComboBox()
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(current_language)))
        self.language.currentIndexChanged.connect(self._on_language)
        self.country_label = QLabel()
        self.country = QComboBox()
        self.country.addItem("", "BE")
        self.country.addItem("", "NL")
        self.country.setCurrentIndex(max(0, self.country.findData(current_country)))
        self.country.currentIndexChanged.connect(
            lambda index: self.country_chosen.emit(str(self.country.itemData(index)))
        )
        self.language_label.setBuddy(self.language)
        self.country_label.setBuddy(self.country)
        row = QHBoxLayout()
        row.addWidget(self.language_label)
        row.addWidget(self.language)
        row.addSpacing(16)
        row.addWidget(self.country_label)
        row.addWidget(self.country)
        row.addStretch()
        layout = QVBoxLayout(self.content)
        layout.addWidget(self.body)
        layout.addWidget(self.minors_note)
        layout.addStretch()
        layout.addLayout(row)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Welcome to Bewijskluis"))
        self.body.setText(
            self.tr(
                "Bewijskluis keeps your evidence safe: screenshots, pictures and files that "
                "show what happened to you, with the date, the time and where you found them.\n\n"
                "Everything stays on this computer, locked with a passphrase that only you "
                "know. Nothing is sent anywhere. Nobody sees it unless you show it.\n\n"
                "Later, you can show it to the police or to someone you trust, in a form "
                "that proves nothing was changed.\n\n"
                "Setting up takes two minutes."
            )
        )
        self.minors_note.setText(
            self.tr(
                "Are you under 18 and do the pictures show you? You did nothing wrong. "
                "Keeping the picture itself can be against the law, even on your own "
                "computer, so you do not have to keep it: you can write down only the web "
                "address, the account that posted it and what happened. Child Focus can "
                "help you with this: call 116 000, free, day and night."
            )
        )
        self.language_label.setText(self.tr("Language:"))
        self.country_label.setText(self.tr("Where do you live?"))
        self.country.setItemText(0, self.tr("Belgium"))
        self.country.setItemText(1, self.tr("The Netherlands"))
        self.country.setAccessibleDescription(
            self.tr("Bewijskluis shows the organisations that help in this country.")
        )

    @Slot(int)
    def _on_language(self, index: int) -> None:
        self.language_chosen.emit(str(self.language.itemData(index)))


class AboutYouPage(_Page):
    """Who uses the app, and whether the pictures show someone under 18 (`gui.guide.about_you`)."""

    def __init__(self) -> None:
        super().__init__()
        self.form = AboutYouForm()
        layout = QVBoxLayout(self.content)
        layout.addWidget(self.form)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("About you"))
        self.setSubTitle(
            self.tr(
                "So that Bewijskluis can speak to you in the right words. You can change it later."
            )
        )


class PassphrasePage(_Page):
    """Choose the passphrase; going on creates the vault (in the background).

    `create` is called with the passphrase and must start the work; the wizard
    calls `creation_finished` when it is done.
    """

    def __init__(self, flow: SetupFlow, create: Callable[[str], None]) -> None:
        super().__init__()
        self._create = create
        self._busy = False
        self._created = False
        self.validating = False
        self.body = _wrapped_label()
        self.fields = NewPassphraseFields(flow)
        self.lost_note = _wrapped_label()
        self.lost_note.setObjectName("lost_note")
        self.lost_note.setStyleSheet("font-weight: bold;")
        self.status = _wrapped_label()
        layout = QVBoxLayout(self.content)
        layout.addWidget(self.body)
        layout.addWidget(self.fields)
        layout.addWidget(self.lost_note)
        layout.addStretch()
        layout.addWidget(self.status)
        self.setCommitPage(True)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Choose a passphrase"))
        self.body.setText(
            self.tr(
                "Your passphrase locks the vault. Do not use it anywhere else, and do not "
                "tell it to anyone you do not trust completely."
            )
        )
        self.lost_note.setText(both_lost_text())
        if self._busy:
            self.status.setText(self._busy_text())

    def _busy_text(self) -> str:
        return self.tr("Making your vault… this takes a few seconds.")

    def validatePage(self) -> bool:
        if self._created:
            return True
        if self._busy:
            return False
        if self.fields.problem() is not None:
            self.fields.show_problem()
            return False
        self._busy = True
        self.fields.setEnabled(False)
        self.status.setStyleSheet("")
        self.status.setText(self._busy_text())
        self.validating = True
        try:
            self._create(self.fields.passphrase())
        finally:
            self.validating = False
        # With synchronous tasks (tests) the vault exists already.
        return self._created

    def creation_finished(self, error: str | None) -> None:
        """The vault was created (error None) or could not be (error says why)."""
        self._busy = False
        self.fields.setEnabled(True)
        if error is None:
            self._created = True
            self.fields.clear()
            self.status.clear()
        else:
            show_problem(self.status, error)


class RecoveryKeyPage(_Page):
    """The recovery key, shown this once, to write down or print."""

    def __init__(self, flow: SetupFlow) -> None:
        super().__init__()
        self._flow = flow
        self.body = _wrapped_label()
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(18)
        self.group_labels: list[QLabel] = []
        self.print_button = QPushButton()
        self.print_button.clicked.connect(self._print)
        self.kept = WrappingCheckBox()
        self.kept.toggled.connect(self.completeChanged)
        # A stop of Tab's, which a screen reader says whole: the groups are labels, which
        # it never reached, and Orca said nothing of the key at all.
        self.key_box = key_box = QFrame()
        key_box.setObjectName("recovery_key")
        key_box.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        key_box.setLayout(self.grid)
        ring = contrast.ring_color(key_box.palette()).name()
        key_box.setStyleSheet(
            "QFrame#recovery_key { background: palette(button); border-radius: 6px;"
            " border: 2px solid transparent; }"
            f" QFrame#recovery_key:focus {{ border-color: {ring}; }}"  # where Tab is, seen
            " QFrame#recovery_key QLabel { background: transparent; }"
        )
        layout = QVBoxLayout(self.content)
        layout.addWidget(self.body)
        layout.addWidget(key_box)
        row = QHBoxLayout()
        row.addWidget(self.print_button)
        row.addStretch()
        layout.addLayout(row)
        layout.addStretch()
        layout.addWidget(self.kept)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Your recovery key"))
        self.body.setText(
            self.tr(
                "If you ever forget your passphrase, this recovery key opens your vault. "
                "It is shown only now. Write it on paper or print it, and keep it somewhere "
                "safe, away from this computer. Do not take a photo of it with your phone."
            )
            + "\n\n"
            + both_lost_text()
        )
        self.print_button.setText(self.tr("Print…"))
        self.print_button.setAccessibleDescription(
            self.tr("Prints your recovery key on paper, to keep somewhere safe.")
        )
        self.kept.setText(self.tr("I wrote down or printed my recovery key and keep it safe."))
        self._describe_the_key()

    def _describe_the_key(self) -> None:
        """The key in words for a screen reader: each group by its number, its characters
        apart, so that they are spelled ("Group 1: 3 F 2 A.")."""
        self.key_box.setAccessibleName(self.tr("Your recovery key"))
        self.key_box.setAccessibleDescription(
            " ".join(
                self.tr("Group %1: %2.").replace("%1", str(number)).replace("%2", " ".join(group))
                for number, group in enumerate(self._flow.groups(), start=1)
            )
        )

    def initializePage(self) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.group_labels = []
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSize(max(mono.pointSize(), 10) + 8)
        mono.setWeight(QFont.Weight.DemiBold)
        for index, group in enumerate(self._flow.groups()):
            number = QLabel(str(index + 1))
            number.setStyleSheet("color: #666;")
            number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            label = QLabel(group)
            label.setFont(mono)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            row, column = divmod(index, 4)
            self.grid.addWidget(number, row, column * 2)
            self.grid.addWidget(label, row, column * 2 + 1)
            self.group_labels.append(label)
        self._describe_the_key()

    def forget(self) -> None:
        """Take the key off the page, and out of what a screen reader is told (once the
        flow has forgotten it)."""
        for label in self.group_labels:
            label.clear()
        self._describe_the_key()

    def isComplete(self) -> bool:
        return self.kept.isChecked()

    def document(self) -> QTextDocument:
        """The page to print: the key in its numbered groups, and what it is for."""
        cells = "".join(
            f"<td style='padding:8px'><small>{i + 1}</small> "
            f"<span style='font-family:monospace;font-size:20pt'>{group}</span></td>"
            + ("</tr><tr>" if i % 4 == 3 else "")
            for i, group in enumerate(self._flow.groups())
        )
        title = self.tr("Bewijskluis recovery key")
        note = self.tr(
            "This key opens your vault if you forget your passphrase. Keep this paper safe."
        )
        doc = QTextDocument()
        doc.setHtml(f"<h2>{title}</h2><p>{note}</p><table><tr>{cells}</tr></table>")
        return doc

    @Slot()
    def _print(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.document().print_(printer)


class CheckKeyPage(_Page):
    """Two groups of the key asked back, to be sure it was really written down."""

    def __init__(self, flow: SetupFlow) -> None:
        super().__init__()
        self._flow = flow
        self.body = _wrapped_label()
        self.answers = [QLineEdit(), QLineEdit()]
        self.answer_labels = [QLabel(), QLabel()]
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        mono.setPointSize(max(mono.pointSize(), 10) + 4)
        form = QFormLayout()
        for label, answer in zip(self.answer_labels, self.answers, strict=True):
            answer.setMaxLength(9)
            answer.setFont(mono)
            answer.setFixedWidth(120)
            answer.textChanged.connect(self._on_typed)
            form.addRow(label, answer)
        self.problem_label = _wrapped_label()
        self.problem_label.setStyleSheet(contrast.error_style())
        layout = QVBoxLayout(self.content)
        layout.addWidget(self.body)
        layout.addLayout(form)
        layout.addWidget(self.problem_label)
        layout.addStretch()
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Check your recovery key"))
        self.body.setText(
            self.tr(
                "Look at what you wrote down or printed, and type the two groups we ask for. "
                "This makes sure you can use it when you need it."
            )
        )
        numbers = self._flow.asked_numbers() or (0, 0)
        for label, number in zip(self.answer_labels, numbers, strict=True):
            label.setText(self.tr("Group %1:").replace("%1", str(number)))
        name_fields_after_labels(self)

    def initializePage(self) -> None:
        for answer in self.answers:
            answer.clear()
        self.problem_label.clear()
        self.retranslate()

    @Slot()
    def _on_typed(self) -> None:
        self.problem_label.clear()

    def validatePage(self) -> bool:
        matches = self._flow.answers_match([answer.text() for answer in self.answers])
        if all(matches):
            return True
        wrong = [
            str(n) for n, ok in zip(self._flow.asked_numbers(), matches, strict=True) if not ok
        ]
        if len(wrong) == 1:
            text = self.tr("Group %1 does not match.").replace("%1", wrong[0])
        else:
            text = self.tr("Groups %1 and %2 do not match.")
            text = text.replace("%1", wrong[0]).replace("%2", wrong[1])
        hint = self.tr(
            "Look again at what you wrote down. If you did not keep the key, go back: "
            "it is still shown there."
        )
        show_problem(self.problem_label, f"{text} {hint}")
        return False
