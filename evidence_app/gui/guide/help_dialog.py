"""Where to get help: the organisations the guides name, for Belgium or the Netherlands.

Each one with what it does, in plain words, and how to reach it: phone, e-mail,
website, chat and hours only as the guides give them (`domain.helplines`); what they
do not give is not said. Links open in the person's own browser when they click one:
the app itself goes nowhere. The country is a setting, kept between sessions.
"""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QSize, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from evidence_app.domain import helplines
from evidence_app.domain.helplines import Hours, Organisation
from evidence_app.gui.common.dialog_parts import LinkLabel, fit_to_screen, scrolls_to_the_focus_only
from evidence_app.gui.common.settings import Settings, local_country


def what_it_does(org_id: str) -> str:
    """What an organisation does, in the window's language (our words, from the guides)."""
    texts = {
        "child-focus": QCoreApplication.translate(
            "Help",
            "For children and young people, also if you were under 18 when the pictures were "
            "made. You can call or mail them, and they can come with you to the police.",
        ),
        "awel": QCoreApplication.translate(
            "Help",
            "Someone you don’t know to talk to: they help you see the situation more clearly "
            "and look at the next steps with you.",
        ),
        "cybersquad": QCoreApplication.translate(
            "Help",
            "Someone you don’t know to talk to: they help you see the situation more clearly "
            "and look at the next steps with you.",
        ),
        "jac": QCoreApplication.translate(
            "Help",
            "The youth service of the CAW: they listen to your story and look with you for the "
            "help you need.",
        ),
        "1712": QCoreApplication.translate(
            "Help",
            "A free helpline for any question about any kind of violence, also sexual violence "
            "online. Call, chat or mail, anonymously.",
        ),
        "caw": QCoreApplication.translate(
            "Help",
            "Victim support of the CAW: information, someone who listens, and help with the "
            "practical and emotional side.",
        ),
        "igvm": QCoreApplication.translate(
            "Help",
            "The Institute for the Equality of Women and Men: help and advice when intimate "
            "pictures were shared without consent.",
        ),
        "justitiehuizen": QCoreApplication.translate(
            "Help",
            "Victim reception at the justice houses: after a complaint, they tell you what "
            "happens with it and support you during the court case.",
        ),
        "juridische-eerstelijnsbijstand": QCoreApplication.translate(
            "Help", "Practical and legal information and a first legal advice, free of charge."
        ),
        "politie": QCoreApplication.translate(
            "Help",
            "You can file a complaint at your local police station, or make an appointment first. "
            "Someone you trust can come with you.",
        ),
        "helpwanted": QCoreApplication.translate(
            "Help", "Dutch help and information when nude pictures are shared; also for schools."
        ),
        "meldpunt-kinderporno": QCoreApplication.translate(
            "Help",
            "Where to report pictures of child sexual abuse with a web address. They can ask the "
            "website to remove them.",
        ),
        "hetstoptbijjou": QCoreApplication.translate(
            "Help",
            "Where to report pictures of possible child sexual abuse shared in a group chat "
            "without a web address.",
        ),
        "stopncii": QCoreApplication.translate(
            "Help",
            "For pictures made when you were an adult: a digital fingerprint of the picture "
            "is shared with the platforms that take part, not the picture itself, so they can "
            "stop it being posted.",
        ),
        "take-it-down": QCoreApplication.translate(
            "Help",
            "For pictures made when you were under 18: a fingerprint of the picture, made from "
            "your own device, helps the platforms that take part to remove it.",
        ),
    }
    return texts.get(org_id, "")


def hours_text(hours: Hours) -> str:
    if hours.always:
        return QCoreApplication.translate("Help", "Day and night, every day")
    if hours.days == "mon-fri":
        locale = QLocale()
        return (
            QCoreApplication.translate("Help", "%1 to %2, %3–%4")
            .replace("%1", locale.dayName(1))
            .replace("%2", locale.dayName(5))
            .replace("%3", hours.start)
            .replace("%4", hours.end)
        )
    return hours.as_written


def card_text(org: Organisation) -> tuple[str, str]:
    """The card of an organisation: rich text for the eye, plain text for a screen reader."""
    plain = [org.name, what_it_does(org.id)]
    rich = [f"<b>{html.escape(org.name)}</b>", html.escape(what_it_does(org.id))]

    def line(label: str, value: str, href: str = "") -> None:
        pattern = QCoreApplication.translate("Help", "%1: %2")  # "%1 : %2" in French
        plain.append(pattern.replace("%1", label).replace("%2", value))
        shown = html.escape(value)
        if href:
            shown = f'<a href="{html.escape(href)}">{shown}</a>'
        rich.append(html.escape(pattern).replace("%1", html.escape(label)).replace("%2", shown))

    if org.phone:
        line(
            QCoreApplication.translate("Help", "Phone"),
            org.phone,
            "tel:" + org.phone.replace(" ", ""),
        )
    if org.email:
        line(QCoreApplication.translate("Help", "E-mail"), org.email, "mailto:" + org.email)
    if org.chat:
        line(QCoreApplication.translate("Help", "Chat"), org.chat, org.chat)
    elif org.chat_offered:
        plain.append(QCoreApplication.translate("Help", "You can chat with them."))
        rich.append(html.escape(plain[-1]))
    if org.website:
        line(
            QCoreApplication.translate("Help", "Website"), org.website, helplines.link(org.website)
        )
    if org.hours is not None:
        line(QCoreApplication.translate("Help", "When"), hours_text(org.hours))
    marks = []
    if org.free:
        marks.append(QCoreApplication.translate("Help", "free"))
    if org.anonymous:
        marks.append(QCoreApplication.translate("Help", "you can stay anonymous"))
    if marks:
        plain.append(", ".join(marks).capitalize())
        rich.append(f"<i>{html.escape(plain[-1])}</i>")
    return "<br>".join(rich), "\n".join(plain)


