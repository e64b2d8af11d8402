"""Commands about reports to platforms: report add/update/list/text, todo, recheck."""

from __future__ import annotations

import argparse
import json
from datetime import UTC, datetime
from typing import Any

from evidence_app.cli.common import (
    EXIT_CHECK_FAILED,
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
from evidence_app.domain import report as report_domain
from evidence_app.domain.errors import BadInput
from evidence_app.domain.followup import Step, Todo
from evidence_app.domain.report import Report
from evidence_app.paths import Paths
from evidence_app.vault.service import VaultService

STEP_WORDS: dict[str, str] = {
    Step.SEND: "send the report: it is still a draft",
    Step.FOLLOW_UP: "no answer yet: look for one, or write again",
    Step.FOLLOW_UP_AGAIN: "still no answer after 7 days: write again, or ask a helpline",
    Step.MORE_INFO: "the platform asked for more information: send it",
    Step.RECHECK: "look again whether it is still gone (evidence-app recheck)",
    Step.APPEAL: "the platform refused: you can contest its decision",
    Step.REPORT_AGAIN: "it is online again: report it again",
}


def cmd_help_report(paths: Paths, args: argparse.Namespace, secrets: SecretReader) -> int:
    raise BadInput("say what to do with reports: add, update, list or text (see 'report --help')")


def _report_fields(args: argparse.Namespace, secrets: SecretReader) -> dict[str, Any]:
    """The fields given on the command line (only those given)."""
    fields: dict[str, Any] = {}
    for name in ("channel", "ticket", "status"):
        if getattr(args, name, None) is not None:
            fields[name] = getattr(args, name)
    if getattr(args, "sent", None) is not None:
        fields["sent_at"] = args.sent
    if getattr(args, "url", None):
        fields["urls"] = args.url
    if getattr(args, "item", None):
        fields["item_ids"] = args.item
    if getattr(args, "confirmation", None) is not None:
        fields["confirmation_item_id"] = args.confirmation
    if args.text is not None or args.text_file is not None:
        fields["text"] = _text(args, "text", secrets)
    return fields


def cmd_report_add(paths: Paths, args: argparse.Namespace, secrets: SecretReader) -> int:
    service = _open(paths, args, secrets)
    try:
        case = _case(service, _text(args, "case", secrets).strip())
        report = service.add_report(case.id, args.platform, **_report_fields(args, secrets))
    finally:
        service.lock()
    _out(f"report {report.id}")
    return EXIT_OK


def cmd_report_update(paths: Paths, args: argparse.Namespace, secrets: SecretReader) -> int:
    # What can be checked without the vault is checked first: a bad date or status must
    # not leave the other changes half made.
    if args.answered:
        report_domain.checked_time(args.answered, "--answered")
    if args.status is not None:
        report_domain.checked_status(args.status)
    if args.sent is not None:
        report_domain.checked_time(args.sent, "--sent")
    service = _open(paths, args, secrets)
    try:
        fields = _report_fields(args, secrets)
        answered = args.answer is not None or args.answered is not None
        if not fields and not answered:
            raise BadInput("say what changed: --status, --ticket, --answer, ... (see --help)")
        service.report(args.id)  # a report that does not exist is said before anything changes
        status = fields.pop("status", "") if answered else ""
        if fields:
            service.update_report(args.id, fields)
        if answered:
            service.add_answer(
                args.id, args.answer or "", answered_at=args.answered or "", status=status
            )
        report = service.report(args.id)
    finally:
        service.lock()
    _say(f"Report {report.id} is saved; its status is {report.status}.")
    return EXIT_OK


def cmd_report_list(paths: Paths, args: argparse.Namespace, secrets: SecretReader) -> int:
    service = _open(paths, args, secrets)
    try:
        name = _text(args, "case", secrets).strip()
        case_id = service.case_by_name(name).id if name else None
        cases = {case.id: case.name for case in service.cases()}
        reports = service.reports(case_id)
        answers = service.answers()
        checks = service.report_checks()
    finally:
        service.lock()
    if args.json:
        records = [
            {
                **r.state(),
                "case": cases.get(r.case_id, ""),
                "answers": [a.state() for a in answers if a.report_id == r.id],
                "rechecks": [c.state() for c in checks if c.report_id == r.id],
            }
            for r in reports
        ]
        _out(json.dumps(records, indent=2, ensure_ascii=False).translate(_JSON_C1))
        return EXIT_OK
    for report in reports:
        ticket = f"  ticket {printable(report.ticket)}" if report.ticket else ""
        _out(
            f"{report.id:>5}  {report.platform:<13} {report.status:<12} "
            f"{report.sent_at or '-':<22}{ticket}"
        )
        for url in report.urls:
            _out(f"       {printable(url)}")
    return EXIT_OK


def cmd_report_text(paths: Paths, args: argparse.Namespace, secrets: SecretReader) -> int:
    from evidence_app.export.report_text import Sender, ready_text

    service = _open(paths, args, secrets)
    try:
        report = service.report(args.id)
    finally:
        service.lock()
    subject, body = ready_text(report, args.lang, Sender(args.name, args.email, args.minor))
    _out(subject)
    _out("")
    _out(body.rstrip("\n"))
    return EXIT_OK


def _todo_line(todo: Todo, report: Report, now: datetime) -> str:
    words = STEP_WORDS.get(todo.step, todo.step)
    if todo.until is not None:
        words += f" until {todo.until.astimezone().date().isoformat()}"
    due = todo.due.astimezone().strftime("%Y-%m-%d %H:%M")
    mark = "due " if todo.is_due(now) else "from"
    return f"{mark} {due}  report {report.id} ({report.platform}): {words}"


def cmd_todo(paths: Paths, args: argparse.Namespace, secrets: SecretReader) -> int:
    now = datetime.now(UTC)
    service = _open(paths, args, secrets)
    try:
        name = _text(args, "case", secrets).strip()
        case_id = service.case_by_name(name).id if name else None
        steps = service.todo(case_id, now=now)
        reports = {r.id: r for r in service.reports(case_id)}
    finally:
        service.lock()
    if args.json:
        records = [
            {
                "report": t.report_id,
                "platform": reports[t.report_id].platform,
                "step": t.step,
                "due": t.due.isoformat(),
                "until": t.until.isoformat() if t.until else None,
                "is_due": t.is_due(now),
            }
            for t in steps
        ]
        _out(json.dumps(records, indent=2, ensure_ascii=False))
        return EXIT_OK
    if not steps:
        _say("Nothing to do about the reports.")
    for todo in steps:
        _out(_todo_line(todo, reports[todo.report_id], now))
    return EXIT_OK


def cmd_recheck(paths: Paths, args: argparse.Namespace, secrets: SecretReader) -> int:
    service = _open(paths, args, secrets)
    try:
        name = _text(args, "case", secrets).strip()
        case_id = service.case_by_name(name).id if name else None
        reports = [r for r in service.reports(case_id) if r.urls]
        if not reports:
            _say("No report has an address to look at again.")
            return EXIT_OK
        return _recheck(service, reports)
    finally:
        service.lock()


def _recheck(service: VaultService, reports: list[Report]) -> int:
    from evidence_app.capture.web.headless import application

    application()
    from evidence_app.capture.web.capture import HeadlessBrowser
    from evidence_app.capture.web.load import CaptureFailed
    from evidence_app.capture.web.recheck import look_again, prepare_address, record_for_report

    failed = False
    with HeadlessBrowser() as browser:
        for report in reports:
            for url in report.urls:
                prepared = prepare_address(service, report.id, url)
                try:
                    found = look_again(prepared, browser)
                except CaptureFailed as exc:
                    failed = True
                    _say(f"report {report.id}: {printable(url)} could not be loaded ({exc})")
                    continue
                check = record_for_report(service, report.id, prepared, found)
                status = f" (HTTP {check.http_status})" if check.http_status else ""
                _out(f"report {report.id} {check.result}{status} {printable(url)}")
    return EXIT_CHECK_FAILED if failed else EXIT_OK
