"""The command line's grammar: every command, its options and its help."""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING

from evidence_app import APP_NAME, __version__
from evidence_app.domain.report import REPORT_PLATFORMS, Channel, ReportStatus

if TYPE_CHECKING:
    from evidence_app.cli.common import Command, SecretReader
    from evidence_app.paths import Paths


class _Later:
    """A command, loaded when it runs: `--help`, `--version` and the window's start do not
    load the vault, the export and Qt for commands they do not run."""

    def __init__(self, module: str, name: str) -> None:
        self.module = f"evidence_app.cli.{module}"
        self.name = name

    def __call__(self, paths: Paths, args: argparse.Namespace, secrets: SecretReader) -> int:
        command: Command = getattr(importlib.import_module(self.module), self.name)
        return command(paths, args, secrets)


cmd_case_rename = _Later("case_commands", "cmd_case_rename")
cmd_case_summary = _Later("case_commands", "cmd_case_summary")
cmd_custody_add = _Later("case_commands", "cmd_custody_add")
cmd_custody_list = _Later("case_commands", "cmd_custody_list")
cmd_help_case = _Later("case_commands", "cmd_help_case")
cmd_help_custody = _Later("case_commands", "cmd_help_custody")
cmd_help_journal = _Later("case_commands", "cmd_help_journal")
cmd_journal_add = _Later("case_commands", "cmd_journal_add")
cmd_journal_list = _Later("case_commands", "cmd_journal_list")
cmd_export = _Later("export_commands", "cmd_export")
cmd_verify = _Later("export_commands", "cmd_verify")
cmd_guide = _Later("guide_commands", "cmd_guide")
cmd_guide_mark = _Later("guide_commands", "cmd_guide_mark")
cmd_guide_set = _Later("guide_commands", "cmd_guide_set")
cmd_add = _Later("item_commands", "cmd_add")
cmd_capture_web = _Later("item_commands", "cmd_capture_web")
cmd_list = _Later("item_commands", "cmd_list")
cmd_help_report = _Later("report_commands", "cmd_help_report")
cmd_recheck = _Later("report_commands", "cmd_recheck")
cmd_report_add = _Later("report_commands", "cmd_report_add")
cmd_report_list = _Later("report_commands", "cmd_report_list")
cmd_report_text = _Later("report_commands", "cmd_report_text")
cmd_report_update = _Later("report_commands", "cmd_report_update")
cmd_todo = _Later("report_commands", "cmd_todo")
cmd_check = _Later("vault_commands", "cmd_check")
cmd_init = _Later("vault_commands", "cmd_init")
cmd_new_recovery_key = _Later("vault_commands", "cmd_new_recovery_key")
cmd_passwd = _Later("vault_commands", "cmd_passwd")
cmd_suggest_passphrase = _Later("vault_commands", "cmd_suggest_passphrase")

_PRIVATE_HELP = (
    "read the {what} from a file, or - for standard input (after the passphrase), so that "
    "it does not show in the list of running programs or in your shell's history"
)


_KEEP_HELP = (
    "when the case's pictures show someone under 18 ('guide set minors yes'), keep the "
    "picture anyway: a deliberate second choice (without it, only words can be kept)"
)


def _private(
    parser: argparse.ArgumentParser, name: str, help_text: str, *, nested: bool = False
) -> None:
    """--NAME VALUE, or --NAME-file PATH (a file, or - for standard input): not both.

    `nested`: the option is also its parent command's (`guide --case X mark ...`): left
    unset when not given here, so that the parent's value is not overwritten."""
    extra: dict[str, object] = {"default": argparse.SUPPRESS} if nested else {}
    group = parser.add_mutually_exclusive_group()
    group.add_argument(f"--{name}", help=help_text, **extra)  # type: ignore[arg-type]
    group.add_argument(
        f"--{name}-file",
        metavar="PATH",
        help=_PRIVATE_HELP.format(what=name.upper()),
        **extra,  # type: ignore[arg-type]
    )


def _guide(
    add: Callable[[str, Command, str], argparse.ArgumentParser],
    common: argparse.ArgumentParser,
) -> None:
    p_guide = add("guide", cmd_guide, "the next steps with their state, and where to get help")
    _private(p_guide, "case", "the case (default: the first)")
    p_guide.add_argument("--lang", choices=("nl", "fr", "en"), default="en")
    p_guide.add_argument("--json", action="store_true", help="as JSON, with each step's key")
    guide_sub = p_guide.add_subparsers(dest="guide_action", metavar="ACTION")
    p_mark = guide_sub.add_parser(
        "mark",
        help="mark a step done, later (not now), skip (not for me) or open",
        parents=[common],
    )
    p_mark.set_defaults(func=cmd_guide_mark)
    p_mark.add_argument("step", metavar="STEP", help="the step's key, as 'guide --json' shows")
    p_mark.add_argument("state", choices=("done", "later", "skip", "open"))
    _private(p_mark, "case", "the case (default: the first)", nested=True)
    p_set = guide_sub.add_parser(
        "set",
        help="who uses the app (role self|helper|school, helper-name), minors yes|no "
        "(for the vault or --case), country BE|NL",
        parents=[common],
    )
    p_set.set_defaults(func=cmd_guide_set)
    p_set.add_argument("name", choices=("role", "helper-name", "minors", "country"))
    value = p_set.add_mutually_exclusive_group()
    value.add_argument("value", nargs="?", metavar="VALUE")
    value.add_argument("--value-file", metavar="PATH", help=_PRIVATE_HELP.format(what="VALUE"))
    _private(p_set, "case", "for minors: only this case", nested=True)


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


