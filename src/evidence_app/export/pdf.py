"""`dossier.pdf`: laid out with fpdf2, images spliced in losslessly while it is written.

Order: cover (case, prepared by, export date, number of items, audit chain
head), the summary in the person's words, the persons involved, a
chronological table of the items, then one page per item with its image as
large as fits beside or above its metadata, followed by the files kept with
it (a web capture's viewport, page archive and stamped copy: listed with their
names and fingerprints, not drawn) and its later re-checks. Every page but the
cover carries the case reference and "page x / y" in its footer. Text is DejaVu Sans, embedded
(subset), so Dutch and French accents render in any reader.

Why fpdf2 and not Qt's QPdfWriter: QPdfWriter re-encodes every image as JPEG
unless a render hint is set, needs QtGui (a display-capable Qt) in export/,
and gives no control over how image data is stored; fpdf2 is pure Python, and
the image objects are written here directly (see `pdfimage`, `pdfsplice`).
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from http import HTTPStatus
from importlib import resources
from typing import Any, BinaryIO
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from fpdf import FPDF
from fpdf.enums import TableBordersLayout, WrapMode, XPos, YPos
from fpdf.fonts import FontFace
from PIL import Image, ImageFilter

from evidence_app.core import clock
from evidence_app.core.model import KIND_WEB, Item, Recheck, Region
from evidence_app.core.service import VaultService
from evidence_app.export import texts as T
from evidence_app.export.dossier import Dossier, DossierItem
from evidence_app.export.pdfimage import ObjectWriter, write_original, write_pil_image
from evidence_app.export.pdfsplice import Replacement, splice
from evidence_app.export.texts import Texts

MARGIN = 18.0
GREY = (110, 110, 110)
LIGHT = (236, 238, 242)
INK = (20, 24, 32)
ACCENT = (30, 60, 110)
LABEL_WIDTH = 46.0
MIN_IMAGE_COLUMN = 60.0  # a tall, narrow page image still leaves its caption this wide

Step = Callable[[], None]


def _font_path(name: str) -> str:
    return str(resources.files("evidence_app") / "resources" / "fonts" / name)


def format_utc(iso: str) -> str:
    """`2026-03-14T14:04:05.123456Z` -> `2026-03-14 14:04:05 UTC`."""
    return iso[:19].replace("T", " ") + " UTC"


def format_local(item: Item) -> str:
    local = item.captured_local()
    offset = clock.format_offset(item.utc_offset_minutes)
    return f"{local:%Y-%m-%d %H:%M:%S} UTC{offset} ({item.time_zone})"


def _group(number: int) -> str:
    return f"{number:,}".replace(",", " ")


def _when(iso: str) -> datetime:
    return datetime.fromisoformat(iso.replace("Z", "+00:00"))


def recheck_local(item: Item, recheck: Recheck) -> datetime:
    """The time of a re-check in the item's time zone (its offset on that day)."""
    try:
        zone: Any = ZoneInfo(item.time_zone)
    except (ZoneInfoNotFoundError, ValueError):
        zone = timezone(timedelta(minutes=item.utc_offset_minutes))
    return _when(recheck.checked_at).astimezone(zone)


def format_http(status: int | None, unknown: str) -> str:
    """`404 Not Found`; `unknown` when no status could be known."""
    if status is None:
        return unknown
    try:
        return f"{status} {HTTPStatus(status).phrase}"
    except ValueError:
        return str(status)


@dataclass(frozen=True)
class _Piece:
    """A part of a flowing section: measured first (for a width), then drawn at (x, y)."""

    height: Callable[[float], float]
    draw: Callable[[float, float, float], None]
    keep_with_next: bool = False  # a heading: never left alone at the bottom of a page
    head: _Piece | None = None  # a table row: its table's heading, drawn again on a new page


def _space(mm: float) -> _Piece:
    """Blank space of `mm` millimetres."""
    return _Piece(lambda width: mm, lambda x, y, width: None)


