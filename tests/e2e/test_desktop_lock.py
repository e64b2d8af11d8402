"""Opening and locking the vault on a real desktop, with the keys a person presses.

Each test starts the app as a process on its own X server (`tests/helpers/desktop.py`): it
types on the real keyboard, clicks with the real mouse, and reads the screen
through the accessibility interface. What it asserts is what the person cares
about: the vault is open, or closed (the process holds no vault file), or the
process is gone.
"""

from __future__ import annotations

import signal
from pathlib import Path

import pytest

from tests.helpers.desktop import FOCUSED, AppProcess, Desktop, wait_until
from tests.helpers.vaults import PASSPHRASE, reading

NEW_PASSPHRASE = "zeven groene kikkers op een tak"
WRONG = "This passphrase does not open the vault. Check that Caps Lock is off and try again."


def _unlocked(app: AppProcess) -> None:
    """The main window shows, and the process has the vault open."""
    app.window("frame", "Bewijskluis")
    wait_until("the vault to be open", app.vault_files_open)


def _locked(app: AppProcess) -> None:
    """The passphrase is asked again, and the process holds no file of the vault."""
    app.window("dialog", "Bewijskluis")
    wait_until("the vault to be closed", lambda: not app.vault_files_open())


def test_a_wrong_passphrase_then_the_right_one_with_enter_opens_the_vault(
    desktop: Desktop, start_app, desktop_vault: tuple[Path, str]
) -> None:
    base, _ = desktop_vault
    heard = desktop.atspi.listen_to_announcements()
    app = start_app(base)
    dialog = app.window("dialog", "Bewijskluis")
    desktop.type("wrong words, wrong vault")
    desktop.key("Return")
    wait_until("the wrong passphrase to be said", lambda: dialog.find_all("label", WRONG))
    heard.wait_for(WRONG)  # to a screen reader too: the focus only goes back to the field
    # The passphrase is selected: typing replaces it; Enter means "Open", never "Close".
    desktop.type(PASSPHRASE)
    desktop.key("Return")
    _unlocked(app)
    app.check_alive()


def test_ctrl_l_locks_after_the_passphrase_was_changed(
    desktop: Desktop, start_app, desktop_vault: tuple[Path, str]
) -> None:
    base, _ = desktop_vault
    app = start_app(base)
    app.window("dialog", "Bewijskluis")
    desktop.type(PASSPHRASE)
    desktop.key("Return")
    _unlocked(app)
    desktop.key("alt+v")  # the Vault menu
    menu_entry = app.root().find("menu item", "Change passphrase…")
    desktop.click(menu_entry)
    dialog = app.window("dialog", "Change passphrase")
    for field, words in (
        ("Current passphrase", PASSPHRASE),
        ("New passphrase", NEW_PASSPHRASE),
        ("Type it again", NEW_PASSPHRASE),
    ):
        desktop.click(dialog.find("text", field))
        desktop.type(words)
    desktop.key("Return")
    wait_until("the dialog to close", lambda: ("dialog", "Change passphrase") not in app.windows())
    desktop.key("ctrl+l")
    _locked(app)
    # The new passphrase opens it again.
    desktop.type(NEW_PASSPHRASE)
    desktop.key("Return")
    _unlocked(app)


def test_the_recovery_key_then_a_new_passphrase_then_ctrl_l_locks(
    desktop: Desktop, start_app, desktop_vault: tuple[Path, str]
) -> None:
    """The worst failure the app could have: after the passphrase that unlocking with the
    recovery key asks for, Ctrl+L left the vault open."""
    base, recovery_key = desktop_vault
    app = start_app(base)
    dialog = app.window("dialog", "Bewijskluis")
    desktop.click(dialog.find("check box", "I forgot my passphrase: use my recovery key"))
    desktop.click(dialog.find("text", "Recovery key"))
    desktop.type(recovery_key)
    desktop.key("Return")
    # Opened: a new passphrase is asked at once (the old one may be lost).
    change = wait_until(
        "the new passphrase dialog",
        lambda: app.window("dialog", "Change passphrase").find_all("text", "New passphrase"),
    )[0]
    desktop.click(change)
    desktop.type(NEW_PASSPHRASE)
    desktop.key("Tab")
    desktop.type(NEW_PASSPHRASE)
    desktop.key("Return")
    wait_until("the dialog to close", lambda: ("dialog", "Change passphrase") not in app.windows())
    assert app.vault_files_open()
    desktop.key("ctrl+l")
    _locked(app)
    desktop.type(NEW_PASSPHRASE)
    desktop.key("Return")
    _unlocked(app)