_STATUSES = ", ".join(s.value for s in ReportStatus)


def _report_options(parser: argparse.ArgumentParser) -> None:
    """What a report can say, for `report add` and `report update`."""
    parser.add_argument(
        "--url",
        action="append",
        metavar="URL",
        help="an address reported (give --url once per address; with update, the addresses "
        "given replace those recorded)",
    )
    parser.add_argument(
        "--item", action="append", type=int, metavar="ID", help="an item it is about (repeatable)"
    )
    parser.add_argument(
        "--channel",
        choices=[c.value for c in Channel],
        help="how it was reported: in-app, web-form, email, dpo (the data protection officer), "
        "helpline (Child Focus, IGVM, Helpwanted, ...), hash (StopNCII, Take It Down), "
        "search-removal, police",
    )
    parser.add_argument("--ticket", help="the ticket or case number the platform gave")
    parser.add_argument(
        "--sent",
        metavar="DATE-OR-TIME",
        help="when it was sent: YYYY-MM-DD or YYYY-MM-DDTHH:MM (local time, or with an offset)",
    )
    parser.add_argument("--status", metavar="STATUS", help=f"one of: {_STATUSES}")
    parser.add_argument(
        "--confirmation", type=int, metavar="ID", help="the item that holds the receipt"
    )
    _private(parser, "text", "a copy of the text that was sent")


def _reports(
    add: Callable[[str, Command, str], argparse.ArgumentParser], common: argparse.ArgumentParser
) -> None:
    """report add/update/list/text, todo and recheck."""
    p_report = add("report", cmd_help_report, "keep track of reports to platforms")
    report_sub = p_report.add_subparsers(dest="report_action", metavar="ACTION")
    p_radd = report_sub.add_parser(
        "add",
        help="write down a report to a platform or organisation; prints 'report ID'",
        parents=[common],
    )
    p_radd.set_defaults(func=cmd_report_add)
    p_radd.add_argument(
        "--platform",
        required=True,
        metavar="NAME",
        help=f"where the content is: {', '.join(REPORT_PLATFORMS)}",
    )
    _report_options(p_radd)
    _private(p_radd, "case", "the case (default: the first)")
    p_rupd = report_sub.add_parser(
        "update", help="change a report, or record an answer", parents=[common]
    )
    p_rupd.set_defaults(func=cmd_report_update)
    p_rupd.add_argument("id", type=int, metavar="ID")
    _report_options(p_rupd)
    p_rupd.add_argument("--answer", metavar="TEXT", help="what the platform answered")
    p_rupd.add_argument(
        "--answered",
        metavar="DATE-OR-TIME",
        help="when it answered (default: now); with --status, the status the answer led to",
    )
    p_rlist = report_sub.add_parser("list", help="list the reports", parents=[common])
    p_rlist.set_defaults(func=cmd_report_list)
    _private(p_rlist, "case", "only this case")
    p_rlist.add_argument(
        "--json", action="store_true", help="every stored field, answers and re-checks, as JSON"
    )
    p_rtext = report_sub.add_parser(
        "text",
        help="print a ready text for the report, to copy into the platform's form; nothing is sent",
        parents=[common],
    )
    p_rtext.set_defaults(func=cmd_report_text)
    p_rtext.add_argument("id", type=int, metavar="ID")
    p_rtext.add_argument("--lang", choices=("nl", "fr", "en"), default="en")
    p_rtext.add_argument("--name", default="", help="your name, to sign with (not stored)")
    p_rtext.add_argument("--email", default="", help="your e-mail address (not stored)")
    p_rtext.add_argument(
        "--minor",
        action="store_true",
        help="the content shows someone under 18: the text gives no name or e-mail",
    )
    p_todo = add("todo", cmd_todo, "what is due about the reports, soonest first")
    _private(p_todo, "case", "only this case")
    p_todo.add_argument("--json", action="store_true", help="as JSON")
    p_recheck = add(
        "recheck",
        cmd_recheck,
        "look again at every address under a report: is it still online? (goes online)",
    )
    _private(p_recheck, "case", "only this case")


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
    p_add.add_argument("--keep-picture", action="store_true", help=_KEEP_HELP)
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
    _reports(add, common)
    p_custody = add(
        "custody", cmd_help_custody, "write down each time a copy of the evidence was given"
    )
    custody_sub = p_custody.add_subparsers(dest="custody_action", metavar="ACTION")
    p_cadd = custody_sub.add_parser(
        "add",
        help="a copy was given (to the police, a lawyer, a school); prints 'custody ID'",
        parents=[common],
    )
    p_cadd.set_defaults(func=cmd_custody_add)
    _private(p_cadd, "to", "to whom (for example: Politie Gent, inspecteur Claes)")
    p_cadd.add_argument(
        "--when",
        metavar="DATE-OR-TIME",
        help="when: YYYY-MM-DD or YYYY-MM-DDTHH:MM (local time, or with an offset); default now",
    )
    p_cadd.add_argument("--reference", help="the police report number (PV) or a file number")
    _private(p_cadd, "note", "what was given (for example: the complete dossier on a USB stick)")
    _private(p_cadd, "case", "the case (default: the first)")
    p_clist = custody_sub.add_parser("list", help="list the hand-overs", parents=[common])
    p_clist.set_defaults(func=cmd_custody_list)
    _private(p_clist, "case", "only this case")
    p_clist.add_argument("--json", action="store_true", help="every stored field, as JSON")
    _guide(add, common)
    p_web = add("capture-web", cmd_capture_web, "capture a web page (full page, archive, stamp)")
    p_web.add_argument("--keep-picture", action="store_true", help=_KEEP_HELP)
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
