"""The `evidence-app` command: the GUI by default, subcommands for helpers, scripts and tests.

Passphrases are read from the terminal without echo, or, when standard input
is not a terminal, one per line from standard input (as keepassxc-cli does).
Messages go to standard error and never hold a passphrase, a key or evidence.

Exit codes: 0 success, 1 a check failed (or, for `list` and `export` of a
damaged vault, done as far as it could be read: what is missing is named),
2 bad usage or input, 3 wrong passphrase or key, 4 vault damaged or
unreadable (nothing could be done), 5 cannot write now, 70 an internal error.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import signal
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from evidence_app import APP_NAME, __version__
from evidence_app.domain import clock, event_time
from evidence_app.domain.errors import (
    BadInput,
    CannotWrite,
    EvidenceError,
    NotFound,
    PassphraseTooWeak,
    VaultBusy,
    VaultDamaged,
    VaultExists,
    VaultUnreadable,
    WrongSecret,
)
from evidence_app.domain.model import Case, Item
from evidence_app.domain.passphrase import require_acceptable
from evidence_app.domain.web import validate_url
from evidence_app.export.leftovers import sweep_unfinished
from evidence_app.hardening import harden_process
from evidence_app.paths import Paths, resolve
from evidence_app.storage.diskerrors import write_problem
from evidence_app.storage.seal import Rollback
from evidence_app.vault import damage
from evidence_app.vault.service import (
    LEFTOVER_AUDIT,
    LEFTOVER_BACKUP,
    LEFTOVER_SYNC,
    VaultService,
)

if TYPE_CHECKING:
    from evidence_app.export import ExportResult

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


_JSON_C1 = {c: f"\\u{c:04x}" for c in range(0x7F, 0xA0)}
_TERMINAL_ESCAPES = {c: f"\\x{c:02x}" for c in (*range(0x20), *range(0x7F, 0xA0))}


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


def cmd_init(paths: Paths, args: argparse.Namespace, secrets: SecretReader) -> int:
    if VaultService.exists(paths.vault_dir):
        raise VaultExists(str(paths.vault_dir))
    passphrase = secrets.read_new()
    made = VaultService.prepare(paths.vault_dir, passphrase)
    # The vault is put in place only once its recovery key was shown: an init that is
    # interrupted before leaves nothing that a new init would refuse.
    _say(
        "Your vault is ready. Below is your recovery key: write it down or print it and keep it "
        "somewhere safe. It opens the vault if you forget your passphrase. It is shown only now."
    )
    try:
        print(made.recovery_key, flush=True)
    except BrokenPipeError:
        made.discard()
        _silence_stdout()
        raise BadInput("the recovery key could not be shown, so no vault was made") from None
    made.commit().lock()
    return EXIT_OK


def cmd_add(paths: Paths, args: argparse.Namespace, secrets: SecretReader) -> int:
    if args.url is not None:
        validate_url(args.url)  # a bad address stops everything before anything is stored
    event = event_time.parse(args.when or "", "about" if args.about else None)
    service = _open(paths, args, secrets)
    status = EXIT_OK
    try:
        url = validate_url(_text(args, "url", secrets))
        note, case_name = _text(args, "note", secrets), _text(args, "case", secrets)
        names = _files(args, secrets)
        case = service.case_by_name(case_name, create=True) if case_name else service.cases()[0]
        for name in names:
            try:
                item = service.add_file(
                    Path(name), case_id=case.id, url=url, notes=note, event=event
                )
            except BadInput as exc:
                _say(f"not added: {printable(name)}: {printable(str(exc))}")
                status = EXIT_USAGE
                continue
            except OSError as exc:  # unreadable: no permission, a failing disk, gone meanwhile
                _say(f"not added: {printable(name)}: it cannot be read ({exc.strerror or 'error'})")
                status = max(status, EXIT_CHECK_FAILED)
                continue
            _out(f"added {item.id} {item.sha256} {printable(name)}")
    finally:
        service.lock()
    return status


def cmd_help_case(paths: Paths, args: argparse.Namespace, secrets: SecretReader) -> int:
    raise BadInput("say what to do with the case: rename or summary (see 'case --help')")


def cmd_help_journal(paths: Paths, args: argparse.Namespace, secrets: SecretReader) -> int:
    raise BadInput("say what to do with the journal: add or list (see 'journal --help')")


def _case(service: VaultService, name: str) -> Case:
    """The case named `name`, or the first one."""
    return service.case_by_name(name) if name else service.cases()[0]


def cmd_case_rename(paths: Paths, args: argparse.Namespace, secrets: SecretReader) -> int:
    if not args.new.strip():
        raise BadInput("give the case's new name")
    service = _open(paths, args, secrets)
    try:
        case = service.rename_case(service.case_by_name(args.old).id, args.new)
    finally:
        service.lock()
    _say(f"The case is now called {printable(case.name)}.")
    return EXIT_OK


def cmd_case_summary(paths: Paths, args: argparse.Namespace, secrets: SecretReader) -> int:
    if args.text is None and args.text_file is None:
        raise BadInput("give the summary with --text or --text-file")
    service = _open(paths, args, secrets)
    try:
        case = _case(service, _text(args, "case", secrets).strip())
        service.set_case_summary(case.id, _text(args, "text", secrets))
    finally:
        service.lock()
    _say(f"The summary of {printable(case.name)} is saved.")
    return EXIT_OK


def cmd_journal_add(paths: Paths, args: argparse.Namespace, secrets: SecretReader) -> int:
    if args.text is None and args.text_file is None:
        raise BadInput("say what happened with --text or --text-file")
    event = event_time.parse(args.when or "", "about" if args.about else None)
    service = _open(paths, args, secrets)
    try:
        case = _case(service, _text(args, "case", secrets).strip())
        entry = service.add_journal_entry(
            case.id,
            _text(args, "text", secrets),
            event=event,
            involved=_text(args, "involved", secrets),
        )
    finally:
        service.lock()
    _out(f"journal {entry.id}")
    return EXIT_OK


def cmd_journal_list(paths: Paths, args: argparse.Namespace, secrets: SecretReader) -> int:
    service = _open(paths, args, secrets)
    try:
        name = _text(args, "case", secrets).strip()
        case_id = service.case_by_name(name).id if name else None
        cases = {case.id: case.name for case in service.cases()}
        entries = service.journal(case_id)
    finally:
        service.lock()
    entries = sorted(entries, key=lambda e: (event_time.sort_key(e.event(), e.created_at), e.id))
    if args.json:
        records = [{**e.state(), "case": cases.get(e.case_id, "")} for e in entries]
        _out(json.dumps(records, indent=2, ensure_ascii=False).translate(_JSON_C1))
        return EXIT_OK
    for entry in entries:
        when = entry.event_at or "-"
        if entry.event_precision == "about":
            when = f"~{when}"
        involved = f"  ({printable(entry.involved)})" if entry.involved else ""
        _out(f"{entry.id:>5}  {when:<23} {printable(entry.text)}{involved}")
    return EXIT_OK


def cmd_capture_web(paths: Paths, args: argparse.Namespace, secrets: SecretReader) -> int:
    if args.url is not None and not validate_url(args.url):
        raise BadInput("give the web address to capture")  # before the vault is opened
    service = _open(paths, args, secrets)
    try:
        url = validate_url(_text(args, "url", secrets))
        if not url:
            raise BadInput("give the web address to capture")
        case_name = _text(args, "case", secrets)
        case = service.case_by_name(case_name, create=True) if case_name else service.cases()[0]
        from evidence_app.capture.web.headless import application

        application()
        from evidence_app.capture.web.capture import HeadlessBrowser, store_capture
        from evidence_app.capture.web.load import CaptureFailed

        with HeadlessBrowser() as browser:
            try:
                capture = browser.capture(url)
            except CaptureFailed as exc:
                _say(_capture_failed(exc))
                return EXIT_CHECK_FAILED
        stored = store_capture(service, case.id, capture, capture_method="web page (command line)")
    finally:
        service.lock()
    item = stored.item
    if item.http_status is not None and item.http_status >= 400:
        _say(
            f"The site answered with HTTP status {item.http_status}: what it showed is stored, "
            "marked with that status."
        )
    if stored.truncated:
        _say(item.notes)
    _out(f"added {item.id} {item.sha256} {printable(item.url)}")
    return EXIT_OK


def _capture_failed(error: EvidenceError) -> str:
    reason = getattr(error, "reason", "")
    if reason == "unreachable":
        return (
            "The page could not be reached (no server answered at that address, "
            f"{getattr(error, 'detail', '') or 'unknown error'}). Nothing was stored."
        )
    if reason == "timeout":
        return "The page did not finish loading in time. Nothing was stored."
    return "The page could not be captured. Nothing was stored."


def item_json(item: Item, case_name: str) -> dict[str, Any]:
    record = item.state()
    record["case"] = case_name
    record["utc_offset"] = clock.format_offset(item.utc_offset_minutes)
    record["captured_at_local"] = item.captured_local().isoformat()
    return record


def cmd_list(paths: Paths, args: argparse.Namespace, secrets: SecretReader) -> int:
    service = _open(paths, args, secrets)
    try:
        readable = service.readable()  # around damaged pages: what can be read is listed
        case_name = _text(args, "case", secrets).strip()
    finally:
        service.lock()
    cases = {case.id: case.name for case in readable.cases}
    case_id = None
    if case_name:
        case_id = next((c.id for c in readable.cases if c.name == case_name), None)
        if case_id is None:
            if readable.gaps_in(damage.CASES):
                raise VaultDamaged("case")
            raise NotFound(f"no case named {case_name!r}")
    items = sorted(
        (i for i in readable.items if not i.deleted and case_id in (None, i.case_id)),
        key=lambda i: (i.captured_at, i.id),
    )
    status = _damage_note(readable, case_id)
    if args.json:
        records = [item_json(i, cases.get(i.case_id, "")) for i in items]
        # JSON escapes C0 controls itself; C1 (0x9b is an escape sequence on some
        # terminals) is escaped too.
        _out(json.dumps(records, indent=2, ensure_ascii=False).translate(_JSON_C1))
        return status
    for item in items:
        when = item.captured_local().strftime("%Y-%m-%d %H:%M:%S %z")
        _out(
            f"{item.id:>5}  {when}  {item.kind:<9} {item.platform or '-':<10} "
            f"{item.sha256[:12]}  {printable(item.original_name or '-')}  {printable(item.url)}"
        )
    return status


def _damage_note(readable: damage.Readable, case_id: int | None) -> int:
    """Say on standard error what `list` could not read; EXIT_CHECK_FAILED if anything."""
    if not readable.damaged:
        return EXIT_OK
    lost = [
        item_id
        for item_id in readable.lost_items()
        if case_id in (None, readable.chain_items[item_id].get("case_id"))
    ]
    unknown = [] if readable.audit_complete else readable.gaps_in(damage.ITEMS)
    if not lost and not unknown:
        _say(
            "The vault's database is damaged, but every item could be listed (some from the "
            "audit chain). Run 'evidence-app check' to see what is damaged."
        )
        return EXIT_OK
    for item_id in lost:
        name = readable.item_name(item_id)
        _say(
            f"not listed: item {item_id}"
            + (f" ({printable(name)})" if name else "")
            + ": its record is on a damaged part of the database"
        )
    for gap in unknown:
        span = (
            f"from {max(gap.first, 1)} on"
            if gap.last is None
            else f"{max(gap.first, 1)} to {gap.last}"
        )
        _say(f"not listed: the items numbered {span}, if there are any: they cannot be read")
    _say(
        "The vault's database is damaged: the list above is what can still be read. Run "
        "'evidence-app check' to see what is damaged, and save what can be read with "
        "'evidence-app export --out FOLDER'."
    )
    return EXIT_CHECK_FAILED


def _report(problems: Sequence[object], counted: str, all_good: str) -> int:
    """One line per problem on standard output, a summary on standard error; the exit code."""
    for problem in problems:
        _out(printable(str(problem)))  # names from a bundle someone else made
    if problems:
        _say(f"{len(problems)} {counted}")
        return EXIT_CHECK_FAILED
    _say(all_good)
    return EXIT_OK


def cmd_check(paths: Paths, args: argparse.Namespace, secrets: SecretReader) -> int:
    service = _open(paths, args, secrets)
    try:
        report = service.check_report()
    finally:
        service.lock()
    status = _report(
        report.problems,
        "problem(s) found.",
        "All checks passed: the database, every stored file and the audit chain.",
    )
    if report.damaged:
        _say(
            f"The vault's database is damaged. {report.intact} of {report.items} item(s) can "
            "still be read whole and match their SHA-256. Save them now with 'evidence-app "
            "export --out FOLDER' (it takes everything that can be read and names the rest), "
            "then restore a backup of the vault if you have one."
        )
    return status


def _item_ids(text: str | None) -> list[int] | None:
    if text is None:
        return None
    try:
        ids = [int(part) for part in text.split(",") if part.strip()]
    except ValueError:
        raise BadInput("--items takes item numbers separated by commas, e.g. 3,5,8") from None
    if not ids:
        raise BadInput("--items names no item")
    return ids


def cmd_export(paths: Paths, args: argparse.Namespace, secrets: SecretReader) -> int:
    from evidence_app.export import TargetExists, export_dossier

    target = Path(args.out)
    if target.exists() or target.is_symlink():
        raise TargetExists(f"{args.out} exists already; choose a new name (nothing was changed).")
    seven_zip = target.suffix.lower() == ".7z"
    if args.password and not seven_zip:
        raise BadInput(
            "--password makes a 7z file, which hides even the names of the files: give an "
            "--out path that ends in .7z"
        )
    if seven_zip and not args.password:
        raise BadInput("a .7z file is made with a password: add --password, or choose .zip")
    item_ids = _item_ids(args.items)
    service = _open(paths, args, secrets)
    try:
        password = _new_export_password(secrets) if args.password else None
        case_name = _text(args, "case", secrets)
        case_ids = [service.case_by_name(case_name).id] if case_name else None
        result = export_dossier(
            service,
            target,
            case_ids=case_ids,
            item_ids=item_ids,
            language=args.lang,
            password=password,
            prepared_by=args.prepared_by,
            redacted=args.redacted,
        )
    finally:
        service.lock()
    _out(printable(str(result.path)))
    _say(
        f"The dossier is ready ({len(result.files)} files). Check it with "
        f"'evidence-app verify {printable(str(result.path))}'."
        + (
            " It opens with 7-Zip, which asks for the password: give the password in "
            "another way than the file."
            if password
            else ""
        )
    )
    _say(f"Its audit chain head, for whoever receives it to write down: {result.head}")
    if not result.complete:
        return _incomplete(result)
    if result.damaged:
        _say(
            "The vault's database is damaged ('evidence-app check' says where), but everything "
            "chosen could be read: this dossier is complete."
        )
    if result.audit_entry is None:
        _say(
            "It could not be noted in the vault's log: the vault's own disk is full or busy. "
            "The dossier itself is complete."
        )
    return EXIT_OK


def _new_export_password(secrets: SecretReader) -> str:
    """The password of a 7z export, typed twice; as hard to guess as a vault passphrase:
    whoever finds the file can try passwords on it for as long as they like."""
    password = secrets.read_new("Password for the 7z file")
    try:
        require_acceptable(password)
    except PassphraseTooWeak as weak:
        if not weak.guessable:
            raise BadInput(
                f"The password must be at least {weak.minimum} characters long. "
                "Nothing was exported."
            ) from None
        raise BadInput(
            "This password is easy to guess: programs that guess passwords try common "
            "words, names, number rows and repeats first, and whoever finds the file can "
            "try for as long as they like. Put a few words together that only you would "
            "choose, with spaces between them. Nothing was exported."
        ) from None
    return password


_WHY_MISSING = {
    damage.MISSING_RECORD: "its record is on a damaged part of the vault",
    damage.MISSING_FILE: "its stored file is on a damaged part of the vault",
    damage.FILE_DIFFERS: "its stored file no longer matches its SHA-256",
}


def _incomplete(result: ExportResult) -> int:
    """Say what a dossier of a damaged vault lacks, one line each; EXIT_CHECK_FAILED."""
    _say(
        "It is not complete: the vault's database is damaged. Everything in it was read whole "
        "and matches its SHA-256; the dossier (its PDF and manifest.json) lists what is not in it:"
    )
    for missing in result.missing:
        why = _WHY_MISSING.get(missing.reason, missing.reason)
        name = f" ({printable(missing.name)})" if missing.name else ""
        if missing.attachment_id is None:
            _say(f"  not in it: item {missing.item_id}{name}: {why}")
        else:
            _say(
                f"  not in it: file {missing.attachment_id}{name} of item {missing.item_id}: {why}"
            )
    for first, last in result.audit_gaps:
        span = f"from {first} on" if last is None else f"{first} to {last}"
        _say(f"  not in it: audit entries {span}: they cannot be read")
    if result.audit_entry is None:
        _say("The export could not be noted in the vault's log.")
    return EXIT_CHECK_FAILED


def cmd_verify(paths: Paths, args: argparse.Namespace, secrets: SecretReader) -> int:
    from evidence_app.export import verify_report

    password = secrets.read("Password: ") if args.password else None
    report = verify_report(Path(args.path), password)
    status = _report(
        report.findings,
        "problem(s) found: this bundle is not as it was exported.",
        "All checks passed: every file, the manifest and the audit entries match.",
    )
    if report.head is None:
        return status
    _say(f"The audit chain head of this dossier: {report.head}")
    if report.bound:
        _say("It covers the PDF, the kind of copy (complete or redacted) and the list of items.")
    else:
        _say(
            "This dossier was made by an older version of Bewijskluis: its head does not cover "
            "the PDF, the kind of copy or the list of items."
        )
    if not report.kept:
        _say(
            "The vault could not be written when this dossier was made, so this head is not in "
            "the vault's own chain; the entry before it is."
        )
    _say(
        "What no check of the bundle alone can prove is that it came from this vault: whoever "
        "rewrote it could rewrite the fingerprints and this head too. Compare the head with "
        "the one written down when the dossier was received, or ask the owner of the vault to "
        "show it in the vault's own chain."
    )
    return status


def cmd_passwd(paths: Paths, args: argparse.Namespace, secrets: SecretReader) -> int:
    if args.recovery_key:
        service = _open(paths, args, secrets)
        old = None
    else:
        old = secrets.read("Current passphrase: ")
        service = VaultService.unlock(paths.vault_dir, old)
    try:
        leftovers = service.change_passphrase(old, secrets.read_new())
    finally:
        service.lock()
    _say("The passphrase was changed. Your recovery key has not changed.")
    if LEFTOVER_BACKUP in leftovers:
        _say(
            "The copy of the key file (vault.key.backup) could not be written; it is brought "
            "up to date the next time the vault opens. Only the new passphrase works."
        )
    if LEFTOVER_AUDIT in leftovers:
        _say("The change could not be noted in the vault's log (is the disk full?).")
    if LEFTOVER_SYNC in leftovers:
        _say(
            "The disk did not confirm that the key file was written: if the computer loses "
            "power now, the old passphrase may be needed once more."
        )
    return EXIT_OK


def cmd_new_recovery_key(paths: Paths, args: argparse.Namespace, secrets: SecretReader) -> int:
    if args.recovery_key:
        raise BadInput("a new recovery key needs your passphrase (not the recovery key)")
    passphrase = secrets.read("Passphrase: ")
    service = VaultService.unlock(paths.vault_dir, passphrase)
    try:
        sweep_unfinished(service)
        renewal = service.new_recovery_key(passphrase)
        _say(
            "Below is your new recovery key: write it down or print it and keep it somewhere "
            "safe. From now on it replaces the old one: the old recovery key, and old copies of "
            "vault.key, no longer open the vault. It is shown only now."
        )
        try:
            print(renewal.recovery_key, flush=True)
        except BrokenPipeError:
            renewal.discard()
            _silence_stdout()
            raise BadInput(
                "the new recovery key could not be shown, so nothing was changed"
            ) from None
        leftovers = renewal.commit()
    finally:
        service.lock()
    _say("Done: the new recovery key is in force. Your passphrase has not changed.")
    if LEFTOVER_BACKUP in leftovers:
        _say(
            "The copy of the key file (vault.key.backup) could not be written; it is brought "
            "up to date the next time the vault opens."
        )
    if LEFTOVER_AUDIT in leftovers:
        _say("The change could not be noted in the vault's log (is the disk full?).")
    return EXIT_OK


def cmd_suggest_passphrase(paths: Paths, args: argparse.Namespace, secrets: SecretReader) -> int:
    from evidence_app.domain.wordlist import generate_passphrase

    if args.words < 1:
        raise BadInput("--words must be 1 or more")
    try:
        suggestion = generate_passphrase(args.lang, args.words)
    except ValueError:
        raise BadInput(f"{args.words} word(s) are too few to be hard to guess; try 5") from None
    _out(suggestion)
    _say("Write it down and keep the paper somewhere safe, away from this computer.")
    return EXIT_OK


Command = Callable[[Paths, argparse.Namespace, SecretReader], int]


_PRIVATE_HELP = (
    "read the {what} from a file, or - for standard input (after the passphrase), so that "
    "it does not show in the list of running programs or in your shell's history"
)


def _private(parser: argparse.ArgumentParser, name: str, help_text: str) -> None:
    """--NAME VALUE, or --NAME-file PATH (a file, or - for standard input): not both."""
    group = parser.add_mutually_exclusive_group()
    group.add_argument(f"--{name}", help=help_text)
    group.add_argument(
        f"--{name}-file", metavar="PATH", help=_PRIVATE_HELP.format(what=name.upper())
    )


def _when(parser: argparse.ArgumentParser, what: str) -> None:
    parser.add_argument(
        "--when",
        metavar="DATE-OR-TIME",
        help=f"{what}: YYYY-MM-DD (the day only) or YYYY-MM-DDTHH:MM (local time, or with "
        "an offset such as +01:00)",
    )
    parser.add_argument(
        "--about", action="store_true", help="the time given with --when is not exact"
    )


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--basedir", default=argparse.SUPPRESS, help="folder of the vault and settings"
    )
    common.add_argument(
        "--recovery-key",
        action="store_true",
        default=argparse.SUPPRESS,
        help="unlock with the recovery key instead of the passphrase",
    )
    parser = argparse.ArgumentParser(
        prog="evidence-app",
        description=f"{APP_NAME}: a private, encrypted evidence vault. Without a command, "
        "the app's window opens.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def add(name: str, func: Command, help_text: str) -> argparse.ArgumentParser:
        command = sub.add_parser(name, help=help_text, parents=[common])
        command.set_defaults(func=func)
        return command

    add("init", cmd_init, "create the vault and print its recovery key")
    p_add = add("add", cmd_add, "store files as evidence items")
    p_add.add_argument("files", nargs="*", metavar="FILE")
    p_add.add_argument(
        "--files-from", metavar="PATH", help="the files to add, one per line (- for standard input)"
    )
    _private(p_add, "case", "the case to add to (created if new)")
    _private(p_add, "url", "the web address where it was found")
    _private(p_add, "note", "a note to keep with each item")
    _when(p_add, "when it was posted or seen")
    p_case = add("case", cmd_help_case, "rename a case, or write its summary")
    case_sub = p_case.add_subparsers(dest="case_action", metavar="ACTION")
    p_rename = case_sub.add_parser("rename", help="give a case another name", parents=[common])
    p_rename.set_defaults(func=cmd_case_rename)
    p_rename.add_argument("old", metavar="OLD")
    p_rename.add_argument("new", metavar="NEW")
    p_summary = case_sub.add_parser(
        "summary",
        help="write the case's summary, in your own words (the dossier's summary page)",
        parents=[common],
    )
    p_summary.set_defaults(func=cmd_case_summary)
    _private(p_summary, "case", "the case (default: the first)")
    _private(p_summary, "text", "the summary")
    p_journal = add("journal", cmd_help_journal, "keep a journal of what happened without a file")
    journal_sub = p_journal.add_subparsers(dest="journal_action", metavar="ACTION")
    p_jadd = journal_sub.add_parser(
        "add",
        help="write down something that happened (a threat by phone, telling a teacher, ...)",
        parents=[common],
    )
    p_jadd.set_defaults(func=cmd_journal_add)
    _private(p_jadd, "text", "what happened")
    _private(p_jadd, "involved", "who was involved")
    _private(p_jadd, "case", "the case (default: the first)")
    _when(p_jadd, "when it happened")
    p_jlist = journal_sub.add_parser("list", help="list the journal", parents=[common])
    p_jlist.set_defaults(func=cmd_journal_list)
    _private(p_jlist, "case", "only this case")
    p_jlist.add_argument("--json", action="store_true", help="every stored field, as JSON")
    p_web = add("capture-web", cmd_capture_web, "capture a web page (full page, archive, stamp)")
    web_url = p_web.add_mutually_exclusive_group(required=True)
    web_url.add_argument("url", nargs="?", metavar="URL", help="the web address (http or https)")
    web_url.add_argument("--url-file", metavar="PATH", help=_PRIVATE_HELP.format(what="URL"))
    _private(p_web, "case", "the case to add to (created if new)")
    p_list = add("list", cmd_list, "list the items")
    _private(p_list, "case", "only this case")
    p_list.add_argument("--json", action="store_true", help="every stored field, as JSON")
    add("check", cmd_check, "verify the database, every stored file and the audit chain")
    add("passwd", cmd_passwd, "change the passphrase")
    add(
        "new-recovery-key",
        cmd_new_recovery_key,
        "make a new recovery key; the old one and old copies of vault.key stop working",
    )
    p_suggest = add(
        "suggest-passphrase",
        cmd_suggest_passphrase,
        "print a new passphrase of random words (for init or passwd); nothing is stored",
    )
    p_suggest.add_argument("--lang", choices=("nl", "fr", "en"), default="en")
    p_suggest.add_argument("--words", type=int, default=5, help="how many words (default 5)")
    p_export = add("export", cmd_export, "write the dossier (PDF, originals, manifest)")
    _private(p_export, "case", "only this case (default: every case)")
    p_export.add_argument(
        "--out",
        required=True,
        help="a new folder, a file ending in .zip for a ZIP, or in .7z (with --password)",
    )
    p_export.add_argument("--lang", choices=("nl", "fr", "en"), default="en")
    p_export.add_argument("--items", help="only these item numbers, e.g. 3,5,8")
    p_export.add_argument(
        "--password",
        action="store_true",
        help="make an encrypted 7z (AES-256; without the password not even the names of the "
        "files show); the password is read after the passphrase, twice",
    )
    p_export.add_argument("--prepared-by", default="", help="who prepared the dossier")
    p_export.add_argument(
        "--redacted",
        action="store_true",
        help="a copy with the marked regions hidden and without the originals",
    )
    p_verify = add("verify", cmd_verify, "check an exported dossier (no vault needed)")
    p_verify.add_argument("path", metavar="PATH", help="the dossier's folder, ZIP or 7z file")
    p_verify.add_argument(
        "--password", action="store_true", help="the 7z (or ZIP) is encrypted: read its password"
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    harden_process()  # before any secret is read: no core file can hold it
    os.umask(0o077)
    parser = build_parser()
    args = parser.parse_args(argv)
    args.basedir = getattr(args, "basedir", None)
    args.recovery_key = getattr(args, "recovery_key", False)
    paths = resolve(args.basedir)
    if args.command is None:
        from evidence_app.app import run_gui

        return run_gui(paths, [sys.argv[0]])
    # Ended from outside (a closed terminal, a shutdown) as by Ctrl+C: an export under way
    # removes its half-written bundle, and what was reported saved stays saved.
    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), signal.default_int_handler)
    try:
        return int(args.func(paths, args, SecretReader(sys.stdin)))
    except EvidenceError as error:
        _say(message_for(error))
        return error.exit_code
    except KeyboardInterrupt:
        _say("Stopped. Everything reported as added is saved.")
        return 130
    except BrokenPipeError:  # a reader that left early is not an error (see `_out`)
        _silence_stdout()
        return EXIT_OK
    except Exception as error:
        # A full disk or a read-only place met outside the vault (the export's target).
        problem = None
        if isinstance(error, OSError) and error.filename:
            problem = write_problem(error, Path(error.filename).parent)
        if problem is not None:
            _say(message_for(problem))
            return problem.exit_code
        _say(f"Internal error ({type(error).__name__}). Nothing that was reported saved is lost.")
        return EXIT_INTERNAL


def gui_arguments(argv: Sequence[str]) -> list[str]:
    """What the window launcher passes on: only `--basedir DIR` (or `--basedir=DIR`).

    It has no console to show usage errors in, so anything else is ignored.
    """
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--basedir")
    known, _ = parser.parse_known_args(list(argv))
    return ["--basedir", known.basedir] if known.basedir else []


def gui_main() -> int:
    """Entry point of the `bewijskluis` GUI launcher (no console on Windows)."""
    return main(gui_arguments(sys.argv[1:]))
