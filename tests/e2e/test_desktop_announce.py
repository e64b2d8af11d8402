"""What the app says in passing reaches a screen reader, on a real desktop.

A screen reader listens on the accessibility bus (AT-SPI) for announcements; the test
registers as one and hears what the app announces while a person adds a file, saves a
note, exports the dossier and locks the vault, with real keys and clicks (see
`tests/helpers/desktop.py`).
"""

from __future__ import annotations

from pathlib import Path

from tests.helpers.desktop import FOCUSED, AppProcess, Desktop
from tests.helpers.vaults import PASSPHRASE, reading


def test_added_saved_exported_and_locked_are_announced(
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
    heard.wait_for("Your vault is locked. Type your passphrase to open it.")
    app.window("dialog", "Bewijskluis")
