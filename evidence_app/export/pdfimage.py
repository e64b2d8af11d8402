"""Image XObjects written straight into the PDF, lossless, one image at a time.

- JPEG: the original bytes, as they are, with `/Filter /DCTDecode`.
- PNG, every kind (see `pngdata`), read from its own data a strip at a time:
  - grey, RGB or palette, not interlaced: the compressed IDAT data as it is,
    with the PNG predictors (`/DecodeParms << /Predictor 15 ... >>`); nothing is
    decoded. This is what img2pdf does, and what makes a screenshot cost little
    more than a copy. A tRNS colour becomes a colour-key `/Mask`; a palette's
    tRNS alphas a soft mask.
  - with alpha (RGBA, grey+alpha), not interlaced: colour and alpha parted
    byte by byte while still filtered, each with the same predictors.
  - interlaced: decoded, and written as plain Flate.
  16-bit samples stay 16-bit (Pillow would keep only 8 of the 16 bits).
- Anything else Pillow reads (GIF, WebP, BMP, TIFF, HEIC, a redacted copy):
  decoded by Pillow and written as Flate, alpha as a soft mask, converted a
  strip of rows at a time, so memory holds one decoded image and one strip.

Every object streams its data and gets its `/Length` as an indirect object
written after it, so no data is held to measure it first.

Memory, then, does not grow with a PNG's or a JPEG's size: a strip of about
`pngdata.STRIP_BYTES` in a few copies, zlib's state, and at most
`ALPHA_BUFFER` of compressed alpha. Other formats hold their decoded image,
and whatever Pillow needs to decode it (for WebP about three times the
pixels), at most 50 megapixels: larger ones are not shown (`domain.images`).
"""

from __future__ import annotations

import io
import struct
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import BinaryIO

from PIL import Image

from evidence_app.export import pngdata
from evidence_app.export.pngdata import PNG_SIGNATURE, Chunks, Piece

STRIP_ROWS = 128  # rows of a decoded (non-PNG) image converted and compressed at a time
LEVEL = 6  # zlib's level for what is compressed anew (as Pillow and img2pdf use)
ALPHA_BUFFER = 8 * 1024 * 1024  # compressed alpha held for its soft mask, at most


class ObjectWriter:
    """Writes numbered PDF objects to `out` and remembers where each begins."""

    def __init__(self, out: BinaryIO, next_id: int) -> None:
        self._out = out
        self.offset = 0
        self.offsets: dict[int, int] = {}
        self._next_id = next_id

    @property
    def next_id(self) -> int:
        return self._next_id

    def new_id(self) -> int:
        self._next_id += 1
        return self._next_id - 1

    def write(self, data: bytes | bytearray) -> None:
        self._out.write(data)
        self.offset += len(data)

    def begin(self, obj_id: int) -> None:
        self.offsets[obj_id] = self.offset
        self.write(f"{obj_id} 0 obj\n".encode("ascii"))

    def raw_object(self, obj_id: int, data: bytes | bytearray) -> None:
        """An object copied as it is (`data` includes its `N 0 obj` line)."""
        self.offsets[obj_id] = self.offset
        self.write(data)

    def stream(self, obj_id: int, entries: str, data: bytes) -> None:
        """`<< entries /Length L >> stream ... endstream` of data held whole."""
        self.begin(obj_id)
        self.write(f"<<{entries} /Length {len(data)}>>\nstream\n".encode("latin-1"))
        self.write(data)
        self.write(b"\nendstream\nendobj\n")

    def stream_object(self, obj_id: int, entries: str, chunks: Iterable[bytes]) -> None:
        """`<< entries /Length L >> stream ... endstream`, L written as its own object."""
        length_id = self.new_id()
        self.begin(obj_id)
        self.write(f"<<{entries} /Length {length_id} 0 R>>\nstream\n".encode("latin-1"))
        length = 0
        for chunk in chunks:
            self.write(chunk)
            length += len(chunk)
        self.write(b"\nendstream\nendobj\n")
        self.begin(length_id)
        self.write(f"{length}\nendobj\n".encode("ascii"))


def _deflated(pieces: Iterable[Piece]) -> Iterator[bytes]:
    packer = zlib.compressobj(LEVEL)
    for piece in pieces:
        data = packer.compress(piece)
        if data:
            yield data
    yield packer.flush()


def _image_entries(width: int, height: int, space: str, bits: int) -> str:
    return (
        f"/Type /XObject /Subtype /Image /Width {width} /Height {height}"
        f" /ColorSpace {space} /BitsPerComponent {bits} /Filter /FlateDecode"
    )


