"""What is due for each report: the next step and by when.

Nothing runs in the background: the To do view and `evidence-app todo` compute
this from the records when they are shown (at each unlock, for one).

- a draft: send it;
- sent (or acknowledged, appealed, escalated) and no answer: a reminder 2 days
  after, and a second one 7 days after (write again, or ask a helpline);
- more information asked: send it;
- removed: look again after 7 days (and every 7 days) that it stays gone;
- refused: it can be contested within 6 months of the decision (DSA article 20);
- back online: report it again.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from enum import StrEnum

from evidence_app.domain import event_time
from evidence_app.domain.report import Answer, Report, ReportCheck, ReportStatus, moment

FIRST_REMINDER = timedelta(days=2)
SECOND_REMINDER = timedelta(days=7)
RECHECK_EVERY = timedelta(days=7)
APPEAL_MONTHS = 6


_WAITING = frozenset(
    {ReportStatus.SENT, ReportStatus.ACKNOWLEDGED, ReportStatus.APPEALED, ReportStatus.ESCALATED}
)


class Step(StrEnum):
    """The next thing to do about a report."""

    SEND = "send"
    FOLLOW_UP = "follow-up"
    FOLLOW_UP_AGAIN = "follow-up-again"
    MORE_INFO = "more-info"
    RECHECK = "recheck"
    APPEAL = "appeal"
    REPORT_AGAIN = "report-again"


@dataclass(frozen=True)
class Todo:
    """One next step: what, for which report, from when (`due`), and until when if it can
    no longer be done after a date (`until`, the appeal window)."""

    report_id: int
    step: str  # a Step
    due: datetime  # aware, UTC
    until: datetime | None = None

    def is_due(self, now: datetime) -> bool:
        return self.due <= now


def next_step(
    report: Report,
    answers: Iterable[Answer] = (),
    checks: Iterable[ReportCheck] = (),
    *,
    now: datetime,
) -> Todo | None:
    """The report's next step as of `now`, or None when nothing is left to do about it."""
    if report.deleted:
        return None
    created = _utc(report.created_at)
    changed = _at(report.status_at) or created
    status = report.status
    if status == ReportStatus.DRAFT:
        return Todo(report.id, Step.SEND, created)
    if status in _WAITING:
        base = changed
        if status == ReportStatus.SENT:
            base = _at(report.sent_at) or changed
        answered = [a for a in (_at(a.answered_at) for a in answers) if a is not None]
        base = max([base, *answered])
        if base + SECOND_REMINDER <= now:
            return Todo(report.id, Step.FOLLOW_UP_AGAIN, base + SECOND_REMINDER)
        return Todo(report.id, Step.FOLLOW_UP, base + FIRST_REMINDER)
    if status == ReportStatus.MORE_INFO:
        return Todo(report.id, Step.MORE_INFO, changed)
    if status == ReportStatus.REMOVED:
        if not report.urls:
            return None
        looked = [_utc(c.checked_at) for c in checks]
        return Todo(report.id, Step.RECHECK, max([changed, *looked]) + RECHECK_EVERY)
    if status == ReportStatus.REFUSED:
        until = appeal_until(report.status_at, changed)
        if until < now:
            return None  # the window to contest has closed: nothing left to do here
        return Todo(report.id, Step.APPEAL, changed, until)
    if status == ReportStatus.BACK_ONLINE:
        return Todo(report.id, Step.REPORT_AGAIN, changed)
    return None


def _at(stored: str) -> datetime | None:
    found = moment(stored).moment()
    return found.astimezone(UTC) if found is not None else None


def _utc(iso: str) -> datetime:
    if not iso:
        return datetime.fromtimestamp(0, UTC)
    return datetime.fromisoformat(iso.replace("Z", "+00:00")).astimezone(UTC)


def appeal_until(decided: str, fallback: datetime) -> datetime:
    """The last moment to contest a decision: the end of the same day `APPEAL_MONTHS`
    later, in the zone where it was decided (a day alone: this computer's), as UTC.
    `fallback` (UTC) stands in for a decision whose time is not known."""
    event = moment(decided)
    local = event.local()
    zone: tzinfo | None
    if event.known and local is None:  # a day
        day, zone = date.fromisoformat(event.at), event_time.local_zone()
    elif local is not None:
        day, zone = local.date(), local.tzinfo
    else:
        here = fallback.astimezone()
        day, zone = here.date(), here.tzinfo
    last = datetime.combine(_add_months(day, APPEAL_MONTHS), time(23, 59, 59), tzinfo=zone)
    return last.astimezone(UTC)


def _add_months(day: date, months: int) -> date:
    """The same day `months` later (the month's last day when it has fewer days)."""
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    for number in (day.day, 30, 29, 28):
        try:
            return day.replace(year=year, month=month, day=number)
        except ValueError:
            continue
    raise AssertionError("unreachable")
