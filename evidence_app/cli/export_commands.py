"""Commands about the dossier: export, verify."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from evidence_app import source_lines
from evidence_app.cli.common import (
    EXIT_CHECK_FAILED,
    EXIT_OK,
    SecretReader,
    _open,
    _out,
    _report,
    _say,
    _text,
    printable,
)
from evidence_app.domain.errors import (
    BadInput,
    PassphraseTooWeak,
)
from evidence_app.domain.passphrase import Accepted, accept, forget_word_lists
from evidence_app.paths import Paths
from evidence_app.vault import damage

if TYPE_CHECKING:
    from evidence_app.export import ExportResult


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
        # Before the export's peak: the password's word lists and what the imports read.
        if password is not None:
            forget_word_lists()
        source_lines.forget()
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


def _new_export_password(secrets: SecretReader) -> Accepted:
    """The password of a 7z export, typed twice; as hard to guess as a vault passphrase:
    whoever finds the file can try passwords on it for as long as they like."""
    try:
        return accept(secrets.read_new("Password for the 7z file"))
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
