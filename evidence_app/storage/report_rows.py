"""The SQL of reports, their answers and re-checks (`domain.report`), and of hand-overs
(`domain.custody`): the repository's `reports` part. Lists of addresses and item ids are
JSON arrays."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any, Protocol

from evidence_app.domain.custody import CUSTODY_FIELDS, CustodyEntry
from evidence_app.domain.report import REPORT_FIELDS, Answer, Report, ReportCheck
from evidence_app.storage import salvage
from evidence_app.storage.database import Connection
from evidence_app.storage.salvage import Gap

_REPORT_COLUMNS: tuple[str, ...] = tuple(
    name for name in Report.__dataclass_fields__ if name != "id"
)
_ANSWER_COLUMNS: tuple[str, ...] = tuple(
    name for name in Answer.__dataclass_fields__ if name != "id"
)
_CHECK_COLUMNS: tuple[str, ...] = tuple(
    name for name in ReportCheck.__dataclass_fields__ if name != "id"
)
_CUSTODY_COLUMNS: tuple[str, ...] = tuple(
    name for name in CustodyEntry.__dataclass_fields__ if name != "id"
)
_LISTS = ("urls", "item_ids")


def _custody(row: tuple[Any, ...]) -> CustodyEntry:
    values = dict(zip(("id", *_CUSTODY_COLUMNS), row, strict=True))
    values["deleted"] = bool(values["deleted"])
    return CustodyEntry(**values)


def _report(row: tuple[Any, ...]) -> Report:
    values = dict(zip(("id", *_REPORT_COLUMNS), row, strict=True))
    for name in _LISTS:
        values[name] = tuple(json.loads(values[name]))
    values["deleted"] = bool(values["deleted"])
    return Report(**values)


def _stored(values: Mapping[str, Any]) -> dict[str, Any]:
    """Field values in their column form (lists as JSON)."""
    out = dict(values)
    for name in _LISTS:
        if name in out:
            out[name] = json.dumps(list(out[name]))
    return out


class Rows(Protocol):
    """What these rows need of the repository (`storage.salvage.Reconnecting`, and more)."""

    @property
    def conn(self) -> Connection: ...

    def fresh_connection(self) -> None: ...

    def set_fields(
        self, table: str, columns: set[str], row_id: int, fields: Mapping[str, Any]
    ) -> None: ...


class ReportRows:
    """Reports, answers and re-checks (see the module docstring)."""

    def __init__(self, repo: Rows) -> None:
        self._repo = repo  # its connection can be replaced: always read it from there

    def _insert(self, table: str, columns: tuple[str, ...], values: Mapping[str, Any]) -> int:
        cur = self._repo.conn.execute(
            f"INSERT INTO {table} ({', '.join(columns)})"  # noqa: S608 - our own names
            f" VALUES ({', '.join('?' for _ in columns)})",
            [values[name] for name in columns],
        )
        return int(cur.lastrowid or 0)

    def insert_report(self, report: Report) -> int:
        return self._insert("reports", _REPORT_COLUMNS, _stored(report.state()))

    def reports(self, case_id: int | None = None, *, include_deleted: bool = False) -> list[Report]:
        sql = f"SELECT id, {', '.join(_REPORT_COLUMNS)} FROM reports WHERE 1"  # noqa: S608
        params: list[Any] = []
        if case_id is not None:
            sql += " AND case_id = ?"
            params.append(case_id)
        if not include_deleted:
            sql += " AND deleted = 0"
        return [_report(row) for row in self._repo.conn.execute(sql + " ORDER BY id", params)]

    def report(self, report_id: int) -> Report | None:
        row = self._repo.conn.execute(
            f"SELECT id, {', '.join(_REPORT_COLUMNS)} FROM reports WHERE id = ?",  # noqa: S608
            (report_id,),
        ).fetchone()
        return _report(row) if row else None

    def set_report_fields(self, report_id: int, fields: Mapping[str, Any]) -> None:
        self._repo.set_fields(
            "reports", {*REPORT_FIELDS, "status_at", "deleted"}, report_id, _stored(fields)
        )

    def reports_around(self, known: Iterable[int] = ()) -> tuple[list[Report], list[Gap]]:
        rows, gaps = salvage.read_around(
            self._repo, "reports", ", ".join(_REPORT_COLUMNS), key="id", known=known
        )
        return [_report(row) for row in rows], gaps

    def insert_answer(self, answer: Answer) -> int:
        return self._insert("report_answers", _ANSWER_COLUMNS, answer.state())

    def answers(self, report_id: int | None = None) -> list[Answer]:
        sql = f"SELECT id, {', '.join(_ANSWER_COLUMNS)} FROM report_answers"  # noqa: S608
        params: tuple[Any, ...] = ()
        if report_id is not None:
            sql += " WHERE report_id = ?"
            params = (report_id,)
        return [Answer(*row) for row in self._repo.conn.execute(sql + " ORDER BY id", params)]

    def answers_around(self, known: Iterable[int] = ()) -> tuple[list[Answer], list[Gap]]:
        rows, gaps = salvage.read_around(
            self._repo, "report_answers", ", ".join(_ANSWER_COLUMNS), key="id", known=known
        )
        return [Answer(*row) for row in rows], gaps

    def insert_report_check(self, check: ReportCheck) -> int:
        return self._insert("report_checks", _CHECK_COLUMNS, check.state())

    def report_checks(self, report_id: int | None = None) -> list[ReportCheck]:
        sql = f"SELECT id, {', '.join(_CHECK_COLUMNS)} FROM report_checks"  # noqa: S608
        params: tuple[Any, ...] = ()
        if report_id is not None:
            sql += " WHERE report_id = ?"
            params = (report_id,)
        return [ReportCheck(*row) for row in self._repo.conn.execute(sql + " ORDER BY id", params)]

    def report_checks_around(
        self, known: Iterable[int] = ()
    ) -> tuple[list[ReportCheck], list[Gap]]:
        rows, gaps = salvage.read_around(
            self._repo, "report_checks", ", ".join(_CHECK_COLUMNS), key="id", known=known
        )
        return [ReportCheck(*row) for row in rows], gaps

    # -- hand-overs (`domain.custody`) ---------------------------------------

    def insert_custody(self, entry: CustodyEntry) -> int:
        return self._insert("custody", _CUSTODY_COLUMNS, entry.state())

    def custody(
        self, case_id: int | None = None, *, include_deleted: bool = False
    ) -> list[CustodyEntry]:
        sql = f"SELECT id, {', '.join(_CUSTODY_COLUMNS)} FROM custody WHERE 1"  # noqa: S608
        params: list[Any] = []
        if case_id is not None:
            sql += " AND case_id = ?"
            params.append(case_id)
        if not include_deleted:
            sql += " AND deleted = 0"
        return [_custody(row) for row in self._repo.conn.execute(sql + " ORDER BY id", params)]

    def set_custody_fields(self, entry_id: int, fields: Mapping[str, Any]) -> None:
        self._repo.set_fields("custody", {*CUSTODY_FIELDS, "deleted"}, entry_id, fields)

    def custody_around(self, known: Iterable[int] = ()) -> tuple[list[CustodyEntry], list[Gap]]:
        rows, gaps = salvage.read_around(
            self._repo, "custody", ", ".join(_CUSTODY_COLUMNS), key="id", known=known
        )
        return [_custody(row) for row in rows], gaps
