"""Commands about the evidence: add, capture-web, list."""

from __future__ import annotations

import argparse
import contextlib
import json
from pathlib import Path
from typing import Any

from evidence_app.cli.common import (
    EXIT_CHECK_FAILED,
    EXIT_OK,
    EXIT_USAGE,
    SecretReader,
    _files,
    _open,
    _out,
    _say,
    _text,
    printable,
)
from evidence_app.domain import clock, event_time
from evidence_app.domain.errors import (
    BadInput,
    EvidenceError,
    NotFound,
    PictureRefused,
    VaultDamaged,
)
from evidence_app.domain.model import Item
from evidence_app.domain.web import validate_url
from evidence_app.paths import Paths
from evidence_app.vault import damage
from evidence_app.vault.item_store import prepared_ahead

MINORS_NOTE = (
    "this case's pictures show someone under 18. You did nothing wrong, but keeping such a "
    "picture can be against the law, so it was not kept. In the window, 'Write it down, "
    "without a picture' keeps the address and what happened. To keep the picture anyway, "
    "add --keep-picture."
)


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
        # The next files' pictures are decoded on the other cores while one is stored.
        with contextlib.closing(prepared_ahead([Path(name) for name in names])) as files:
            for name, (path, prepared) in zip(names, files, strict=True):
                try:
                    item = service.add_file(
                        path,
                        case_id=case.id,
                        url=url,
                        notes=note,
                        event=event,
                        picture_ok=args.keep_picture,
                        prepared=prepared,
                    )
                except PictureRefused:
                    _say(f"not added: {printable(name)}: {MINORS_NOTE}")
                    status = EXIT_USAGE
                    continue
                except BadInput as exc:
                    _say(f"not added: {printable(name)}: {printable(str(exc))}")
                    status = EXIT_USAGE
                    continue
                except OSError as exc:  # unreadable: no permission, a failing disk, gone
                    why = exc.strerror or "error"
                    _say(f"not added: {printable(name)}: it cannot be read ({why})")
                    status = max(status, EXIT_CHECK_FAILED)
                    continue
                _out(f"added {item.id} {item.sha256} {printable(name)}")
    finally:
        service.lock()
    return status


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
        if service.minors(case.id) and not args.keep_picture:  # said before going online
            raise PictureRefused("the page was not captured: " + MINORS_NOTE)
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
        stored = store_capture(
            service,
            case.id,
            capture,
            capture_method="web page (command line)",
            picture_ok=args.keep_picture,
        )
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


_JSON_C1 = {c: f"\\u{c:04x}" for c in range(0x7F, 0xA0)}


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
