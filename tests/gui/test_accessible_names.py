"""Every control a person can use has a name a screen reader says, and a description where
one helps, in each language: the windows are walked through Qt's accessibility interface,
and the controls without them are counted.

The main window and each dialog are walked as they open (`tests.helpers.windows.WINDOWS`,
a few in a second state); the setup and the new recovery key, page by page as a person
goes through them. Only what is shown counts.

Names. Scroll bars and table headers are left out: Qt gives them their role, which is
what a screen reader says of them; so is the text field inside a date or time field,
which a screen reader does not get apart from it. A name of signs only ("−", "+") says
nothing and counts as none. A combo box counts as named when it has an accessible name
or a label (a QLabel whose buddy it is): on Linux Qt gives a combo box its current value
as its name ("English") and says its label through a relation, so the value alone is not
a name.

Descriptions: what a screen reader says after the name, what the control does or what
happens when it is used, in plain words. What Qt gives as a control's description is its
accessible description, else its tooltip, else (a text field) its placeholder. The rule:
every control has a description that says more than its name, except where a description
could only repeat the name:

- a window's standard buttons: those of a QDialogButtonBox and a wizard's own (OK,
  Cancel, Save, Back, Next, Finish): their word is what they do;
- a field that answers the question of its label (the label's buddy, or the part of the
  buddy that takes the keyboard: "Your name", "Language of the text", "Group 3"): the
  question is its name;
- a check box or a radio button: its words are the whole choice ("Show the passphrase").

A description that only repeats the name (the same words, give or take a "…" or a
full stop: a tooltip "Back" on a "Back" button) counts as none. The descriptions follow a
language change while the windows are open.
"""

from __future__ import annotations

import contextlib
import re

import pytest
from pytestqt.qtbot import QtBot

from evidence_app.capture.web import engine as web_engine

web_engine.prepare()  # before pytest-qt makes the QApplication (the capture browser)

from PySide6.QtGui import QAccessible  # noqa: E402
from PySide6.QtWidgets import (  # noqa: E402
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QGraphicsView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QRadioButton,
    QScrollBar,
    QSlider,
    QTextEdit,
    QWidget,
    QWizard,
)

from evidence_app.gui.common.i18n import Translations  # noqa: E402
from evidence_app.paths import Paths  # noqa: E402
from evidence_app.storage.keyheader import KdfParams  # noqa: E402
from tests.helpers.vaults import Vault  # noqa: E402
from tests.helpers.windows import (  # noqa: E402
    WINDOWS,
    Count,
    main_window,
    shown,
    walk_recovery_key,
    walk_setup,
)

CONTROLS = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QPlainTextEdit,
    QTextEdit,
    QSlider,
    QGraphicsView,  # a picture, reached with Tab
)

LANGUAGES = ["nl", "fr", "en"]


def controls(top: QWidget) -> list[QWidget]:
    """The controls shown in `top` (of a wizard, those of the page shown). The text field
    inside a date or a number field is left out: a screen reader is given the field alone."""
    return [
        widget
        for widget in top.findChildren(QWidget)
        if isinstance(widget, CONTROLS)
        and not isinstance(widget, QScrollBar | QHeaderView)
        and not isinstance(widget.parentWidget(), QAbstractSpinBox)
        and widget.isVisibleTo(top)
    ]


def said(widget: QWidget, text: QAccessible.Text) -> str:
    face = QAccessible.queryAccessibleInterface(widget)
    return face.text(text).strip() if face is not None else ""


def name(widget: QWidget) -> str:
    if isinstance(widget, QComboBox):  # its value is not its name (the module docstring)
        face = QAccessible.queryAccessibleInterface(widget)
        labels = face.relations(QAccessible.RelationFlag.Label) if face is not None else []
        label = " ".join(other.text(QAccessible.Text.Name) for other, _ in labels)
        return widget.accessibleName().strip() or label.strip()
    return said(widget, QAccessible.Text.Name)


def answers_a_label(widget: QWidget) -> bool:
    """Whether `widget` answers the question of a label: it is the label's buddy, or takes
    the keyboard for the buddy (its focus proxy: the list of persons of a person field)."""
    for label in widget.window().findChildren(QLabel):
        buddy = label.buddy()
        if label.text() and buddy is not None and widget in (buddy, buddy.focusProxy()):
            return True
    return False


def _words(text: str) -> str:
    return text.replace("&", "").rstrip(" .…:").casefold()


WIZARD_BUTTONS = (
    QWizard.WizardButton.BackButton,
    QWizard.WizardButton.NextButton,
    QWizard.WizardButton.CommitButton,
    QWizard.WizardButton.FinishButton,
    QWizard.WizardButton.CancelButton,
)


def standard_button(widget: QWidget) -> bool:
    """One of the window's standard buttons: a QDialogButtonBox's, or a wizard's own."""
    if isinstance(widget.parentWidget(), QDialogButtonBox):
        return True
    wizard = widget.window()
    return isinstance(wizard, QWizard) and any(
        wizard.button(which) is widget for which in WIZARD_BUTTONS
    )


