"""Page chrome and formatting for `dossier.pdf`: fonts, colours, header and footer, fields."""

from __future__ import annotations

import io
import logging
import types
import zlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from http import HTTPStatus
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from fpdf import FPDF
from fpdf.bidi import auto_detect_base_direction
from fpdf.enums import PDFResourceType, WrapMode, XPos, YPos
from fpdf.fonts import TTFFont
from fpdf.line_break import Fragment, TextLine
from fpdf.output import OutputProducer, PDFPage, PDFResources, ResourceCatalog
from fpdf.syntax import Name, PDFContentStream

from evidence_app import APP_NAME
from evidence_app.domain import clock
from evidence_app.domain.escapes import escape
from evidence_app.domain.model import Item, Recheck
from evidence_app.export import texts as T
from evidence_app.export.dossier import Dossier
from evidence_app.export.pdf_bidi import LEVEL, OrderedLine, bidi_runs, direction_of
from evidence_app.export.pdf_fonts import (
    FALLBACKS,
    Fallback,
    dejavu_characters,
    dejavu_set,
    fallback_coverage,
    font_path,
    needs_shaping,
    visible_text,
)
from evidence_app.export.pdfimage import ObjectWriter
from evidence_app.export.pdfsplice import Replacement, splice
from evidence_app.export.texts import Texts

MARGIN = 18.0
GREY = (110, 110, 110)
LIGHT = (236, 238, 242)
INK = (20, 24, 32)
ACCENT = (30, 60, 110)
LABEL_WIDTH = 46.0
# A value measured this much narrower than its column is drawn on one line, whatever the
# rounding of the line breaking (`PageLayout.text_height`).
ONE_LINE_SURELY = 0.97
MIN_IMAGE_COLUMN = 60.0  # a tall, narrow page image still leaves its caption this wide

Step = Callable[[], None]

# A page's drawing is deflated with one of the pages packed shortly before it as zlib's
# preset dictionary (`PackedPages`): every this many pages, a new one.
DICTIONARY_EVERY = 20


def wrapped(text: str, *, mono: bool) -> tuple[WrapMode, str]:
    """How `text` is broken into lines, and the text to draw so. A text that holds a web
    address, and what the mono font shows (hashes), breaks at any character. There a soft
    hyphen (which marks where a word may break, meaning nothing in an address) is shown as
    its escape, in the whole text: hidden in an address it is worth seeing, and fpdf2 2.8's
    line breaking by character fails on it (IndexError in
    `CurrentLine.trim_trailing_spaces`), which ended the whole export."""
    if mono or "://" in text:
        return WrapMode.CHAR, text.replace("\xad", escape(0xAD))
    return WrapMode.WORD, text


def format_utc(iso: str) -> str:
    """`2026-03-14T14:04:05.123456Z` -> `2026-03-14 14:04:05 UTC`."""
    return iso[:19].replace("T", " ") + " UTC"


def format_local(item: Item) -> str:
    local = item.captured_local()
    offset = clock.format_offset(item.utc_offset_minutes)
    return f"{local:%Y-%m-%d %H:%M:%S} UTC{offset} ({item.time_zone})"


def group_digits(number: int) -> str:
    return f"{number:,}".replace(",", " ")


def parse_utc(iso: str) -> datetime:
    return datetime.fromisoformat(iso.replace("Z", "+00:00"))


def recheck_local(item: Item, recheck: Recheck) -> datetime:
    """The time of a re-check in the item's time zone (its offset on that day)."""
    try:
        zone: Any = ZoneInfo(item.time_zone)
    except (ZoneInfoNotFoundError, ValueError):
        zone = timezone(timedelta(minutes=item.utc_offset_minutes))
    return parse_utc(recheck.checked_at).astimezone(zone)


def format_http(status: int | None, unknown: str, *, phrase: bool = True) -> str:
    """`404 Not Found` (the number alone without `phrase`: the phrases are English);
    `unknown` when no status could be known."""
    if status is None:
        return unknown
    if not phrase:
        return str(status)
    try:
        return f"{status} {HTTPStatus(status).phrase}"
    except ValueError:
        return str(status)


@dataclass(frozen=True)
class Piece:
    """A part of a flowing section: measured first (for a width), then drawn at (x, y)."""

    height: Callable[[float], float]
    draw: Callable[[float, float, float], None]
    keep_with_next: bool = False  # a heading: never left alone at the bottom of a page
    head: Piece | None = None  # a table row: its table's heading, drawn again on a new page


