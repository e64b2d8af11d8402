"""What the app says in passing reaches a screen reader, on a real desktop.

A screen reader listens on the accessibility bus (AT-SPI) for announcements; the test
registers as one and hears what the app announces while a person adds a file, saves a
note and exports the dossier, and what it reads when the vault locks, with real keys and clicks (see
`tests/helpers/desktop.py`).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers.desktop import FOCUSED, AppProcess, Desktop, NotFound, wait_until
from tests.helpers.vaults import PASSPHRASE, reading


def test_added_saved_and_exported_are_announced_and_the_lock_read_once(
    desktop: Desktop, start_app, desktop_vault: tuple[Path, str], tmp_path: Path
) -> None:
    base, _ = desktop_vault
    heard = desktop.atspi.listen_to_announcements()
    app: AppProcess = start_app(base)
    app.unlock(PASSPHRASE)
    chat = tmp_path / "bericht.txt"
    chat.write_bytes(b"ik weet waar je woont\n")
    record = app.add_file(chat)
    heard.wait_for("Added to the vault.")
    desktop.click(record.find("push button", "Done"))
    window = app.window("frame", "Bewijskluis")
    desktop.click(window.find("text", "Notes"))
    desktop.type("Lotte heeft het ook gezien")
    desktop.click(window.find("push button", "Save"))
    said = heard.wait_for_start("Saved at ")
    assert said.removeprefix("Saved at ")[:2].isdigit()
    # The keyboard is still on Save (it went on to "Delete…", and Orca said so).
    assert window.find("push button", "Save").has(FOCUSED)
    with reading(base) as vault:
        assert vault.items()[0].notes == "Lotte heeft het ook gezien"

    target = tmp_path / "out" / "dossier.zip"
    target.parent.mkdir()
    app.start_export(target)
    said = heard.wait_for_start("Done. The dossier is saved as ", timeout=120)
    assert str(target) in said and target.is_file()
    desktop.key("Escape")

    desktop.key("ctrl+l")
    # The lock is said by the unlock window's own text, which a screen reader reads as
    # the window opens, with the keyboard in the passphrase field; not said again.
    dialog = app.window("dialog", "Bewijskluis")
    dialog.find("label", "Your vault is locked. Type your passphrase to open it.")
    wait_until(
        "the keyboard in the passphrase field",
        lambda: [n for n in dialog.find_all("text", "Passphrase") if n.has(FOCUSED)],
    )
    with pytest.raises(NotFound):
        heard.wait_for_start("Your vault is locked", timeout=3)
