"""Dutch, French and English: chosen from the menu, applied to visible widgets, remembered."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt
from pytestqt.qtbot import QtBot

from evidence_app.gui.common.settings import Settings
from evidence_app.gui.lock.session import VaultSession
from evidence_app.gui.lock.unlock_dialog import UnlockDialog
from evidence_app.gui.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, vault, translations) -> MainWindow:
    win = MainWindow(
        VaultSession.holding(vault.service), translations, Settings(vault.paths.settings_file)
    )
    qtbot.addWidget(win)
    win.show()
    return win


def test_switching_language_retranslates_visible_widgets(
    window: MainWindow, vault, qtbot: QtBot
) -> None:
    assert window.toolbar.lock.text() == "Lock"
    assert window.case_bar.new_button.text() == "New case…"
    window.toolbar.language_actions["nl"].trigger()
    # Qt posts the LanguageChange events; the widgets follow once they are delivered.
    qtbot.waitUntil(lambda: window.toolbar.lock.text() == "Vergrendelen")
    # A case is a "zaak"; "dossier" is only what is exported for the police.
    assert window.case_bar.label.text() == "Zaak:"
    assert window.case_bar.new_button.text() == "Nieuwe zaak…"
    assert window.case_bar.summary_action.text() == "Samenvatting in je eigen woorden…"
    assert window.case_bar.search.placeholderText() == "Zoeken in deze zaak…"
    assert window.toolbar.export.text() == "Dossier exporteren…"
    assert window.model.headerData(0, Qt.Orientation.Horizontal) == "Wanneer het gebeurde"
    assert window.model.headerData(1, Qt.Orientation.Horizontal) == "Vastgelegd op"
    assert window.detail.form.fields.labels["poster"].text() == "Wie postte of stuurde het?"
    assert window.toolbar.auto_lock_actions[5].text() == "Na 5 minuten zonder gebruik"
    assert window.toolbar.auto_lock_actions[1].text() == "Na 1 minuut zonder gebruik"
    assert Settings(vault.paths.settings_file).language() == "nl"

    window.toolbar.language_actions["fr"].trigger()
    qtbot.waitUntil(lambda: window.toolbar.lock.text() == "Verrouiller")
    assert window.detail.note.text() == "Choisis un élément dans la liste pour le voir ici."
    assert window.case_bar.label.text() == "Affaire :"
    assert window.case_bar.new_button.text() == "Nouvelle affaire…"
    assert window.toolbar.export.text() == "Exporter le dossier…"
    assert QLocale().name().startswith("fr")
    assert Settings(vault.paths.settings_file).language() == "fr"

    window.toolbar.language_actions["en"].trigger()
    qtbot.waitUntil(lambda: window.toolbar.lock.text() == "Lock")


def test_open_dialog_follows_the_language(qtbot: QtBot, vault, translations) -> None:
    dialog = UnlockDialog(vault.paths.vault_dir)
    qtbot.addWidget(dialog)
    dialog.show()
    translations.switch("fr")
    french = "Ton coffre est verrouillé. Tape ta phrase secrète pour l’ouvrir."
    qtbot.waitUntil(lambda: dialog.intro.text() == french)
    assert dialog.ok_button.text() == "Ouvrir"
    assert dialog.cancel_button.text() == "Fermer"
    translations.switch("nl")
    qtbot.waitUntil(
        lambda: dialog.use_recovery.text().startswith("Ik ben mijn wachtwoordzin vergeten")
    )


def test_unknown_language_falls_back_to_english(qtbot: QtBot, translations) -> None:
    translations.switch("de")
    assert translations.current == "en"
