"""`dossier.pdf`: laid out with fpdf2, images spliced in losslessly while it is written.

Order: cover (case, prepared by, export date, number of items, audit chain
head), the summary in the person's words, the persons involved, a
chronological table of the items, then one page per item with its image as
large as fits beside or above its metadata, followed by the files kept with
it (a web capture's viewport, page archive and stamped copy: listed with their
names and fingerprints, not drawn) and its later re-checks. Every page but the
cover carries the case reference and "page x / y" in its footer. Text is DejaVu Sans, embedded
(subset), so Dutch and French accents render in any reader; other scripts and emoji come from the
fallback fonts of `pdf_fonts`, and a character no font has is shown as its escape.

Why fpdf2 and not Qt's QPdfWriter: QPdfWriter re-encodes every image as JPEG
unless a render hint is set, needs QtGui (a display-capable Qt) in export/,
and gives no control over how image data is stored; fpdf2 is pure Python, and
the image objects are written here directly (see `pdfimage`, `pdfsplice`).
"""

from __future__ import annotations

import io
from datetime import datetime
from typing import Any, BinaryIO

from fpdf.enums import TableBordersLayout, XPos, YPos
from fpdf.fonts import FontFace
from PIL import Image

from evidence_app import APP_NAME, cycles
from evidence_app.domain import clock, event_time
from evidence_app.domain.errors import BadInput
from evidence_app.domain.model import JournalEntry
from evidence_app.export import texts as T
from evidence_app.export.dossier import Dossier, DossierItem
from evidence_app.export.pdf_items import ItemPages
from evidence_app.export.pdf_layout import (
    ACCENT,
    GREY,
    INK,
    LIGHT,
    MARGIN,
    PageLayout,
    Step,
    format_utc,
    group_digits,
    local_text,
    page_writers,
    recheck_local,
)
from evidence_app.export.pdf_reports import ROWS_NOTE, ReportPages
from evidence_app.export.pdfimage import ObjectWriter, write_original, write_pil_image
from evidence_app.export.pdfsplice import Replacement, splice
from evidence_app.export.redaction import redact
from evidence_app.export.texts import Texts
from evidence_app.vault.service import VaultService

# The chronological table shows at most this many characters of a cell; the item's own
# page has all of them (and manifest.json every stored value).
OVERVIEW_CELL_LIMIT = 200
MAX_DECODED = 512 * 1024 * 1024  # an image larger than this is not loaded whole to be decoded


