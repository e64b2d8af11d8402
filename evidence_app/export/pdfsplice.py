"""Putting the real images into the PDF that fpdf2 laid out, while writing it to disk.

fpdf2 keeps every image's data in memory until it writes the whole document
into one buffer: 200 screenshots would need the size of the PDF twice over.
So the layout draws each picture as a name in its page, backed by an empty
stand-in object (`pdf_layout.PageLayout.place_image`), and this module copies
fpdf2's small output to the file object by object, writing in place of each
stand-in the real image object (and in place of each page's, its drawing), streamed
from the vault (`pdfimage`). The cross-reference table is written anew with the
new offsets; the page content, which only names the image, stays as it was.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import BinaryIO

from evidence_app.export.pdfimage import ObjectWriter

# Writes the object `obj_id` (and any objects it needs, numbered by the writer).
Replacement = Callable[[ObjectWriter, int], None]

_XREF_ENTRY = re.compile(rb"(\d{10}) (\d{5}) ([nf])")


def _xref(pdf: bytes | bytearray) -> tuple[dict[int, int], int, bytes]:
    """(object id -> offset, start of the xref table, the trailer dictionary) of fpdf2's output."""
    startxref = int(pdf[pdf.rindex(b"startxref") + len(b"startxref") :].split()[0])
    if not pdf.startswith(b"xref", startxref):
        raise ValueError("fpdf2 wrote no classic cross-reference table")
    lines = bytes(pdf[startxref:]).split(b"\n")  # the table and trailer: small
    first, count = (int(n) for n in lines[1].split())
    offsets: dict[int, int] = {}
    for number, line in enumerate(lines[2 : 2 + count], start=first):
        match = _XREF_ENTRY.match(line)
        if match is None:
            raise ValueError("unexpected cross-reference entry")
        if match.group(3) == b"n":
            offsets[number] = int(match.group(1))
    trailer_start = pdf.index(b"trailer", startxref)
    trailer_end = pdf.index(b"startxref", trailer_start)
    trailer = bytes(pdf[trailer_start + len(b"trailer") : trailer_end]).strip()
    return offsets, startxref, trailer


def splice(pdf: bytes | bytearray, out: BinaryIO, replacements: Mapping[int, Replacement]) -> int:
    """Write `pdf` to `out` with the objects in `replacements` replaced; returns bytes written.
    fpdf2's bytearray is taken as it is: a copy would hold a large layout twice."""
    offsets, startxref, trailer = _xref(pdf)
    missing = set(replacements) - set(offsets)
    if missing:
        raise ValueError(f"objects to replace are not in the PDF: {sorted(missing)}")
    writer = ObjectWriter(out, next_id=max(offsets) + 1)
    order = sorted(offsets, key=offsets.__getitem__)
    # Soft masks and 16-bit images need PDF 1.5; the header line keeps its length.
    header = re.sub(rb"^%PDF-1\.[0-4]", b"%PDF-1.5", bytes(pdf[: offsets[order[0]]]))
    writer.write(header)
    for index, obj_id in enumerate(order):
        end = offsets[order[index + 1]] if index + 1 < len(order) else startxref
        if obj_id in replacements:
            replacements[obj_id](writer, obj_id)
        else:
            writer.raw_object(obj_id, pdf[offsets[obj_id] : end])
    size = writer.next_id
    table = [b"xref", f"0 {size}".encode(), b"0000000000 65535 f "]
    table += [f"{writer.offsets[n]:010} 00000 n ".encode() for n in range(1, size)]
    xref_at = writer.offset
    new_trailer = re.sub(rb"/Size \d+", f"/Size {size}".encode(), trailer)
    writer.write(b"\n".join(table) + b"\ntrailer\n" + new_trailer)
    writer.write(f"\nstartxref\n{xref_at}\n%%EOF\n".encode())
    return writer.offset
