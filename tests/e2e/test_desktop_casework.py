"""The case work on a real desktop, as a person does it: the journal, a report to a
platform with its ready text, and what is due, through the mouse, the keyboard and the
accessibility interface (xcb, a window manager, AT-SPI)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from evidence_app.vault.service import VaultService
from tests.helpers.desktop import FOCUSED, Desktop, wait_until
from tests.helpers.vaults import PASSPHRASE, reading, vault_with_a_post

POST = "https://www.instagram.com/p/Cx1/"


ENTRIES = (
    "Next steps…",
    "Rename…",
    "Summary in your own words…",
    "Journal: what happened without a file…",
    "Reports to platforms…",
    "To do…",
    "Hand-overs: who got a copy…",
)


def _this_case(desktop: Desktop, app, entry: str) -> None:  # type: ignore[no-untyped-def]
    """The "This case" menu of the case bar, opened with the mouse, and one of its entries
    chosen with the arrow keys and Enter (its pop-up is not on the accessibility bus)."""
    desktop.click(app.root().find("button menu", "This case"))
    desktop.key(*["Down"] * (ENTRIES.index(entry) + 1), "Return")


def _brussels_today() -> str:
    return datetime.now(ZoneInfo("Europe/Brussels")).date().isoformat()


def test_a_report_and_a_journal_entry_are_written_and_what_is_due_is_shown(
    desktop: Desktop, start_app, tmp_path: Path
) -> None:
    base = vault_with_a_post(tmp_path, POST)

    app = start_app(base)
    app.unlock(PASSPHRASE)

    # The journal: something that happened without a file, today where the app runs (its
    # zone, `AppProcess`), which may not be this process's day near midnight.
    days = {_brussels_today()}
    _this_case(desktop, app, "Journal: what happened without a file…")
    journal = app.window("dialog", "Journal of School")
    desktop.click(journal.find("push button", "Write down…"))
    editor = app.window("dialog", "Write down what happened")
    # When: "On this day" chosen in the list with the keyboard; the day shown is today.
    desktop.click(editor.find("combo box", "I don't know"))
    desktop.key("Down", "Return")
    wait_until("the day to be asked", lambda: editor.find("spin box", "Date"))
    desktop.click(editor.find("text", "What happened?"))
    desktop.type("He called and threatened to send the photo to my class.")
    desktop.click(editor.find("push button", "Save"))
    wait_until(
        "the entry in the journal",
        lambda: journal.find_all(
            name="He called and threatened to send the photo to my class.", skip=frozenset()
        ),
    )
    desktop.click(journal.find("push button", "Close"))

    # A report: where to report is shown, a ready text is written, and it is saved.
    _this_case(desktop, app, "Reports to platforms…")
    reports = app.window("dialog", "Reports of School")
    desktop.click(reports.find("push button", "New report…"))
    report = app.window("dialog", "Report to a platform")
    wait_until(
        "where to report Instagram",
        lambda: [  # said whole when Tab reaches it: its name
            n
            for n in report.find_all("label")
            if n.name.startswith("Where to report\n") and "about.meta.com" in n.name
        ],
    )
    desktop.click(report.find("text", "Web addresses (one per line)"))
    desktop.type(POST)
    # What it is about: the picture, found by a search and checked with the space bar.
    desktop.click(report.find("text", "Search the items"))
    desktop.type("Cx1")
    cell = wait_until("the picture in the list", lambda: report.find_all(name=POST))
    # Nothing was said about what it shows: its line says its file's name, not nothing.
    wait_until("the picture named by its file", lambda: report.find_all(name="post.png"))
    desktop.click(cell[0])
    desktop.key("space")
    wait_until("it to be counted", lambda: report.find_all("label", "1 item chosen"))
    # The receipt: "Choose…", the same search in a window of its own, Enter on the one found.
    desktop.click(report.find("push button", "Choose…"))
    chooser = app.window("dialog", "Choose an item")
    desktop.click(chooser.find("text", "Search the items"))
    desktop.type("Cx1")
    desktop.click(wait_until("the one found", lambda: chooser.find_all(name=POST))[0])
    desktop.key("Return")
    wait_until("the chooser to close", lambda: ("dialog", "Choose an item") not in app.windows())
    receipt = report.find("text", "Receipt you kept")
    wait_until("the receipt named", lambda: receipt.text() == "#1  post.png")
    desktop.click(report.find("text", "Your name"))
    desktop.type("Lien")
    desktop.click(report.find("push button", "Write a ready text"))
    text = report.find("text", "The text you send")
    wait_until("the ready text", lambda: POST in text.text() and "Lien" in text.text())
    desktop.click(report.find("push button", "Save"))
    wait_until(
        "the report in the list", lambda: reports.find_all(name="Instagram", skip=frozenset())
    )
    desktop.click(reports.find("push button", "Close"))

    # Not sent yet: To do says so.
    todo_button = wait_until(
        "the To do button", lambda: app.root().find_all("push button", "To do (1)")
    )[0]
    desktop.click(todo_button)
    todo = app.window("dialog", "To do: School")
    wait_until(
        "the draft in To do",
        lambda: todo.find_all(name="Send the report: it is still a draft.", skip=frozenset()),
    )
    desktop.key("Escape")
    wait_until("To do to close", lambda: ("dialog", "To do: School") not in app.windows())
    desktop.key("ctrl+l")
    wait_until("the vault to be closed", lambda: not app.vault_files_open())
    app.check_alive()

    again = VaultService.unlock(base / "vault", PASSPHRASE)
    try:
        (entry,) = again.journal(1)
        assert entry.text == "He called and threatened to send the photo to my class."
        days.add(_brussels_today())  # the day may have turned while the test ran
        assert entry.event_precision == "day"
        assert entry.event_at in days
        (stored,) = again.reports(1)
        assert (stored.platform, stored.urls, stored.status) == ("instagram", (POST,), "draft")
        assert (stored.item_ids, stored.confirmation_item_id) == ((1,), 1)
        assert POST in stored.text and "Lien" in stored.text
        assert again.check() == []
    finally:
        again.lock()


def test_a_hand_over_is_removed_only_when_the_person_says_yes(
    desktop: Desktop, start_app, tmp_path: Path
) -> None:
    """Who got a copy, typed in, then removed: a question comes first, and Enter (pressed
    out of habit) or No keeps it; only Yes removes it."""
    base = vault_with_a_post(tmp_path, POST)
    app = start_app(base)
    app.unlock(PASSPHRASE)
    heard = desktop.atspi.listen_to_announcements()

    _this_case(desktop, app, "Hand-overs: who got a copy…")
    handovers = app.window("dialog", "Hand-overs of School")
    desktop.click(handovers.find("push button", "A copy was given…"))
    editor = app.window("dialog", "A copy was given")
    desktop.click(editor.find("text", "To whom?"))
    desktop.type("Politie Gent")
    desktop.click(editor.find("text", "Reference (for example the police report number)"))
    desktop.type("PV 2026/1234")
    desktop.click(editor.find("push button", "Save"))
    wait_until("it to be said", lambda: handovers.find_all("label", "Written down."))
    heard.wait_for("Written down.")  # to a screen reader too: the focus stays on the list
    cell = wait_until(
        "the hand-over in the list",
        lambda: handovers.find_all(name="Politie Gent", skip=frozenset()),
    )[0]

    def remove_and_answer(answer: str | None) -> None:
        """Remove… and the question answered by clicking `answer`, or with Enter (None)."""
        desktop.click(cell)
        desktop.click(handovers.find("push button", "Remove…"))
        question = app.window("alert message", "Remove the hand-over?")
        if answer is None:  # Enter, once the question has the keys: No is its default
            no = question.find("push button", "No")
            wait_until("No to have the focus", lambda: no.has(FOCUSED))
            desktop.key("Return")
        else:
            desktop.click(question.find("push button", answer))
        wait_until(
            "the question to close",
            lambda: ("alert message", "Remove the hand-over?") not in app.windows(),
        )

    for answer in (None, "No"):
        remove_and_answer(answer)
        with reading(base) as vault:  # beside the app
            assert [e.given_to for e in vault.custody(1)] == ["Politie Gent"], answer
    remove_and_answer("Yes")
    wait_until("it to be said", lambda: handovers.find_all("label", "The hand-over is removed."))
    assert handovers.find_all(name="Politie Gent", skip=frozenset()) == []
    desktop.click(handovers.find("push button", "Close"))
    desktop.key("ctrl+l")
    wait_until("the vault to be closed", lambda: not app.vault_files_open())
    app.check_alive()

    with reading(base) as vault:
        assert vault.custody(1) == []
        assert vault.check() == []


def test_discreet_mode_keeps_the_apps_name_out_of_the_window_list(
    desktop: Desktop, start_app, desktop_vault: tuple[Path, str]
) -> None:
    from evidence_app.gui.common.settings import Settings
    from evidence_app.paths import Paths

    base, _ = desktop_vault
    Settings(Paths(base).settings_file).set_discreet(True)
    app = start_app(base)
    wait_until("the unlock window", lambda: "Notes" in desktop.frames(app.pid))
    desktop.type(PASSPHRASE)
    desktop.key("Return")
    wait_until("the vault to be open", app.vault_files_open)
    titles = wait_until("the main window", lambda: list(desktop.frames(app.pid)))
    assert titles and all("Bewijskluis" not in title for title in titles), titles


ASKED = ("alert message", "Keep what you wrote?")
SUMMARY = ("dialog", "Summary of School")


def _summary_written(desktop: Desktop, start_app, tmp_path: Path, words: str):  # type: ignore[no-untyped-def]
    """A vault with a case, the app unlocked, and `words` typed into the case's summary:
    the vault's folder, the app and the summary window."""
    base = vault_with_a_post(tmp_path, POST)
    app = start_app(base)
    app.unlock(PASSPHRASE)
    _this_case(desktop, app, "Summary in your own words…")
    summary = app.window(*SUMMARY)
    desktop.click(summary.find("text", "Summary"))
    desktop.type(words)
    return base, app, summary


