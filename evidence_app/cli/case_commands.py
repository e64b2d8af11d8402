"""Commands about the story of a case: case rename/summary, journal add/list, and the
hand-overs of the evidence (custody add/list)."""

from __future__ import annotations

import argparse
import json

from evidence_app.cli.common import (
    EXIT_OK,
    SecretReader,
    _case,
    _open,
    _out,
    _say,
    _text,
    printable,
)
from evidence_app.cli.item_commands import _JSON_C1
from evidence_app.domain import event_time, report
from evidence_app.domain.errors import BadInput
from evidence_app.paths import Paths


def cmd_help_case(paths: Paths, args: argparse.Namespace, secrets: SecretReader) -> int:
    raise BadInput("say what to do with the case: rename or summary (see 'case --help')")


def cmd_help_journal(paths: Paths, args: argparse.Namespace, secrets: SecretReader) -> int:
    raise BadInput("say what to do with the journal: add or list (see 'journal --help')")


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


def cmd_help_custody(paths: Paths, args: argparse.Namespace, secrets: SecretReader) -> int:
    raise BadInput("say what to do with hand-overs: add or list (see 'custody --help')")


def cmd_custody_add(paths: Paths, args: argparse.Namespace, secrets: SecretReader) -> int:
    if args.to is None and args.to_file is None:
        raise BadInput("say to whom a copy was given with --to (or --to-file)")
    if args.when:
        report.checked_time(args.when, "--when")  # said before the vault is opened
    service = _open(paths, args, secrets)
    try:
        case = _case(service, _text(args, "case", secrets).strip())
        entry = service.add_custody(
            case.id,
            _text(args, "to", secrets),
            at=args.when or "",
            reference=args.reference or "",
            note=_text(args, "note", secrets),
        )
    finally:
        service.lock()
    _out(f"custody {entry.id}")
    return EXIT_OK


def cmd_custody_list(paths: Paths, args: argparse.Namespace, secrets: SecretReader) -> int:
    service = _open(paths, args, secrets)
    try:
        name = _text(args, "case", secrets).strip()
        case_id = service.case_by_name(name).id if name else None
        cases = {case.id: case.name for case in service.cases()}
        entries = service.custody(case_id)
    finally:
        service.lock()
    if args.json:
        records = [{**e.state(), "case": cases.get(e.case_id, "")} for e in entries]
        _out(json.dumps(records, indent=2, ensure_ascii=False).translate(_JSON_C1))
        return EXIT_OK
    for entry in entries:
        reference = f"  ({printable(entry.reference)})" if entry.reference else ""
        _out(f"{entry.id:>5}  {entry.at:<23} {printable(entry.given_to)}{reference}")
    return EXIT_OK
