"""The guide on a real desktop, as a person uses it: Next steps opened with the mouse, a
step marked done, a step's button opening what it says, a ready text copied, and, for a
case about a minor, a pasted picture answered with Enter keeping words only (xcb, a
window manager, AT-SPI)."""

from __future__ import annotations

from pathlib import Path

from evidence_app.domain.guide import StepState
from evidence_app.domain.model import ItemKind
from evidence_app.vault.service import VaultService
from tests.helpers.desktop import Desktop, wait_until
from tests.helpers.vaults import FAST_KDF, PASSPHRASE


def test_next_steps_are_marked_and_their_buttons_open_what_they_say(
    desktop: Desktop, start_app, tmp_path: Path
) -> None:
    base = tmp_path / "base"
    service, _ = VaultService.create(
        base / "vault", PASSPHRASE, first_case_name="School", kdf=FAST_KDF
    )
    service.choose("minors", "yes", case_id=1)
    service.lock()

    app = start_app(base)
    app.unlock(PASSPHRASE)
    desktop.click(wait_until("the button", lambda: app.root().find("push button", "Next steps")))
    guide = app.window("dialog", "Next steps: School")
    desktop.click(
        wait_until("the steps", lambda: guide.find("check box", "Done: It is not your fault"))
    )
    wait_until("the count", lambda: guide.find_all("label", "1 of 11 done"))
    # "Write a report…" opens the report editor, the guide closed behind it.
    desktop.click(
        guide.find("push button", "Write a report…: Report it and ask for it to be removed")
    )
    app.window("dialog", "Report to a platform")
    desktop.key("Escape")
    wait_until(
        "the editor to close", lambda: ("dialog", "Report to a platform") not in app.windows()
    )
    desktop.key("Escape")  # the reports

    # "Ready texts…" of "Ask others to delete it": the text to friends, copied.
    desktop.click(app.root().find("push button", "Next steps"))
    guide = app.window("dialog", "Next steps: School")
    desktop.click(
        wait_until(
            "the steps", lambda: guide.find("push button", "Ready texts…: Ask others to delete it")
        )
    )
    texts = app.window("dialog", "Ready texts: School")
    desktop.click(texts.find("push button", "Copy"))
    wait_until(
        "the copy to be said",
        lambda: texts.find_all("label", "The text is copied. Paste it where you want to send it."),
    )
    desktop.click(texts.find("push button", "Close"))

    desktop.key("ctrl+l")
    wait_until("the vault to be closed", lambda: not app.vault_files_open())
    app.check_alive()

    again = VaultService.unlock(base / "vault", PASSPHRASE)
    try:
        assert again.step_states(1) == {"not-your-fault": StepState.DONE}
        assert again.check() == []
    finally:
        again.lock()


def test_a_case_about_a_minor_asks_before_a_picture_and_enter_keeps_words_only(
    desktop: Desktop, start_app, tmp_path: Path
) -> None:
    base = tmp_path / "base"
    service, _ = VaultService.create(
        base / "vault", PASSPHRASE, first_case_name="School", kdf=FAST_KDF
    )
    service.choose("minors", "yes")
    service.lock()

    app = start_app(base)
    app.unlock(PASSPHRASE)
    desktop.key("ctrl+o")  # Add files: asked before the file dialog opens
    wait_until("the question", lambda: app.root().find_all("label", "You did nothing wrong."))
    desktop.key("Return")  # the default: words only
    app.window("dialog", "Tell what you know")
    assert ("dialog", "Add files to the vault") not in app.windows()
    desktop.key("ctrl+l")
    wait_until("the vault to be closed", lambda: not app.vault_files_open())
    again = VaultService.unlock(base / "vault", PASSPHRASE)
    try:
        assert [(i.kind, i.size) for i in again.items()] == [(ItemKind.RECORD, 0)]
    finally:
        again.lock()