class DossierPdf(ItemPages, ReportPages):
    """Lays out one dossier and writes it to a binary file object, streaming the images."""

    def __init__(self, dossier: Dossier, service: VaultService, texts: Texts) -> None:
        self.dossier = dossier
        self.service = service
        self.t = texts
        self.pdf = PageLayout(dossier, texts)
        self._pictured: dict[int, DossierItem] = {}

    # -- pages ---------------------------------------------------------------

    def _cover(self) -> None:
        pdf, t, d = self.pdf, self.t, self.dossier
        pdf.add_page()
        pdf.start_section(t(T.TITLE))
        pdf.set_y(34)
        pdf.set_font("sans", "B", 9)
        pdf.set_text_color(*GREY)
        pdf.cell(0, 5, "BEWIJSKLUIS", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(3)
        pdf.set_font("sans", "B", 26)
        pdf.set_text_color(*ACCENT)
        title = t(T.REDACTED_TITLE if d.redacted else T.TITLE)
        pdf.multi_cell(0, 12, title, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_font("sans", "", 16)
        pdf.set_text_color(*INK)
        pdf.multi_cell(0, 8, d.reference, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(6)
        pdf.set_draw_color(*ACCENT)
        pdf.set_line_width(0.6)
        pdf.line(MARGIN, pdf.get_y(), pdf.w - MARGIN, pdf.get_y())
        pdf.set_line_width(0.2)
        pdf.ln(8)
        exported = d.exported_at
        when = format_utc(exported.utc)
        if exported.utc_offset_minutes:
            when = f"{local_text(exported)}\n{when}"
        rows = [
            (t(T.CASE), d.reference, False),
            (
                t(T.PREPARED_BY),
                ", ".join(t.actor(name) for name in d.prepared_by.split(", ")) or "—",
                False,
            ),
            (t(T.EXPORTED_ON), when, False),
            (t(T.ITEM_COUNT), str(len(d.items)), False),
            (
                t(T.AUDIT_HEAD),
                d.audit_head + (f"\n{t(T.HEAD_PARTIAL)}" if d.audit_gaps else ""),
                True,
            ),
            ("", t(T.HEAD_FOLLOWS), False),
            (
                t(T.MADE_WITH),
                f"{APP_NAME} {d.app_version} · SQLCipher {d.sqlcipher_version}",
                False,
            ),
        ]
        for label, value, mono in rows:
            pdf.field(label, value, x=MARGIN, width=pdf.epw, mono=mono)
        pdf.ln(8)
        pdf.boxed(t(T.COVER_NOTE))
        if d.minors:
            pictures = any(e.item.mime_type.startswith(("image/", "video/")) for e in d.items)
            pdf.ln(4)
            pdf.boxed(t(T.MINORS_KEPT_NOTE if pictures else T.MINORS_NOTE), fill=(232, 240, 250))
        if d.redacted:
            pdf.ln(4)
            pdf.boxed(t(T.REDACTED_NOTE), fill=(252, 232, 200))
        if not d.complete:
            pdf.ln(4)
            pdf.boxed(t(T.INCOMPLETE_NOTE), fill=(252, 232, 200))

    def _missing(self) -> None:
        """What the damaged vault could not give, and why (only when something is missing)."""
        pdf, t, d = self.pdf, self.t, self.dossier
        pdf.add_page()
        pdf.start_section(t(T.MISSING))
        pdf.heading(t(T.MISSING))
        pdf.note(t(T.MISSING_INTRO))
        pdf.ln(3)
        numbers = {entry.item.id: entry.number for entry in d.items}
        if d.missing:
            pdf.set_font("sans", "", 8.5)
            with pdf.table(
                col_widths=(24, 30, 24, 34, 38),
                borders_layout=TableBordersLayout.HORIZONTAL_LINES,
                headings_style=FontFace(emphasis="BOLD", fill_color=LIGHT),
                text_align="LEFT",
                line_height=4.2,
                padding=1.2,
                repeat_headings=1,
            ) as table:
                heading = table.row()
                for text in (T.COL_RECORDED_AS, T.FILE_NAME, T.CAPTURED_UTC, T.SHA256, T.COL_WHY):
                    heading.cell(t(text))
                for missing in d.missing:
                    row = table.row()
                    if missing.attachment_id is None:
                        row.cell(t(T.MISSING_ITEM, id=missing.item_id))
                    else:
                        number = numbers.get(missing.item_id, missing.item_id)
                        row.cell(t(T.MISSING_ATTACHMENT, number=number))
                    row.cell(self._short(missing.name or "—"))
                    row.cell(format_utc(missing.captured_at) if missing.captured_at else "—")
                    row.cell(missing.sha256 or "—", style=FontFace(family="mono"))
                    row.cell(t.reason(missing.reason))
            pdf.ln(4)
        pdf.set_font("sans", "", 10)
        for first, last in d.audit_gaps:
            text = (
                t(T.AUDIT_GAP_END, first=first)
                if last is None
                else t(T.AUDIT_GAP, first=first, last=last)
            )
            pdf.multi_cell(0, 5.5, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    def _summary_and_persons(self) -> None:
        pdf, t, d = self.pdf, self.t, self.dossier
        pdf.add_page()
        pdf.start_section(t(T.SUMMARY))
        pdf.heading(t(T.SUMMARY))
        pdf.note(t(T.SUMMARY_INTRO))
        pdf.ln(3)
        summaries = d.summaries
        if not summaries:
            pdf.set_font("sans", "", 10.5)
            pdf.multi_cell(0, 5.5, t(T.NO_SUMMARY), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        for case, text in summaries:
            if len(d.cases) > 1:
                pdf.set_font("sans", "B", 11)
                pdf.multi_cell(0, 6, case.name, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.set_font("sans", "", 10.5)
            pdf.multi_cell(0, 5.5, text, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(3)
        pdf.ln(8)
        if pdf.will_page_break(40):
            pdf.add_page()
        pdf.start_section(t(T.PERSONS))
        pdf.heading(t(T.PERSONS))
        pdf.note(t(T.PERSONS_INTRO))
        pdf.ln(3)
        if not d.persons:
            pdf.set_font("sans", "", 10.5)
            pdf.multi_cell(0, 5.5, t(T.NO_PERSONS), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            return
        pdf.set_font("sans", "", 9.5)
        with pdf.table(
            col_widths=(5, 5, 2),
            borders_layout=TableBordersLayout.HORIZONTAL_LINES,
            headings_style=FontFace(emphasis="BOLD", fill_color=LIGHT),
            text_align="LEFT",
            line_height=5,
            padding=1.5,
        ) as table:
            heading = table.row()
            heading.cell(t(T.PERSON_NAMES))
            heading.cell(t(T.PERSON_CONTACT))
            heading.cell(t(T.PERSON_ITEMS))
            for person in d.persons:
                row = table.row()
                row.cell("\n".join([person.name, *person.handles]))
                contact = [
                    value
                    for value in (
                        f"{t(T.EMAIL)}: {person.email}" if person.email else "",
                        f"{t(T.PHONE)}: {person.phone}" if person.phone else "",
                        person.notes,
                    )
                    if value
                ]
                row.cell("\n".join(contact) or "—")
                row.cell(", ".join(str(n) for n in person.item_numbers))

    def _journal(self) -> None:
        """What happened without a file, whole, in the order it happened."""
        pdf, t, d = self.pdf, self.t, self.dossier
        if not d.journal:
            return
        pdf.ln(8)
        if pdf.will_page_break(40):
            pdf.add_page()
        pdf.start_section(t(T.JOURNAL))
        pdf.heading(t(T.JOURNAL))
        pdf.note(t(T.JOURNAL_INTRO))
        pdf.ln(3)
        pdf.set_font("sans", "", 9.5)
        with pdf.table(
            col_widths=(4, 2, 9, 4, 4),
            borders_layout=TableBordersLayout.HORIZONTAL_LINES,
            headings_style=FontFace(emphasis="BOLD", fill_color=LIGHT),
            text_align="LEFT",
            line_height=5,
            padding=1.5,
            repeat_headings=1,
        ) as table:
            heading = table.row()
            for text in (T.COL_EVENT, T.COL_NUMBER, T.COL_WHAT, T.COL_INVOLVED, T.COL_WRITTEN):
                heading.cell(t(text))
            for number, entry in enumerate(d.journal, start=1):
                row = table.row()
                row.cell(t.event(entry.event()))
                row.cell(f"J{number}")
                row.cell(self._short(entry.text))
                row.cell(entry.involved or "—")
                row.cell(format_utc(entry.created_at).removesuffix(" UTC"))

    def _overview(self) -> None:
        pdf, t, d = self.pdf, self.t, self.dossier
        pdf.add_page()
        pdf.start_section(t(T.OVERVIEW))
        pdf.heading(t(T.OVERVIEW))
        pdf.note(t(T.OVERVIEW_NOTE))
        if d.reports:
            pdf.note(t(ROWS_NOTE))
        pdf.ln(2)
        rows: list[
            tuple[tuple[datetime, int], int, DossierItem | tuple[int, JournalEntry] | list[str]]
        ] = [
            (event_time.sort_key(e.item.event(), e.item.captured_at), e.number, e) for e in d.items
        ]
        rows += [
            (event_time.sort_key(j.event(), j.created_at), n, (n, j))
            for n, j in enumerate(d.journal, start=1)
        ]
        rows += [(key, 0, cells) for key, _, cells in self._report_rows()]
        rows.sort(key=lambda row: (row[0], not isinstance(row[2], DossierItem), row[1]))
        pdf.set_font("sans", "", 7.5)
        with pdf.table(
            col_widths=(11, 22, 20, 18, 19, 38, 23, 23),
            borders_layout=TableBordersLayout.HORIZONTAL_LINES,
            headings_style=FontFace(emphasis="BOLD", fill_color=LIGHT),
            text_align="LEFT",
            line_height=3.6,
            padding=1.2,
            repeat_headings=1,
        ) as table:
            heading = table.row()
            for text in (
                T.COL_NUMBER,
                T.COL_EVENT,
                T.COL_LOCAL,
                T.COL_UTC,
                T.COL_PLATFORM,
                T.COL_URL,
                T.COL_POSTED_BY,
                T.COL_HASH,
            ):
                heading.cell(t(text))
            for _, _, entry in rows:
                if isinstance(entry, list):
                    row = table.row()
                    for text in entry:
                        row.cell(text)
                    continue
                if isinstance(entry, tuple):
                    number, written = entry
                    row = table.row()
                    row.cell(f"J{number}")
                    row.cell(t.event(written.event()))
                    row.cell("—")
                    row.cell(format_utc(written.created_at).removesuffix(" UTC"))
                    row.cell(t(T.JOURNAL_ROW))
                    row.cell(self._short(written.text))
                    row.cell(self._short(written.involved or "—"))
                    row.cell("—")
                    continue
                item = entry.item
                local = item.captured_local()
                row = table.row()
                row.cell(str(entry.number))
                row.cell(t.event(item.event()))
                row.cell(
                    f"{local:%Y-%m-%d %H:%M:%S}\nUTC{clock.format_offset(item.utc_offset_minutes)}"
                )
                row.cell(format_utc(item.captured_at).removesuffix(" UTC"))
                row.cell(t.platform(item.platform) if item.platform else "—")
                address = item.url or "—"
                if entry.rechecks:
                    latest = entry.rechecks[-1]
                    address += "\n" + t(
                        T.LATEST_CHECK,
                        date=f"{recheck_local(item, latest):%Y-%m-%d}",
                        result=t.result(latest.result),
                    )
                row.cell(self._short(address))
                row.cell(self._short(entry.poster or "—"))
                row.cell(item.sha256[:12], style=FontFace(family="mono"))

    def _short(self, text: str) -> str:
        """A table cell's text, shortened when it is very long (a tracking link can run to
        thousands of characters, and a table row cannot run on to the next page)."""
        if len(text) <= OVERVIEW_CELL_LIMIT:
            return text
        return (
            text[:OVERVIEW_CELL_LIMIT] + "… " + self.t(T.SHORTENED, count=group_digits(len(text)))
        )

    def write(self, out: BinaryIO, step: Step = lambda: None) -> int:
        """Lay out every page, then write the file; `step()` after each image. Returns bytes."""
        self._cover()
        if not self.dossier.complete:
            self._missing()
        self._summary_and_persons()
        self._journal()
        self._reports()
        self._custody()
        self._overview()
        # fpdf2's table leaves its rows and cells in reference cycles, which Python frees
        # only when it next looks for them: 3 MiB at 2,000 items, still held at the peak.
        cycles.free()
        for entry in self.dossier.items:
            self._item_page(entry)
        self._reports_appendix()
        layout, page_streams = self.pdf.output_without_pages()
        replacements: dict[int, Replacement] = {}
        for number, obj_id in self.pdf.image_objects.items():
            replacements[obj_id] = self._image_writer(self._pictured[number], step)
        replacements.update(page_writers(page_streams))
        # The layout's pages, fonts and tables are not needed to put the images in. Let go,
        # and the cycles they are held in freed, a dossier of 2,000 screenshots writes its
        # images with 7 MiB fewer Python objects (tracemalloc, late on 2026-12-05; 18 MiB
        # before the layout itself was made smaller). In the app the cycles go at the GUI
        # thread's next full collection (`gui.common.garbage`).
        del self.pdf, self._pictured
        cycles.free()
        return splice(layout, out, replacements)  # not copied to bytes: it may be megabytes

    def _image_writer(self, entry: DossierItem, step: Step) -> Replacement:
        item_id = entry.item.id

        def chunks() -> Any:
            # The stored file as such: an item whose record was rebuilt from the audit chain
            # (its row on a damaged page) is read all the same.
            return self.service.stored_file(item_id)

        def load() -> Image.Image:
            if entry.item.size > MAX_DECODED:
                raise BadInput("too large to load at once")
            return Image.open(io.BytesIO(b"".join(self.service.stored_file(item_id))))

        def write(writer: ObjectWriter, obj_id: int) -> None:
            if self.dossier.redacted:
                with load() as img:
                    write_pil_image(writer, obj_id, redact(img, entry.regions))
            else:
                write_original(writer, obj_id, chunks, load)
            step()

        return write


def write_dossier_pdf(
    dossier: Dossier, service: VaultService, out: BinaryIO, step: Step = lambda: None
) -> int:
    """Write `dossier.pdf` for `dossier` to `out`; `step()` is called after each image."""
    return DossierPdf(dossier, service, Texts(dossier.language)).write(out, step)