def test_a_summary_closed_with_esc_asks_and_what_was_written_is_kept(
    desktop: Desktop, start_app, tmp_path: Path
) -> None:
    """Words written in the case's summary, then Esc: the window asks (Save, Close without
    saving, Go back). Go back keeps the words in the window; Esc again and Save keeps them
    in the vault (`gui.common.unsaved`)."""
    words = "He sent the photo to the whole class on Friday."
    base, app, summary = _summary_written(desktop, start_app, tmp_path, words)
    desktop.key("Escape")
    asked = app.window(*ASKED)
    desktop.click(asked.find("push button", "Go back"))
    wait_until("the question to go", lambda: ASKED not in app.windows())
    assert SUMMARY in app.windows() and summary.find("text", "Summary").text() == words
    desktop.click(summary.find("text", "Summary"))
    desktop.key("Escape")
    asked = app.window(*ASKED)
    desktop.click(asked.find("push button", "Save"))
    wait_until("the summary window to close", lambda: SUMMARY not in app.windows())
    app.check_alive()
    with reading(base) as vault:
        assert vault.cases()[0].summary == words


def test_a_summary_being_written_is_kept_when_the_vault_locks(
    desktop: Desktop, start_app, tmp_path: Path
) -> None:
    """Words written in the case's summary, then Ctrl+L before Save: the lock asks nothing
    and closes the window at once, but keeps the words first, as Save would; once the vault
    is open again, a screen reader hears that they were kept."""
    words = "It started in September, in the class group chat."
    base, app, _ = _summary_written(desktop, start_app, tmp_path, words)
    desktop.key("ctrl+l")
    wait_until("the vault to be closed", lambda: not app.vault_files_open())
    assert SUMMARY not in app.windows() and ASKED not in app.windows()
    with reading(base) as vault:  # beside the app, while it is locked
        assert vault.cases()[0].summary == words
    heard = desktop.atspi.listen_to_announcements()
    app.unlock(PASSPHRASE)
    heard.wait_for("What you were writing when the vault locked is saved: the case's summary.")
    app.check_alive()