def space(mm: float) -> Piece:
    """Blank space of `mm` millimetres."""
    return Piece(lambda width: mm, lambda x, y, width: None)


# fpdf2 warns about characters its fonts cannot draw by quoting them, which would put a
# piece of a note or an address in the log: the dossier marks them itself instead
# (`pdf_fonts.visible_text`).
logging.getLogger("fpdf.output").setLevel(logging.ERROR)


class _Resources(ResourceCatalog):
    """fpdf2's list of what each page uses (fonts, images), held small: no empty set for
    each kind a page does not use (fpdf2 makes one each time it asks while it writes the
    file, six kinds for every page: 2 MiB at 2,000 pages), and a finished page's sets shared
    with the pages that use the same (most use the same two fonts, `freeze`).

    A shared set is copied before a page adds to it (`add`). fpdf2 also adds and takes away
    without `add`: for patterns, optional content and images it scales down. A dossier uses
    none of these (`oversized_images` stays off).
    """

    _NONE: frozenset[Any] = frozenset()

    def __init__(self) -> None:
        super().__init__()
        self._shared: dict[frozenset[Any], frozenset[Any]] = {}

    def get_resources_per_page(self, page_number: int, resource_type: PDFResourceType) -> Any:
        return self.resources_per_page.get((page_number, resource_type), self._NONE)

    def add(self, resource_type: PDFResourceType, resource: Any, page_number: int | None) -> Any:
        held: dict[Any, Any] = self.resources_per_page  # sets and frozen sets
        used = held.get((page_number, resource_type))
        if isinstance(used, frozenset):  # a finished page written to again
            held[(page_number, resource_type)] = set(used)
        return super().add(resource_type, resource, page_number)

    def freeze(self, page: int) -> None:
        held: dict[Any, Any] = self.resources_per_page  # sets and frozen sets
        for kind in PDFResourceType:
            used = held.get((page, kind))
            if used is not None and not isinstance(used, frozenset):
                frozen = frozenset(used)
                held[(page, kind)] = self._shared.setdefault(frozen, frozen)


class PackedPages:
    """Finished pages' drawing commands, held deflated until the file is written.

    fpdf2 holds every page's commands (about 6 KB for an item's page) until it writes the
    file: 12 MiB for a dossier of 2,000 screenshots. Deflated alone, a page takes about a
    fifth of that; deflated with a page packed shortly before it as zlib's preset dictionary
    (the pages repeat their header, footer, labels and table lines), about a twelfth. A PDF
    reader knows no preset dictionary: each page is deflated alone as it is written
    (`page_writers`), then let go.
    """

    def __init__(self) -> None:
        self._held: dict[int, tuple[int, bytes]] = {}  # page -> (its dictionary, deflated)
        self._dictionaries: list[bytes] = []  # each deflated alone
        self._since = DICTIONARY_EVERY

    def add(self, page: int, contents: bytes) -> None:
        """Hold `contents` at the end of what `page` holds (a page can be written to again
        after it was packed: its number is put in once the number of pages is known)."""
        if page in self._held:
            number = self._held[page][0]
            contents = self._unpacked(page) + contents
        else:
            if self._since >= DICTIONARY_EVERY:
                self._dictionaries.append(zlib.compress(contents[-32768:]))  # zlib's window
                self._since = 0
            self._since += 1
            number = len(self._dictionaries) - 1
        packer = zlib.compressobj(zdict=self._dictionary(number))
        self._held[page] = (number, packer.compress(contents) + packer.flush())

    def take(self, page: int) -> bytes:
        """The page's drawing commands, no longer held (empty for a page never packed)."""
        contents = self._unpacked(page) if page in self._held else b""
        self._held.pop(page, None)
        return contents

    def _unpacked(self, page: int) -> bytes:
        number, packed = self._held[page]
        unpacker = zlib.decompressobj(zdict=self._dictionary(number))
        return unpacker.decompress(packed) + unpacker.flush()

    def _dictionary(self, number: int) -> bytes:
        return zlib.decompress(self._dictionaries[number])


@dataclass(frozen=True)
class PageStreams:
    """Each page's drawing, by the object number of the empty stand-in fpdf2 wrote for it."""

    packed: PackedPages
    pages: dict[int, int]  # stand-in object -> page