def needs_description(widget: QWidget) -> bool:
    """Whether the rule of the module docstring asks `widget` for a description."""
    if standard_button(widget) or isinstance(widget, QCheckBox | QRadioButton):
        return False
    return not answers_a_label(widget)


def described(widget: QWidget) -> bool:
    description = said(widget, QAccessible.Text.Description)
    return bool(description) and _words(description) != _words(name(widget))


def _shown(widget: QWidget) -> str:
    parent = widget.parentWidget()
    return (
        f"{type(widget).__name__} {widget.objectName()!r} {name(widget)!r} "
        f"in {type(parent).__name__}"
    )


def unnamed(top: QWidget) -> list[str]:
    """The controls shown in `top` with no name (or only signs: "−"), described for a reader."""
    return [
        _shown(widget)
        for widget in controls(top)
        if not any(character.isalpha() for character in name(widget))
    ]


def undescribed(top: QWidget) -> list[str]:
    """The controls shown in `top` that the rule asks for a description and have none."""
    return [
        _shown(widget)
        for widget in controls(top)
        if needs_description(widget) and not described(widget)
    ]


def hints_unsaid(top: QWidget) -> list[str]:
    """The text fields shown in `top` whose hint (the grey words in an empty field: "One
    per line, e.g. @someone on Instagram") a screen reader does not say: Qt gives a line
    edit's hint as its description when it has none, but not a text area's. A hint that
    shows a form, not words ("XXXX-XXXX-…" for the recovery key), is left to the
    description, which says it in words."""
    return [
        _shown(widget)
        for widget in controls(top)
        if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit)
        and (hint := widget.placeholderText().strip())
        and re.search(r"[^\W\dXx_]", hint)
        and _words(hint) not in _words(said(widget, QAccessible.Text.Description))
        and _words(hint) not in _words(name(widget))
    ]


COUNTS = [
    pytest.param(unnamed, id="names"),
    pytest.param(undescribed, id="descriptions"),
    pytest.param(hints_unsaid, id="hints"),
]


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("count", COUNTS)
def test_every_control_of_the_windows_has_a_name_and_a_description_where_it_helps(
    vault: Vault, qtbot: QtBot, translations: Translations, lang: str, count: Count
) -> None:
    translations.switch(lang)
    found = {"main window": count(main_window(vault, qtbot, translations))}
    for title, make in WINDOWS.items():
        with shown(make(vault), qtbot) as window:
            found[title] = count(window)
    assert {title: names for title, names in found.items() if names} == {}


# -- the wizards, page by page ------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("count", COUNTS)
def test_every_page_of_the_setup_too(
    qtbot: QtBot,
    translations: Translations,
    app_paths: Paths,
    fast_kdf: KdfParams,
    monkeypatch: pytest.MonkeyPatch,
    lang: str,
    count: Count,
) -> None:
    # Closing the setup once the vault is made asks first: yes, close it.
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: QMessageBox.StandardButton.Yes)
    translations.switch(lang)
    found = walk_setup(app_paths, translations, fast_kdf, qtbot, count)
    assert {page: names for page, names in found.items() if names} == {}


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("count", COUNTS)
def test_every_page_of_the_new_recovery_key_too(
    vault: Vault,
    qtbot: QtBot,
    translations: Translations,
    lang: str,
    count: Count,
) -> None:
    translations.switch(lang)
    found = walk_recovery_key(vault, qtbot, count)
    assert {page: names for page, names in found.items() if names} == {}


def _descriptions(top: QWidget) -> dict[int, tuple[str, str]]:
    """The description of each control of `top` that the rule asks for one, by widget."""
    return {
        id(widget): (_shown(widget), said(widget, QAccessible.Text.Description))
        for widget in controls(top)
        if needs_description(widget)
    }


def test_descriptions_follow_a_language_change(
    vault: Vault, qtbot: QtBot, translations: Translations
) -> None:
    """The windows open in English, then Dutch is chosen: every description the rule asks for
    is said in Dutch (each window sets them again when its language changes)."""
    window = main_window(vault, qtbot, translations)
    with contextlib.ExitStack() as stack:
        opened = {"main window": window} | {
            title: stack.enter_context(shown(make(vault), qtbot)) for title, make in WINDOWS.items()
        }
        english = {title: _descriptions(top) for title, top in opened.items()}
        translations.switch("nl")
        # Qt posts the LanguageChange events; the windows follow once they are delivered.
        qtbot.waitUntil(lambda: window.toolbar.lock.text() == "Vergrendelen")
        unchanged = {
            title: [
                said_before
                for key, (said_before, description) in _descriptions(top).items()
                if english[title].get(key, ("", ""))[1] == description
            ]
            for title, top in opened.items()
        }
    assert {title: found for title, found in unchanged.items() if found} == {}
