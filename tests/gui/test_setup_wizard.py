"""The first-start wizard: explain, passphrase, recovery key shown once, two groups checked."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QLineEdit, QMessageBox, QWizard
from pytestqt.qtbot import QtBot

from evidence_app.domain import wordlist
from evidence_app.domain.guide import Profile, Role
from evidence_app.gui.common.settings import Settings
from evidence_app.gui.keys.new_passphrase import StrengthMeter
from evidence_app.gui.setup.setup_flow import SetupFlow
from evidence_app.gui.setup.setup_wizard import SetupWizard
from evidence_app.vault.service import VaultService

PASSPHRASE = "mijn geheime zin om te onthouden"


@pytest.fixture
def wizard(
    qtbot: QtBot, app_paths, fast_kdf, translations, monkeypatch: pytest.MonkeyPatch
) -> SetupWizard:
    # Closing the wizard at the end of a test must not wait for a real message box.
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: QMessageBox.StandardButton.Yes)
    wiz = SetupWizard(
        app_paths.vault_dir,
        translations,
        Settings(app_paths.settings_file),
        kdf=fast_kdf,
        flow=SetupFlow(rng=random.Random(7)),
    )
    qtbot.addWidget(wiz)
    wiz.show()
    return wiz


def _click(qtbot: QtBot, wiz: SetupWizard, which: QWizard.WizardButton) -> None:
    qtbot.mouseClick(wiz.button(which), Qt.MouseButton.LeftButton)


def _to_key_page(qtbot: QtBot, wiz: SetupWizard) -> None:
    assert wiz.currentPage() is wiz.welcome
    assert "Nothing is sent anywhere" in wiz.welcome.body.text()
    _click(qtbot, wiz, QWizard.WizardButton.NextButton)
    assert wiz.currentPage() is wiz.about
    form = wiz.about.form
    assert form.role_buttons[Role.SELF].isChecked() and not form.name.isVisible()
    qtbot.mouseClick(form.role_buttons[Role.HELPER], Qt.MouseButton.LeftButton, pos=QPoint(4, 8))
    assert form.name.isVisible()
    qtbot.keyClicks(form.name, "Ann (mama)")
    qtbot.mouseClick(form.minors, Qt.MouseButton.LeftButton, pos=QPoint(4, 8))
    _click(qtbot, wiz, QWizard.WizardButton.NextButton)
    assert wiz.currentPage() is wiz.passphrase
    assert wiz.button(QWizard.WizardButton.CommitButton).text() == "Make my vault"
    qtbot.keyClicks(wiz.passphrase.fields.first, PASSPHRASE)
    qtbot.keyClicks(wiz.passphrase.fields.second, PASSPHRASE)
    _click(qtbot, wiz, QWizard.WizardButton.CommitButton)
    assert wiz.currentPage() is wiz.key


def test_whole_setup_creates_a_vault_that_opens(qtbot: QtBot, wizard: SetupWizard, app_paths):
    _to_key_page(qtbot, wizard)
    groups = [label.text() for label in wizard.key.group_labels]
    assert len(groups) == 16 and all(len(g) == 4 for g in groups)
    # Tab reaches the key, and a screen reader is told it whole, each group spelled.
    box = QAccessible.queryAccessibleInterface(wizard.key.key_box)
    assert box is not None and box.text(QAccessible.Text.Name) == "Your recovery key"
    spelled = " ".join(f"Group {n}: {' '.join(g)}." for n, g in enumerate(groups, start=1))
    assert box.text(QAccessible.Text.Description) == spelled
    assert wizard.key.key_box.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert wizard.passphrase.fields.first.text() == ""  # not kept in the widget
    # The key must be marked as kept before going on.
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    qtbot.mouseClick(wizard.key.kept, Qt.MouseButton.LeftButton)
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentPage() is wizard.check

    first, second = wizard.flow.asked_numbers()
    labels = [label.text() for label in wizard.check.answer_labels]
    assert labels == [f"Group {first}:", f"Group {second}:"]
    qtbot.keyClicks(wizard.check.answers[0], groups[first - 1].lower())
    qtbot.keyClicks(wizard.check.answers[1], "0000" if groups[second - 1] != "0000" else "1111")
    _click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert wizard.check.problem_label.text().startswith(f"Group {second} does not match.")
    assert wizard.isVisible()

    wizard.check.answers[1].clear()
    qtbot.keyClicks(wizard.check.answers[1], groups[second - 1])
    with qtbot.waitSignal(wizard.accepted):
        _click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    service = wizard.service()
    assert service is not None and not service.locked
    assert [case.name for case in service.cases()] == ["My evidence"]
    assert service.profile() == Profile(Role.HELPER, "Ann (mama)", True, "BE")
    assert service.audit_entries()[-1].actor == "Ann (mama)"
    service.lock()
    VaultService.unlock(app_paths.vault_dir, PASSPHRASE).lock()
    key = "-".join(groups)
    VaultService.unlock_with_recovery_key(app_paths.vault_dir, key).lock()
    assert wizard.flow.groups() == []  # forgotten once confirmed


def test_passphrase_problems_are_said_and_nothing_is_created(
    qtbot: QtBot, wizard: SetupWizard, app_paths
) -> None:
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)  # past "About you"
    fields = wizard.passphrase.fields
    assert "at least 10 characters" in fields.minimum_label.text()
    _click(qtbot, wizard, QWizard.WizardButton.CommitButton)
    assert fields.problem_label.text() == "Please choose a passphrase."
    qtbot.keyClicks(fields.first, "te kort")
    _click(qtbot, wizard, QWizard.WizardButton.CommitButton)
    assert fields.problem_label.text() == "Your passphrase needs at least 10 characters."
    fields.first.clear()
    qtbot.keyClicks(fields.first, PASSPHRASE)
    _click(qtbot, wizard, QWizard.WizardButton.CommitButton)
    assert fields.problem_label.text() == "Please type your passphrase a second time."
    assert wizard.currentPage() is wizard.passphrase
    assert not VaultService.exists(app_paths.vault_dir)


def test_strength_hint_follows_typing(qtbot: QtBot, wizard: SetupWizard) -> None:
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)  # past "About you"
    fields = wizard.passphrase.fields
    qtbot.keyClicks(fields.first, "aaaaaaaaaa")
    assert fields.strength_label.text() == "Strength: Very easy to guess"
    fields.first.clear()
    qtbot.keyClicks(fields.first, "kamelen zwemmen nooit in de Schelde")
    assert fields.strength_label.text() == "Strength: Strong"
    assert fields.meter.value() == 4


def test_strength_is_said_in_words(qtbot: QtBot, wizard: SetupWizard) -> None:
    """A screen reader says the strength with the field, in words; the meter is for the
    eye only: as a progress bar it was said as "50 percent"."""
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)  # past "About you"
    fields = wizard.passphrase.fields
    said = QAccessible.queryAccessibleInterface(fields.first)
    assert said is not None
    before = said.text(QAccessible.Text.Description)
    assert before.startswith("Choose at least 10 characters.") and "Strength" not in before
    qtbot.keyClicks(fields.first, "kamelen zwemmen nooit in de Schelde")
    after = said.text(QAccessible.Text.Description)
    assert after == f"Strength: Strong. {before}"
    assert "kamelen" not in after
    meter = QAccessible.queryAccessibleInterface(fields.meter)
    assert meter is not None and meter.valueInterface() is None
    assert meter.role() != QAccessible.Role.ProgressBar
    second = QAccessible.queryAccessibleInterface(fields.second)
    assert second is not None and second.text(QAccessible.Text.Description)


def test_strength_meter_fills_in_its_colour(qtbot: QtBot) -> None:
    meter = StrengthMeter()
    qtbot.addWidget(meter)
    meter.resize(200, 8)
    meter.setValue(2)
    picture = meter.grab().toImage()  # in device pixels: fractions of it, whatever the scale
    middle, width = picture.height() // 2, picture.width()
    assert picture.pixelColor(width // 5, middle).name() == StrengthMeter.COLOURS[2]
    assert picture.pixelColor(width * 4 // 5, middle) == meter.palette().base().color()
    meter.setValue(9)  # out of range: full, never past the end
    assert meter.value() == StrengthMeter.MAXIMUM


@pytest.mark.parametrize("really", [False, True])
def test_closing_after_creation_warns_first(
    qtbot: QtBot, wizard: SetupWizard, monkeypatch: pytest.MonkeyPatch, really: bool
) -> None:
    _to_key_page(qtbot, wizard)
    warnings: list[str] = []

    def warning(parent, title, text, *args):
        warnings.append(text)
        return QMessageBox.StandardButton.Yes if really else QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "warning", warning)
    wizard.reject()
    assert warnings and "you will never see this key again" in warnings[0]
    assert wizard.isVisible() is not really
    assert wizard.service() is None
    if not really:
        wizard._service.lock()


def test_no_passphrase_file_or_key_written_outside_the_vault(
    qtbot: QtBot, wizard: SetupWizard, app_paths, tmp_path: Path
) -> None:
    _to_key_page(qtbot, wizard)
    key_digits = "".join(label.text() for label in wizard.key.group_labels)
    for path in tmp_path.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert PASSPHRASE.encode() not in data
            assert key_digits.encode() not in data.upper()
    wizard._service.lock()


def test_the_passphrase_can_be_shown_and_is_hidden_again(qtbot: QtBot, wizard: SetupWizard) -> None:
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)  # past "About you"
    fields = wizard.passphrase.fields
    assert fields.first.echoMode() == fields.second.echoMode() == QLineEdit.EchoMode.Password
    toggle = fields.show_toggle
    qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton, pos=QPoint(6, toggle.height() // 2))
    assert fields.show_toggle.text() == "Show the passphrase"
    assert fields.first.echoMode() == fields.second.echoMode() == QLineEdit.EchoMode.Normal
    fields.clear()
    assert fields.first.echoMode() == QLineEdit.EchoMode.Password
    assert not fields.show_toggle.isChecked()


def test_losing_both_secrets_is_said_plainly(qtbot: QtBot, wizard: SetupWizard) -> None:
    _to_key_page(qtbot, wizard)
    both = "nobody can open the vault again: not you, not the police, not even the makers"
    assert both in wizard.passphrase.lost_note.text()
    assert both in wizard.key.body.text()


@pytest.mark.parametrize(
    ("code", "words"),
    [
        ("en", ("under 18", "You did nothing wrong", "against the law", "web address", "116 000")),
        ("nl", ("jonger dan 18", "niets fout gedaan", "strafbaar", "webadres", "116 000")),
        ("fr", ("moins de 18", "rien fait de mal", "interdit", "adresse web", "116 000")),
    ],
)
def test_the_welcome_page_has_a_note_for_minors(
    qtbot: QtBot, wizard: SetupWizard, translations, code, words
) -> None:
    translations.switch(code)
    note = wizard.welcome.minors_note
    qtbot.waitUntil(lambda: words[0] in note.text())
    assert note.isVisible()
    for word in words:
        assert word in note.text()
    # It says that they did nothing wrong before it says what the law says.
    assert note.text().index(words[1]) < note.text().index(words[2])
    assert note.height() >= note.heightForWidth(note.width())  # not cut off


@pytest.mark.parametrize(
    ("code", "button", "hint"),
    [
        ("en", "Suggest a passphrase", "Write your passphrase down"),
        ("nl", "Stel een wachtwoordzin voor", "Schrijf je wachtwoordzin op"),
        ("fr", "Proposer une phrase secrète", "Note ta phrase secrète"),
    ],
)
def test_a_suggested_passphrase_in_the_persons_language_makes_the_vault(
    qtbot: QtBot,
    wizard: SetupWizard,
    translations,
    app_paths,
    code: str,
    button: str,
    hint: str,
) -> None:
    translations.switch(code)
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)
    _click(qtbot, wizard, QWizard.WizardButton.NextButton)  # past "About you"
    fields = wizard.passphrase.fields
    suggest = fields.suggest_button
    qtbot.waitUntil(lambda: suggest.text() == button)
    assert suggest.accessibleName() == button
    assert not fields.suggestion_hint.isVisible()
    qtbot.mouseClick(suggest, Qt.MouseButton.LeftButton)

    suggestion = fields.first.text()
    words = suggestion.split(" ")
    assert len(words) == wordlist.WORDS
    assert set(words) <= set(wordlist.word_list(code))
    assert fields.second.text() == suggestion
    # Shown in clear, to be written down, with a word on where to keep it.
    assert fields.first.echoMode() == fields.second.echoMode() == QLineEdit.EchoMode.Normal
    assert fields.show_toggle.isChecked()
    assert fields.suggestion_hint.isVisible()
    assert fields.suggestion_hint.text().startswith(hint)
    assert fields.problem() is None and fields.meter.value() >= 2

    # Another click, another passphrase.
    qtbot.mouseClick(suggest, Qt.MouseButton.LeftButton)
    assert fields.first.text() != suggestion
    suggestion = fields.first.text()

    _click(qtbot, wizard, QWizard.WizardButton.CommitButton)
    assert wizard.currentPage() is wizard.key
    assert fields.first.text() == "" and not fields.suggestion_hint.isVisible()
    assert fields.first.echoMode() == QLineEdit.EchoMode.Password
    wizard._service.lock()
    VaultService.unlock(app_paths.vault_dir, suggestion).lock()


def test_where_the_person_lives_is_asked_on_the_welcome_page_and_kept(
    qtbot: QtBot, wizard: SetupWizard, app_paths
) -> None:
    box = wizard.welcome.country
    assert box.isVisible() and box.currentData() in ("BE", "NL")
    assert wizard.welcome.country_label.buddy() is box
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_End)  # the Netherlands, with the keyboard
    assert box.currentData() == "NL"
    assert Settings(app_paths.settings_file).help_country() == "NL"
