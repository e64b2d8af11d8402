"""`dossier.pdf`: laid out with fpdf2, images spliced in losslessly while it is written.

Order: cover (case, prepared by, export date, number of items, audit chain
head), the summary in the person's words, the persons involved, a
chronological table of the items, then one page per item with its image as
large as fits beside or above its metadata. Every page but the cover carries
the case reference and "page x / y" in its footer. Text is DejaVu Sans, embedded
(subset), so Dutch and French accents render in any reader.

Why fpdf2 and not Qt's QPdfWriter: QPdfWriter re-encodes every image as JPEG
unless a render hint is set, needs QtGui (a display-capable Qt) in export/,
and gives no control over how image data is stored; fpdf2 is pure Python, and
the image objects are written here directly (see `pdfimage`, `pdfsplice`).
"""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from importlib import resources
from typing import Any, BinaryIO

from fpdf import FPDF
from fpdf.enums import TableBordersLayout, WrapMode, XPos, YPos
from fpdf.fonts import FontFace
from PIL import Image, ImageFilter

from evidence_app.core import clock
from evidence_app.core.model import Item, Region
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
                row.cell(item.url or "—")
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
                if caption:
                    pdf.set_xy(MARGIN, top + h + 1.5)
                    pdf.set_font("sans", "", 7)
                    pdf.set_text_color(*GREY)
                    pdf.multi_cell(w, 3.2, caption, align="L")
                    pdf.set_text_color(*INK)
                column = MARGIN + box_w + 6
                pdf.set_y(top)
                self._fields(entry, x=column, width=pdf.w - MARGIN - column, stacked=True)
            else:
                pdf.set_y(top + h + 1.5)
                if caption:
                    pdf.note(caption, size=7)
                pdf.ln(3)
                self._fields(entry, x=MARGIN, width=pdf.epw, stacked=False)
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
        rows: list[tuple[str, str, bool]] = [
            (T.URL, item.url or "—", False),
            (T.FINAL_URL, item.final_url if item.final_url != item.url else "", False),
            (T.PAGE_TITLE, item.page_title, False),
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
