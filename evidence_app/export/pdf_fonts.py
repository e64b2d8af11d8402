"""The dossier's fonts: every character of a record is drawn, or a visible mark stands in for it.

DejaVu Sans draws Latin, Greek, Cyrillic and most symbols. For the other scripts people
write their names, handles and messages in, fallback fonts are shipped inside the package
(`resources/fonts/`, licences beside them): the app runs on Windows and macOS too, and a
dossier must look the same wherever it is made, so no system font is ever used.

- Noto Sans for Arabic, Hebrew, Syriac, Thaana, N'Ko, Adlam, the Indic scripts (Devanagari,
  Bengali, Gurmukhi, Gujarati, Oriya, Tamil, Telugu, Kannada, Malayalam, Sinhala), Thai, Lao,
  Khmer, Myanmar and Ethiopic; Noto Sans Math for the "fancy letters" (𝓙𝓸𝓱𝓷) of profile
  names, Noto Sans Symbols for circled letters and the like (all SIL OFL 1.1).
- WenQuanYi Micro Hei for Chinese (simplified and traditional), Japanese kana and Korean
  hangul in one TrueType collection of 5 MB (Apache 2.0): the Noto CJK fonts are 16 MB and
  more per region.
- Noto Emoji, the monochrome emoji font (OFL 1.1): a PDF needs no colour to show which
  emoji someone sent.

fpdf2 embeds only the glyphs a dossier uses, and a fallback font is added to a dossier only
when one of its characters is met, so a dossier in Latin letters is what it was before.

Arabic letters join and Indic letters combine only when the text is shaped (HarfBuzz, via
`uharfbuzz`), and right-to-left text needs the bidirectional algorithm that fpdf2 applies
with shaping (completed in `pdf_bidi`). Shaping is switched on only for a text that holds
such a script (`needs_shaping`): it changes nothing for other texts, and it costs time (fpdf2
shapes a text again for each width it measures while breaking lines).

A character that no shipped font has (a private-use character, a script not listed above)
is written as its code point escape (`\\ue000`), as control characters are (`\\x1b`):
fpdf2 would otherwise leave it out without a trace. Bidirectional embedding, override and
isolate controls (U+202A-202E, U+2066-2069) are escaped too: they can make a text read in
an order other than the one stored (an address that seems to end in `.jpg`), and a dossier
shows what was stored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from fontTools.ttLib import TTFont

from evidence_app.bundled import resource
from evidence_app.domain.escapes import BIDI_CONTROLS, CONTROLS, escape


def font_path(name: str) -> str:
    return str(resource("fonts", name))


@dataclass(frozen=True)
class Fallback:
    """A shipped font that draws what DejaVu cannot; `family` is its fpdf2 name."""

    family: str
    file: str
    collection_index: int = 0  # the face in a TrueType collection (.ttc)


# In order of preference: the first font that has a character draws it.
FALLBACKS: tuple[Fallback, ...] = (
    *(
        Fallback(f"noto-{script.lower()}", f"NotoSans{script}-Regular.ttf")
        for script in (
            "Arabic",
            "Hebrew",
            "Syriac",
            "Thaana",
            "NKo",
            "Adlam",
            "Devanagari",
            "Bengali",
            "Gurmukhi",
            "Gujarati",
            "Oriya",
            "Tamil",
            "Telugu",
            "Kannada",
            "Malayalam",
            "Sinhala",
            "Thai",
            "Lao",
            "Khmer",
            "Myanmar",
            "Ethiopic",
        )
    ),
    Fallback("cjk", "wqy-microhei.ttc"),
    Fallback("emoji", "NotoEmoji-Regular.ttf"),
    Fallback("noto-math", "NotoSansMath-Regular.ttf"),
    Fallback("noto-symbols", "NotoSansSymbols-Regular.ttf"),
)

# DejaVu has some Arabic, Hebrew, N'Ko, Thai and Lao letters, but not all of them: a word
# drawn partly from DejaVu and partly from a fallback would not join. These blocks are left
# to the script's own font (right-to-left blocks U+0590-08FF and their presentation forms,
# Thai and Lao); DejaVu draws everything else it has.
_LEFT_TO_FALLBACKS = ((0x0590, 0x08FF), (0x0E00, 0x0EFF), (0xFB1D, 0xFDFF), (0xFE70, 0xFEFF))


def _between(gaps: tuple[tuple[int, int], ...]) -> tuple[tuple[int, int], ...]:
    """The ranges of code points outside `gaps` (sorted, not overlapping)."""
    ranges, start = [], 0
    for low, high in gaps:
        ranges.append((start, low - 1))
        start = high + 1
    return (*ranges, (start, 0x10FFFF))


DEJAVU_RANGE = _between(_LEFT_TO_FALLBACKS)

# Scripts that are drawn right only when shaped: right-to-left scripts (U+0590-08FF, the
# presentation forms, Adlam), Indic and South-East Asian scripts (U+0900-109F, Khmer).
_NEEDS_SHAPING = re.compile(
    "[\u0590-\u109f\u1780-\u17ff\ufb1d-\ufdff\ufe70-\ufeff\U0001e900-\U0001e95f]"
)

# Default-ignorable code points (Unicode's DerivedCoreProperties): no glyph by design
# (joiners, variation selectors, tags of emoji flags). Passed on as they are, unmarked.
_IGNORABLE = (
    (0x00AD, 0x00AD),
    (0x034F, 0x034F),
    (0x061C, 0x061C),
    (0x115F, 0x1160),
    (0x17B4, 0x17B5),
    (0x180B, 0x180F),
    (0x200B, 0x200F),
    (0x2060, 0x206F),
    (0x3164, 0x3164),
    (0xFE00, 0xFE0F),
    (0xFEFF, 0xFEFF),
    (0xFFA0, 0xFFA0),
    (0xFFF0, 0xFFF8),
    (0x1BCA0, 0x1BCA3),
    (0x1D173, 0x1D17A),
    (0xE0000, 0xE0FFF),
)


def _in(ranges: tuple[tuple[int, int], ...], code_point: int) -> bool:
    return any(low <= code_point <= high for low, high in ranges)


@cache
def dejavu_characters(file: str = "DejaVuSans.ttf") -> tuple[int, ...]:
    """What a DejaVu font draws for the dossier: its characters within `DEJAVU_RANGE`
    (what fpdf2's `add_font(unicode_range=...)` takes; ranges it would expand to sets)."""
    with TTFont(font_path(file), lazy=True) as font:
        cmap = font.getBestCmap()
    return tuple(sorted(code_point for code_point in cmap if _in(DEJAVU_RANGE, code_point)))


@cache
def dejavu_set() -> frozenset[int]:
    """What DejaVu Sans draws for the dossier, as a set."""
    return frozenset(dejavu_characters())


@cache
def fallback_coverage() -> dict[int, Fallback]:
    """Code point -> the first fallback that draws it; read when a dossier first needs one
    (the character maps of the fallbacks take most of a second to read)."""
    by_fallback: dict[int, Fallback] = {}
    for fallback in FALLBACKS:
        with TTFont(
            font_path(fallback.file), fontNumber=fallback.collection_index, lazy=True
        ) as font:
            for code_point in font.getBestCmap():
                by_fallback.setdefault(code_point, fallback)
    return by_fallback


def drawable(code_point: int) -> bool:
    """Whether a shipped font draws `code_point`."""
    return code_point in dejavu_set() or code_point in fallback_coverage()


class _Marks(dict[int, "int | str"]):
    """The `str.translate` table that makes every character visible: filled as characters
    are met (`__missing__`), the control characters and bidi controls given up front."""

    def __missing__(self, code_point: int) -> int | str:
        drawn = drawable(code_point) or _in(_IGNORABLE, code_point)
        value: int | str = code_point if drawn else escape(code_point)
        self[code_point] = value
        return value


_MARKS = _Marks({c: escape(c) for c in (*CONTROLS, *BIDI_CONTROLS)})
_MARKS[0x0A] = 0x0A  # a line break: fpdf2 breaks the line there
_MARKS[0x09] = " "  # a tab: a space


def visible_text(text: str) -> str:
    """`text` as the dossier draws it: a character no font has, a control character (but the
    line break; a tab is a space) and a bidi control become their escapes."""
    return text.replace("\r\n", "\n").translate(_MARKS)


def needs_shaping(text: str) -> bool:
    """Whether `text` holds a script that must be shaped to be drawn right."""
    return _NEEDS_SHAPING.search(text) is not None