def _predictor(colours: int, bits: int, columns: int) -> str:
    """PNG's filters, undone by the PDF reader (data written as PNG filtered it)."""
    return (
        f" /DecodeParms <</Predictor 15 /Colors {colours} /BitsPerComponent {bits}"
        f" /Columns {columns}>>"
    )


# (colour, alpha) pieces of a strip; `parts(False)` may leave the colour out.
Parts = Callable[[bool], Iterable[tuple[Sequence[Piece], Sequence[Piece]]]]


def _with_soft_mask(
    writer: ObjectWriter, obj_id: int, entries: str, mask_id: int, mask_entries: str, parts: Parts
) -> None:
    """An image and its soft mask from `parts(True)`: for each strip, its colour and alpha.

    The two objects follow each other in the file, so the mask, compressed, is
    held while the image is written, up to `ALPHA_BUFFER` bytes (an alpha
    channel is mostly one value and compresses to little). Beyond that it is
    let go and made again from a second pass, `parts(False)`, alpha only.
    """
    alpha_packer = zlib.compressobj(LEVEL)
    held: list[bytes] | None = []

    def colour() -> Iterator[bytes]:
        nonlocal held
        packer = zlib.compressobj(LEVEL)
        size = 0
        for colour_part, alpha_part in parts(True):
            yield b"".join([packer.compress(piece) for piece in colour_part])
            if held is not None:
                compressed = [alpha_packer.compress(piece) for piece in alpha_part]
                held += compressed
                size += sum(len(data) for data in compressed)
                if size > ALPHA_BUFFER:
                    held = None
        yield packer.flush()

    writer.stream_object(obj_id, entries, colour())
    if held is not None:
        held.append(alpha_packer.flush())
        writer.stream_object(mask_id, mask_entries, held)
    else:
        alpha = (piece for _, alpha_part in parts(False) for piece in alpha_part)
        writer.stream_object(mask_id, mask_entries, _deflated(alpha))


def _write_png(writer: ObjectWriter, obj_id: int, chunks: Chunks) -> bool:
    """Write a PNG from its own data, a strip at a time; False (nothing written) if it
    cannot be read so (not a PNG, a header out of the standard, rows over `ROW_LIMIT`)."""
    try:
        info = pngdata.read_info(chunks)
        palette_alpha = info.colour == 3 and info.transparency is not None
        if info.interlaced or info.has_alpha or palette_alpha:
            pngdata.check_rows(info)
    except pngdata.NotStreamable:
        return False
    width, height, bits = info.width, info.height, info.depth
    colours = info.channels - 1 if info.has_alpha else info.channels
    colour_bytes = colours * bits // 8  # the bytes of a pixel that are colour (8 bits or more)
    if info.colour == 3:
        space = f"[/Indexed /DeviceRGB {len(info.palette) // 3 - 1} <{info.palette.hex()}>]"
    else:
        space = "/DeviceGray" if colours == 1 else "/DeviceRGB"
    entries = _image_entries(width, height, space, bits)
    mask_id = writer.new_id() if info.has_alpha or palette_alpha else 0
    if mask_id:
        entries += f" /SMask {mask_id} 0 R"
    elif info.transparency is not None:
        # One grey or RGB value fully transparent: PDF's colour-key mask says the same.
        key = struct.unpack(f">{colours}H", info.transparency)
        entries += " /Mask [" + " ".join(f"{value} {value}" for value in key) + "]"
    mask_entries = _image_entries(width, height, "/DeviceGray", 8 if palette_alpha else bits)

    if not info.interlaced and not info.has_alpha:
        # The stored data as it is: PDF undoes PNG's filters itself.
        writer.stream_object(
            obj_id, entries + _predictor(colours, bits, width), pngdata.idat(chunks)
        )
        if palette_alpha:
            writer.stream_object(
                mask_id,
                mask_entries,
                _deflated(
                    pngdata.palette_alpha(info, lanes, rows)
                    for rows, lanes in pngdata.decoded_strips(info, chunks)
                ),
            )
        return True

    if not info.interlaced:
        # Colour and alpha parted without undoing the filters (see `pngdata`).
        def filtered(with_colour: bool) -> Iterator[tuple[list[Piece], list[Piece]]]:
            for rows, data in pngdata.filtered_strips(info, chunks):
                yield pngdata.split_filtered(info, rows, data, with_colour)

        _with_soft_mask(
            writer,
            obj_id,
            entries + _predictor(colours, bits, width),
            mask_id,
            mask_entries + _predictor(1, bits, width),
            filtered,
        )
        return True

    def decoded(with_colour: bool) -> Iterator[tuple[list[Piece], list[Piece]]]:
        for rows, lanes in pngdata.decoded_strips(info, chunks):
            colour = pngdata.interleave(lanes[:colour_bytes] or lanes) if with_colour else b""
            if palette_alpha:
                alpha = pngdata.palette_alpha(info, lanes, rows)
            else:
                alpha = pngdata.interleave(lanes[colour_bytes:]) if mask_id else b""
            yield [colour], [alpha]

    if mask_id:
        _with_soft_mask(writer, obj_id, entries, mask_id, mask_entries, decoded)
    else:
        colour = (piece for part, _ in decoded(True) for piece in part)
        writer.stream_object(obj_id, entries, _deflated(colour))
    return True


