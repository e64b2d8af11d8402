"""Write down a report to a platform, or change one; and record an answer to it.

The left side says what was reported, where and how; the right side holds the text
sent, with a ready text (nl, fr, en) built from the record for the person to copy
into the platform's form. The app sends nothing: it shows where to report (an
address from `resources/platforms/report.json`, with the date it was checked).
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QEvent, QSize, Slot
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from evidence_app.domain import event_time
from evidence_app.domain.errors import BadInput
from evidence_app.domain.platforms import platform_info
from evidence_app.domain.report import REPORT_PLATFORMS, Channel, Report, ReportStatus
from evidence_app.domain.web import validate_url
from evidence_app.export.report_text import Sender, ready_text
from evidence_app.gui.cases.report_words import asks_text, channel_name, platform_name, status_name
from evidence_app.gui.common import contrast
from evidence_app.gui.common.dialog_parts import (
    DownScroll,
    LinkLabel,
    fit_to_screen,
    name_fields_after_labels,
    say,
    show_problem,
    side_by_side_if_room,
)
from evidence_app.gui.common.event_time_edit import EventTimeEdit
from evidence_app.gui.common.timefmt import event_text
from evidence_app.gui.common.unsaved import AsksBeforeDropping
from evidence_app.gui.common.wrapping_choice import WrappingCheckBox
from evidence_app.gui.items.item_picker import ItemField, ItemPicker
from evidence_app.gui.items.item_source import ItemSource

LANGUAGES = ("nl", "fr", "en")


# The last report text put on the clipboard: taken off again at a lock (it names the
# reported addresses, and perhaps the person's name and e-mail).
_copied: dict[str, str] = {}


def forget_copied_text() -> None:
    """Clear the clipboard if it still holds the report text this app put there."""
    text = _copied.pop("text", None)
    clipboard = QGuiApplication.clipboard()
    if text is not None and clipboard is not None and clipboard.text() == text:
        clipboard.clear()


def copy_private(text: str) -> None:
    """Put a ready text on the clipboard, to be taken off again at a lock."""
    clipboard = QGuiApplication.clipboard()
    if clipboard is not None:
        _copied["text"] = text
        clipboard.setText(text)


class ReportEditor(AsksBeforeDropping, QDialog):
    """A new report (`report` None) or a change to one; `values()` once accepted."""

    def __init__(
        self,
        report: Report | None,
        source: ItemSource,
        case_id: int,
        parent: QWidget | None = None,
        *,
        chosen_items: tuple[int, ...] = (),
        language: str = "nl",
    ) -> None:
        super().__init__(parent)
        self._new = report is None
        self._report = report
        self.platform = QComboBox()
        for key in REPORT_PLATFORMS:
            self.platform.addItem(platform_name(key), key)
        self.platform.currentIndexChanged.connect(self._show_where)
        self.where = LinkLabel()
        self.where.setOpenExternalLinks(True)  # the person's browser, on the person's click
        self.channel = QComboBox()
        self.channel.addItem("", "")
        for channel in Channel:
            self.channel.addItem(channel_name(channel), channel.value)
        self.via = QLineEdit()
        self.urls = QPlainTextEdit()
        self.urls.setTabChangesFocus(True)
        self.urls.setMaximumHeight(70)
        # The case's items are listed, sorted and searched by the vault, a page at a time:
        # a case of 100,000 items opens as fast as one of ten.
        chosen = report.item_ids if report is not None else chosen_items
        self.items = ItemPicker(source, case_id, chosen)
        self.items.setMinimumHeight(180)
        self.receipt = ItemField(source, case_id)
        self.sent = EventTimeEdit()
        self.status = QComboBox()
        for status in ReportStatus:
            self.status.addItem(status_name(status), status.value)
        self.ticket = QLineEdit()
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.language = QComboBox()
        for lang, name in zip(LANGUAGES, ("Nederlands", "Français", "English"), strict=True):
            self.language.addItem(name, lang)
        self.language.setCurrentIndex(max(LANGUAGES.index(language), 0))
        self.sender_name = QLineEdit()
        self.sender_email = QLineEdit()
        self.minor = WrappingCheckBox()
        self.fill_button = QPushButton()
        self.fill_button.clicked.connect(self.fill_ready_text)
        self.copy_button = QPushButton()
        self.copy_button.clicked.connect(self.copy_text)
        self.save_button = QPushButton()
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self._save)
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.reject)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(contrast.error_style())

        # Narrow enough for a 1366×768 screen at 150 %: the lists shrink, their entries are
        # shown whole when opened.
        for box in (self.platform, self.channel, self.status, self.language):
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            box.setMinimumContentsLength(12)
        self.form = QFormLayout()
        self.labels = [QLabel() for _ in range(9)]
        # The items get the form's whole width, below the addresses: a list with columns.
        self.items_label = QLabel()
        self.items_label.setBuddy(self.items.view)
        rows = zip(
            self.labels,
            (
                self.platform,
                self.where,
                self.urls,
                self.channel,
                self.via,
                self.sent,
                self.status,
                self.ticket,
                self.receipt,
            ),
            strict=True,
        )
        # Added in the order they are read: Tab follows the order they come into the window.
        for number, (label, field) in enumerate(rows):
            if number == 3:
                self.form.addRow(self.items_label)
                self.form.addRow(self.items)
            self.form.addRow(label, field)
        left_inside = QWidget()
        stacked = QVBoxLayout(left_inside)
        stacked.setContentsMargins(0, 0, 0, 0)
        stacked.addLayout(self.form)
        stacked.addStretch()  # the rows keep their height; the space goes below them
        self.text_box = QGroupBox()
        text_form = QFormLayout()
        self.text_labels = [QLabel() for _ in range(3)]
        for label, field in zip(
            self.text_labels, (self.language, self.sender_name, self.sender_email), strict=True
        ):
            text_form.addRow(label, field)
        text_form.addRow(self.minor)
        tools = QHBoxLayout()
        tools.addWidget(self.fill_button)
        tools.addWidget(self.copy_button)
        tools.addStretch()
        self.text_note = QLabel()
        self.text_note.setWordWrap(True)
        right = QVBoxLayout(self.text_box)
        right.addLayout(text_form)
        right.addLayout(tools)
        right.addWidget(self.text, 1)
        right.addWidget(self.text_note)
        # Side by side; one above the other when the screen is too narrow for both. On a
        # small screen (or at a large scale, or with big text) they scroll, as one: the
        # buttons stay in view.
        content = QWidget()
        self.columns = QBoxLayout(QBoxLayout.Direction.LeftToRight, content)
        self.columns.setContentsMargins(0, 0, 0, 0)
        self.columns.addWidget(left_inside, 3)
        self.columns.addWidget(self.text_box, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(self.problem, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(DownScroll(content), 1)
        layout.addLayout(buttons)
        if report is not None:
            self._select(self.platform, report.platform)
            self._select(self.channel, report.channel)
            self._select(self.status, report.status)
            self.receipt.set_item(report.confirmation_item_id)
            self.via.setText(report.via)
            self.urls.setPlainText("\n".join(report.urls))
            self.sent.set_value(report.sent())
            self.ticket.setText(report.ticket)
            self.text.setPlainText(report.text)
        self.retranslate()
        fit_to_screen(self, QSize(1100, 660))

    @staticmethod
    def _select(box: QComboBox, data: object) -> None:
        index = box.findData(data)
        if index >= 0:
            box.setCurrentIndex(index)

    # -- what it holds ------------------------------------------------------------

    def url_list(self) -> list[str]:
        return [line.strip() for line in self.urls.toPlainText().splitlines() if line.strip()]

    def chosen_items(self) -> list[int]:
        return self.items.chosen()

    def _kept_state(self) -> object:
        return self.values()

    def values(self) -> dict[str, Any]:
        """The fields of `domain.report.REPORT_FIELDS` and the platform."""
        return {
            "platform": str(self.platform.currentData()),
            "channel": str(self.channel.currentData() or ""),
            "via": self.via.text().strip(),
            "urls": self.url_list(),
            "item_ids": self.chosen_items(),
            "sent_at": self.sent.value().at,
            "status": str(self.status.currentData()),
            "ticket": self.ticket.text().strip(),
            "confirmation_item_id": self.receipt.item_id(),
            "text": self.text.toPlainText().strip(),
        }

    def draft(self) -> Report:
        """The record as it stands in the editor (for the ready text)."""
        values = self.values()
        return Report(
            id=0,
            case_id=0,
            platform=values["platform"],
            urls=tuple(self.url_list()),
            ticket=values["ticket"],
        )

    # -- actions ------------------------------------------------------------------

    @Slot()
    def fill_ready_text(self) -> None:
        bad = self._missing()
        if bad is not None:
            show_problem(self.problem, bad)
            return
        subject, body = ready_text(
            self.draft(),
            str(self.language.currentData()),
            Sender(self.sender_name.text(), self.sender_email.text(), self.minor.isChecked()),
        )
        self.text.setPlainText(f"{subject}\n\n{body}")
        self.problem.clear()

    @Slot()
    def copy_text(self) -> None:
        if QGuiApplication.clipboard() is not None:
            copy_private(self.text.toPlainText())
            # News, not a problem: in the text's own colour, and said (show_problem puts the
            # colour of problems back when one comes).
            self.problem.setStyleSheet("")
            say(self.problem, self.tr("The text is copied. Paste it into the platform’s form."))

    def _missing(self) -> str | None:
        """An address that is not one (Save keeps nothing then)."""
        for url in self.url_list():
            try:
                validate_url(url)
            except BadInput:
                return self.tr("This is not a web address: %1").replace("%1", url[:80])
        return None

    @Slot()
    def _save(self) -> None:
        # Sent without a time, the vault says it was sent now; a draft stays one.
        self._close_unless_missing(self.problem, self.urls)

    @Slot()
    def _show_where(self) -> None:
        """Where to report the chosen platform, as the data file gives it (`domain.platforms`)."""
        info = platform_info(str(self.platform.currentData()))
        plain: list[str] = []  # what a screen reader says: every address whole
        rich: list[str] = []
        if info is not None and (info.report_url or info.email):
            if info.report_url:
                plain.append(info.report_url)
                rich.append(
                    f'<a href="{html.escape(info.report_url)}">'
                    f"{html.escape(_shown(info.report_url))}</a>"
                )
            if info.email:
                plain.append(info.email)
                rich.append(html.escape(info.email))
            checked = event_text(event_time.parse(info.checked)) if info.checked else "—"
            note = self.tr("Address checked on %1. The app opens nothing and sends nothing.")
            plain.append(note.replace("%1", checked))
            rich.append(f"<small>{html.escape(plain[-1])}</small>")
        else:
            plain.append(
                self.tr(
                    "Use the report button next to the post or the profile, or look for "
                    "‘report’ in the site’s help pages."
                )
            )
            rich.append(html.escape(plain[-1]))
        if info is not None and info.asks_for:
            asks = ", ".join(asks_text(key) for key in info.asks_for)
            plain.append(self.tr("They ask for: %1.").replace("%1", asks))
            rich.append(html.escape(plain[-1]))
        self.where.setText("<br>".join(rich))
        # Said whole when Tab reaches it, its question first: Orca says a label's name alone,
        # never its description ("Where to report label", and not where).
        self.where.setAccessibleName("\n".join([self.tr("Where to report"), *plain]))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.FontChange):
            side_by_side_if_room(self, self.columns)
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        side_by_side_if_room(self, self.columns)  # with every text and choice in place
        super().showEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(
            self.tr("Report to a platform") if self._new else self.tr("Change the report")
        )
        for label, text in zip(
            self.labels,
            (
                self.tr("Where is it?"),
                self.tr("Where to report"),
                self.tr("Web addresses (one per line)"),
                self.tr("How did you report it?"),
                self.tr("Through (a helpline, a person)"),
                self.tr("When was it sent?"),
                self.tr("Where does it stand?"),
                self.tr("Ticket or case number"),
                self.tr("Receipt you kept"),
            ),
            strict=True,
        ):
            label.setText(text)
        for label, text in zip(
            self.text_labels,
            (self.tr("Language"), self.tr("Your name"), self.tr("Your e-mail address")),
            strict=True,
        ):
            label.setText(text)
        self.items_label.setText(self.tr("Items it is about"))
        self.items.name_list(self.tr("Items it is about"))
        self.text_box.setTitle(self.tr("The text you send"))
        self.minor.setText(self.tr("The pictures show someone under 18"))
        self.fill_button.setText(self.tr("Write a ready text"))
        self.fill_button.setAccessibleDescription(
            self.tr(
                "Writes the text from what you filled in. It takes the place of the text below."
            )
        )
        self.copy_button.setText(self.tr("Copy the text"))
        self.copy_button.setAccessibleDescription(
            self.tr(
                "Copies the text, to paste it in the platform's form or an e-mail. It leaves the "
                "clipboard when the vault locks."
            )
        )
        self.text.setAccessibleName(self.tr("The text you send"))
        self.text_note.setText(
            self.tr(
                "Your name and e-mail go into the text only; they are not kept. Read the text "
                "before you send it, and change what you want."
            )
        )
        self.text.setAccessibleDescription(self.text_note.text())
        self.save_button.setText(self.tr("Save"))
        self.save_button.setAccessibleDescription(
            self.tr("Keeps the report in the vault. It goes into the dossier.")
        )
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleDescription(
            self.tr("Closes the report without keeping what you changed.")
        )
        for index, key in enumerate(REPORT_PLATFORMS):
            self.platform.setItemText(index, platform_name(key))
        for index, channel in enumerate(Channel, start=1):
            self.channel.setItemText(index, channel_name(channel))
        for index, status in enumerate(ReportStatus):
            self.status.setItemText(index, status_name(status))
        self.channel.setItemText(0, self.tr("(not said)"))
        name_fields_after_labels(self)
        self._show_where()  # after: its name is all it says


def _shown(url: str, limit: int = 48) -> str:
    """An address as the editor shows it: without its scheme, shortened after the site's
    name when long (the link itself is whole, and so is what a screen reader says)."""
    text = url.split("://", 1)[-1]
    return text if len(text) <= limit else text[: limit - 1] + "…"
