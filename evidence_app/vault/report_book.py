"""Reports to platforms and organisations, their answers and the re-checks of the
reported addresses (`domain.report`), and what is due about them (`domain.followup`).

Every report, change, answer and re-check is in the audit chain: a change with
each value before and after, an answer and a re-check whole. A removed report
stays in the vault (marked), so that the chain and the record always agree.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from evidence_app.domain import audit, clock, custody, event_time, followup
from evidence_app.domain.custody import CustodyEntry
from evidence_app.domain.errors import BadInput, NotFound
from evidence_app.domain.followup import Todo
from evidence_app.domain.model import RecheckResult
from evidence_app.domain.report import (
    Answer,
    Report,
    ReportCheck,
    ReportStatus,
    checked_status,
    checked_text,
    checked_time,
    checked_values,
)
from evidence_app.vault.base import VaultBase


def _now_local() -> str:
    """This moment as a report time (to the minute, at this machine's offset)."""
    instant = clock.now()
    moment = datetime.fromisoformat(instant.utc.replace("Z", "+00:00"))
    return event_time.from_moment(moment.astimezone(event_time.local_zone())).at


class ReportBook(VaultBase):
    """The reports of the vault's cases."""

    def reports(self, case_id: int | None = None) -> list[Report]:
        """The reports not removed, in the order they were written."""
        with self._guard():
            self._db()
            return self._repo.reports.reports(case_id)

    def report(self, report_id: int) -> Report:
        with self._guard():
            self._db()
            return self._report_now(report_id)

    def answers(self, report_id: int | None = None) -> list[Answer]:
        with self._guard():
            self._db()
            return self._repo.reports.answers(report_id)

    def report_checks(self, report_id: int | None = None) -> list[ReportCheck]:
        with self._guard():
            self._db()
            return self._repo.reports.report_checks(report_id)

    def add_report(self, case_id: int, platform: str, **fields: Any) -> Report:
        """Write down a report (audited). `fields` are `domain.report.REPORT_FIELDS`;
        a report said to be sent without a time was sent now. Raises BadInput, NotFound."""
        values = checked_values({"platform": platform, **fields})
        values.setdefault("status", ReportStatus.DRAFT.value)
        now = clock.now().utc
        if values["status"] != ReportStatus.DRAFT and not values.get("sent_at"):
            values["sent_at"] = _now_local()
        report = Report(id=0, case_id=case_id, created_at=now, status_at="", **values)
        report = dataclasses.replace(report, status_at=report.sent_at or _now_local())
        with self._writing():
            if not any(case.id == case_id for case in self._repo.cases()):
                raise NotFound(f"no case {case_id}")
            self._check_items(report)
            report = dataclasses.replace(report, id=self._repo.reports.insert_report(report))
            details = {k: v for k, v in report.state().items() if k not in ("id", "deleted")}
            self._append(audit.REPORT_CREATE, f"report:{report.id}", details)
            return report

    def update_report(self, report_id: int, changes: Mapping[str, Any]) -> Report:
        """Change a report (audited, each value before and after). A new status counts
        from now; one that says it was sent gets a time of sending if it had none."""
        values = checked_values(dict(changes))
        with self._writing():
            current = self._report_now(report_id)
            if "status" in values and values["status"] != current.status:
                values["status_at"] = _now_local()
                if values["status"] != ReportStatus.DRAFT and not (
                    values.get("sent_at") or current.sent_at
                ):
                    values["sent_at"] = values["status_at"]
            self._check_items(dataclasses.replace(current, **values), current)
            return self._change_report(current, values)

    def remove_report(self, report_id: int) -> None:
        """Take a report out of the case and the dossier (audited; the record stays)."""
        with self._writing():
            self._change_report(self._report_now(report_id), {"deleted": True})

    def add_answer(
        self, report_id: int, text: str, *, answered_at: str = "", status: str = ""
    ) -> Answer:
        """Record what the platform answered (audited); a status it led to changes the
        report's, counted from the time of the answer."""
        text = checked_text(text, "an answer")
        if status:
            status = checked_status(status)
        when = checked_time(answered_at, "when it answered") if answered_at else _now_local()
        if not text and not status:
            raise BadInput("say what the answer was, or the status it led to")
        answer = Answer(0, report_id, when, text, status, clock.now().utc)
        with self._writing():
            current = self._report_now(report_id)
            answer = dataclasses.replace(answer, id=self._repo.reports.insert_answer(answer))
            self._append(audit.REPORT_ANSWER, f"report:{report_id}", answer.state())
            if status and status != current.status:
                self._change_report(current, {"status": status, "status_at": when})
            return answer

    def add_report_check(
        self,
        report_id: int,
        url: str,
        result: str,
        *,
        http_status: int | None = None,
        final_url: str = "",
        note: str = "",
        same_as_captured: bool = False,
    ) -> ReportCheck:
        """Record a later look at one of the report's addresses (audited). When the page
        shows again the very text captured (`same_as_captured`: compared with the page
        archive) after the report said "removed", the report is marked "back online".
        Any other answer (a 200 with a "this content isn't available" notice, for one) is
        only recorded: the person looks and decides."""
        if result not in frozenset(RecheckResult):
            raise BadInput(f"unknown re-check result {result!r}")
        instant = clock.now()
        check = ReportCheck(
            0,
            report_id,
            url,
            instant.utc,
            instant.time_zone,
            instant.utc_offset_minutes,
            result,
            http_status,
            final_url,
            note,
        )
        with self._writing():
            current = self._report_now(report_id)
            if url not in current.urls:
                raise BadInput("this address is not one of the report's")
            check = dataclasses.replace(check, id=self._repo.reports.insert_report_check(check))
            self._append(audit.REPORT_CHECK, f"report:{report_id}", check.state())
            if (
                current.status == ReportStatus.REMOVED
                and result == RecheckResult.PRESENT
                and same_as_captured
            ):
                self._change_report(
                    current, {"status": ReportStatus.BACK_ONLINE.value, "status_at": _now_local()}
                )
            return check

    def todo(self, case_id: int | None = None, *, now: datetime | None = None) -> list[Todo]:
        """The next step of every report, the soonest due first."""
        now = now or datetime.now(UTC)
        with self._guard():
            self._db()
            reports = self._repo.reports.reports(case_id)
            answers = self._repo.reports.answers()
            checks = self._repo.reports.report_checks()
        # Grouped once: a case with many reports is not scanned once per report.
        answered: dict[int, list[Answer]] = {}
        for answer in answers:
            answered.setdefault(answer.report_id, []).append(answer)
        checked: dict[int, list[ReportCheck]] = {}
        for check in checks:
            checked.setdefault(check.report_id, []).append(check)
        steps = (
            followup.next_step(
                report, answered.get(report.id, []), checked.get(report.id, []), now=now
            )
            for report in reports
        )
        return sorted((s for s in steps if s is not None), key=lambda s: (s.due, s.report_id))

    # -- hand-overs of the evidence (`domain.custody`) ---------------------------

    def custody(self, case_id: int | None = None) -> list[CustodyEntry]:
        """The hand-overs not removed, in the order they were written."""
        with self._guard():
            self._db()
            return self._repo.reports.custody(case_id)

    def add_custody(
        self, case_id: int, given_to: str, *, at: str = "", reference: str = "", note: str = ""
    ) -> CustodyEntry:
        """Write down that a copy was given to someone (audited). Raises BadInput, NotFound."""
        entry = CustodyEntry(
            id=0,
            case_id=case_id,
            given_to=custody.checked_text(given_to, "to whom it was given", required=True),
            at=checked_time(at, "when it was given") if at else _now_local(),
            reference=custody.checked_text(reference, "the reference"),
            note=custody.checked_text(note, "the note"),
            created_at=clock.now().utc,
        )
        with self._writing():
            if not any(case.id == case_id for case in self._repo.cases()):
                raise NotFound(f"no case {case_id}")
            entry = dataclasses.replace(entry, id=self._repo.reports.insert_custody(entry))
            details = {k: v for k, v in entry.state().items() if k not in ("id", "deleted")}
            self._append(audit.CUSTODY_CREATE, f"custody:{entry.id}", details)
            return entry

    def remove_custody(self, entry_id: int) -> None:
        """Take a hand-over out of the dossier (audited; the record stays)."""
        with self._writing():
            found = [e for e in self._repo.reports.custody() if e.id == entry_id]
            if not found:
                raise NotFound(f"no hand-over {entry_id}")
            self._repo.reports.set_custody_fields(entry_id, {"deleted": True})
            self._append(
                audit.CUSTODY_EDIT,
                f"custody:{entry_id}",
                {"changes": {"deleted": {"before": False, "after": True}}},
            )

    def _report_now(self, report_id: int) -> Report:
        current = self._repo.reports.report(report_id)
        if current is None or current.deleted:
            raise NotFound(f"no report {report_id}")
        return current

    def _check_items(self, report: Report, before: Report | None = None) -> None:
        """Every item a report newly names exists in its case (the caller holds the lock).
        Items it named before stay named even once deleted: a change to the report does
        not fail, or drop them, for that."""
        kept: set[int | None] = set()
        if before is not None:
            kept = {*before.item_ids, before.confirmation_item_id}
        wanted: Sequence[int] = [i for i in report.item_ids if i not in kept]
        if report.confirmation_item_id is not None and report.confirmation_item_id not in kept:
            wanted = [*wanted, report.confirmation_item_id]
        for item_id in wanted:
            item = self._repo.item(item_id)
            if item is None or item.deleted:
                raise NotFound(f"no item {item_id}")
            if item.case_id != report.case_id:
                raise BadInput(f"item {item_id} belongs to another case")

    def _change_report(self, current: Report, values: Mapping[str, Any]) -> Report:
        """The caller holds the lock and a transaction."""
        state = current.state()
        shaped = {k: list(v) if isinstance(v, tuple) else v for k, v in values.items()}
        diffs = {
            name: {"before": state[name], "after": value}
            for name, value in shaped.items()
            if state[name] != value
        }
        if not diffs:
            return current
        after = {name: values[name] for name in diffs}
        self._repo.reports.set_report_fields(current.id, after)
        self._append(audit.REPORT_EDIT, f"report:{current.id}", {"changes": diffs})
        return dataclasses.replace(current, **after)
