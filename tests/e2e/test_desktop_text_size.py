"""The text size changed while the app runs, the way a person does it on a real desktop
(Xvfb, xcb, AT-SPI): Settings > Text size > 100 % bigger, with the mouse. The letters
double at once, in the list too, whose rows and columns grow with them; the choice is kept.
And at that size the record window's tips, longer than their place, are read with the keys.
"""

from __future__ import annotations

from pathlib import Path

from evidence_app.gui.common.settings import Settings
from tests.helpers.desktop import CHECKED, FOCUSED, AppProcess, Desktop, Node, tab_to, wait_until
from tests.helpers.vaults import PASSPHRASE, reading


def _sizes(window: Node) -> dict[str, tuple[int, int]]:
    """Width and height of what shows text: a label, a cell of the list and its column."""
    table = window.find("table", "Items of this case")
    found = {
        "label": window.find("label", "Case:"),
        "column": table.column_header(1),
        "cell": table.cell(0, 1),
    }
    return {what: node.extents()[2:] for what, node in found.items()}


def test_the_text_doubles_when_a_person_picks_it_in_the_settings(
    desktop: Desktop, start_app, desktop_vault: tuple[Path, str], tmp_path: Path
) -> None:
    base, _ = desktop_vault
    chat = tmp_path / "chat.txt"
    chat.write_text("hallo\n", encoding="utf-8")
    with reading(base) as service:
        service.add_file(chat, case_id=1)
    app: AppProcess = start_app(base)
    window = app.unlock(PASSPHRASE)
    before = _sizes(window)
    # A menu ignores a click where the pointer already was when it opened: the pointer
    # comes from elsewhere, as a person's hand does.
    desktop.xdotool("mousemove", "600", "400")
    settings = window.find("menu bar").find("menu item", "Settings")
    desktop.click(settings)
    text_size = settings.find("menu item", "Text size")
    desktop.click(text_size)
    desktop.click(text_size.find("menu item", "100 % bigger"))
    wait_until(
        "the text size to be kept",
        lambda: Settings(base / "settings.ini").text_size() == 200,
        timeout=10,
    )

    def doubled() -> dict[str, tuple[int, int]] | None:
        after = _sizes(window)
        return after if after["label"][0] >= 1.8 * before["label"][0] else None

    after = wait_until("the letters to double", doubled, timeout=10)
    desktop.screenshot(tmp_path / "text-200.png")
    # The list's column is twice as wide (its date is not cut off), and a row at least as
    # high as the column's header, which Qt sizes to its words.
    assert after["column"][0] >= 1.8 * before["column"][0], (before, after)
    assert after["cell"][1] >= after["column"][1], (before, after)
    app.check_alive()


def test_with_big_text_the_record_windows_tips_are_read_to_the_end_with_the_keyboard(
    desktop: Desktop, start_app, desktop_vault: tuple[Path, str], tmp_path: Path
) -> None:
    """At 200 % the tips are longer than their place: Tab reaches them, End shows their
    last line, Home their first."""
    base, _ = desktop_vault
    Settings(base / "settings.ini").set_text_size(200)
    chat = tmp_path / "chat.txt"
    chat.write_text("hallo\n", encoding="utf-8")
    app = start_app(base)
    app.unlock(PASSPHRASE)
    record = app.add_file(chat)
    tips = record.find("filler", "What makes a screenshot strong evidence")  # a scroll area
    text = tips.find("label")
    _, area_top, _, area_height = tips.extents()
    _, top, _, height = text.extents()
    assert top + height > area_top + area_height  # longer than their place

    focus = desktop.atspi.listen_to_focus()
    tab_to(desktop, focus, "filler", tips.name)  # past the record form's questions
    assert tips.has(FOCUSED)
    desktop.key("End")
    wait_until(
        "the last line in sight",
        lambda: sum(text.extents()[1::2]) <= area_top + area_height,
    )
    desktop.key("Home")
    wait_until("the first line in sight", lambda: text.extents()[1] >= area_top)
    app.check_alive()


def test_with_big_text_on_a_small_screen_a_choice_is_chosen_by_a_click_on_its_last_line(
    desktop: Desktop, start_app, desktop_vault: tuple[Path, str]
) -> None:
    """At 200 % on 1366×768 at 150 %, About you's "I am helping someone (…)" takes two lines:
    the accessibility bus places it on both, and a click on its second line of words chooses
    it, as a click on the words of Qt's own."""
    base, _ = desktop_vault
    Settings(base / "settings.ini").set_text_size(200)
    app: AppProcess = start_app(base, language="nl", extra_env={"QT_SCALE_FACTOR": "1.5"})
    window = app.unlock(PASSPHRASE)
    desktop.xdotool("mousemove", "600", "400")  # a menu ignores a click where it opened
    settings = window.find("menu bar").find("menu item", "Instellingen")
    desktop.click(settings)
    desktop.click(settings.find("menu item", "Over jou: wie gebruikt Bewijskluis…"))
    about = app.window("dialog", "Over jou")
    myself = about.find("radio button", "Ikzelf, voor mezelf")
    helping = about.find(
        "radio button",
        "Ik help iemand (als ouder, vriend of vriendin, leerkracht of vertrouwenspersoon)",
    )
    assert myself.has(CHECKED) and not helping.has(CHECKED)
    # Where the bus says it is covers its two lines (a magnifier follows it there).
    x, top, w, height = desktop.on_screen(helping)
    line = desktop.on_screen(myself)[3]
    assert height >= 1.8 * line
    desktop.click_at(x + w // 6, top + height - line // 2)  # on the second line's first word
    wait_until("the choice to be made", lambda: helping.has(CHECKED))
    assert not myself.has(CHECKED)
    app.check_alive()
