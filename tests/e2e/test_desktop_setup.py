"""The first start on a real desktop: the setup, typed and clicked as a new person does it."""

from __future__ import annotations

import itertools
import re
from pathlib import Path

from evidence_app.domain import wordlist
from evidence_app.vault.service import VaultService
from tests.helpers.desktop import Desktop, Node, wait_until

PASSPHRASE = "mijn fiets staat altijd bij de bakker"
GROUP = re.compile(r"^[0-9A-F]{4}$")


def _groups(page: Node) -> list[str]:
    """The recovery key as shown: labels "1", "3F2A", "2", "91C0", … in reading order."""
    labels = [node.name for node in page.find_all("label")]
    groups: dict[int, str] = {}
    for number, group in itertools.pairwise(labels):
        if number.isdigit() and GROUP.match(group):
            groups[int(number)] = group
    return [groups[n] for n in sorted(groups)]


def test_first_start_makes_a_vault_that_the_shown_recovery_key_opens(
    desktop: Desktop, start_app, tmp_path: Path
) -> None:
    base = tmp_path / "new"
    app = start_app(base)
    wizard = app.window("dialog", "Bewijskluis")
    desktop.click(wizard.find("push button", "Next"))
    wait_until("the page about you", lambda: wizard.find("radio button", "Me, for myself"))
    desktop.click(wizard.find("push button", "Next"))
    desktop.click(wait_until("the passphrase page", lambda: wizard.find("text", "New passphrase")))
    desktop.type(PASSPHRASE)
    desktop.click(wizard.find("text", "Type it again"))
    desktop.type(PASSPHRASE)
    desktop.click(wizard.find("push button", "Make my vault"))
    # The key is shown once, in 16 numbered groups.
    groups = wait_until("the recovery key", lambda: len(_groups(wizard)) == 16 and _groups(wizard))
    # Said too: the groups are labels, which a screen reader never reached with Tab.
    key = wizard.find("panel", "Your recovery key")
    assert key.description == " ".join(
        f"Group {n}: {' '.join(group)}." for n, group in enumerate(groups, start=1)
    )
    desktop.click(
        wizard.find("check box", "I wrote down or printed my recovery key and keep it safe.")
    )
    desktop.click(wizard.find("push button", "Next"))
    # Two groups are asked back.
    fields = wait_until(
        "the check page",
        lambda: [n for n in wizard.find_all("text") if n.name.startswith("Group ")],
    )
    # A wrong group first: what is wrong is said, to a screen reader too.
    heard = desktop.atspi.listen_to_announcements()
    desktop.click(fields[0])
    desktop.type("ZZZZ")
    desktop.click(fields[1])
    desktop.type(groups[int(fields[1].name.removeprefix("Group ")) - 1])
    desktop.click(wizard.find("push button", "Open my vault"))
    heard.wait_for_start(f"{fields[0].name} does not match.")
    desktop.click(fields[0])
    desktop.key("ctrl+a", "BackSpace")
    desktop.type(groups[int(fields[0].name.removeprefix("Group ")) - 1])
    desktop.click(wizard.find("push button", "Open my vault"))
    app.window("frame", "Bewijskluis")
    wait_until("the vault to be open", app.vault_files_open)
    # What was shown opens the vault without the app's help, and so does the passphrase.
    VaultService.unlock_with_recovery_key(base / "vault", "-".join(groups)).lock()
    VaultService.unlock(base / "vault", PASSPHRASE).lock()


def test_a_suggested_passphrase_is_read_out_and_opens_the_vault(
    desktop: Desktop, start_app, tmp_path: Path
) -> None:
    base = tmp_path / "new"
    heard = desktop.atspi.listen_to_announcements()
    app = start_app(base, language="nl")
    wizard = app.window("dialog", "Bewijskluis")
    desktop.click(wizard.find("push button", "Volgende"))
    wait_until("the page about you", lambda: wizard.find("radio button", "Ikzelf, voor mezelf"))
    heard.wait_for_start("Over jou ")  # what the page asks, said as it turns to it
    desktop.click(wizard.find("push button", "Volgende"))
    # Found by its accessible name, as a screen reader finds it.
    button = wait_until(
        "the passphrase page", lambda: wizard.find("push button", "Stel een wachtwoordzin voor")
    )
    desktop.click(button)
    # Shown in clear, it is an ordinary field again (a new one on the accessibility bus).
    suggestion = wait_until(
        "the suggestion", lambda: wizard.find("text", "Nieuwe wachtwoordzin").text()
    )
    words = suggestion.split(" ")
    assert len(words) == 5 and set(words) <= set(wordlist.word_list("nl"))
    assert wizard.find("text", "Typ hem nog eens").text() == suggestion  # shown in clear
    hint = [n for n in wizard.find_all("label") if n.name.startswith("Schrijf je wachtwoordzin op")]
    assert hint and "niet bij deze computer" in hint[0].name
    desktop.click(wizard.find("push button", "Maak mijn kluis"))
    wait_until("the recovery key", lambda: len(_groups(wizard)) == 16)
    wait_until("the vault in place", lambda: (base / "vault" / "vault.key").exists())
    VaultService.unlock(base / "vault", suggestion).lock()
