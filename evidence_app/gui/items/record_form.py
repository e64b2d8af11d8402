"""The record form: what a person can tell about a capture, asked in plain words.

It opens after every capture or single import, with what is known filled in,
and it is the editable part of the main window's detail pane (`ItemForm`), so
both ask the same questions and store the same fields: who posted it is a
person of the case (`poster_id`, with `posted_by` set to the person's label).
The item is already stored; the form only adds to it. It holds text and
choices; `RecordDialog` and `DetailPane` save them. Fixed facts (time of
capture in local time with its zone and in UTC; for an import the file's own
date and the date the camera wrote) are shown read-only at the top, where they
are seen without scrolling.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal, Slot
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from evidence_app.domain import event_time
from evidence_app.domain.errors import BadInput
from evidence_app.domain.model import Item, ItemKind, Person
from evidence_app.domain.web import platform_for, validate_url
from evidence_app.gui.common import contrast, timefmt
from evidence_app.gui.common.dialog_parts import name_fields_after_labels
from evidence_app.gui.common.event_time_edit import EventTimeEdit
from evidence_app.gui.common.platforms import PlatformBox
from evidence_app.gui.common.wrapping_choice import WrappingCheckBox
from evidence_app.gui.items.person_picker import PersonPicker
from evidence_app.vault.service import VaultService

_UNBOUNDED = (1 << 24) - 1  # Qt's QWIDGETSIZE_MAX


class _WrappingQuestion(QLabel):
    """A question whose words wrap, no wider than its form: a QFormLayout gives a label the
    width the label asks for, also where the form is narrower (big text, a small screen)."""

    def __init__(self) -> None:
        super().__init__()
        self.setWordWrap(True)
        self._room = _UNBOUNDED

    def fit_into(self, width: int) -> None:
        if width != self._room:
            self._room = width
            self.updateGeometry()

    def sizeHint(self) -> QSize:
        # Its words on one line where the form has room (Qt's hint for words that wrap is
        # narrower, and "File date:" would take two lines beside an empty half).
        margins = self.contentsMargins()
        line = (
            self.fontMetrics().horizontalAdvance(self.text())
            + 1  # the advance is rounded to whole pixels; the words' width may be more
            + margins.left()
            + margins.right()
            + 2 * self.margin()
        )
        width = min(max(line, self.minimumSizeHint().width()), self._room)
        return QSize(width, self.heightForWidth(width))


def _fixed_label() -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    return label


class RecordForm(QWidget):
    """The questions about one item, and the facts fixed at capture.

    Signals:
        edited(): the person changed something.
    """

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._item: Item | None = None
        self._loading = False
        self._platform_chosen = False  # the person picked a platform: stop guessing it

        self.url = QLineEdit()
        self.url.setObjectName("url")
        self.url.textChanged.connect(self._on_url)
        self.url_error = QLabel()
        self.url_error.setObjectName("url_error")
        self.url_error.setWordWrap(True)
        self.url_error.setTextFormat(Qt.TextFormat.PlainText)
        self.url_error.setStyleSheet(contrast.error_style())
        self.no_url = WrappingCheckBox()
        self.no_url.setObjectName("no_url")
        self.no_url.toggled.connect(self._on_no_url)
        self.place = QLineEdit()
        self.place.setObjectName("place")
        self.place.textChanged.connect(self._on_edited)
        self.platform = PlatformBox()
        self.platform.setObjectName("platform")
        self.platform.platform_chosen.connect(self._on_platform_chosen)
        self.poster = PersonPicker()
        self.poster.person_chosen.connect(self._on_edited)
        # Who posted it, as written before persons existed (or by the command line):
        # shown so it is not lost, and offered to "New person…".
        self.earlier_poster = _fixed_label()
        self.earlier_poster.setObjectName("earlier_poster")
        self.earlier_poster.setStyleSheet("color: palette(placeholder-text);")
        self.posted_at = QLineEdit()
        self.posted_at.setObjectName("posted_at")
        self.posted_at.textChanged.connect(self._on_edited)
        self.when = EventTimeEdit()
        self.when.setObjectName("when")
        self.when.changed.connect(self._on_edited)
        self.description = QPlainTextEdit()
        self.description.setObjectName("description")
        self.description.setTabChangesFocus(True)
        self.description.setMinimumHeight(80)
        self.description.textChanged.connect(self._on_edited)

        self.captured = _fixed_label()
        self.captured.setObjectName("captured")
        self.file_date = _fixed_label()
        self.file_date.setObjectName("file_date")
        self.exif_date = _fixed_label()
        self.exif_date.setObjectName("exif_date")

        self.labels: dict[str, _WrappingQuestion] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # Each question above its answer: full-width fields, and long questions in
        # Dutch or French do not squeeze the answers.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self._form = form
        rows: list[tuple[str, QWidget]] = [
            ("captured", self.captured),
            ("file_date", self.file_date),
            ("exif_date", self.exif_date),
            ("url", self.url),
            ("url_error", self.url_error),
            ("no_url", self.no_url),
            ("place", self.place),
            ("platform", self.platform),
            ("poster", self.poster),
            ("earlier_poster", self.earlier_poster),
            ("posted_at", self.posted_at),
            ("when", self.when),
            ("description", self.description),
        ]
        for name, widget in rows:
            # A long question wraps, instead of widening the detail pane and the window.
            label = _WrappingQuestion()
            label.setBuddy(widget)
            self.labels[name] = label
            if name in ("url_error", "no_url", "earlier_poster"):
                form.addRow(widget)  # they belong to the row above: no question of their own
            else:
                form.addRow(label, widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addStretch()
        self.retranslate()
        self._show_url_error("")
        self._update_place()
        self._show_earlier_poster()

    # -- language -------------------------------------------------------------
    def retranslate(self) -> None:
        texts = {
            "url": self.tr("Web address:"),
            "url_error": "",
            "no_url": "",
            "earlier_poster": "",
            "place": self.tr("Where did you see it?"),
            "platform": self.tr("Platform:"),
            "poster": self.tr("Who posted or sent it?"),
            "posted_at": self.tr("When was it posted or seen?"),
            "when": self.tr("Its date (and time), if you know it: it puts the dossier in order"),
            "description": self.tr("What does it show?"),
            "captured": self.tr("Stored on:"),
            "file_date": self.tr("File date:"),
            "exif_date": self.tr("Date in the photo:"),
        }
        for name, text in texts.items():
            self.labels[name].setText(text)
            self.labels[name].setStyleSheet("font-weight: bold;" if text else "")
        self.url.setPlaceholderText(self.tr("Copy it from the address bar: https://…"))
        self.no_url.setText(self.tr("There is no web address (an app or a chat)"))
        self.no_url.setAccessibleDescription(
            self.tr("Then you can say where you saw it, in a field that appears below.")
        )
        self.place.setPlaceholderText(self.tr("For example: the WhatsApp group “Class 2B”"))
        self.posted_at.setPlaceholderText(self.tr("For example: Saturday 12 May, around 9 pm"))
        self.description.setPlaceholderText(
            self.tr("In your own words: what can be seen, and what happened.")
        )
        # A text box's placeholder is not said by a screen reader: the description says it.
        self.description.setAccessibleDescription(self.description.placeholderText())
        self.platform.retranslate()
        name_fields_after_labels(self)
        if self._item is not None:
            self._show_fixed(self._item)
            self._show_earlier_poster()
            self._on_url(self.url.text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        # The form's layouts have no margins: a question may be as wide as the form.
        for question in self.labels.values():
            question.fit_into(event.size().width())
        super().resizeEvent(event)

    # -- content --------------------------------------------------------------
    def item(self) -> Item | None:
        return self._item

    def set_item(self, item: Item, service: VaultService | None) -> None:
        """Show `item`; `service` fills the list of persons of its case."""
        self._item = item
        self._loading = True
        try:
            self.url.setText(item.url)
            self.url.setCursorPosition(0)
            self.place.setText(item.place)
            self.no_url.setChecked(not item.url and bool(item.place))
            self.platform.set_platform(item.platform)
            # "Other" with an address is what the guess gave an item kept before its site
            # was known (YouTube): a new address is guessed again. Without an address it
            # was the person's own choice.
            guessed = item.platform == platform_for(item.url) or (
                item.platform == "other" and bool(item.url)
            )
            self._platform_chosen = bool(item.platform) and not guessed
            self.posted_at.setText(item.posted_at)
            self.when.set_value(item.event())
            self.description.setPlainText(item.description)
        finally:
            self._loading = False
        if service is not None:
            self.poster.load(service, item.case_id, item.poster_id)
        self.poster.set_draft(item.posted_by if item.poster_id is None else "")
        self._show_fixed(item)
        self._show_earlier_poster()
        self._update_place()

    def clear(self) -> None:
        """Empty every field and forget the item (nothing of it stays in a widget)."""
        self._item = None
        self._loading = True
        try:
            for line in (self.url, self.place, self.posted_at):
                line.clear()
            self.no_url.setChecked(False)
            self.platform.set_platform("")
            self._platform_chosen = False
            self.when.set_value(event_time.NOT_KNOWN)
            self.description.clear()
            self.description.document().clearUndoRedoStacks()
        finally:
            self._loading = False
        self.poster.clear()
        for label in (self.captured, self.file_date, self.exif_date):
            label.clear()
        self._show_earlier_poster()
        self._show_url_error("")
        self._update_place()

    def replace_item(self, item: Item) -> None:
        """The stored record changed (saved): compare later changes against it."""
        self._item = item

    def url_problem(self) -> str:
        """Why the web address cannot be stored ("" when it can)."""
        if self.no_url.isChecked():
            return ""
        try:
            validate_url(self.url.text())
        except BadInput:
            return self.tr(
                "This is not a web address that can be kept as evidence. Copy the address "
                "from the address bar of your browser: it starts with https:// (addresses "
                "starting with javascript:, file: or data: are refused)."
            )
        return ""

    def values(self) -> dict[str, str | int | None]:
        """The answers as item fields; an unusable web address is left out."""
        values: dict[str, str | int | None] = {
            "platform": self.platform.platform(),
            "place": self.place.text(),
            "posted_at": self.posted_at.text(),
            "description": self.description.toPlainText(),
        }
        event = self.when.value()
        values["event_at"], values["event_precision"] = event.at, event.precision
        if self.no_url.isChecked():
            values["url"] = ""
        elif not self.url_problem():
            values["url"] = validate_url(self.url.text())
        if not self.poster.ready():
            return values  # the persons are still loading: the stored choice stands
        person: Person | None = self.poster.person()
        values["poster_id"] = person.id if person is not None else None
        if person is not None:
            values["posted_by"] = person.label()
        elif self._item is not None and self._item.poster_id is not None:
            values["posted_by"] = ""  # the link was removed: so is its name
        return values

    def poster_text(self) -> str:
        """Who posted it, as the form shows it now ("" when nobody is chosen)."""
        person = self.poster.person()
        return person.label() if person is not None else ""

    def changes(self) -> dict[str, str | int | None]:
        """Only what differs from the stored item."""
        if self._item is None:
            return {}
        item = self._item
        return {k: v for k, v in self.values().items() if getattr(item, k) != v}

    # -- reacting -------------------------------------------------------------
    def _place_wanted(self) -> bool:
        return self.no_url.isChecked() or bool(self.place.text().strip())

    def _update_place(self) -> None:
        wanted = self._place_wanted()
        self._form.setRowVisible(self.place, wanted)
        self.url.setEnabled(not self.no_url.isChecked())

    @Slot(str)
    def _on_url(self, text: str) -> None:
        problem = self.url_problem() if text.strip() else ""
        self._show_url_error(problem)
        if not problem and not self._platform_chosen and not self._loading:
            guess = platform_for(validate_url(text)) if text.strip() else ""
            self.platform.set_platform(guess)
        self._on_edited()

    def _show_url_error(self, problem: str) -> None:
        self.url_error.setText(problem)
        # The row itself, not just the label: a hidden label would leave a gap.
        self._form.setRowVisible(self.url_error, bool(problem))

    def _show_earlier_poster(self) -> None:
        item = self._item
        old = item.posted_by.strip() if item is not None and item.poster_id is None else ""
        text = self.tr(
            "Written before: “%1”. Choose the person above, or add them with “New person…”."
        )
        self.earlier_poster.setText(text.replace("%1", old) if old else "")
        self._form.setRowVisible(self.earlier_poster, bool(old))

    @Slot(bool)
    def _on_no_url(self, on: bool) -> None:
        if on:
            self._show_url_error("")
        else:
            self._on_url(self.url.text())
        self._update_place()
        if on:
            self.place.setFocus()
        self._on_edited()

    @Slot(str)
    def _on_platform_chosen(self, _: str) -> None:
        self._platform_chosen = True
        self._on_edited()

    @Slot()
    def _on_edited(self) -> None:
        if not self._loading:
            self.edited.emit()

    def _show_fixed(self, item: Item) -> None:
        local = timefmt.recorded_local(item.captured_at, item.utc_offset_minutes)
        if local is None:
            self.captured.setText(item.captured_at)
        else:
            self.captured.setText(
                f"{timefmt.local_with_offset(local)}, {item.time_zone or '?'}\n"
                f"{timefmt.utc_text(local)}"
            )
        is_import = item.kind == ItemKind.FILE
        file_local = timefmt.machine_local(item.file_modified_at)
        if file_local is not None:
            self.file_date.setText(
                f"{timefmt.local_with_offset(file_local)}\n{timefmt.utc_text(file_local)}"
            )
        else:
            self.file_date.setText(self.tr("not known"))
        self.exif_date.setText(
            timefmt.exif_text(item.exif_date) if item.exif_date else self.tr("none in the file")
        )
        self._form.setRowVisible(self.file_date, is_import or file_local is not None)
        self._form.setRowVisible(self.exif_date, is_import or bool(item.exif_date))
