"""What every command shares: exit codes, the sentence for each error, reading secrets
and options, printing safely to the terminal, opening the vault."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from evidence_app.domain.errors import (
    BadInput,
    CannotWrite,
    EvidenceError,
    PassphraseTooWeak,
    VaultBusy,
    VaultDamaged,
    VaultExists,
    VaultUnreadable,
    WrongSecret,
)
from evidence_app.domain.escapes import CONTROLS, escape
from evidence_app.paths import Paths

if TYPE_CHECKING:  # loaded by the commands that open the vault, not by `--help` or the window
    from evidence_app.domain.model import Case
    from evidence_app.storage.seal import Rollback
    from evidence_app.vault.service import VaultService

EXIT_OK, EXIT_CHECK_FAILED, EXIT_USAGE, EXIT_SECRET, EXIT_UNREADABLE = 0, 1, 2, 3, 4


EXIT_CANNOT_WRITE = 5  # a full disk, a read-only place, a busy vault: try again later


EXIT_INTERNAL = 70


_UNREADABLE_MESSAGES = {
    VaultUnreadable.MISSING: "There is no vault here yet. Create one with 'evidence-app init'.",
    VaultUnreadable.KEY_HEADER_MISSING: (
        "The vault's key file (vault.key) is missing. The evidence is still there: "
        "open it with your recovery key (--recovery-key) and choose a new passphrase "
        "with 'evidence-app passwd --recovery-key'."
    ),
    VaultUnreadable.KEY_HEADER_DAMAGED: (
        "The vault's key file (vault.key) is damaged. Open the vault with your "
        "recovery key (--recovery-key)."
    ),
    VaultUnreadable.DATABASE_DAMAGED: (
        "The key is right, but the vault's database (vault.db) is missing, or damaged in the "
        "part that says how everything in it is stored: nothing in it can be read now. "
        "Do not change anything in the folder. Copy the whole folder (vault.db, vault.key and "
        "vault.key.backup) somewhere safe as it is, and restore a backup if you have one."
    ),
    VaultUnreadable.TOO_NEW: (
        "This vault was made by a newer version of Bewijskluis. Install the newer "
        "version to open it; nothing was changed."
    ),
}


def message_for(error: EvidenceError) -> str:
    """One plain sentence for an expected error, without secrets or evidence."""
    if isinstance(error, VaultUnreadable):
        return _UNREADABLE_MESSAGES.get(error.reason, f"The vault cannot be read ({error.reason}).")
    if isinstance(error, PassphraseTooWeak):
        if error.guessable:
            return (
                "This passphrase is easy to guess: programs that guess passwords try common "
                "words, names, number rows and repeats first. Put a few words together that "
                "only you would choose, with spaces between them, or let "
                "'evidence-app suggest-passphrase' choose them. Nothing was changed."
            )
        return f"The passphrase must be at least {error.minimum} characters long."
    if isinstance(error, WrongSecret):
        return "That passphrase or recovery key does not open this vault."
    if isinstance(error, VaultExists):
        return "There is a vault in this folder already; nothing was changed."
    if isinstance(error, CannotWrite):
        where = f" ({printable(error.where)})" if error.where else ""
        if error.reason == CannotWrite.FULL:
            return (
                f"There is no space left on the disk{where}. Nothing was lost: everything saved "
                "before is still there. Free some space, or choose another place, and try again."
            )
        return (
            f"Bewijskluis cannot write there{where}: the disk or folder is read-only, or not "
            "yours. Nothing was changed. Choose another place, or make it writable."
        )
    if isinstance(error, VaultDamaged) and error.what == VaultDamaged.NOTHING_READABLE:
        return (
            "The vault's database (vault.db) is damaged, and none of the items chosen can be "
            "read whole from it, so no dossier was made. Nothing was changed. 'evidence-app "
            "check' names what is damaged; copy the vault's folder somewhere safe as it is."
        )
    if isinstance(error, VaultDamaged):
        return (
            "Part of the vault's database (vault.db) is damaged, and this needs that part, so "
            "it could not be done. Nothing was changed. 'evidence-app check' names what is "
            "damaged; 'evidence-app export --out FOLDER' saves everything that can still be read."
        )
    if isinstance(error, VaultBusy):
        return (
            "Another program is writing to the vault right now (another Bewijskluis?). "
            "Nothing was changed; try again when it is done."
        )
    return printable(str(error))


class SecretReader:
    """Reads passphrases: hidden from a terminal, else one per line from `stream`."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self._interactive = stream.isatty()
        self._used_rest = False

    def read(self, prompt: str) -> str:
        if self._interactive:
            return getpass.getpass(prompt, stream=sys.stderr)
        line = self._stream.readline()
        if not line:
            raise BadInput(f"no input for: {prompt.strip().rstrip(':')}")
        return line.removesuffix("\n").removesuffix("\r")

    def rest(self, what: str) -> str:
        """Everything still to come on standard input (after the secrets): a note, a list."""
        if self._used_rest:
            raise BadInput("only one option can be read from standard input ('-')")
        self._used_rest = True
        if self._interactive:
            _say(f"{what} (end with an empty line and Ctrl+D):")
        return self._stream.read()

    def read_new(self, what: str = "New passphrase") -> str:
        first = self.read(f"{what}: ")
        if self.read(f"{what} again: ") != first:
            raise BadInput("The two passphrases are not the same; nothing was changed.")
        return first


