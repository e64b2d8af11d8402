"""Checking the vault on a real desktop (Xvfb, xcb, AT-SPI): chosen in the Vault menu,
its progress read as a screen reader reads it, Ctrl+L while it runs, and a check to the
end once the vault is open again."""

from __future__ import annotations

import os
from pathlib import Path

from tests.helpers.desktop import AppProcess, Desktop, Node, wait_until
from tests.helpers.vaults import PASSPHRASE, reading

FILES = 60
SIZE = 10 * 1024 * 1024  # 600 MB stored: the check takes about a second


def _fill(base: Path, tmp_path: Path) -> None:
    source = tmp_path / "chat.bin"
    with reading(base) as service:
        for _ in range(FILES):
            source.write_bytes(os.urandom(SIZE))
            service.add_file(source, case_id=1)
    source.unlink()


def _said(dialog: Node, start: str) -> list[str]:
    found = []
    for label in dialog.find_all("label"):
        try:
            if label.name.startswith(start):
                found.append(label.name)
        except LookupError:
            continue
    return found


def _open_check(desktop: Desktop, app: AppProcess) -> Node:
    # A menu ignores a click where the pointer already was when it opened (the click that
    # opened it, for Qt): the pointer comes from elsewhere, as a person's hand does.
    desktop.xdotool("mousemove", "600", "400")
    desktop.key("alt+v")  # the Vault menu
    desktop.click(app.root().find("menu item", "Check the vault…"))
    return app.window("dialog", "Check the vault")


def test_the_check_shows_its_progress_stops_with_the_lock_and_runs_to_the_end(
    desktop: Desktop, start_app, desktop_vault: tuple[Path, str], tmp_path: Path
) -> None:
    base, _ = desktop_vault
    _fill(base, tmp_path)
    app: AppProcess = start_app(base)
    app.unlock(PASSPHRASE)
    dialog = _open_check(desktop, app)
    wait_until("the progress to be said", lambda: _said(dialog, "Checked "), timeout=60)
    # Ctrl+L while it runs: the vault closes, its files too, and the window of the check goes.
    desktop.key("ctrl+l")
    app.window("dialog", "Bewijskluis")
    wait_until("the vault to be closed", lambda: not app.vault_files_open())
    assert ("dialog", "Check the vault") not in app.windows()
    app.check_alive()
    # Open again, and check to the end.
    app.unlock(PASSPHRASE)
    dialog = _open_check(desktop, app)
    said = wait_until(
        "the check to end", lambda: _said(dialog, "Everything is in order"), timeout=120
    )
    assert said == [
        f"Everything is in order: {FILES} items checked. Every saved file matches its "
        "fingerprint, and nothing was changed outside Bewijskluis."
    ]
    desktop.key("Escape")
    wait_until("the check to close", lambda: ("dialog", "Check the vault") not in app.windows())
