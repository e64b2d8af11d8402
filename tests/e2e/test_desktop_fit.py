"""Every window fits a 1366×768 laptop screen, also at 150 % scale and with the text twice
as big (Settings > Text size), in the longest language.

The windows are opened the way a person opens them; their frames are measured on
the X server (window manager's frame included). The screenshots taken here are
kept in the test's folder for a person to look at.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from evidence_app.gui.common.settings import Settings
from tests.helpers.desktop import AppProcess, Desktop, wait_until
from tests.helpers.vaults import PASSPHRASE


def _fits(desktop: Desktop, app: AppProcess, title: str, shots: Path) -> None:
    """`title` is on the screen, and every window of the app fits it."""
    wait_until(f"the window {title!r}", lambda: title in desktop.frames(app.pid))
    desktop.screenshot(shots / f"{len(list(shots.iterdir())):02d}.png")
    assert desktop.off_screen(app.pid) == {}


@pytest.mark.parametrize(
    ("scale", "text"), [("1", 100), ("1.5", 100), ("1", 200)], ids=["100%", "150%", "text 200%"]
)
def test_every_window_fits_the_screen(
    desktop: Desktop,
    start_app,
    desktop_vault: tuple[Path, str],
    tmp_path: Path,
    scale: str,
    text: int,
) -> None:
    base, _ = desktop_vault
    Settings(base / "settings.ini").set_text_size(text)
    shots = tmp_path / "screens"
    shots.mkdir()
    chat = tmp_path / "chat.txt"
    chat.write_text("hallo\n", encoding="utf-8")
    app = start_app(base, language="nl", extra_env={"QT_SCALE_FACTOR": scale})
    _fits(desktop, app, "Bewijskluis", shots)
    window = app.unlock(PASSPHRASE)
    _fits(desktop, app, "Bewijskluis", shots)
    # Quick exit is in sight, not folded away in an overflow menu.
    x, y, w, h = desktop.on_screen(window.find("push button", "Snel sluiten"))
    assert x >= 0 and x + w <= desktop.size[0] and y >= 0 and y + h <= desktop.size[1]
    desktop.key("ctrl+o")
    app.window("dialog", "Bestanden aan de kluis toevoegen")
    _fits(desktop, app, "Bestanden aan de kluis toevoegen — Bewijskluis", shots)
    desktop.type(str(chat))
    desktop.key("Return")
    _fits(desktop, app, "Vertel wat je weet — Bewijskluis", shots)
    desktop.key("Escape")
    desktop.key("ctrl+e")
    _fits(desktop, app, "Een dossier exporteren voor de politie — Bewijskluis", shots)
    desktop.key("Escape")
    # A report to a platform, and its receipt chosen from the case's items.
    desktop.click(window.find("button menu", "Deze zaak"))
    desktop.key(*["Down"] * 5, "Return")
    reports = app.window("dialog", "Meldingen van School")
    _fits(desktop, app, "Meldingen van School — Bewijskluis", shots)
    desktop.click(reports.find("push button", "Nieuwe melding…"))
    editor = app.window("dialog", "Melden aan een platform")
    _fits(desktop, app, "Melden aan een platform — Bewijskluis", shots)
    desktop.click(editor.find("push button", "Kiezen…"))
    _fits(desktop, app, "Kies een item — Bewijskluis", shots)
    for title in ("Kies een item", "Melden aan een platform", "Meldingen van School"):
        desktop.key("Escape")
        wait_until(f"{title} to close", lambda t=title: ("dialog", t) not in app.windows())
    desktop.key("ctrl+shift+4")
    _fits(desktop, app, "Een webpagina vastleggen — Bewijskluis", shots)