class PageLayout(FPDF):
    """fpdf2 with our header, footer and a few building blocks."""

    def __init__(self, dossier: Dossier, texts: Texts) -> None:
        super().__init__(orientation="P", unit="mm", format="A4")
        self._resource_catalog: _Resources = _Resources()
        self.dossier = dossier
        self.t = texts
        self.set_margins(MARGIN, 20, MARGIN)
        self.set_auto_page_break(True, margin=20)
        self._fallbacks: set[Fallback] = set()
        self._packed = PackedPages()
        self._page_stand_ins: dict[int, int] = {}  # `output_without_pages`
        self._images: dict[int, list[int]] = {}  # page -> the images drawn on it (`place_image`)
        self._image_count = 0
        self.image_objects: dict[int, int] = {}  # image -> its stand-in object in the layout
        # The number of pages is known once they are laid out: each footer gets its "page x
        # / y" then (`_number_pages`). fpdf2's own way, a placeholder in each footer put
        # right as it writes the file, keeps for each the state of the text it is drawn in:
        # 2 MiB for 2,000 pages. Off, a text that holds fpdf2's placeholder (`{nb}`) stays.
        self.alias_nb_pages("")
        self._pages_known = False
        for family, style, file in (
            ("sans", "", "DejaVuSans.ttf"),
            ("sans", "B", "DejaVuSans-Bold.ttf"),
            ("mono", "", "DejaVuSansMono.ttf"),
        ):
            self.add_font(family, style, font_path(file), unicode_range=dejavu_characters(file))
        self.set_title(texts(T.TITLE) + " - " + dossier.reference)
        self.set_creator(f"{APP_NAME} {dossier.app_version}")
        self.set_lang(dossier.language)
        self.set_text_color(*INK)

    def normalize_text(self, text: str) -> str:
        """Every text fpdf2 draws passes here, just before fpdf2 splits it into runs of one
        font: characters no font has become visible marks, the fallback fonts the text needs
        are added, and shaping is switched on for the scripts that need it (off otherwise).
        """
        text = visible_text(text)
        self._choose_fallbacks(text)
        shaping = needs_shaping(text)
        if shaping != bool(self.text_shaping):
            self.set_text_shaping(shaping)
        return super().normalize_text(text)

    def _preload_bidirectional_text(self, text: str, markdown: bool) -> Sequence[Fragment]:
        """A shaped text in runs of one bidi level, each line with its own direction
        (`pdf_bidi` says why fpdf2's own way falls short)."""
        shaping = self.text_shaping
        if not shaping:
            return super()._preload_bidirectional_text(text, markdown)
        fragments: list[Fragment] = []
        lines = text.split("\n")
        for number, line in enumerate(lines, start=1):
            if number < len(lines):
                line += "\n"
            direction = shaping["direction"] or auto_detect_base_direction(line)
            shaping["paragraph_direction"] = direction
            for run, level in bidi_runs(line, direction):
                shaping["fragment_direction"] = direction_of(level)
                shaping[LEVEL] = level
                fragments.extend(self._preload_font_styles(run, markdown))
        return tuple(fragments)

    def _render_styled_text_line(self, text_line: TextLine, *args: Any, **kwargs: Any) -> Any:
        """Draw a line with its fragments in the order of their bidi levels (`OrderedLine`)."""
        return super()._render_styled_text_line(OrderedLine(*text_line), *args, **kwargs)

    def _choose_fallbacks(self, text: str) -> None:
        """Add the fallback fonts that draw what the current font cannot in `text`.

        Without fallbacks fpdf2 takes a quicker path that reads the text in one run, so
        they are set only for a text that needs them.
        """
        font = self.current_font
        cmap = font.cmap if isinstance(font, TTFFont) else {}
        # Not looked up: the line break.
        missing = {c for c in map(ord, set(text)) if c not in cmap} - {0x0A}
        if not missing:
            self.set_fallback_fonts([])
            return
        by_fallback = fallback_coverage()
        for code_point in missing - dejavu_set():
            fallback = by_fallback.get(code_point)
            if fallback and fallback not in self._fallbacks:
                self.add_font(
                    fallback.family,
                    "",
                    font_path(fallback.file),
                    collection_font_number=fallback.collection_index,
                )
                self._fallbacks.add(fallback)
        chosen = [f.family for f in FALLBACKS if f in self._fallbacks]
        # DejaVu Sans first: it draws what DejaVu Sans Mono and DejaVu Sans Bold lack.
        self.set_fallback_fonts(["sans", *chosen], exact_match=False)

    def header(self) -> None:
        # The page before is finished: fpdf2 drew its footer before it began this one. Not
        # while fpdf2 measures a text by laying it out with writing switched off (`dry_run`):
        # the pages it adds then are taken away again and it goes on with the page before.
        if self.page > 1 and isinstance(self._out, types.MethodType):
            self._pack(self.page - 1)
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
        if self._pages_known:  # the last page, footed as fpdf2 writes the file
            self._page_number()
        self.set_text_color(*INK)

    def _page_number(self) -> None:
        """The footer's "page x / y", at its right, on the page being written."""
        self.set_font("sans", "", 7.5)
        self.set_text_color(*GREY)
        self.set_xy(MARGIN + self.epw * 0.7, self.h - 13)
        text = self.t(T.FOOTER_PAGE, page=self.page_no(), total=self.pages_count)
        self.cell(self.epw * 0.3, 5, text, align="R")
        self.set_text_color(*INK)

    def _number_pages(self) -> None:
        """Put "page x / y" into the footer of every page but the last, now that y is known.
        fpdf2 foots the last page as it writes the file (`footer`). Every page has the same
        size and margins, and nothing is filled in the footer's grey (fpdf2 names a text's
        colour only when it differs from the fill colour, which is the last page's here)."""
        last = self.page
        assert last == self.pages_count
        self.in_footer = True  # no page break, as in a footer
        try:
            for page in range(1, last):
                self.page = page
                self.current_font_is_set_on_page = False  # the font is named on that page
                self._page_number()
                self._pack(page)
        finally:
            self.in_footer = False
            self.page = last
            self.current_font_is_set_on_page = False
        self._pages_known = True

    def place_image(self, x: float, y: float, w: float, h: float) -> int:
        """Draw an image at (x, y), `w` wide and `h` high, and return its number (1, 2, ...).

        What is drawn is put in as the file is written, in place of an empty stand-in
        object (`image_objects`, `pdfsplice`). fpdf2 is not told of it: for an image it
        knows, it keeps its details until the file is written and makes an object for it
        then, about 1.5 KB for each (3 MiB for a dossier of 2,000 screenshots). The drawing is
        fpdf2's own for an image.
        """
        assert isinstance(self._out, types.MethodType), "not while text is measured"
        number, k = self._image_count + 1, self.k
        self._out(
            f"q {w * k:.2f} 0 0 {h * k:.2f} {x * k:.2f} {(self.h - h - y) * k:.2f} cm"
            f" /E{number} Do Q"
        )
        self._image_count = number
        self._images.setdefault(self.page, []).append(number)
        return number

    def _pack(self, page: int) -> None:
        """Keep a finished page's drawing commands deflated until the file is written
        (`PackedPages`)."""
        later = self.pages[page].contents
        assert isinstance(later, bytearray)
        self._packed.add(page, bytes(later))
        self.pages[page].contents = bytearray()
        self._resource_catalog.freeze(page)

    def output(self, *args: Any, **kwargs: Any) -> Any:
        """The whole file, the pages' drawing put in as it is written (`output_without_pages`).
        Nothing else of fpdf2's `output` is offered: its other writers (a linearized file)
        would not give the packed pages back, and the pages would be blank."""
        if args or kwargs:
            raise ValueError("a dossier's layout is written whole, to memory, and only so")
        layout, streams = self.output_without_pages()
        whole = io.BytesIO()
        splice(layout, whole, page_writers(streams))
        return bytearray(whole.getbuffer())

    def output_without_pages(self) -> tuple[bytearray, PageStreams]:
        """fpdf2's file with an empty stand-in for each page's drawing, and each page's
        drawing by the number of its stand-in object, to put in while the file is written
        (`pdfsplice`, `page_writers`): the drawing is never held twice, deflated by fpdf2
        and in its output, and fpdf2's output is smaller by all of it."""
        if self.buffer is not None or not isinstance(self._out, types.MethodType):
            raise ValueError("a dossier's layout is written once, and not while text is measured")
        if self.page > 0:
            self._number_pages()
        layout = super().output(output_producer_class=_StandInProducer)
        return layout, PageStreams(self._packed, self._page_stand_ins)

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
        wrap, value = wrapped(value, mono=mono)
        line = size * 0.47
        label_w = width if stacked else LABEL_WIDTH
        value_x = x if stacked else x + LABEL_WIDTH
        value_w = width if stacked else width - LABEL_WIDTH
        self.set_font("mono" if mono else "sans", "", size)
        needed = self.text_height(value, value_w, line, wrap) + (4.2 if stacked else 0)
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

    def text_height(self, value: str, width: float, line: float, wrap: WrapMode) -> float:
        """The height of `value` in a column `width` wide, as `multi_cell` will draw it.

        Most values (a date, a name, a number) fit on one line: their width, measured once,
        says so with room to spare, and the line breaking is done once, when they are
        drawn, not twice (it is most of a dossier's time, character by character)."""
        # Not a shaped script (Devanagari, Tamil): the line breaking measures it a character
        # at a time, up to three times as wide as the word shaped whole.
        if value and "\n" not in value and not needs_shaping(value):
            room = width - 2 * self.c_margin
            if self.get_string_width(value) < room * ONE_LINE_SURELY:
                return line
        height = self.multi_cell(width, line, value, wrapmode=wrap, dry_run=True, output="HEIGHT")
        return float(height)  # type: ignore[arg-type]


