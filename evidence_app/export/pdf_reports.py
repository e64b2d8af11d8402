"""The dossier's "Reports and answers" section, its appendix of the texts sent, and the
reports' rows in the chronology; mixed into `DossierPdf`.

Reports are numbered R1, R2, … in the order they were sent; their answers R1.1,
R1.2, … and the later checks of their addresses R1-C1, R1-C2, …
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from fpdf.enums import TableBordersLayout
from fpdf.fonts import FontFace

from evidence_app.domain import clock, event_time
from evidence_app.domain.event_time import EventTime
from evidence_app.domain.report import Channel, ReportCheck, ReportStatus
from evidence_app.export import texts as T
from evidence_app.export.dossier import Dossier, DossierReport
from evidence_app.export.pdf_layout import LIGHT, PageLayout, format_utc
from evidence_app.export.texts import QT_TRANSLATE_NOOP, Texts

REPORTS = QT_TRANSLATE_NOOP("Dossier", "Reports and answers")
REPORTS_INTRO = QT_TRANSLATE_NOOP(
    "Dossier",
    "Each report to a platform or organisation, numbered R1, R2, … in the order it was sent, "
    "with the answers that came back and each later look at whether the content was still "
    "online. The full text sent with each report is in the appendix.",
)
COL_SENT = QT_TRANSLATE_NOOP("Dossier", "When")
COL_REPORT = QT_TRANSLATE_NOOP("Dossier", "Report")
COL_DETAILS = QT_TRANSLATE_NOOP("Dossier", "Details")
REPORT_TO = QT_TRANSLATE_NOOP("Dossier", "Report to {platform}")
VIA = QT_TRANSLATE_NOOP("Dossier", "through {via}")
HOW = QT_TRANSLATE_NOOP("Dossier", "Channel: {channel}")
ROWS_NOTE = QT_TRANSLATE_NOOP(
    "Dossier",
    "Rows R1, R2, … are reports to platforms; R1.1 is an answer to R1, and R1-C1 a later look "
    "at whether it was still online.",
)
TICKET = QT_TRANSLATE_NOOP("Dossier", "Ticket number: {ticket}")
STATUS = QT_TRANSLATE_NOOP("Dossier", "Status: {status}")
NOT_SENT = QT_TRANSLATE_NOOP("Dossier", "not sent yet")
RECEIPT = QT_TRANSLATE_NOOP("Dossier", "Receipt: item {number} of this dossier")
RECEIPT_ELSEWHERE = QT_TRANSLATE_NOOP("Dossier", "Receipt: item {id} in the vault")
ANSWER = QT_TRANSLATE_NOOP("Dossier", "Answer")
LED_TO = QT_TRANSLATE_NOOP("Dossier", "New status: {status}")
CHECK = QT_TRANSLATE_NOOP("Dossier", "Looked at again")
CHECK_DETAILS = QT_TRANSLATE_NOOP("Dossier", "{url}: {result} (HTTP status: {http})")
APPENDIX = QT_TRANSLATE_NOOP("Dossier", "Appendix: the texts sent with the reports")
APPENDIX_HEADING = QT_TRANSLATE_NOOP("Dossier", "R{number}: report to {platform}, sent {when}")
REPORT_ROW = QT_TRANSLATE_NOOP("Dossier", "report")
ANSWER_ROW = QT_TRANSLATE_NOOP("Dossier", "answer")
CHECK_ROW = QT_TRANSLATE_NOOP("Dossier", "looked at again")
LABELLED = QT_TRANSLATE_NOOP("Dossier", "{label}: {text}")
CUSTODY = QT_TRANSLATE_NOOP("Dossier", "Hand-overs of the evidence")
CUSTODY_INTRO = QT_TRANSLATE_NOOP(
    "Dossier",
    "Each time a copy of the evidence was given to someone, as the person concerned wrote it "
    "down. Each entry is in the audit chain.",
)
COL_GIVEN_TO = QT_TRANSLATE_NOOP("Dossier", "Given to")
COL_REFERENCE = QT_TRANSLATE_NOOP("Dossier", "Reference")
COL_WHAT_GIVEN = QT_TRANSLATE_NOOP("Dossier", "What was given")

STATUS_TEXTS: dict[str, str] = {
    ReportStatus.DRAFT: QT_TRANSLATE_NOOP("Dossier", "draft, not sent"),
    ReportStatus.SENT: QT_TRANSLATE_NOOP("Dossier", "sent"),
    ReportStatus.ACKNOWLEDGED: QT_TRANSLATE_NOOP("Dossier", "received by the platform"),
    ReportStatus.MORE_INFO: QT_TRANSLATE_NOOP("Dossier", "more information asked"),
    ReportStatus.REMOVED: QT_TRANSLATE_NOOP("Dossier", "content removed"),
    ReportStatus.REFUSED: QT_TRANSLATE_NOOP("Dossier", "refused"),
    ReportStatus.APPEALED: QT_TRANSLATE_NOOP("Dossier", "decision contested"),
    ReportStatus.ESCALATED: QT_TRANSLATE_NOOP("Dossier", "passed on (helpline, regulator, police)"),
    ReportStatus.BACK_ONLINE: QT_TRANSLATE_NOOP("Dossier", "online again after removal"),
}
CHANNEL_TEXTS: dict[str, str] = {
    Channel.IN_APP: QT_TRANSLATE_NOOP("Dossier", "report button in the app or on the site"),
    Channel.WEB_FORM: QT_TRANSLATE_NOOP("Dossier", "web form"),
    Channel.EMAIL: QT_TRANSLATE_NOOP("Dossier", "e-mail"),
    Channel.DPO: QT_TRANSLATE_NOOP("Dossier", "the platform’s data protection officer"),
    Channel.HELPLINE: QT_TRANSLATE_NOOP("Dossier", "a helpline or trusted flagger"),
    Channel.HASH: QT_TRANSLATE_NOOP("Dossier", "a fingerprint service (StopNCII, Take It Down)"),
    Channel.SEARCH_REMOVAL: QT_TRANSLATE_NOOP("Dossier", "a search engine’s removal form"),
    Channel.POLICE: QT_TRANSLATE_NOOP("Dossier", "the police"),
}


def status_text(t: Texts, status: str) -> str:
    return t(STATUS_TEXTS[status]) if status in STATUS_TEXTS else status


def check_moment(check: ReportCheck) -> datetime:
    """When a re-check was made, at the offset the machine had then."""
    moment = datetime.fromisoformat(check.checked_at.replace("Z", "+00:00"))
    return moment.astimezone(timezone(timedelta(minutes=check.utc_offset_minutes)))


def check_local(check: ReportCheck) -> EventTime:
    return event_time.from_moment(check_moment(check))


class ReportPages:
    """The reports' pages; mixed into `DossierPdf`."""

    dossier: Dossier
    t: Texts
    pdf: PageLayout

    def _short(self, text: str) -> str:
        raise NotImplementedError  # DossierPdf's

    def _reports(self) -> None:
        """One table: each report, then its answers and re-checks, in order."""
        pdf, t, d = self.pdf, self.t, self.dossier
        if not d.reports:
            return
        pdf.ln(8)
        if pdf.will_page_break(40):
            pdf.add_page()
        pdf.start_section(t(REPORTS))
        pdf.heading(t(REPORTS))
        pdf.note(t(REPORTS_INTRO))
        pdf.ln(3)
        pdf.set_font("sans", "", 9)
        with pdf.table(
            col_widths=(2, 4, 4, 10),
            borders_layout=TableBordersLayout.HORIZONTAL_LINES,
            headings_style=FontFace(emphasis="BOLD", fill_color=LIGHT),
            text_align="LEFT",
            line_height=4.6,
            padding=1.5,
            repeat_headings=1,
        ) as table:
            heading = table.row()
            for text in (T.COL_NUMBER, COL_SENT, COL_REPORT, COL_DETAILS):
                heading.cell(t(text))
            for r in d.reports:
                row = table.row()
                row.cell(f"R{r.number}", style=FontFace(emphasis="BOLD"))
                row.cell(t.event(r.report.sent()) if r.report.sent_at else t(NOT_SENT))
                row.cell(self._short(self._report_title(r)))
                row.cell(self._short(self._report_details(r)))
                for n, answer in enumerate(r.answers, start=1):
                    row = table.row()
                    row.cell(f"R{r.number}.{n}")
                    row.cell(t.event(answer.answered()))
                    row.cell(t(ANSWER))
                    lines = [answer.text] if answer.text else []
                    if answer.status:
                        lines.append(t(LED_TO, status=status_text(t, answer.status)))
                    row.cell(self._short("\n".join(lines)))
                for n, check in enumerate(r.checks, start=1):
                    row = table.row()
                    row.cell(f"R{r.number}-C{n}")
                    row.cell(t.event(check_local(check)))
                    row.cell(t(CHECK))
                    row.cell(self._short(self._check_details(check)))

    def _report_title(self, r: DossierReport) -> str:
        t = self.t
        lines = [t(REPORT_TO, platform=t.platform(r.report.platform))]
        if r.report.channel:
            lines.append(t(HOW, channel=t(CHANNEL_TEXTS[r.report.channel])))
        if r.report.via:
            lines.append(t(VIA, via=r.report.via))
        return "\n".join(lines)

    def _report_details(self, r: DossierReport) -> str:
        t, report = self.t, r.report
        lines = [t(STATUS, status=status_text(t, report.status))]
        if report.ticket:
            lines.append(t(TICKET, ticket=report.ticket))
        lines += list(report.urls)
        numbers = {e.item.id: e.number for e in self.dossier.items}
        if report.confirmation_item_id is not None:
            number = numbers.get(report.confirmation_item_id)
            lines.append(
                t(RECEIPT, number=number)
                if number is not None
                else t(RECEIPT_ELSEWHERE, id=report.confirmation_item_id)
            )
        return "\n".join(lines)

    def _check_details(self, check: ReportCheck) -> str:
        t = self.t
        return t(
            CHECK_DETAILS,
            url=check.url,
            result=t.result(check.result),
            http=str(check.http_status) if check.http_status is not None else "—",
        )

    def _custody(self) -> None:
        """Where copies of the evidence went, in the order they were given."""
        pdf, t, d = self.pdf, self.t, self.dossier
        if not d.custody:
            return
        pdf.ln(8)
        if pdf.will_page_break(40):
            pdf.add_page()
        pdf.start_section(t(CUSTODY))
        pdf.heading(t(CUSTODY))
        pdf.note(t(CUSTODY_INTRO))
        pdf.ln(3)
        pdf.set_font("sans", "", 9)
        with pdf.table(
            col_widths=(4, 5, 4, 5),
            borders_layout=TableBordersLayout.HORIZONTAL_LINES,
            headings_style=FontFace(emphasis="BOLD", fill_color=LIGHT),
            text_align="LEFT",
            line_height=4.6,
            padding=1.5,
            repeat_headings=1,
        ) as table:
            heading = table.row()
            for text in (COL_SENT, COL_GIVEN_TO, COL_REFERENCE, COL_WHAT_GIVEN):
                heading.cell(t(text))
            for entry in d.custody:
                row = table.row()
                row.cell(t.event(entry.when()))
                row.cell(self._short(entry.given_to))
                row.cell(self._short(entry.reference or "—"))
                row.cell(self._short(entry.note or "—"))

    def _reports_appendix(self) -> None:
        """The whole text sent with each report that kept one."""
        pdf, t, d = self.pdf, self.t, self.dossier
        written = [r for r in d.reports if r.report.text.strip()]
        if not written:
            return
        pdf.add_page()
        pdf.start_section(t(APPENDIX))
        pdf.heading(t(APPENDIX))
        for r in written:
            pdf.ln(3)
            when = t.event(r.report.sent()) if r.report.sent_at else t(NOT_SENT)
            pdf.set_font("sans", "B", 10)
            pdf.multi_cell(
                0,
                5,
                t(
                    APPENDIX_HEADING,
                    number=r.number,
                    platform=t.platform(r.report.platform),
                    when=when,
                ),
                new_x="LMARGIN",
                new_y="NEXT",
            )
            pdf.set_font("sans", "", 9.5)
            pdf.multi_cell(0, 4.8, r.report.text, new_x="LMARGIN", new_y="NEXT")

    def _report_rows(self) -> list[tuple[tuple[datetime, int], str, list[str]]]:
        """The chronology's rows for reports, answers and re-checks: (sort key, number,
        the eight cells)."""
        t = self.t
        rows: list[tuple[tuple[datetime, int], str, list[str]]] = []
        for r in self.dossier.reports:
            report = r.report
            platform = t.platform(report.platform)
            written = format_utc(report.created_at).removesuffix(" UTC")
            number = f"R{r.number}"
            rows.append(
                (
                    event_time.sort_key(report.sent(), report.created_at),
                    number,
                    [
                        number,
                        t.event(report.sent()) if report.sent_at else t(NOT_SENT),
                        "—",
                        written,
                        platform,
                        self._short("\n".join([t(REPORT_ROW), *report.urls])),
                        status_text(t, report.status),
                        "—",
                    ],
                )
            )
            for n, answer in enumerate(r.answers, start=1):
                rows.append(
                    (
                        event_time.sort_key(answer.answered(), answer.created_at),
                        f"{number}.{n}",
                        [
                            f"{number}.{n}",
                            t.event(answer.answered()),
                            "—",
                            format_utc(answer.created_at).removesuffix(" UTC"),
                            platform,
                            self._short(t(LABELLED, label=t(ANSWER_ROW), text=answer.text)),
                            status_text(t, answer.status) if answer.status else "—",
                            "—",
                        ],
                    )
                )
            for n, check in enumerate(r.checks, start=1):
                local = check_local(check)
                moment = check_moment(check)
                offset = clock.format_offset(check.utc_offset_minutes)
                rows.append(
                    (
                        # By its time to the microsecond, as items by their capture.
                        event_time.sort_key(event_time.NOT_KNOWN, check.checked_at),
                        f"{number}-C{n}",
                        [
                            f"{number}-C{n}",
                            t.event(local),
                            f"{moment:%Y-%m-%d %H:%M:%S}\nUTC{offset}",
                            format_utc(check.checked_at).removesuffix(" UTC"),
                            platform,
                            self._short(t(LABELLED, label=t(CHECK_ROW), text=check.url)),
                            t.result(check.result),
                            "—",
                        ],
                    )
                )
        return rows
