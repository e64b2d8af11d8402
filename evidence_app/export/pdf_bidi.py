"""Right-to-left text in `dossier.pdf`: the Unicode bidi algorithm where fpdf2 2.8 stops short.

fpdf2 splits a shaped text into runs of one direction and, per line, reverses the right-to-left
runs (and the order of all runs in a right-to-left paragraph). Two cases come out wrong:

- It takes one direction for the whole text from its first letter. A cell of an Arabic name
  above Latin handles laid every handle out right to left (`Zoë@`). The algorithm first splits
  a text into paragraphs (rule P1), each with its own direction: `bidi_runs` is called per line.
- It knows two directions, not levels. A number in Arabic inside a left-to-right paragraph
  (`Notes: محمد 2024`) is at level 2 inside a run at level 1: fpdf2 drew the number after the
  name where an Arabic reader looks for it before. Each run here carries its level, and a line
  is put in order by levels (rule L2, `OrderedLine`).

Explicit embeddings and overrides never reach this module (`pdf_fonts.visible_text` shows them
as escapes), so levels go no higher than 2.
"""

from __future__ import annotations

from collections.abc import Sequence

from fpdf.bidi import BidiParagraph
from fpdf.enums import TextDirection
from fpdf.line_break import Fragment, TextLine

# The key under which a fragment's bidi level travels in its text shaping settings (fpdf2 copies
# these into every fragment it makes, and ignores keys it does not know).
LEVEL = "bidi_level"


def bidi_runs(line: str, direction: TextDirection) -> list[tuple[str, int]]:
    """`line` (one paragraph) cut into runs of one embedding level, in logical order."""
    paragraph = BidiParagraph(text=line, base_direction=direction, preserve_bn_chars=True)
    runs: list[tuple[list[str], int]] = []
    for char in paragraph.get_characters():
        if runs and runs[-1][1] == char.embedding_level:
            runs[-1][0].append(char.character)
        else:
            runs.append(([char.character], char.embedding_level))
    return [("".join(chars), level) for chars, level in runs]


def direction_of(level: int) -> TextDirection:
    return TextDirection.RTL if level % 2 else TextDirection.LTR


def visual_order(fragments: Sequence[Fragment], levels: Sequence[int]) -> list[Fragment]:
    """Rule L2: from the highest level down to the lowest odd one, reverse every stretch of
    fragments at that level or higher. (The glyphs inside a right-to-left fragment are already
    in visual order: HarfBuzz shaped it right to left.)"""
    order, at = list(fragments), list(levels)
    odd = [level for level in at if level % 2]
    if not odd:
        return order
    for level in range(max(at), min(odd) - 1, -1):
        start = 0
        while start < len(order):
            if at[start] < level:
                start += 1
                continue
            end = start
            while end < len(order) and at[end] >= level:
                end += 1
            order[start:end] = order[start:end][::-1]
            at[start:end] = at[start:end][::-1]
            start = end
    return order


class OrderedLine(TextLine):
    """A line whose fragments are put in visual order by their levels, when all carry one."""

    def get_ordered_fragments(self) -> list[Fragment]:
        levels = []
        for fragment in self.fragments:
            shaping = fragment.graphics_state.text_shaping
            if not shaping or LEVEL not in shaping:
                return super().get_ordered_fragments()
            levels.append(int(shaping[LEVEL]))
        return visual_order(self.fragments, levels)