def test_quick_exit_with_the_export_dialog_open_ends_the_process(
    desktop: Desktop, start_app, desktop_vault: tuple[Path, str]
) -> None:
    base, _ = desktop_vault
    app = start_app(base)
    app.unlock(PASSPHRASE)
    app.open_export()
    desktop.key("ctrl+shift+q")
    assert app.wait_gone() == 0
    # A second start shows no open vault: it asks for the passphrase.
    again = start_app(base)
    again.window("dialog", "Bewijskluis").find("text", "Passphrase")
    assert not again.vault_files_open()
    assert ("frame", "Bewijskluis") not in again.windows()


def test_ctrl_l_in_a_modal_dialog_locks_and_closes_it(
    desktop: Desktop, start_app, desktop_vault: tuple[Path, str]
) -> None:
    base, _ = desktop_vault
    app = start_app(base)
    app.unlock(PASSPHRASE)
    app.open_export()
    desktop.key("ctrl+l")
    _locked(app)
    assert ("dialog", "Export a dossier for the police") not in app.windows()


def test_quick_exit_at_the_unlock_dialog_ends_the_app(
    desktop: Desktop, start_app, desktop_vault: tuple[Path, str]
) -> None:
    base, _ = desktop_vault
    app = start_app(base)
    app.window("dialog", "Bewijskluis").find("text", "Passphrase")
    desktop.type("half a passphr")
    desktop.key("ctrl+shift+q")
    assert app.wait_gone() == 0


@pytest.mark.parametrize("name", ["SIGTERM", "SIGHUP", "SIGINT"])
def test_a_quit_signal_saves_what_was_typed_locks_and_leaves_nothing(
    desktop: Desktop, start_app, desktop_vault: tuple[Path, str], tmp_path: Path, name: str
) -> None:
    """Logging out, shutting down or closing the terminal: as Quick exit, nothing left behind."""
    base, _ = desktop_vault
    chat = tmp_path / "bericht.txt"
    chat.write_bytes(b"je krijgt nog van me\n")
    app = start_app(base)
    app.unlock(PASSPHRASE)
    record = app.add_file(chat)
    desktop.click(record.find("text", "What does it show?"))
    desktop.type("Een bedreiging")
    assert _instance_sockets(desktop)  # the socket a second start would find this one by
    app.proc.send_signal(getattr(signal, name))
    assert app.wait_gone() == 0
    assert _instance_sockets(desktop) == []  # gone with the app
    with reading(base) as vault:
        assert [i.description for i in vault.items()] == ["Een bedreiging"]


def _instance_sockets(desktop: Desktop) -> list[str]:
    return [p.name for p in desktop.runtime.iterdir() if p.is_socket() and len(p.name) == 32]


def test_a_typed_passphrase_never_reaches_the_accessibility_bus(
    desktop: Desktop, start_app, desktop_vault: tuple[Path, str]
) -> None:
    """Qt tells screen readers each letter typed in a field, also in one that shows dots:
    Orca said the passphrase aloud, and any program of the session could hear it. Heard
    here as a screen reader hears it: from the passphrase field nothing, a wrong one and
    the right one; from an ordinary field every letter (so the listening works)."""
    base, _ = desktop_vault
    heard = desktop.atspi.listen_to_text_changes()
    app = start_app(base)
    dialog = app.window("dialog", "Bewijskluis")
    field = wait_until(
        "the passphrase field to have the focus",
        lambda: [n for n in dialog.find_all("text", "Passphrase") if n.has(FOCUSED)],
    )[0]
    desktop.type("wrong horse")
    desktop.key("Return")
    wait_until("the wrong passphrase to be said", lambda: dialog.find_all("label", WRONG))
    desktop.type(PASSPHRASE)
    desktop.key("Return")
    window = app.window("frame", "Bewijskluis")
    desktop.click(window.find("text", "Search in this case"))
    desktop.type("zebra")
    everything = heard.wait_for("zebra")  # the ordinary field's letters: the listening works
    assert [text for path, text in everything if path == field.ref[1]] == []
    joined = "".join(text for _, text in everything)
    assert "horse" not in joined and "battery" not in joined
    app.check_alive()