def test_a_person_being_written_beside_the_list_is_kept_and_linked_when_the_vault_locks(
    desktop: Desktop, start_app, tmp_path: Path
) -> None:
    """The item chosen, "New person…" beside the list, a name typed, then Ctrl+L before
    Save: the person is kept and linked to the item, and a screen reader hears where."""
    base = vault_with_a_post(tmp_path, POST)
    app = start_app(base)
    window = app.unlock(PASSPHRASE)
    desktop.click(window.find("table", "Items of this case").cell(0, 1))
    wait_until("the details", lambda: window.find("combo box", "(not known)"))
    desktop.click(window.find("push button", "New person…"))
    person = app.window("dialog", "Who posted or sent it")
    desktop.click(person.find("text", "Name:"))
    desktop.type("Jan from the chat")
    desktop.key("ctrl+l")
    wait_until("the vault to be closed", lambda: not app.vault_files_open())
    with reading(base) as vault:
        (kept,) = vault.persons(1)
        assert kept.name == "Jan from the chat"
        assert vault.items()[0].poster_id == kept.id
    heard = desktop.atspi.listen_to_announcements()
    app.unlock(PASSPHRASE)
    heard.wait_for(
        "What you were writing when the vault locked is saved: “Who posted or sent it” and "
        "the details beside the list."
    )
    app.check_alive()
