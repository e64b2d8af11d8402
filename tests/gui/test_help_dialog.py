"""Where to get help: one key away, with or without an open vault, for the country chosen,
in the window's language; its facts are the guides'."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from evidence_app.gui.common.i18n import Translations
from evidence_app.gui.common.settings import Settings
from evidence_app.gui.guide.help_dialog import HelpDialog
from evidence_app.gui.lock.session import VaultSession
from evidence_app.gui.main_window import MainWindow
from tests.helpers.vaults import Vault


@pytest.fixture
def window(qtbot: QtBot, vault: Vault, translations: Translations) -> MainWindow:
    win = MainWindow(
        VaultSession.holding(vault.service), translations, Settings(vault.paths.settings_file)
    )
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def _open(window: MainWindow, qtbot: QtBot) -> HelpDialog:
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = window.help_menu.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def test_f1_shows_who_helps_in_belgium_then_the_netherlands(
    window: MainWindow, vault: Vault, qtbot: QtBot
) -> None:
    Settings(vault.paths.settings_file).set_help_country("BE")
    dialog = _open(window, qtbot)
    assert {"child-focus", "awel", "1712", "stopncii", "take-it-down"} <= set(dialog.shown_ids())
    assert "helpwanted" not in dialog.shown_ids()
    child_focus = dialog.cards.findChild(QLabel, "child-focus")
    assert child_focus is not None
    said = child_focus.accessibleName()  # what a screen reader says when Tab reaches it
    assert "Phone: 116 000" in said and "E-mail: 116000@childfocus.org" in said
    assert "When: Day and night, every day" in said
    # The person moves: the Netherlands, chosen with the keyboard, is kept for next time.
    dialog.country.setFocus()
    qtbot.keyClick(dialog.country, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: "helpwanted" in dialog.shown_ids())
    assert "child-focus" not in dialog.shown_ids()
    assert Settings(vault.paths.settings_file).help_country() == "NL"


def test_help_in_dutch_and_french_when_the_vault_is_locked(
    window: MainWindow, vault: Vault, qtbot: QtBot, translations: Translations
) -> None:
    Settings(vault.paths.settings_file).set_help_country("BE")
    window.lock_vault()
    qtbot.waitUntil(lambda: not window.session.is_open())
    for lang, title, hours in (
        ("nl", "Waar vind je hulp", "Wanneer: Dag en nacht, elke dag"),
        ("fr", "Où trouver de l’aide", "Quand : Jour et nuit, tous les jours"),
    ):
        translations.switch(lang)
        window.help_menu.where_to_get_help.trigger()
        dialog = window.help_menu.dialog
        assert dialog is not None
        assert dialog.windowTitle() == title
        card = dialog.cards.findChild(QLabel, "child-focus")
        assert card is not None and hours in card.accessibleName()
        dialog.close()
        qtbot.waitUntil(lambda: window.help_menu.dialog is None)


def test_the_country_follows_the_computer_not_the_language(
    vault: Vault, translations: Translations
) -> None:
    from PySide6.QtCore import QLocale

    from evidence_app.gui.common.settings import local_country

    translations.switch("nl")  # Dutch is spoken in Belgium too
    expected = "NL" if QLocale.system().territory() == QLocale.Country.Netherlands else "BE"
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    try:  # the app's own locale says the Netherlands; the computer's decides
        assert local_country() == expected
        if expected == "BE":
            assert QLocale().territory() == QLocale.Country.Netherlands
    finally:
        QLocale.setDefault(before)


def test_discreet_mode_gives_every_window_a_neutral_name(
    window: MainWindow, vault: Vault, qtbot: QtBot, translations: Translations
) -> None:
    from PySide6.QtWidgets import QApplication

    from evidence_app import APP_NAME
    from evidence_app.gui.common import discretion

    assert window.windowTitle() == APP_NAME
    window.toolbar.discreet.trigger()  # Settings > Discreet
    window.destroyed.connect(lambda: discretion.apply(False))  # as it was, for other tests
    assert Settings(vault.paths.settings_file).discreet()
    assert window.windowTitle() == "Notes"
    assert QApplication.applicationDisplayName() == "Notes"
    # The task bar's icon too: the note's yellow, not the vault's dark blue.
    assert QApplication.windowIcon().pixmap(64, 64).toImage().pixelColor(32, 8).name() == "#f6e7a8"
    translations.switch("nl")
    qtbot.waitUntil(lambda: window.windowTitle() == "Notities")
    window.toolbar.discreet.trigger()
    assert window.windowTitle() == APP_NAME
    assert QApplication.windowIcon().pixmap(64, 64).toImage().pixelColor(32, 8).name() == "#2b4a66"
    assert not Settings(vault.paths.settings_file).discreet()
