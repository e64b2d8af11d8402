"""Two fields for a new passphrase, with a live strength hint and the minimum.

Used by the first-start setup and by "Change passphrase". The rules come from
`SetupFlow`; this widget only shows them. "Show the passphrase" lets the person
check what they typed (a long phrase is easy to mistype); clearing the fields
hides it again.

"Suggest a passphrase" fills both fields with five random words from a list in
the language the app speaks (`domain.wordlist`), shown in clear so that the person
can write them down, with a word on where to keep the paper.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, QRectF, QSize, Signal, Slot
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from evidence_app.domain import wordlist
from evidence_app.gui.common import contrast, messages
from evidence_app.gui.common.dialog_parts import name_fields_after_labels, say
from evidence_app.gui.common.secret_field import make_secret, show_secret
from evidence_app.gui.common.wrapping_choice import WrappingCheckBox
from evidence_app.gui.setup.setup_flow import EMPTY, MISMATCH, TOO_GUESSABLE, TOO_SHORT, SetupFlow


class StrengthMeter(QWidget):
    """A bar that fills and changes colour with the strength (0 to 4), for the eye only.

    Not a progress bar: a screen reader said a progress bar's value as "50 percent",
    which tells nothing. The words ("Strength: Good") are in the label under it and in
    the description of the passphrase's field, where a screen reader says them.
    """

    COLOURS = ("#a4262c", "#ca5010", "#c19c00", "#498205", "#107c10")
    MAXIMUM = 4

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value = 0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def value(self) -> int:
        return self._value

    def setValue(self, value: int) -> None:
        self._value = max(0, min(value, self.MAXIMUM))
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(120, 8)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QColor("#8a8a8a"))
        painter.setBrush(self.palette().base())
        whole = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.drawRoundedRect(whole, 3, 3)
        if self._value:
            filled = QRectF(whole)
            filled.setWidth(whole.width() * self._value / self.MAXIMUM)
            painter.setPen(QColor(self.COLOURS[self._value]))
            painter.setBrush(QColor(self.COLOURS[self._value]))
            painter.drawRoundedRect(filled, 3, 3)


class NewPassphraseFields(QWidget):
    """A new passphrase typed twice.

    Signals:
        changed(): either field changed; `problem()` may have a new answer.
    """

    changed = Signal()

    def __init__(self, flow: SetupFlow | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._flow = flow or SetupFlow()
        self.first = make_secret(QLineEdit())
        self.first.setObjectName("new_passphrase")
        self.second = make_secret(QLineEdit())
        self.second.setObjectName("new_passphrase_again")
        self.show_toggle = WrappingCheckBox()
        self.show_toggle.setObjectName("show_passphrase")
        self.show_toggle.toggled.connect(self._on_show)
        self.suggest_button = QPushButton()
        self.suggest_button.setObjectName("suggest_passphrase")
        self.suggest_button.clicked.connect(self.suggest)
        # Enter in a field means the dialog's OK, never "replace what I typed with a suggestion".
        self.suggest_button.setAutoDefault(False)
        self.suggestion_hint = QLabel()
        self.suggestion_hint.setObjectName("suggestion_hint")
        self.suggestion_hint.setWordWrap(True)
        self.suggestion_hint.setStyleSheet(
            "background: #eef4fa; border-left: 4px solid #2b4a66; padding: 6px 10px;"
        )
        self.suggestion_hint.hide()
        self.meter = StrengthMeter()
        self.strength_label = QLabel()
        self.minimum_label = QLabel()
        self.minimum_label.setWordWrap(True)
        self.problem_label = QLabel()
        self.problem_label.setWordWrap(True)
        self.problem_label.setObjectName("problem")
        self.problem_label.setStyleSheet(contrast.error_style())

        self._first_label = QLabel()
        self._second_label = QLabel()
        form = QFormLayout()
        # A field under its label where side by side is too wide (text 200 % on a small
        # screen, the setup's page beside its scroll bar).
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self._first_label, self.first)
        form.addRow(self._second_label, self.second)
        # Each on a line of its own: side by side, the check box's words went on to a second
        # line beside the button at text 200 %, in the height of one.
        form.addRow("", self.show_toggle)
        suggest = QHBoxLayout()
        suggest.addWidget(self.suggest_button)
        suggest.addStretch()
        form.addRow("", suggest)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.minimum_label)
        layout.addLayout(form)
        layout.addWidget(self.meter)
        layout.addWidget(self.strength_label)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.suggestion_hint)

        self.first.textChanged.connect(self._on_changed)
        self.second.textChanged.connect(self._on_changed)
        self.retranslate()
        self._on_changed()

    def retranslate(self) -> None:
        self._first_label.setText(self.tr("New passphrase:"))
        self._second_label.setText(self.tr("Type it again:"))
        self.show_toggle.setText(self.tr("Show the passphrase"))
        self.suggest_button.setText(self.tr("Suggest a passphrase"))
        self.suggest_button.setAccessibleName(self.tr("Suggest a passphrase"))
        self.suggest_button.setAccessibleDescription(
            self.tr("Fills in both fields with a few random words that you can write down.")
        )
        self.suggestion_hint.setText(
            self.tr(
                "Write your passphrase down and keep the paper somewhere safe, away from "
                "this computer. Type it with a space between the words. You can also change "
                "a word, or choose your own."
            )
        )
        self.minimum_label.setText(
            self.tr(
                "Choose at least %n characters. A few words that only you would put "
                "together are easy to remember and hard to guess.",
                "",
                self._flow.min_length,
            )
        )
        self.second.setAccessibleDescription(
            self.tr("The same passphrase again, to be sure it is the one you meant.")
        )
        self._show_strength()
        name_fields_after_labels(self)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def passphrase(self) -> str:
        return self.first.text()

    def problem(self) -> str | None:
        return self._flow.passphrase_problem(self.first.text(), self.second.text())

    def problem_text(self) -> str:
        """What stops the person from going on, in words (empty when nothing does)."""
        problem = self.problem()
        if problem == TOO_SHORT:
            return messages.too_short(self._flow.min_length)
        if problem == TOO_GUESSABLE:
            return messages.too_guessable()
        if problem == MISMATCH and self.second.text():
            return self.tr("The two passphrases are not the same yet.")
        return ""

    def show_problem(self) -> None:
        """Show why the passphrase cannot be used (after the person tried to go on), and
        have screen readers say it at once: nothing else tells of it."""
        problem = self.problem()
        if problem == EMPTY:
            text = self.tr("Please choose a passphrase.")
        elif problem == MISMATCH and not self.second.text():
            text = self.tr("Please type your passphrase a second time.")
        else:
            text = self.problem_text()
        say(self.problem_label, text, urgent=True)

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()
        self.problem_label.clear()
        self.show_toggle.setChecked(False)
        self.suggestion_hint.hide()

    @Slot()
    def suggest(self) -> None:
        """Fill both fields with random words in the app's language, shown in clear."""
        # The app's language is the default locale (`i18n.Translations.switch`).
        suggestion = wordlist.generate_passphrase(QLocale().name())
        self.first.setText(suggestion)
        self.second.setText(suggestion)
        self.show_toggle.setChecked(True)
        self.suggestion_hint.show()

    @Slot(bool)
    def _on_show(self, shown: bool) -> None:
        for field in (self.first, self.second):
            show_secret(field, shown)

    def _show_strength(self) -> None:
        text = self.first.text()
        score = self._flow.strength(text)
        self.meter.setValue(score if text else 0)
        strength = (
            self.tr("Strength: %1").replace("%1", messages.strength_word(score)) if text else ""
        )
        self.strength_label.setText(strength)
        # What a screen reader says with the field: how strong what is typed is, then the
        # minimum. Orca says it again when the strength changes while the person types
        # (set only then: each change goes on the accessibility bus).
        minimum = self.minimum_label.text()
        description = f"{strength}. {minimum}" if strength else minimum
        if self.first.accessibleDescription() != description:
            self.first.setAccessibleDescription(description)

    @Slot()
    def _on_changed(self) -> None:
        self._show_strength()
        # Only a mismatch or a too-short passphrase is worth saying while typing,
        # and only once the second field has something in it.
        self.problem_label.setText(self.problem_text() if self.second.text() else "")
        self.changed.emit()
