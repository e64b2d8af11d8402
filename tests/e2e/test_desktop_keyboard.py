"""The keyboard alone, on a real desktop: Tab goes round the main window's controls in
reading order, each shows on screen that it has the focus, Shift+Tab goes back, and the
way round ends where it began (nothing keeps the focus in). Then two whole flows with
the keys alone: a web page captured, a dossier exported. (Every other window's round is
in tests/gui/test_keyboard_round.py.)

The focus is followed as a screen reader follows it, through AT-SPI's focus events; the
focus is seen by comparing a control's pixels while it has the focus and after it left.
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from functools import partial
from pathlib import Path

import pytest

from tests.helpers.desktop import (
    ENABLED,
    FOCUSED,
    AppProcess,
    Desktop,
    FocusChanges,
    Node,
    NotFound,
    focused_now,
    next_control,
    tab_to,
    wait_until,
)
from tests.helpers.vaults import PASSPHRASE, reading, vault_with_a_post
from tests.helpers.web_site import serve_site

# The case bar, left to right, as a person reads it (the case list is named by the case
# it shows: Qt on Linux names a combo box by its value).
CASE_BAR = ["School", "This case", "New case…", "Next steps", "Search in this case"]

# The tool bar's first buttons, as a screen reader names them.
TOOL_BAR = ["Whole screen", "Part of the screen", "One window", "Web page"]

# The item's details, in an area that scrolls to show the field with the focus.
DETAILS = {
    "Web address",
    "There is no web address (an app or a chat)",
    "Instagram",
    "(not known)",
    "New person…",
    "When was it posted or seen?",
    "I don't know",
    "What does it show?",
    "Notes",
    "Fingerprint (SHA-256)",
}


def _in_sight(desktop: Desktop, node: Node) -> tuple[int, int, int, int] | None:
    """The control's place with its margin, once its start is on the screen (a tall text
    field may show only its first lines: the area scrolls to where one types)."""
    x, y, w, h = desktop.on_screen(node)
    start = min(h, 30)
    inside = x >= 0 and y >= 0 and x + w <= desktop.size[0] and y + start <= desktop.size[1]
    # Not scrolled out of the part of the window that shows it (then it is under another).
    qx, qy, _, _ = node.extents()
    inside = inside and node.clipped_by(qx + 1, qy + 1) is None
    return _box(desktop, node) if inside else None


def _changed(desktop: Desktop, box: tuple[int, int, int, int], before: bytes) -> bool:
    return desktop.grab(box) != before


def _box(desktop: Desktop, node: Node) -> tuple[int, int, int, int]:
    x, y, w, h = desktop.on_screen(node)
    margin = 3  # a focus frame may be drawn just outside the control
    return max(x - margin, 0), max(y - margin, 0), w + 2 * margin, h + 2 * margin


def _opened_at_the_list(
    desktop: Desktop, start_app: Callable[..., AppProcess], base: Path, style: str = ""
) -> tuple[AppProcess, Node, FocusChanges]:
    """The app started on `base` (in Qt's `style`, else the system's) and unlocked: the
    keyboard starts at the list of items (not at the toolbar's first button). Focus changes
    are followed from then on."""
    app = start_app(base, extra_env={"QT_STYLE_OVERRIDE": style} if style else None)
    window = app.unlock(PASSPHRASE)
    items = window.find("table", "Items of this case")
    wait_until("the list to have the focus", lambda: items.has(FOCUSED))
    return app, window, desktop.atspi.listen_to_focus()


# Fusion is Linux's style; Windows, the other one Qt has on every system, draws its
# controls (and their focus) otherwise, as the styles of Windows and macOS do.
@pytest.mark.parametrize("style", ["", "Windows"], ids=["system style", "Windows style"])
def test_tab_goes_round_the_main_window_in_reading_order_with_a_visible_focus(
    desktop: Desktop, start_app, tmp_path: Path, style: str
) -> None:
    base = vault_with_a_post(tmp_path, "https://www.instagram.com/p/abc")
    _, window, focus = _opened_at_the_list(desktop, start_app, base, style)
    # Tab to the list of items: its first line is chosen, and its details open.
    desktop.key("shift+Tab")
    while next_control(focus).name == "Items of this case":
        pass  # the list's own word as the window became active, late
    desktop.key("Tab")
    assert next_control(focus).name == "Items of this case"
    notes = window.find("text", "Notes")
    wait_until("the item's details to open", lambda: notes.has(ENABLED))
    focus.drop()

    # Once round, from the list, to learn the way.
    reached: list[Node] = []
    for _ in range(80):
        desktop.key("Tab")
        node = next_control(focus)
        if node.name == "Items of this case":
            break
        reached.append(node)
    else:
        raise AssertionError(f"Tab never came back to the list: {[n.name for n in reached]}")
    reached.append(node)

    # Round again: each Tab shows where the focus is. A control that stays in its place
    # looks different once it has the focus; one in the details, which scroll, is brought
    # into view whole (it is not hidden under something else).
    unseen, scrolled = [], []
    for node in reached:
        box = _box(desktop, node)
        before = desktop.grab(box)
        desktop.key("Tab")
        got = next_control(focus)
        assert (got.role, got.name) == (node.role, node.name)  # the same way round
        now = wait_until(f"{node.name!r} in sight", partial(_in_sight, desktop, node))
        if now != box:
            scrolled.append(node.name)
            continue
        try:
            wait_until(
                f"{node.name!r} to show its focus",
                partial(_changed, desktop, box, before),
                timeout=5,
            )
        except NotFound:
            unseen.append(node.name or node.role)

    names = [node.name for node in reached]
    assert [name for name in names if name in CASE_BAR] == CASE_BAR, names
    assert names[-1] == "Items of this case"
    assert "Items of this case" in names, names
    assert "Notes" in names and "Web address" in names, names  # the details, after the list
    assert names.index("Notes") < names.index("Search in this case")  # after the list, round
    assert unseen == [], f"no visible focus on {unseen}"
    assert set(scrolled) <= DETAILS, scrolled  # only the details scroll
    assert "" not in names, [(n.role, n.name) for n in reached]  # every stop is named

    # Shift+Tab goes back the same way: from the list to the search before it.
    desktop.key("shift+Tab")
    back = next_control(focus)
    assert (back.role, back.name) == (reached[-2].role, reached[-2].name) == ("text", names[-2])


def test_the_capture_buttons_are_reached_with_tab_and_the_arrow_keys(
    desktop: Desktop, start_app, tmp_path: Path
) -> None:
    """The tool bar is one Tab stop; the arrow keys go from button to button, and Enter
    presses the one with the focus: here "Web page", which opens the capture browser.
    Before, Tab never reached the capture buttons."""
    base = vault_with_a_post(tmp_path, "https://www.instagram.com/p/abc")
    app, _, focus = _opened_at_the_list(desktop, start_app, base)
    tab_to(desktop, focus, "push button", "Whole screen")
    desktop.key("Tab")  # one stop: Tab goes on past the bar
    past = focused_now(focus)
    assert past.name not in {*TOOL_BAR, "Delay", "Paste", "Add files", "Lock", "Settings"}
    desktop.key("shift+Tab")
    assert focused_now(focus).name == "Whole screen"
    reached = []
    for _ in range(3):
        desktop.key("Right")
        reached.append(focused_now(focus).name)
    assert reached == TOOL_BAR[1:4]
    desktop.key("Return")
    browser = app.window("frame", "Capture a web page")
    assert focused_now(focus).name == "Web address"
    assert browser.has(ENABLED)
    app.check_alive()


def test_a_web_page_is_captured_with_the_keyboard_alone(
    desktop: Desktop, start_app, tmp_path: Path
) -> None:
    """The capture browser, on a screen: Chromium takes the keys in the page, and gives
    the focus back at its end (Qt's offscreen platform cannot show this: the keyboard
    round of tests/gui leaves this window to here)."""
    site = serve_site()
    try:
        base = vault_with_a_post(tmp_path, "https://www.instagram.com/p/abc")
        app = start_app(base)
        app.unlock(PASSPHRASE)
        focus = desktop.atspi.listen_to_focus()
        desktop.key("ctrl+shift+4")
        browser = app.window("frame", "Capture a web page")
        assert focused_now(focus).name == "Web address"  # where one types, at once
        desktop.type(site.url("/page"))
        desktop.key("Return")
        capture = browser.find("push button", "Capture this page")
        wait_until("the page to load", lambda: capture.has(ENABLED), timeout=60)

        # Round the window and back to the address: through the page, and out of it.
        way = tab_to(desktop, focus, "text", "Web address")
        names = [(node.role, node.name) for node in way]
        assert ("push button", "Capture this page") in names, names
        assert ("filler", "The web page") in names, names  # Chromium's, named

        # Capture, with Tab and the space bar.
        tab_to(desktop, focus, "push button", "Capture this page")
        desktop.key("space")
        app.window("dialog", "Tell what you know")
        with reading(base) as vault:
            items = vault.items()
        assert [item.url for item in items if item.kind == "web"] == [site.url("/page")]
    finally:
        site.close()


def test_a_dossier_is_exported_with_the_keyboard_alone(
    desktop: Desktop, start_app, tmp_path: Path
) -> None:
    base = vault_with_a_post(tmp_path, "https://www.instagram.com/p/abc")
    target = tmp_path / "dossier.zip"
    app = start_app(base)
    app.unlock(PASSPHRASE)
    focus = desktop.atspi.listen_to_focus()
    dialog = app.open_export()
    focused_now(focus)  # the dialog's first control, as it opens
    tab_to(desktop, focus, "text", "Where")
    desktop.type(str(target))
    tab_to(desktop, focus, "push button", "Export")
    desktop.key("space")
    wait_until(
        "the export to finish",
        lambda: [n for n in dialog.find_all("label") if n.name.startswith("Done.")],
        timeout=120,
    )
    with zipfile.ZipFile(target) as bundle:
        assert bundle.testzip() is None
        assert any(name.endswith("dossier.pdf") for name in bundle.namelist())


def test_parts_of_a_picture_are_hidden_with_the_keyboard_alone(
    desktop: Desktop, start_app, tmp_path: Path
) -> None:
    """For a person who cannot drag: the list's first item with Down, "Hide parts…", the
    picture, an arrow marks its middle, Enter places it, Save keeps it in the vault; each
    step is said, as a screen reader hears it."""
    base = vault_with_a_post(tmp_path, "https://www.instagram.com/p/abc")
    heard = desktop.atspi.listen_to_announcements()
    app, window, focus = _opened_at_the_list(desktop, start_app, base)
    desktop.key("Down")  # chooses the first item: its details open
    notes = window.find("text", "Notes")
    wait_until("the item's details", lambda: notes.has(ENABLED))
    tab_to(desktop, focus, "push button", "Hide parts for a redacted copy…")
    desktop.key("space")
    editor = app.window("dialog", "Hide parts for a copy without the pictures")
    for _ in range(10):
        desktop.key("Tab")
        if focused_now(focus).name == "Picture":
            break
    else:
        raise AssertionError("Tab did not reach the picture")
    # What is done with the keys is said, heard before the next key as a person would.
    desktop.key("Right")  # the middle half
    heard.wait_for("A part is marked: from 25 to 75 % across, from 25 to 75 % down.")
    desktop.key("Return")
    heard.wait_for("Placed. In all, 1 part to hide; Save keeps it.")
    tab_to(desktop, focus, "push button", "Save")
    desktop.key("space")
    wait_until("it to be saved", lambda: editor.find_all("label", "Saved."))
    heard.wait_for("Saved.")
    with reading(base) as service:
        (item,) = service.items()
        (region,) = service.redactions()[item.id]
    assert item.width and item.height
    # The middle half of the picture, in its own pixels.
    assert (region.x, region.y) == (round(item.width / 4), round(item.height / 4))
    assert (region.width, region.height) == (round(item.width / 2), round(item.height / 2))
    app.check_alive()
