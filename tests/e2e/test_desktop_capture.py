"""Evidence comes in on a real desktop: the whole screen, paste, add files, a web page, an edit.

Each flow is driven with the keys and clicks a person uses (see `tests/helpers/desktop.py`), and
ends with what the person cares about: the item is in the vault, with the right
bytes or pixels, and what they typed is saved with it.
"""

from __future__ import annotations

import hashlib
import http.server
import io
import subprocess
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image

from evidence_app.domain.model import Item
from tests.helpers.desktop import ACTIVE, ENABLED, FOCUSED, AppProcess, Desktop, wait_until
from tests.helpers.vaults import PASSPHRASE, reading


def _items(base: Path) -> list[Item]:
    with reading(base) as vault:
        return vault.items()


def _one_new_item(base: Path, before: int = 0) -> Item:
    items = wait_until("the item to be stored", lambda: _items(base)[before:])
    assert len(items) == 1, items
    return items[0]


def _pixels(data: bytes) -> tuple[tuple[int, int], bytes]:
    with Image.open(io.BytesIO(data)) as image:
        rgb = image.convert("RGB")
        return rgb.size, rgb.tobytes()


def _original(base: Path, item_id: int) -> bytes:
    with reading(base) as vault:
        return vault.original_bytes(item_id)


@pytest.fixture
def opened(desktop: Desktop, start_app, desktop_vault: tuple[Path, str]) -> AppProcess:
    base, _ = desktop_vault
    app = start_app(base)
    app.unlock(PASSPHRASE)
    return app


def test_whole_screen_keeps_the_screen_without_our_windows(
    desktop: Desktop, opened: AppProcess
) -> None:
    desktop.key("ctrl+shift+1")
    item = _one_new_item(opened.base)
    assert item.kind == "screen"
    size, pixels = _pixels(_original(opened.base, item.id))
    assert size == desktop.size
    # Nothing else is on this desktop: with our windows hidden, the screen is the bare,
    # black root window. A pixel of our window in the picture would show here.
    assert pixels == bytes(len(pixels))
    # The record form opens beside the picture; the window is back.
    opened.window("dialog", "Tell what you know")
    opened.window("frame", "Bewijskluis")


def test_part_of_the_screen_is_chosen_with_the_keyboard_alone(
    desktop: Desktop, opened: AppProcess
) -> None:
    """For a person who cannot drag: the arrows put a rectangle over the middle of the
    frozen screen and move it, Enter keeps it."""
    desktop.key("ctrl+shift+2")
    wait_until(  # keys sent before it has the keyboard would be lost
        "the frozen screen, named for a screen reader, with the keyboard",
        lambda: [
            node
            for node in opened.root().children()
            if node.name.startswith("Drag a rectangle") and (node.has(FOCUSED) or node.has(ACTIVE))
        ],
    )
    desktop.key("Right", "Left", "Return")  # over the middle half; ten pixels and back
    item = _one_new_item(opened.base)
    assert item.kind == "region"
    width, height = desktop.size
    size, pixels = _pixels(_original(opened.base, item.id))
    assert size == (width // 2, height // 2)
    assert pixels == bytes(len(pixels))  # the bare, black root window, as the whole screen
    opened.window("dialog", "Tell what you know")


def test_paste_stores_the_copied_picture(
    desktop: Desktop, opened: AppProcess, tmp_path: Path
) -> None:
    picture = tmp_path / "copied.png"
    Image.effect_noise((90, 60), 80).convert("RGB").save(picture)
    owner = subprocess.Popen(
        ["xclip", "-selection", "clipboard", "-t", "image/png", "-i", str(picture)],
        env=desktop.env,
    )
    owner.wait(timeout=10)  # xclip forks: its child serves the clipboard until X ends
    desktop.key("ctrl+v")
    item = _one_new_item(opened.base)
    assert item.kind == "clipboard"
    assert _pixels(_original(opened.base, item.id)) == _pixels(picture.read_bytes())


def test_add_files_stores_the_file_byte_for_byte(
    desktop: Desktop, opened: AppProcess, tmp_path: Path
) -> None:
    chat = tmp_path / "chat met Lotte.txt"
    chat.write_text("Lotte: stuur die foto of ik zet hem online\n" * 20, encoding="utf-8")
    opened.add_file(chat)
    item = _one_new_item(opened.base)
    assert item.original_name == chat.name
    assert item.sha256 == hashlib.sha256(chat.read_bytes()).hexdigest()
    assert _original(opened.base, item.id) == chat.read_bytes()


def test_what_is_typed_in_the_record_form_and_the_details_is_saved(
    desktop: Desktop, opened: AppProcess, tmp_path: Path
) -> None:
    chat = tmp_path / "bericht.txt"
    chat.write_bytes(b"ik weet waar je woont\n")
    record = opened.add_file(chat)
    desktop.click(record.find("text", "What does it show?"))
    desktop.type("Een dreigbericht van een onbekend account")
    desktop.click(record.find("push button", "Done"))
    item = wait_until(
        "the description to be saved",
        lambda: [i for i in _items(opened.base) if i.description][:1],
    )[0]
    assert item.description == "Een dreigbericht van een onbekend account"
    # Then in the main window's details: a note, saved with the Save button.
    window = opened.window("frame", "Bewijskluis")
    desktop.click(window.find("text", "Notes"))
    desktop.type("Lotte heeft het ook gezien")
    desktop.click(window.find("push button", "Save"))
    wait_until(
        "the note to be saved",
        lambda: _items(opened.base)[0].notes == "Lotte heeft het ook gezien",
    )


class _Page(http.server.BaseHTTPRequestHandler):
    BODY = (
        "<html><head><title>Profiel van dader123</title></head><body>"
        + "".join(f"<p>Bericht {n}: dit hoort niet online te staan</p>" for n in range(60))
        + "</body></html>"
    ).encode()

    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(self.BODY)))
        self.end_headers()
        self.wfile.write(self.BODY)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def site() -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Page)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/profiel"
    finally:
        server.shutdown()
        server.server_close()


def test_the_capture_browser_button_captures_and_stores_the_page(
    desktop: Desktop, opened: AppProcess, site: str
) -> None:
    heard = desktop.atspi.listen_to_announcements()  # as a screen reader hears the window
    desktop.key("ctrl+shift+4")
    browser = opened.window("frame", "Capture a web page")
    desktop.click(browser.find("text", "Web address"))
    desktop.type(site)
    desktop.key("Return")
    button = browser.find("push button", "Capture this page")
    wait_until("the page to load", lambda: button.has(ENABLED), timeout=60)
    heard.wait_for("The page is open. “Capture this page” keeps it in your vault.")
    desktop.click(button)
    item = _one_new_item(opened.base)
    heard.wait_for(f"Captured and saved as item {item.id}.")
    assert item.kind == "web"
    assert item.url == site
    assert item.page_title == "Profiel van dader123"
    opened.window("dialog", "Tell what you know")
    opened.check_alive()
