"""The item pages of `dossier.pdf`: picture, facts, attached files and later re-checks."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import timedelta

from fpdf.enums import XPos, YPos

from evidence_app.domain import clock
from evidence_app.domain.model import ItemKind
from evidence_app.export import texts as T
from evidence_app.export.dossier import Dossier, DossierItem
from evidence_app.export.pdf_layout import (
    ACCENT,
    GREY,
    INK,
    LIGHT,
    MARGIN,
    MIN_IMAGE_COLUMN,
    PageLayout,
    Piece,
    format_http,
    format_local,
    format_utc,
    group_digits,
    recheck_local,
    space,
    wrapped,
)
from evidence_app.export.texts import Texts
from evidence_app.vault.service import VaultService


class ItemPages:
    """One page (or more) per item; mixed into `DossierPdf`."""

    dossier: Dossier
    service: VaultService
    t: Texts
    pdf: PageLayout
    _pictured: dict[int, DossierItem]  # by the number of its picture in the layout

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
        platform = t.platform(item.platform) if item.platform else ""
        pdf.note(t.kind(item.kind) + (f" · {platform}" if platform else ""))
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
            if not entry.has_file:
                message, fill = T.RECORD_ONLY, LIGHT
            elif not entry.is_image:
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
        # The image goes in as the file is written (`PageLayout.place_image`).
        self._pictured[self.pdf.place_image(x, y, w, h)] = entry
        self.pdf.set_draw_color(170, 170, 170)
        self.pdf.rect(x, y, w, h)

    def _fields(self, entry: DossierItem, *, x: float, width: float, stacked: bool) -> None:
        t, item, pdf = self.t, entry.item, self.pdf
        kind_size = f"{item.mime_type} · {t(T.BYTES, count=group_digits(item.size))}"
        if item.width and item.height:
            kind_size += " · " + t(T.PIXELS, width=item.width, height=item.height)
        web = item.kind == ItemKind.WEB
        final_url = item.final_url if item.final_url != item.url else ""
        if web and item.final_url and not final_url:
            final_url = t(T.SAME_ADDRESS)
        http = ""
        if web or item.http_status is not None:
            http = format_http(item.http_status, t(T.HTTP_UNKNOWN), phrase=t.lang == "en")
        rows: list[tuple[str, str, bool]] = [
            (T.URL, item.url or "—", False),
            (T.FINAL_URL, final_url, False),
            (T.PAGE_TITLE, item.page_title, False),
            (T.HTTP_STATUS, http, False),
            (T.CAPTURED_LOCAL, format_local(item), False),
            (T.CAPTURED_UTC, format_utc(item.captured_at), False),
            (T.COL_EVENT, t.event(item.event()) if item.event().known else "", False),
            (T.POSTED_BY, entry.poster or "—", False),
            (T.POSTED_AT, item.posted_at or "—", False),
            (T.KIND, t.kind(item.kind), False),
            (T.FILE_NAME, item.original_name or "—", False),
            (
                T.FILE_IN_BUNDLE,
                entry.file_name if entry.has_file and not self.dossier.redacted else "",
                False,
            ),
            (T.FILE_TYPE, kind_size, False),
            (
                T.FILE_MODIFIED,
                format_utc(item.file_modified_at) if item.file_modified_at else "",
                False,
            ),
            (T.EXIF_DATE, t.exif(item.exif_date) if item.exif_date else "", False),
            (T.DESCRIPTION, item.description, False),
            (T.NOTES, item.notes or "—", False),
            (T.RECORDED_BY, t.actor(item.recorded_by), False),
            (T.SHA256, item.sha256, True),
        ]
        if not entry.has_file:  # words only: no name, type, size or fingerprint of a file
            gone = {T.FILE_NAME, T.FILE_IN_BUNDLE, T.FILE_TYPE, T.SHA256}
            rows = [row for row in rows if row[0] not in gone]
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

    def _fits(self, pieces: Sequence[Piece], width: float, *, start_only: bool = False) -> bool:
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
        self, pieces: Sequence[Piece], x: float, width: float, new_page: Callable[[], None]
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
    ) -> Piece:
        """A paragraph, `gap` mm of space after it."""
        pdf = self.pdf
        line = size * 0.47
        wrap, text = wrapped(text, mono=family == "mono")

        def height(width: float) -> float:
            pdf.set_font(family, style, size)
            return pdf.text_height(text, width, line, wrap) + gap

        def draw(x: float, y: float, width: float) -> None:
            pdf.set_font(family, style, size)
            pdf.set_text_color(*color)
            pdf.set_xy(x, y)
            pdf.multi_cell(width, line, text, wrapmode=wrap, align="L")
            pdf.set_text_color(*INK)

        return Piece(height, draw)

    @staticmethod
    def _together(parts: Sequence[Piece], *, keep_with_next: bool = False) -> Piece:
        """Several pieces kept on one page, one below the other."""

        def height(width: float) -> float:
            return sum(part.height(width) for part in parts)

        def draw(x: float, y: float, width: float) -> None:
            for part in parts:
                part.draw(x, y, width)
                y += part.height(width)

        return Piece(height, draw, keep_with_next)

    def _row(
        self,
        cells: Sequence[str],
        shares: Sequence[float],
        *,
        bold: bool = False,
        head: Piece | None = None,
        note: str = "",
    ) -> Piece:
        """One row of a small table: cells side by side, a `note` across, a rule below.

        A `bold` row is the table's shaded heading.
        """
        pdf = self.pdf
        size, pad = 8.0, 1.2
        line = size * 0.47
        remark = self._text(note, size=7.5, color=GREY) if note else space(0)

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

        return Piece(height, draw, head=head)

    def _section_head(self, title: str, intro: str) -> list[Piece]:
        return [
            self._text(title, style="B", size=11, color=ACCENT, gap=1.2),
            self._text(intro, size=7.8, color=GREY, gap=2.5),
        ]

    def _attachment_pieces(self, entry: DossierItem) -> list[Piece]:
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
            facts = [a.mime_type, t(T.BYTES, count=group_digits(a.size))]
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
            parts.append(space(2.0))  # between files
            pieces.append(self._together(parts))
        return pieces

    def _recheck_pieces(self, entry: DossierItem) -> list[Piece]:
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
                format_http(recheck.http_status, "—", phrase=t.lang == "en"),
            ]
            address = ""
            if recheck.final_url and recheck.final_url not in known:
                # Where the address led this time (a removed post often redirects).
                address = t(T.RECHECK_ADDRESS, url=recheck.final_url)
            pieces.append(self._row(cells, shares, head=head, note=address))
        legend = self._text(t(T.RECHECKS_LEGEND), size=7.5, color=GREY)
        pieces.append(self._together([space(2.0), legend]))
        return pieces

    # -- writing -------------------------------------------------------------
