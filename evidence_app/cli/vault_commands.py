"""Commands about the vault itself: init, check, passwd, new-recovery-key, suggest-passphrase."""

from __future__ import annotations

import argparse

from evidence_app.cli.common import (
    EXIT_OK,
    SecretReader,
    _open,
    _out,
    _report,
    _say,
    _silence_stdout,
)
from evidence_app.domain.errors import (
    BadInput,
    VaultExists,
)
from evidence_app.export.leftovers import sweep_unfinished
from evidence_app.paths import Paths
from evidence_app.vault.service import (
    LEFTOVER_AUDIT,
    LEFTOVER_BACKUP,
    LEFTOVER_SYNC,
    VaultService,
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