class HelpDialog(QDialog):
    """The organisations that help, for the country chosen (a setting)."""

    def __init__(
        self, settings: Settings, parent: QWidget | None = None, *, minors: bool = False
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._minors = minors  # the case shown is about a minor: Take It Down, not StopNCII
        self.country_changed: Callable[[str], None] = lambda country: None
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.country_label = QLabel()
        self.country = QComboBox()
        self.country.addItem("", "BE")
        self.country.addItem("", "NL")
        self.country_label.setBuddy(self.country)
        chosen = settings.help_country() or local_country()
        self.country.setCurrentIndex(max(self.country.findData(chosen), 0))
        self.country.currentIndexChanged.connect(self._country_chosen)
        self.cards = QWidget()
        self.cards_layout = QVBoxLayout(self.cards)
        scroll = QScrollArea()
        scroll.setWidget(self.cards)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scrolls_to_the_focus_only(scroll)  # Tab goes through the cards
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.accept)
        top = QHBoxLayout()
        top.addWidget(self.country_label)
        top.addWidget(self.country)
        top.addStretch()
        bottom = QHBoxLayout()
        bottom.addStretch()
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        layout.addLayout(bottom)
        self.retranslate()
        fit_to_screen(self, QSize(720, 640))

    def shown_ids(self) -> list[str]:
        return [str(label.objectName()) for label in self.cards.findChildren(QLabel)]

    def _fill(self) -> None:
        while self.cards_layout.count():
            item = self.cards_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.setParent(None)  # out of the dialog now, freed later
                widget.deleteLater()
        for org in helplines.for_person(str(self.country.currentData()), self._minors):
            rich, plain = card_text(org)
            card = LinkLabel(always_a_stop=True)  # each card a stop, links or not
            card.setText(rich)
            card.setObjectName(org.id)
            card.setOpenExternalLinks(True)  # the person's own browser or phone app, on a click
            card.setFrameShape(QFrame.Shape.StyledPanel)
            card.setMargin(8)
            # The whole card is its name: Orca says a label's name alone, never its
            # description, and said "Child Focus label" without the number to call.
            card.setAccessibleName(plain)
            self.cards_layout.addWidget(card)
        self.cards_layout.addStretch()

    @Slot(int)
    def _country_chosen(self, _: int) -> None:
        self._settings.set_help_country(str(self.country.currentData()))
        self.country_changed(str(self.country.currentData()))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Where to get help"))
        self.intro.setText(
            self.tr(
                "What happened is not your fault. You do not have to deal with it alone: "
                "talk to someone you trust, or to one of these organisations. Their facts come "
                "from the guides this app follows."
            )
        )
        self.country_label.setText(self.tr("Where do you live?"))
        self.country.setItemText(0, self.tr("Belgium"))
        self.country.setItemText(1, self.tr("The Netherlands"))
        self.country.setAccessibleDescription(
            self.tr("The organisations shown are those that help in this country.")
        )
        self.close_button.setText(self.tr("Close"))
        self.close_button.setAccessibleDescription(
            self.tr("Closes this list. F1 shows it again at any time.")
        )
        self._fill()


class HelpMenu(QMenu):
    """The menu bar's Help menu: "Where to get help…" (F1), with or without an open vault."""

    def __init__(self, settings: Settings, parent: QWidget) -> None:
        super().__init__(parent)
        self._settings = settings
        self._window = parent
        self.dialog: HelpDialog | None = None
        # Given by the window when a vault is open: whether the case shown is about a
        # minor, and what to do when the country is changed (keep it in the vault too).
        self.minors: Callable[[], bool] = lambda: False
        self.country_changed: Callable[[str], None] = lambda country: None
        self.where_to_get_help = QAction(self)
        self.where_to_get_help.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.where_to_get_help.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.where_to_get_help.triggered.connect(self.open_help)
        self.addAction(self.where_to_get_help)
        parent.addAction(self.where_to_get_help)
        self.retranslate()

    @Slot()
    def open_help(self) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.raise_()
            self.dialog.activateWindow()
            return
        dialog = HelpDialog(self._settings, self._window, minors=self.minors())
        dialog.country_changed = self.country_changed
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setTitle(self.tr("&Help"))
        self.where_to_get_help.setText(self.tr("Where to get help…"))