def _jpeg_passthrough(writer: ObjectWriter, obj_id: int, chunks: Chunks) -> bool:
    """Write the JPEG's bytes as they are; False if its header cannot be read."""
    head = b""
    for chunk in chunks():
        head += chunk
        if len(head) >= 1024 * 1024:
            break
    try:
        with Image.open(io.BytesIO(head)) as img:
            if img.format != "JPEG":
                return False
            mode, (width, height) = img.mode, img.size
            adobe = "adobe" in img.info
    except (OSError, ValueError, SyntaxError):
        return False
    decode = ""
    if mode == "L":
        space = "/DeviceGray"
    elif mode == "RGB":
        space = "/DeviceRGB"
    elif mode == "CMYK":
        space = "/DeviceCMYK"
        # Adobe writes CMYK JPEGs inverted; Pillow and PDF readers undo it through /Decode.
        decode = " /Decode [1 0 1 0 1 0 1 0]" if adobe else ""
    else:
        return False
    writer.stream_object(
        obj_id,
        f"/Type /XObject /Subtype /Image /Width {width} /Height {height} /ColorSpace {space}"
        f" /BitsPerComponent 8 /Filter /DCTDecode{decode}",
        chunks(),
    )
    return True


# Pillow mode -> (PDF colour space, bits per component, Pillow raw mode)
_PLAIN: dict[str, tuple[str, int, str]] = {
    "1": ("/DeviceGray", 1, "1"),
    "L": ("/DeviceGray", 8, "L"),
    "RGB": ("/DeviceRGB", 8, "RGB"),
    "CMYK": ("/DeviceCMYK", 8, "CMYK"),
    "I;16": ("/DeviceGray", 16, "I;16B"),
    "I;16B": ("/DeviceGray", 16, "I;16B"),
    "I;16L": ("/DeviceGray", 16, "I;16B"),
}


def write_pil_image(writer: ObjectWriter, obj_id: int, img: Image.Image) -> None:
    """Write a decoded image losslessly: Flate, with its alpha channel as a soft mask.

    Converted `STRIP_ROWS` rows at a time, so no converted copy of the whole
    image is made beside the decoded one.
    """
    alpha = img.mode in ("RGBA", "LA", "PA") or (img.mode == "P" and "transparency" in img.info)
    # Modes PDF has no match for (32-bit integers, floats, YCbCr, ...) become RGB.
    target = img.mode if img.mode in _PLAIN else "L" if img.mode == "LA" else "RGB"
    space, bits, raw_mode = _PLAIN[target]

    def strips(with_colour: bool) -> Iterator[tuple[list[Piece], list[Piece]]]:
        for top in range(0, img.height, STRIP_ROWS):
            strip = img.crop((0, top, img.width, min(img.height, top + STRIP_ROWS)))
            if strip.mode == "P" and alpha:
                strip = strip.convert("RGBA")
            colour = b""
            if with_colour:
                colour = strip.convert(target).tobytes("raw", raw_mode)
            yield [colour], [strip.getchannel("A").tobytes() if alpha else b""]

    entries = _image_entries(img.width, img.height, space, bits)
    if not alpha:
        colour = (piece for part, _ in strips(True) for piece in part)
        writer.stream_object(obj_id, entries, _deflated(colour))
        return
    mask_id = writer.new_id()
    entries += f" /SMask {mask_id} 0 R"
    mask_entries = _image_entries(img.width, img.height, "/DeviceGray", 8)
    _with_soft_mask(writer, obj_id, entries, mask_id, mask_entries, strips)


def write_original(
    writer: ObjectWriter, obj_id: int, chunks: Chunks, load: Callable[[], Image.Image]
) -> None:
    """Write an original image: from its own data if a PNG or JPEG, else decoded by `load`."""
    head = next(iter(chunks()), b"")
    if head.startswith(PNG_SIGNATURE) and _write_png(writer, obj_id, chunks):
        return
    if head.startswith(b"\xff\xd8") and _jpeg_passthrough(writer, obj_id, chunks):
        return
    with load() as img:
        write_pil_image(writer, obj_id, img)