def _say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


_TERMINAL_ESCAPES = {c: escape(c) for c in CONTROLS}


def printable(text: str) -> str:
    """`text` safe for one line on a terminal: control characters (line breaks, escape
    sequences that recolour or rewrite the screen) and bytes that are not UTF-8 are
    written as escapes (`\\x1b`), so an `added` line stays one line and says what it is."""
    clean = text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return clean.translate(_TERMINAL_ESCAPES)


def _out(text: str = "") -> None:
    """A line of results on standard output.

    When its reader has gone (`evidence-app list | head`), the rest is dropped quietly
    and the command carries on: what `add` stores must not depend on who reads.
    """
    try:
        print(text, flush=True)
    except BrokenPipeError:
        _silence_stdout()


def _silence_stdout() -> None:
    """Send the rest of standard output, and Python's last flush at exit, nowhere."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)


def _text(args: argparse.Namespace, name: str, secrets: SecretReader) -> str:
    """The value of --NAME, or read through --NAME-file: a file, or - for standard input.

    The -file forms keep a note, an address or a case's name out of the process list
    and the shell's history, where anyone using the computer could read them.
    """
    source = getattr(args, f"{name}_file", None)
    if source is None:
        return str(getattr(args, name, None) or "")
    if source == "-":
        return secrets.rest(name.replace("_", " ").capitalize()).strip()
    try:
        return Path(source).read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError) as exc:
        raise BadInput(f"{printable(source)} cannot be read as text") from exc


def _files(args: argparse.Namespace, secrets: SecretReader) -> list[str]:
    """FILE arguments, and the names read through --files-from (one per line)."""
    names = list(args.files)
    if args.files_from:
        listed = _text(
            argparse.Namespace(files_from=None, files_from_file=args.files_from),
            "files_from",
            secrets,
        )
        names += [line for line in listed.splitlines() if line.strip()]
    if not names:
        raise BadInput("give the files to add (FILE ... or --files-from)")
    return names


def _open(paths: Paths, args: argparse.Namespace, secrets: SecretReader) -> VaultService:
    from evidence_app.export.leftovers import sweep_unfinished
    from evidence_app.vault.service import VaultService

    if args.recovery_key:
        service = VaultService.unlock_with_recovery_key(
            paths.vault_dir, secrets.read("Recovery key: ")
        )
    else:
        service = VaultService.unlock(paths.vault_dir, secrets.read("Passphrase: "))
    sweep_unfinished(service)  # what an export cut short left behind goes now
    if service.rollback is not None:
        _say(_rollback_text(service.rollback))
    return service


def _rollback_text(rollback: Rollback) -> str:
    if rollback.other_history:
        what = (
            "Warning: the vault file (vault.db) is not the one this vault last saved: it may be "
            "an older copy put back in its place."
        )
    else:
        saves = "save" if rollback.missing == 1 else "saves"
        what = (
            f"Warning: the vault is missing its last {rollback.missing} {saves}. The vault file "
            "(vault.db) is older than when the vault was last used: after a crash, its companion "
            "file vault.db-wal was probably lost."
        )
    return (
        f"{what} Everything else in it is intact. If you have a copy of the vault folder that "
        "is newer, do not overwrite it. This is now noted in the vault's history; `check` "
        "reports it."
    )


def _report(problems: Sequence[object], counted: str, all_good: str) -> int:
    """One line per problem on standard output, a summary on standard error; the exit code."""
    for problem in problems:
        _out(printable(str(problem)))  # names from a bundle someone else made
    if problems:
        _say(f"{len(problems)} {counted}")
        return EXIT_CHECK_FAILED
    _say(all_good)
    return EXIT_OK


def _case(service: VaultService, name: str) -> Case:
    """The case named `name`, or the first one."""
    return service.case_by_name(name) if name else service.cases()[0]


Command = Callable[[Paths, argparse.Namespace, SecretReader], int]