class _Layout(FPDF):
    """fpdf2 with our header, footer and a few building blocks."""

    def __init__(self, dossier: Dossier, texts: Texts) -> None:
        super().__init__(orientation="P", unit="mm", format="A4")
        self.dossier = dossier
        self.t = texts
        self.set_margins(MARGIN, 20, MARGIN)
        self.set_auto_page_break(True, margin=20)
        self.add_font("sans", "", _font_path("DejaVuSans.ttf"))
        self.add_font("sans", "B", _font_path("DejaVuSans-Bold.ttf"))
        self.add_font("mono", "", _font_path("DejaVuSansMono.ttf"))
        self.set_title(texts(T.TITLE) + " - " + dossier.reference)
        self.set_creator(f"Bewijskluis {dossier.app_version}")
        self.set_lang(dossier.language)
        self.set_text_color(*INK)

    def header(self) -> None:
        if self.page_no() == 1:
            return
        self.set_font("sans", "", 7.5)
        self.set_text_color(*GREY)
        title = T.REDACTED_TITLE if self.dossier.redacted else T.TITLE
        self.set_xy(MARGIN, 9)
        self.cell(self.epw / 2, 5, self.t(title))
        self.cell(self.epw / 2, 5, self.dossier.reference, align="R")
        self.set_draw_color(200, 200, 200)
        self.line(MARGIN, 14.5, self.w - MARGIN, 14.5)
        self.set_text_color(*INK)
        self.set_y(20)

    def footer(self) -> None:
        self.set_y(-13)
        self.set_draw_color(200, 200, 200)
        self.line(MARGIN, self.get_y() - 1.5, self.w - MARGIN, self.get_y() - 1.5)
        self.set_font("sans", "", 7.5)
        self.set_text_color(*GREY)
        self.cell(self.epw * 0.7, 5, self.dossier.reference)
        page = self.t(T.FOOTER_PAGE, page=self.page_no(), total="{nb}")
        self.cell(self.epw * 0.3, 5, page, align="R")
        self.set_text_color(*INK)

    def heading(self, text: str, size: float = 15) -> None:
        self.set_font("sans", "B", size)
        self.set_text_color(*ACCENT)
        self.multi_cell(0, size * 0.5, text, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(*INK)
        self.ln(2)

    def note(self, text: str, size: float = 8.5) -> None:
        self.set_font("sans", "", size)
        self.set_text_color(*GREY)
        self.multi_cell(0, size * 0.48, text, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.set_text_color(*INK)

    def boxed(self, text: str, size: float = 9, fill: tuple[int, int, int] = LIGHT) -> None:
        self.set_font("sans", "", size)
        self.set_fill_color(*fill)
        self.multi_cell(
            0,
            size * 0.5,
            text,
            fill=True,
            padding=3,
            align="L",
            new_x=XPos.LMARGIN,
            new_y=YPos.NEXT,
        )

    def field(
        self,
        label: str,
        value: str,
        *,
        x: float,
        width: float,
        mono: bool = False,
        stacked: bool = False,
    ) -> None:
        """One label and its value: side by side, or the label above (narrow columns)."""
        size = 8.5 if mono else 9.5
        wrap = WrapMode.CHAR if mono or "://" in value else WrapMode.WORD
        line = size * 0.47
        label_w = width if stacked else LABEL_WIDTH
        value_x = x if stacked else x + LABEL_WIDTH
        value_w = width if stacked else width - LABEL_WIDTH
        self.set_font("mono" if mono else "sans", "", size)
        height = self.multi_cell(value_w, line, value, wrapmode=wrap, dry_run=True, output="HEIGHT")
        needed = float(height) + (4.2 if stacked else 0)  # type: ignore[arg-type]
        if self.will_page_break(min(needed, 60)):
            self.add_page()
        top = self.get_y()
        self.set_font("sans", "B", 7.8)
        self.set_text_color(*GREY)
        self.set_x(x)
        self.multi_cell(label_w, 4.2 if stacked else line, label, align="L", new_x=XPos.LMARGIN)
        label_end = self.get_y()
        self.set_text_color(*INK)
        self.set_font("mono" if mono else "sans", "", size)
        if stacked:
            self.set_xy(value_x, label_end)
        else:
            self.set_xy(value_x, top)
        self.multi_cell(value_w, line, value, wrapmode=wrap, align="L", new_x=XPos.LMARGIN)
        end = self.get_y() if stacked or self.get_y() < top else max(self.get_y(), label_end)
        self.set_y(end + (2.2 if stacked else 1.6))


class DossierPdf:
    """Lays out one dossier and writes it to a binary file object, streaming the images."""

    def __init__(self, dossier: Dossier, service: VaultService, texts: Texts) -> None:
        self.dossier = dossier
        self.service = service
        self.t = texts
        self.pdf = _Layout(dossier, texts)
        self._standins: list[tuple[Any, DossierItem]] = []

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
            when = f"{_local_text(exported)}\n{when}"
        rows = [
            (t(T.CASE), d.reference, False),
            (t(T.PREPARED_BY), d.prepared_by or "—", False),
            (t(T.EXPORTED_ON), when, False),
            (t(T.ITEM_COUNT), str(len(d.items)), False),
            (t(T.AUDIT_HEAD), d.audit_head, True),
            (
                t(T.MADE_WITH),
                f"Bewijskluis {d.app_version} · SQLCipher {d.sqlcipher_version}",
                False,
            ),
        ]
        for label, value, mono in rows:
            pdf.field(label, value, x=MARGIN, width=pdf.epw, mono=mono)
        pdf.ln(8)
        pdf.boxed(t(T.COVER_NOTE))
        if d.redacted:
            pdf.ln(4)
            pdf.boxed(t(T.REDACTED_NOTE), fill=(252, 232, 200))

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

    def _overview(self) -> None:
        pdf, t, d = self.pdf, self.t, self.dossier
        pdf.add_page()
        pdf.start_section(t(T.OVERVIEW))
        pdf.heading(t(T.OVERVIEW))
        pdf.set_font("sans", "", 7.5)
        with pdf.table(
            col_widths=(8, 25, 21, 19, 53, 26, 22),
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
                T.COL_LOCAL,
                T.COL_UTC,
                T.COL_PLATFORM,
                T.COL_URL,
                T.COL_POSTED_BY,
                T.COL_HASH,
            ):
                heading.cell(t(text))
            for entry in d.items:
                item = entry.item
                local = item.captured_local()
                row = table.row()
                row.cell(str(entry.number))
                row.cell(
                    f"{local:%Y-%m-%d %H:%M:%S}\nUTC{clock.format_offset(item.utc_offset_minutes)}"
                )
                row.cell(format_utc(item.captured_at).removesuffix(" UTC"))
                row.cell(item.platform or "—")
                address = item.url or "—"
                if entry.rechecks:
                    latest = entry.rechecks[-1]
                    address += "\n" + t(
                        T.LATEST_CHECK,
                        date=f"{recheck_local(item, latest):%Y-%m-%d}",
                        result=t.result(latest.result),
                    )
                row.cell(address)
                row.cell(entry.poster or "—")
                row.cell(item.sha256[:12], style=FontFace(family="mono"))

    def _item_page(self, entry: DossierItem) -> None:
        pdf, t, d = self.pdf, self.t, self.dossier
        item = entry.item
        pdf.add_page()
        heading = t(T.ITEM_HEADING, number=entry.number, total=len(d.items))
        pdf.start_section(heading)
        pdf.set_font("sans", "B", 14)
        pdf.set_text_color(*ACCENT)
        pdf.cell(0, 7, heading, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_text_color(*INK)
        pdf.note(t.kind(item.kind) + (f" · {item.platform}" if item.platform else ""))
        pdf.ln(2)
        if d.redacted and entry.shows_image:
            pdf.boxed(t(T.REDACTED_PAGE), size=8.5, fill=(252, 232, 200))
            pdf.ln(2)
        top = pdf.get_y()
        bottom = pdf.h - 20
        if entry.shows_image and item.width and item.height:
            portrait = item.height > item.width * 1.15
            if portrait:
                box_w, box_h = pdf.epw * 0.5, bottom - top - 8
            else:
                box_w, box_h = pdf.epw, min(bottom - top - 100, pdf.epw * 0.75)
            scale = min(box_w / item.width, box_h / item.height)
            w, h = item.width * scale, item.height * scale
            x = MARGIN + (box_w - w) / 2 if not portrait else MARGIN
            self._place_image(entry, x, top, w, h)
            caption = t(T.IMAGE_LOSSLESS) if not d.redacted else ""
            if portrait:
                # A tall web page is narrow at this height: the column takes the room left.
                image_w = min(box_w, max(w, MIN_IMAGE_COLUMN))
                if caption:
                    pdf.set_xy(MARGIN, top + h + 1.5)
                    pdf.set_font("sans", "", 7)
                    pdf.set_text_color(*GREY)
                    pdf.multi_cell(image_w, 3.2, caption, align="L")
                    pdf.set_text_color(*INK)
                column = MARGIN + image_w + 6
                width = pdf.w - MARGIN - column
                pdf.set_y(top)
                page = pdf.page
                self._fields(entry, x=column, width=width, stacked=True)
                below = top + h + 8 if pdf.page == page else None  # the image's page still
                self._extras(entry, x=column, width=width, image_end=below)
            else:
                pdf.set_y(top + h + 1.5)
                if caption:
                    pdf.note(caption, size=7)
                pdf.ln(3)
                self._fields(entry, x=MARGIN, width=pdf.epw, stacked=False)
                self._extras(entry, x=MARGIN, width=pdf.epw)
        else:
            if not entry.is_image:
                message, fill = T.NOT_AN_IMAGE, LIGHT
            elif d.redacted:
                message, fill = T.IMAGE_WITHHELD, (252, 232, 200)
            else:
                message, fill = T.IMAGE_NOT_SHOWN, LIGHT
            pdf.boxed(t(message), fill=fill)
            pdf.ln(5)
            self._fields(entry, x=MARGIN, width=pdf.epw, stacked=False)
            self._extras(entry, x=MARGIN, width=pdf.epw)

    def _place_image(self, entry: DossierItem, x: float, y: float, w: float, h: float) -> None:
        # A 1×1 stand-in, unique per item (fpdf2 shares identical images), replaced
        # by the real image when the file is written.
        n = len(self._standins) + 1
        standin = Image.new("RGB", (1, 1), (n & 0xFF, (n >> 8) & 0xFF, (n >> 16) & 0xFF))
        info = self.pdf.image(standin, x=x, y=y, w=w, h=h)
        self.pdf.set_draw_color(170, 170, 170)
        self.pdf.rect(x, y, w, h)
        self._standins.append((info, entry))

    def _fields(self, entry: DossierItem, *, x: float, width: float, stacked: bool) -> None:
        t, item, pdf = self.t, entry.item, self.pdf
        kind_size = f"{item.mime_type} · {t(T.BYTES, count=_group(item.size))}"
        if item.width and item.height:
            kind_size += " · " + t(T.PIXELS, width=item.width, height=item.height)
        web = item.kind == KIND_WEB
        final_url = item.final_url if item.final_url != item.url else ""
        if web and item.final_url and not final_url:
            final_url = t(T.SAME_ADDRESS)
        http = ""
        if web or item.http_status is not None:
            http = format_http(item.http_status, t(T.HTTP_UNKNOWN))
        rows: list[tuple[str, str, bool]] = [
            (T.URL, item.url or "—", False),
            (T.FINAL_URL, final_url, False),
            (T.PAGE_TITLE, item.page_title, False),
            (T.HTTP_STATUS, http, False),
            (T.CAPTURED_LOCAL, format_local(item), False),
            (T.CAPTURED_UTC, format_utc(item.captured_at), False),
            (T.POSTED_BY, entry.poster or "—", False),
            (T.POSTED_AT, item.posted_at or "—", False),
            (T.KIND, t.kind(item.kind), False),
            (T.FILE_NAME, item.original_name or "—", False),
            (T.FILE_IN_BUNDLE, "" if self.dossier.redacted else entry.file_name, False),
            (T.FILE_TYPE, kind_size, False),
            (
                T.FILE_MODIFIED,
                format_utc(item.file_modified_at) if item.file_modified_at else "",
                False,
            ),
            (T.EXIF_DATE, item.exif_date, False),
            (T.DESCRIPTION, item.description, False),
            (T.NOTES, item.notes or "—", False),
            (T.RECORDED_BY, item.recorded_by, False),
            (T.SHA256, item.sha256, True),
        ]
        for label, value, mono in rows:
            if value:
                pdf.field(t(label), value, x=x, width=width, mono=mono, stacked=stacked)

    # -- files kept with the item, later re-checks ------------------------------

    def _extras(
        self, entry: DossierItem, *, x: float, width: float, image_end: float | None = None
    ) -> None:
        """The item's further files, then its re-checks, below its facts.

        Each section goes where it fits whole: in the column beside a tall image,
        else across the page below that image (`image_end`), else on a new page,
        full width, where a long section may run on between its entries.
        """
        pdf = self.pdf
        sections = [
            pieces
            for pieces in (self._attachment_pieces(entry), self._recheck_pieces(entry))
            if pieces
        ]
        continued = False
        for pieces in sections:
            pdf.set_y(pdf.get_y() + 3)
            if x > MARGIN and not self._fits(pieces, width):
                # Out of the column: across the page, below the image if there is room.
                x, width = MARGIN, pdf.epw
                pdf.set_y(max(pdf.get_y(), (image_end or 0) + 4))
                if not self._fits(pieces, width):
                    pdf.add_page()
                    continued = True
                    self._continued(entry)
            elif not self._fits(pieces, width, start_only=True) and not continued:
                pdf.add_page()
                continued = True
                self._continued(entry)
            self._flow(pieces, x, width, lambda: self._continued(entry))

    def _fits(self, pieces: Sequence[_Piece], width: float, *, start_only: bool = False) -> bool:
        """Whether `pieces` (or their heading and first entry) fit on the rest of the page."""
        shown = pieces[:2] if start_only else pieces
        needed = sum(piece.height(width) for piece in shown)
        return self.pdf.get_y() + needed <= self.pdf.page_break_trigger

    def _continued(self, entry: DossierItem) -> None:
        """`Item 3 of 7 (continued)` at the top of a page the item runs on to."""
        pdf = self.pdf
        pdf.set_font("sans", "B", 11)
        pdf.set_text_color(*ACCENT)
        total = len(self.dossier.items)
        heading = self.t(T.ITEM_CONTINUED, number=entry.number, total=total)
        pdf.cell(0, 6, heading, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_text_color(*INK)
        pdf.ln(2)

    def _flow(
        self, pieces: Sequence[_Piece], x: float, width: float, new_page: Callable[[], None]
    ) -> None:
        """Draw `pieces` one below the other, each whole, breaking pages between them."""
        pdf = self.pdf
        for index, piece in enumerate(pieces):
            height = piece.height(width)
            needed = height
            if piece.keep_with_next and index + 1 < len(pieces):
                needed += pieces[index + 1].height(width)
            if pdf.will_page_break(needed):
                pdf.add_page()
                new_page()
                if piece.head is not None:
                    piece.head.draw(x, pdf.get_y(), width)
                    pdf.set_y(pdf.get_y() + piece.head.height(width))
            top = pdf.get_y()
            piece.draw(x, top, width)
            pdf.set_y(top + height)

    def _text(
        self,
        text: str,
        *,
        style: str = "",
        size: float = 8.5,
        family: str = "sans",
        color: tuple[int, int, int] = INK,
        gap: float = 0.0,
    ) -> _Piece:
        """A paragraph, `gap` mm of space after it."""
        pdf = self.pdf
        line = size * 0.47
        wrap = WrapMode.CHAR if family == "mono" or "://" in text else WrapMode.WORD

        def height(width: float) -> float:
            pdf.set_font(family, style, size)
            measured = pdf.multi_cell(
                width, line, text, wrapmode=wrap, dry_run=True, output="HEIGHT"
            )
            return float(measured) + gap  # type: ignore[arg-type]

        def draw(x: float, y: float, width: float) -> None:
            pdf.set_font(family, style, size)
            pdf.set_text_color(*color)
            pdf.set_xy(x, y)
            pdf.multi_cell(width, line, text, wrapmode=wrap, align="L")
            pdf.set_text_color(*INK)

        return _Piece(height, draw)

    @staticmethod
    def _together(parts: Sequence[_Piece], *, keep_with_next: bool = False) -> _Piece:
        """Several pieces kept on one page, one below the other."""

        def height(width: float) -> float:
            return sum(part.height(width) for part in parts)

        def draw(x: float, y: float, width: float) -> None:
            for part in parts:
                part.draw(x, y, width)
                y += part.height(width)

        return _Piece(height, draw, keep_with_next)

    def _row(
        self,
        cells: Sequence[str],
        shares: Sequence[float],
        *,
        bold: bool = False,
        head: _Piece | None = None,
        note: str = "",
    ) -> _Piece:
        """One row of a small table: cells side by side, a `note` across, a rule below.

        A `bold` row is the table's shaded heading.
        """
        pdf = self.pdf
        size, pad = 8.0, 1.2
        line = size * 0.47
        remark = self._text(note, size=7.5, color=GREY) if note else _space(0)

        def widths(width: float) -> list[float]:
            return [width * share / sum(shares) for share in shares]

        def height(width: float) -> float:
            pdf.set_font("sans", "B" if bold else "", size)
            tallest = max(
                float(pdf.multi_cell(w, line, text, dry_run=True, output="HEIGHT"))  # type: ignore[arg-type]
                for w, text in zip(widths(width), cells, strict=True)
            )
            return tallest + 2 * pad + remark.height(width)

        def draw(x: float, y: float, width: float) -> None:
            total = height(width)
            if bold:
                pdf.set_fill_color(*LIGHT)
                pdf.rect(x, y, width, total, style="F")
            pdf.set_font("sans", "B" if bold else "", size)
            left = x
            for w, text in zip(widths(width), cells, strict=True):
                pdf.set_xy(left, y + pad)
                pdf.multi_cell(w, line, text, align="L")
                left += w
            remark.draw(x, y + total - pad - remark.height(width), width)
            pdf.set_draw_color(200, 200, 200)
            pdf.line(x, y + total, x + width, y + total)

        return _Piece(height, draw, head=head)

    def _section_head(self, title: str, intro: str) -> list[_Piece]:
        return [
            self._text(title, style="B", size=11, color=ACCENT, gap=1.2),
            self._text(intro, size=7.8, color=GREY, gap=2.5),
        ]

    def _attachment_pieces(self, entry: DossierItem) -> list[_Piece]:
        """A heading, then one block per file: role, name and size, SHA-256, a note."""
        t, redacted = self.t, self.dossier.redacted
        if not entry.attachments:
            return []
        intro = T.ATTACHMENTS_REDACTED if redacted else T.ATTACHMENTS_INTRO
        pieces = [
            self._together(self._section_head(t(T.ATTACHMENTS), t(intro)), keep_with_next=True)
        ]
        for extra in entry.attachments:
            a = extra.attachment
            facts = [a.mime_type, t(T.BYTES, count=_group(a.size))]
            if a.width and a.height:
                facts.append(t(T.PIXELS, width=a.width, height=a.height))
            if not redacted:
                facts.insert(0, extra.file_name)
            parts = [
                self._text(t.role(a.role), style="B", size=8.8, gap=0.5),
                self._text(" · ".join(facts), size=8.2, gap=0.5),
                self._text(f"SHA-256 {a.sha256}", family="mono", size=7.8, gap=0.5),
            ]
            if a.derived:
                parts.append(self._text(t(T.DERIVED_NOTE), size=7.5, color=GREY, gap=0.5))
            parts.append(_space(2.0))  # between files
            pieces.append(self._together(parts))
        return pieces

    def _recheck_pieces(self, entry: DossierItem) -> list[_Piece]:
        """A heading, a table (local time, UTC, result, HTTP status) and what results mean."""
        t, item = self.t, entry.item
        if not entry.rechecks:
            return []
        shares = (34, 28, 20, 18)
        head = self._row(
            [t(T.RECHECKED_LOCAL), t(T.RECHECKED_UTC), t(T.RECHECK_RESULT), t(T.HTTP_STATUS)],
            shares,
            bold=True,
        )
        pieces = [
            self._together(
                [*self._section_head(t(T.RECHECKS), t(T.RECHECKS_INTRO)), head],
                keep_with_next=True,
            )
        ]
        known = {item.url, item.final_url}
        for recheck in entry.rechecks:
            local = recheck_local(item, recheck)
            offset = local.utcoffset() or timedelta()
            when = (
                f"{local:%Y-%m-%d %H:%M:%S} "
                f"UTC{clock.format_offset(int(offset.total_seconds() // 60))}"
            )
            cells = [
                when,
                format_utc(recheck.checked_at),
                t.result(recheck.result),
                format_http(recheck.http_status, "—"),
            ]
            address = ""
            if recheck.final_url and recheck.final_url not in known:
                # Where the address led this time (a removed post often redirects).
                address = t(T.RECHECK_ADDRESS, url=recheck.final_url)
            pieces.append(self._row(cells, shares, head=head, note=address))
        legend = self._text(t(T.RECHECKS_LEGEND), size=7.5, color=GREY)
        pieces.append(self._together([_space(2.0), legend]))
        return pieces

    # -- writing -------------------------------------------------------------

    def write(self, out: BinaryIO, step: Step = lambda: None) -> int:
        """Lay out every page, then write the file; `step()` after each image. Returns bytes."""
        self._cover()
        self._summary_and_persons()
        self._overview()
        for entry in self.dossier.items:
            self._item_page(entry)
        layout = bytes(self.pdf.output())
        replacements: dict[int, Replacement] = {}
        for info, entry in self._standins:
            replacements[int(info["obj_id"])] = self._image_writer(entry, step)
        return splice(layout, out, replacements)

    def _image_writer(self, entry: DossierItem, step: Step) -> Replacement:
        item_id = entry.item.id

        def chunks() -> Any:
            return self.service.read_original(item_id)

        def load() -> Image.Image:
            return Image.open(io.BytesIO(self.service.original_bytes(item_id)))

        def write(writer: ObjectWriter, obj_id: int) -> None:
            if self.dossier.redacted:
                with load() as img:
                    write_pil_image(writer, obj_id, redact(img, entry.regions))
            else:
                write_original(writer, obj_id, chunks, load)
            step()

        return write


def _local_text(instant: clock.Instant) -> str:
    utc = datetime.fromisoformat(instant.utc.replace("Z", "+00:00"))
    local = utc.astimezone(timezone(timedelta(minutes=instant.utc_offset_minutes)))
    offset = clock.format_offset(instant.utc_offset_minutes)
    return f"{local:%Y-%m-%d %H:%M:%S} UTC{offset} ({instant.time_zone})"


def redact(img: Image.Image, regions: tuple[Region, ...]) -> Image.Image:
    """A copy of `img` with each region blacked out or blurred beyond recognition."""
    img.load()
    copy = img.convert("RGBA" if "A" in img.getbands() else "RGB")
    for region in regions:
        box = (
            max(0, region.x),
            max(0, region.y),
            min(copy.width, region.x + region.width),
            min(copy.height, region.y + region.height),
        )
        if box[2] <= box[0] or box[3] <= box[1]:
            continue
        if region.style == "blur":
            part = copy.crop(box)
            # Pixelate first, then blur: a plain blur of text can sometimes be undone.
            small = part.resize((max(1, part.width // 24), max(1, part.height // 24)))
            part = small.resize(part.size).filter(ImageFilter.GaussianBlur(12))
            copy.paste(part, box)
        else:
            copy.paste((0, 0, 0) if copy.mode == "RGB" else (0, 0, 0, 255), box)
    return copy


def write_dossier_pdf(
    dossier: Dossier, service: VaultService, out: BinaryIO, step: Step = lambda: None
) -> int:
    """Write `dossier.pdf` for `dossier` to `out`; `step()` is called after each image."""
    return DossierPdf(dossier, service, Texts(dossier.language)).write(out, step)