class _LetGo(list[Any]):
    """fpdf2's objects of the file, each let go once written: fpdf2 goes through them once,
    to write them, and would hold every one until the end (a page's resources, content
    stream and image stand-ins, which it writes after the page)."""

    def __iter__(self) -> Iterator[Any]:
        for index in range(len(self)):
            written = self[index]
            self[index] = None
            yield written
            if isinstance(written, PDFPage):
                written.contents, written.resources = bytearray(), None


class _StandInProducer(OutputProducer):
    """fpdf2's writer with an empty content stream for each page (`output_without_pages`)."""

    def __init__(self, fpdf: FPDF) -> None:
        super().__init__(fpdf)
        self.pdf_objs = _LetGo()

    def _add_pages(self, _slice: slice = slice(0, None)) -> list[PDFPage]:
        layout = self.fpdf
        assert isinstance(layout, PageLayout)
        for n in range(1, layout.pages_count + 1)[_slice]:
            if layout.pages[n].contents:  # the last page, or written to after it was packed
                layout._pack(n)
        pages = super()._add_pages(_slice)
        for page in pages:
            stream = page.contents
            assert isinstance(stream, PDFContentStream)
            layout._page_stand_ins[stream.id] = page.index()
        return pages

    def _insert_resources(self, page_objs: list[PDFPage]) -> None:
        """fpdf2's resources of each page, and the images drawn on it (`place_image`): an empty
        stand-in object for each, named in the page's resources."""
        super()._insert_resources(page_objs)
        layout = self.fpdf
        assert isinstance(layout, PageLayout)
        for page in page_objs:
            numbers = layout._images.pop(page.index(), [])
            if not numbers:
                continue
            resources = page.resources
            assert isinstance(resources, PDFResources) and resources.x_object is None
            named = []
            for number in numbers:
                stand_in = _EmptyForm()
                self._add_pdf_obj(stand_in)
                layout.image_objects[number] = stand_in.id
                named.append(f"/E{number} {stand_in.id} 0 R")
            resources.x_object = f"<<{' '.join(named)}>>"
        assert not layout._images, "pictures on pages that are not written"


class _EmptyForm(PDFContentStream):
    """An empty form where a picture goes, replaced by the picture as the file is written
    (`pdfsplice`). Valid on its own: a layout written alone shows nothing there."""

    def __init__(self) -> None:
        super().__init__(b"")
        self.type = Name("XObject")
        self.subtype = Name("Form")
        self.b_box = "[0 0 1 1]"


def page_writers(streams: PageStreams) -> dict[int, Replacement]:
    """For `pdfsplice.splice`: each page's drawing written in place of its stand-in, deflated
    alone, and let go once written."""

    def write(writer: ObjectWriter, obj_id: int) -> None:
        contents = streams.packed.take(streams.pages.pop(obj_id))
        writer.stream(obj_id, " /Filter /FlateDecode", zlib.compress(contents))

    return dict.fromkeys(streams.pages, write)


def local_text(instant: clock.Instant) -> str:
    utc = datetime.fromisoformat(instant.utc.replace("Z", "+00:00"))
    local = utc.astimezone(timezone(timedelta(minutes=instant.utc_offset_minutes)))
    offset = clock.format_offset(instant.utc_offset_minutes)
    return f"{local:%Y-%m-%d %H:%M:%S} UTC{offset} ({instant.time_zone})"
