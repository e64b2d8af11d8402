"""A list inside a field made of parts is said with its question, on a real desktop.

On Linux Qt gives a combo box its value as its name and says what it is through a
"labelled by" relation, which it finds among the box's siblings only. The person picker
and "when it happened" are fields of several parts: a screen reader said "(not known)
combo box" and "I don't know combo box", without the question. Read here through AT-SPI
as a screen reader reads them (Orca 43 now says "Who posted or sent it? combo box").
And a helpline's card is said whole, and a text field the first time Tab reaches it.
"""

from __future__ import annotations

from pathlib import Path

from evidence_app.gui.common.settings import Settings
from tests.helpers.desktop import Desktop, wait_until
from tests.helpers.vaults import PASSPHRASE, vault_with_a_post


def test_the_lists_of_the_details_are_said_with_their_question(
    desktop: Desktop, start_app, tmp_path: Path
) -> None:
    base = vault_with_a_post(tmp_path, "https://www.instagram.com/p/Cx1/")
    app = start_app(base)
    window = app.unlock(PASSPHRASE)
    desktop.click(window.find("table", "Items of this case").cell(0, 1))
    person = wait_until("the details", lambda: window.find("combo box", "(not known)"))
    assert person.labelled_by() == ["Who posted or sent it?"]
    when = window.find("combo box", "I don't know")
    question = "Its date (and time), if you know it: it puts the dossier in order"
    assert when.labelled_by() == [question]
    app.check_alive()


def test_a_helpline_reached_with_tab_is_said_with_its_number(
    desktop: Desktop, start_app, tmp_path: Path
) -> None:
    """Orca says a label's name alone, never its description: a card of "Where to get
    help" was said "Child Focus label", without the number to call."""
    base = vault_with_a_post(tmp_path, "https://www.instagram.com/p/Cx1/")
    Settings(base / "settings.ini").set_help_country("BE")
    app = start_app(base)
    app.unlock(PASSPHRASE)
    desktop.key("F1")
    helplines = app.window("dialog", "Where to get help")
    cards = wait_until(
        "the cards", lambda: [n for n in helplines.find_all("label") if n.name.startswith("Child")]
    )
    assert "Phone: 116 000" in cards[0].name and "Day and night" in cards[0].name


def test_each_text_field_tab_reaches_is_said_the_first_time(
    desktop: Desktop, start_app, tmp_path: Path
) -> None:
    """An empty field that takes the focus from Tab puts its caret at the start, and Qt told
    the bus so before it told of the focus: Orca took the caret's move as the focus,
    quietly, and then said nothing, the first time Tab reached the search field. Heard
    here as a screen reader hears it: no field's caret moves between the focus leaving the
    control before and coming to the field (`gui/common/focus_said.py`)."""
    base = vault_with_a_post(tmp_path, "https://www.instagram.com/p/Cx1/")
    app = start_app(base)
    window = app.unlock(PASSPHRASE)
    desktop.click(window.find("table", "Items of this case").cell(0, 1))
    wait_until("the details", lambda: window.find("combo box", "(not known)"))
    heard = desktop.atspi.listen_to_focus_and_caret()
    for _ in range(30):  # once round the window, the details included
        desktop.key("Tab")
        heard.drain(0.3)
    heard.drain(1.0)
    reached = {where for what, where in heard.heard if what == "focused"}
    fields = {heard.nodes[where].name for where in reached if heard.nodes[where].role == "text"}
    assert {"Search in this case", "Web address"} <= fields, fields
    before_focus: list[str] = []  # carets moved since the last control took the focus
    quiet = []
    for what, where in heard.heard:
        if what == "caret":
            before_focus.append(where)
        else:
            if where in before_focus:
                quiet.append(where)
            before_focus = []
    assert [heard.nodes[where].name for where in quiet] == []
    app.check_alive()
