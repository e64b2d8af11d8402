"""Reports to platforms: recorded, answered, re-checked, audited, and what is due."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from evidence_app.domain.errors import BadInput, NotFound
from evidence_app.domain.followup import Step, next_step
from evidence_app.domain.platforms import platform_info, platforms
from evidence_app.domain.report import REPORT_PLATFORMS, Answer, Report, ReportCheck
from evidence_app.vault.service import VaultService
from tests.helpers.vaults import FAST_KDF, PASSPHRASE

POST = "https://www.instagram.com/p/Cx1/"
PROFILE = "https://www.instagram.com/x_francois/"


def _reopened(service: VaultService) -> VaultService:
    folder = service.folder
    service.lock()
    return VaultService.unlock(folder, PASSPHRASE)


def _item(service: VaultService, tmp_path: Path, name: str = "post.png") -> int:
    source = tmp_path / name
    source.write_bytes(b"kept as it is: " + name.encode())
    return service.add_file(source, case_id=1).id


def test_a_report_its_answers_and_rechecks_survive_a_lock_and_agree_with_the_chain(
    service: VaultService, tmp_path: Path
) -> None:
    item = _item(service, tmp_path)
    receipt = _item(service, tmp_path, "receipt.png")
    report = service.add_report(
        1,
        "Instagram",
        urls=[POST, f" {PROFILE} ", POST],
        item_ids=[item],
        channel="in-app",
        sent_at="2024-11-14T20:05+01:00",
        status="sent",
        text="Dit bericht toont mij zonder toestemming.",
    )
    assert report.platform == "instagram"
    assert report.urls == (POST, PROFILE)  # checked, trimmed, once each
    assert report.status_at == "2024-11-14T20:05+01:00"
    service.update_report(report.id, {"ticket": "IG-4471", "confirmation_item_id": receipt})
    service.add_answer(
        report.id,
        "We hebben je melding ontvangen.",
        answered_at="2024-11-15",
        status="acknowledged",
    )
    service.add_answer(
        report.id, "Removed.", answered_at="2024-11-18T09:12+01:00", status="removed"
    )
    service.add_report_check(report.id, POST, "removed", http_status=404)
    # A page that answers 200 may only say "this content isn't available": recorded, not
    # taken for the content itself ...
    service.add_report_check(report.id, PROFILE, "present", http_status=200)
    assert service.report(report.id).status == "removed"
    # ... unless its text is the one captured.
    service.add_report_check(report.id, PROFILE, "present", http_status=200, same_as_captured=True)

    again = _reopened(service)
    try:
        stored = again.report(report.id)
        assert stored.ticket == "IG-4471"
        assert stored.confirmation_item_id == receipt
        assert stored.status == "back-online"
        assert [a.status for a in again.answers(report.id)] == ["acknowledged", "removed"]
        assert [(c.url, c.result) for c in again.report_checks(report.id)] == [
            (POST, "removed"),
            (PROFILE, "present"),
            (PROFILE, "present"),
        ]
        check = again.report_checks(report.id)[0]
        assert check.time_zone and check.checked_at.endswith("Z")
        edits = [e for e in again.audit_entries() if e.target == f"report:{report.id}"]
        assert [e.action for e in edits] == [
            "report.create",
            "report.edit",  # ticket and receipt
            "report.answer",
            "report.edit",  # -> acknowledged
            "report.answer",
            "report.edit",  # -> removed
            "report.recheck",
            "report.recheck",
            "report.recheck",
            "report.edit",  # -> back online
        ]
        assert edits[3].details["changes"]["status"] == {"before": "sent", "after": "acknowledged"}
        assert again.check() == []
    finally:
        again.lock()


@pytest.mark.parametrize(
    "fields",
    [
        {"platform": "myspace"},
        {"status": "gone"},
        {"channel": "pigeon"},
        {"urls": ["javascript:alert(1)"]},
        {"sent_at": "14/11/2024"},
        {"item_ids": [999]},
        {"confirmation_item_id": 999},
    ],
)
def test_bad_input_is_refused_and_changes_nothing(
    service: VaultService, fields: dict[str, object]
) -> None:
    before = len(service.audit_entries())
    values: dict[str, object] = {"platform": "tiktok", **fields}
    platform = str(values.pop("platform"))
    with pytest.raises((BadInput, NotFound)):
        service.add_report(1, platform, **values)
    assert service.reports() == []
    assert len(service.audit_entries()) == before


def test_an_item_of_another_case_cannot_be_named(service: VaultService, tmp_path: Path) -> None:
    other = service.create_case("Andere zaak")
    source = tmp_path / "x.png"
    source.write_bytes(b"x")
    item = service.add_file(source, case_id=other.id).id
    with pytest.raises(BadInput, match="another case"):
        service.add_report(1, "x", item_ids=[item])


def test_a_changed_report_row_is_found_by_check(service: VaultService) -> None:
    report = service.add_report(1, "snapchat", urls=[POST], status="sent")
    service.add_answer(report.id, "Nee.", status="refused")
    with service._writing():  # what an attacker with the key could do: the row, not the chain
        service._repo.conn.execute(
            "UPDATE reports SET ticket = 'forged' WHERE id = ?", (report.id,)
        )
        service._repo.conn.execute("UPDATE report_answers SET text = 'Ja.'")
    problems = [str(p) for p in service.check()]
    assert (
        f"report {report.id}: field 'ticket' differs from what the audit chain recorded" in problems
    )
    assert any(p.startswith("answer ") and "'text' differs" in p for p in problems)


# -- what is due -------------------------------------------------------------------


def _report(**fields: object) -> Report:
    values: dict[str, object] = {
        "id": 7,
        "case_id": 1,
        "platform": "tiktok",
        "urls": (POST,),
        "created_at": "2024-11-14T19:00:00.000000Z",
    }
    values.update(fields)
    return Report(**values)  # type: ignore[arg-type]


SENT = "2024-11-14T20:00+01:00"  # 19:00 UTC


def _utc(text: str) -> datetime:
    return datetime.fromisoformat(text).astimezone(UTC)


def test_a_sent_report_without_an_answer_is_followed_up_after_2_and_after_7_days() -> None:
    report = _report(status="sent", sent_at=SENT, status_at=SENT)
    first = next_step(report, now=_utc("2024-11-15T12:00+00:00"))
    assert first is not None
    assert (first.step, first.due) == (Step.FOLLOW_UP, _utc("2024-11-16T19:00+00:00"))
    assert not first.is_due(_utc("2024-11-15T12:00+00:00"))
    later = next_step(report, now=_utc("2024-11-22T12:00+00:00"))
    assert later is not None
    assert (later.step, later.due) == (Step.FOLLOW_UP_AGAIN, _utc("2024-11-21T19:00+00:00"))
    # An answer that changes nothing still counts as one: the reminders start again from it.
    answered = Answer(1, 7, "2024-11-20T10:00+01:00", "We kijken ernaar.")
    again = next_step(report, [answered], now=_utc("2024-11-22T12:00+00:00"))
    assert again is not None
    assert (again.step, again.due) == (Step.FOLLOW_UP, _utc("2024-11-22T09:00+00:00"))


def test_a_refusal_can_be_contested_for_6_months_and_a_removal_is_looked_at_again() -> None:
    refused = next_step(
        _report(status="refused", status_at="2024-08-31"), now=_utc("2024-09-01T00:00+00:00")
    )
    assert refused is not None and refused.step == Step.APPEAL
    assert refused.until is not None and refused.until.date().isoformat() == "2025-02-28"
    removed = _report(status="removed", status_at="2024-11-18T09:00+00:00")
    check = ReportCheck(1, 7, POST, "2024-11-26T10:00:00.000000Z", "UTC", 0, "removed")
    todo = next_step(removed, checks=[check], now=_utc("2024-11-27T00:00+00:00"))
    assert todo is not None
    assert (todo.step, todo.due) == (Step.RECHECK, _utc("2024-12-03T10:00+00:00"))
    draft = next_step(_report(), now=_utc("2024-11-14T19:00+00:00"))
    assert (
        draft is not None
        and draft.step == Step.SEND
        and draft.is_due(_utc("2024-11-14T19:00+00:00"))
    )
    assert next_step(_report(status="removed", urls=()), now=datetime.now(UTC)) is None


def test_the_vaults_todo_lists_the_soonest_first(service: VaultService) -> None:
    old = service.add_report(1, "tiktok", urls=[POST], status="sent", sent_at="2024-11-01")
    draft = service.add_report(1, "x")
    later = service.add_report(1, "reddit", status="sent", sent_at="2024-11-10T12:00Z")
    steps = service.todo(now=datetime(2024, 11, 20, tzinfo=UTC))
    assert [(t.report_id, t.step) for t in steps] == [
        (old.id, "follow-up-again"),
        (later.id, "follow-up-again"),
        (draft.id, "send"),
    ]


def test_answers_survive_sigkill_during_a_write(vault_dir: Path, tmp_path: Path) -> None:
    """A writer killed while it adds answers: every answer it said was saved is there,
    whole, and the vault checks clean."""
    service = VaultService.create(vault_dir, PASSPHRASE, kdf=FAST_KDF)[0]
    report = service.add_report(1, "telegram", urls=[POST], status="sent")
    service.lock()
    script = tmp_path / "writer.py"
    script.write_text(
        "import sys\nfrom pathlib import Path\n"
        "from evidence_app.vault.service import VaultService\n"
        f"s = VaultService.unlock(Path(sys.argv[1]), {PASSPHRASE!r})\n"
        "for n in range(100_000):\n"
        f"    print(s.add_answer({report.id}, 'antwoord %d' % n).id, flush=True)\n"
    )
    with subprocess.Popen(
        [sys.executable, str(script), str(vault_dir)], stdout=subprocess.PIPE, text=True
    ) as proc:
        assert proc.stdout is not None
        saved = [int(proc.stdout.readline()) for _ in range(40)]
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
        saved += [int(line) for line in proc.stdout.readlines()]
    assert proc.returncode == -signal.SIGKILL
    again = VaultService.unlock(vault_dir, PASSPHRASE)
    try:
        answers = again.answers(report.id)
        assert {a.id for a in answers} >= set(saved)
        assert len(answers) in (len(saved), len(saved) + 1)  # the one under way, whole or not
        assert [a.text for a in answers] == [f"antwoord {n}" for n in range(len(answers))]
        assert again.check() == []
    finally:
        again.lock()


# -- the ready texts and where to report -----------------------------------------------


@pytest.mark.parametrize("lang", ["nl", "fr", "en"])
@pytest.mark.parametrize("platform", REPORT_PLATFORMS)
def test_a_ready_text_exists_for_every_platform_and_language(platform: str, lang: str) -> None:
    from evidence_app.export.report_text import Sender, ready_text

    urls = (POST, "https://example.org/p?id=1&x=é")
    report = Report(1, 1, platform, urls=urls, ticket="T-9", text="geheim-9c1", item_ids=(4,))
    subject, body = ready_text(report, lang, Sender("Lien Claes", "lien@example.be"))
    for url in urls:
        assert f"- {url}\n" in body  # each exact address on its own line, as recorded
    assert "T-9" in body and "Lien Claes" in body and "lien@example.be" in body
    assert "2022/2065" in body  # an EU notice (DSA art. 16)
    english = ready_text(report, "en")[1]
    if lang != "en":
        assert body != english and subject != ready_text(report, "en")[0]
    # Nothing that is not in the record: no earlier text, no paths, no secrets.
    for leak in ("geheim-9c1", PASSPHRASE, "/", "\\"):
        assert leak not in body.replace(urls[0], "").replace(urls[1], "").replace("2022/2065", "")
    info = platform_info(platform)
    assert info is not None
    assert info.name in body if info.name else "{platform}" not in body


def test_every_report_address_has_its_source_and_the_date_it_was_checked() -> None:
    for info in platforms().values():
        if info.report_url or info.email:
            assert info.source and info.checked, info.key
            assert info.report_url.startswith("https://") or not info.report_url, info.key
            date.fromisoformat(info.checked)
    assert platforms()["other"].name == ""  # said in words, in the window's language


def test_reports_survive_a_passphrase_change(service: VaultService) -> None:
    report = service.add_report(1, "youtube", urls=[POST], status="sent", ticket="YT-1")
    service.add_answer(report.id, "Under review.")
    service.change_passphrase(PASSPHRASE, "een heel ander lang wachtwoord vandaag")
    folder = service.folder
    service.lock()
    again = VaultService.unlock(folder, "een heel ander lang wachtwoord vandaag")
    try:
        assert again.report(report.id).ticket == "YT-1"
        assert [a.text for a in again.answers(report.id)] == ["Under review."]
        assert again.check() == []
    finally:
        again.lock()


def test_an_item_deleted_after_the_report_does_not_block_it(
    service: VaultService, tmp_path: Path
) -> None:
    from evidence_app.capture.web.recheck import prepare_address

    item = _item(service, tmp_path)
    report = service.add_report(1, "x", urls=[POST], item_ids=[item], status="sent")
    service.delete_item(item)
    changed = service.update_report(report.id, {"status": "removed", "ticket": "X-1"})
    assert (changed.status, changed.item_ids) == ("removed", (item,))  # nothing dropped
    assert prepare_address(service, report.id, POST).archive is None
    with pytest.raises(NotFound):
        service.update_report(report.id, {"item_ids": [item, 999]})  # a new one must exist


@pytest.mark.parametrize(
    ("decided", "last_day"),
    [
        ("2024-03-01", "2024-09-01"),
        ("2024-03-31T00:30+02:00", "2024-09-30"),
        ("2024-11-13", "2025-05-13"),
        ("2024-08-31", "2025-02-28"),
    ],
)
def test_a_refusal_can_be_contested_until_the_same_day_6_months_later_where_it_was_decided(
    monkeypatch: pytest.MonkeyPatch, decided: str, last_day: str
) -> None:
    from zoneinfo import ZoneInfo

    monkeypatch.setenv("TZ", "Europe/Brussels")
    refused = _report(status="refused", status_at=decided)
    todo = next_step(refused, now=_utc("2024-04-01T00:00+00:00"))
    assert todo is not None and todo.until is not None
    local = todo.until.astimezone(ZoneInfo("Europe/Brussels"))
    assert (local.date().isoformat(), f"{local:%H:%M}") == (last_day, "23:59")
    # Once the window has closed, there is nothing left to do about it.
    assert next_step(refused, now=todo.until + timedelta(seconds=1)) is None
