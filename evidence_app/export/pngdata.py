"""A PNG's pixel data read a strip of rows at a time, in memory that does not grow with the image.

Pillow decodes a whole image at once: a 49-megapixel RGBA screenshot took 196 MB
decoded and as much again to part its colour from its alpha, and Pillow reads
16-bit colour as 8-bit (half of every sample lost). This module reads the PNG's
own data instead:

- The IDAT data is inflated in pieces of bounded size (`PIECE`).
- PNG stores each row "filtered": every byte as a difference from the same
  byte of the pixel to the left, of the pixel above, or both. A filter never
  mixes bytes from different positions within a pixel, so each byte position
  (a "lane") is a valid 8-bit image of its own, filtered with the same filter
  type per row. Colour and alpha are therefore parted *without undoing the
  filters* (`filtered_strips`, `pick_lanes`): the colour lanes with each row's
  filter type are exactly the filtered colour image, and PDF's `/Predictor 15`
  undoes the filters when the page is shown, as it does for any PNG.
- Where the pixels themselves are needed (a palette's transparency, an
  interlaced image: `decoded_strips`), Pillow's C code undoes the filters, one
  lane and one strip at a time: each strip goes to Pillow as a small 8-bit grey
  PNG whose first row is the row above the strip, stored unfiltered, so every
  filter sees the true row above. An Adam7-interlaced image is read as its
  seven passes side by side, each from its own inflater, put together a strip
  of rows at a time.

Memory: a few copies of one strip (`STRIP_BYTES`, and never less than one
row), whatever the image's size. Rows longer than `ROW_LIMIT` bytes (an image
over a million pixels wide) are refused with `NotStreamable`.
"""

from __future__ import annotations

import io
import struct
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from PIL import Image

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
PIECE = 64 * 1024  # IDAT data is read, and inflated, in pieces of at most this many bytes
STRIP_BYTES = 1024 * 1024  # rows are handled in strips of about this many bytes
ROW_LIMIT = 4 * 1024 * 1024  # rows longer than this are not read here
_SMALL_CHUNK = 64 * 1024  # IHDR, PLTE and tRNS are far smaller; larger chunks are skipped

# Adam7: (first column, first row, column step, row step) of each of the seven passes.
ADAM7 = (
    (0, 0, 8, 8),
    (4, 0, 8, 8),
    (0, 4, 4, 8),
    (2, 0, 4, 4),
    (0, 2, 2, 4),
    (1, 0, 2, 2),
    (0, 1, 1, 2),
)
_CHANNELS = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}
_DEPTHS = {0: (1, 2, 4, 8, 16), 2: (8, 16), 3: (1, 2, 4, 8), 4: (8, 16), 6: (8, 16)}

Chunks = Callable[[], Iterable[bytes]]
Piece = bytes | memoryview


class NotStreamable(ValueError):
    """Not a PNG this module reads (not a PNG, a header out of the standard, too wide)."""


@dataclass(frozen=True)
class PngInfo:
    """What the header chunks say: size, sample depth, colour type, palette, transparency."""

    width: int
    height: int
    depth: int  # bits per sample: 1, 2, 4, 8 or 16
    colour: int  # PNG colour type: 0 grey, 2 RGB, 3 palette, 4 grey+alpha, 6 RGBA
    interlaced: bool
    palette: bytes = b""
    transparency: bytes | None = None  # the tRNS chunk, if any

    @property
    def channels(self) -> int:
        return _CHANNELS[self.colour]

    @property
    def has_alpha(self) -> bool:
        return self.colour in (4, 6)

    @property
    def pixel_bytes(self) -> int:
        """Bytes per pixel, at least 1: the distance at which the filters look left."""
        return max(1, self.channels * self.depth // 8)

    def row_bytes(self, width: int) -> int:
        """Bytes of one row of `width` pixels, without its filter-type byte."""
        return (width * self.channels * self.depth + 7) // 8


class _ByteReader:
    """`read(n)` over an iterable of byte strings, copying only what it returns."""

    def __init__(self, pieces: Iterable[bytes]) -> None:
        self._pieces: Iterator[bytes] = iter(pieces)
        self._piece = memoryview(b"")
        self._pos = 0

    def read(self, size: int) -> bytes:
        """`size` bytes, or fewer at the end."""
        parts: list[memoryview] = []
        while size > 0:
            if self._pos == len(self._piece):
                piece = next(self._pieces, None)
                if piece is None:
                    break
                self._piece, self._pos = memoryview(piece), 0
                continue
            part = self._piece[self._pos : self._pos + size]
            parts.append(part)
            self._pos += len(part)
            size -= len(part)
        return b"".join(parts)

    def exactly(self, size: int) -> bytes:
        data = self.read(size)
        if len(data) < size:
            raise ValueError("the PNG data ends early")
        return data

    def skip(self, size: int) -> None:
        while size > 0:
            size -= len(self.exactly(min(size, PIECE)))


def _chunks_of(source: Iterable[bytes]) -> Iterator[tuple[bytes, bytes]]:
    """(type, data) of each chunk up to IEND, CRCs unchecked (the vault checked them on import).

    IDAT data comes in pieces of at most `PIECE` bytes (as several pairs); any
    other chunk larger than `_SMALL_CHUNK` comes as its type with no data.
    """
    reader = _ByteReader(source)
    if reader.read(8) != PNG_SIGNATURE:
        raise NotStreamable("not a PNG")
    while True:
        length, kind = struct.unpack(">I4s", reader.exactly(8))
        if kind == b"IDAT":
            left = length
            while left:
                piece = reader.exactly(min(left, PIECE))
                left -= len(piece)
                yield kind, piece
        elif length > _SMALL_CHUNK:
            reader.skip(length)
            yield kind, b""
        else:
            yield kind, reader.exactly(length)
        reader.skip(4)  # CRC
        if kind == b"IEND":
            return


def read_info(chunks: Chunks) -> PngInfo:
    """The PNG's header; raises NotStreamable when it is not one read here."""
    header = b""
    palette = b""
    transparency: bytes | None = None
    try:
        for kind, data in _chunks_of(chunks()):
            if kind == b"IHDR":
                header = data
            elif kind == b"PLTE":
                palette = data
            elif kind == b"tRNS":
                transparency = data
            elif kind in (b"IDAT", b"IEND"):
                break
    except (ValueError, struct.error) as exc:
        raise NotStreamable(str(exc)) from exc
    if len(header) != 13:
        raise NotStreamable("no PNG header")
    width, height, depth, colour, method, filtering, interlace = struct.unpack(">IIBBBBB", header)
    if (
        depth not in _DEPTHS.get(colour, ())
        or (method, filtering) != (0, 0)
        or interlace not in (0, 1)
        or not width
        or not height
        or (colour == 3 and (not palette or len(palette) % 3 or len(palette) > 3 * 256))
    ):
        raise NotStreamable("a PNG header out of the standard")
    if colour == 3:
        transparency = transparency[:256] if transparency else None
    elif colour in (4, 6) or len(transparency or b"") != 2 * _CHANNELS[colour]:
        transparency = None  # not allowed there, or malformed: decoders ignore it
    return PngInfo(width, height, depth, colour, bool(interlace), palette, transparency)


def idat(chunks: Chunks) -> Iterator[bytes]:
    """The image data as stored (deflated, filtered), in pieces."""
    for kind, data in _chunks_of(chunks()):
        if kind == b"IDAT":
            yield data
        elif kind == b"IEND":
            return


def _inflated(chunks: Chunks) -> Iterator[bytes]:
    """The image data inflated, in pieces of at most `PIECE` bytes."""
    inflater = zlib.decompressobj()
    for piece in idat(chunks):
        data = inflater.decompress(piece, PIECE)
        while True:
            if data:
                yield data
            if not inflater.unconsumed_tail:
                break
            data = inflater.decompress(inflater.unconsumed_tail, PIECE)
        if inflater.eof:
            return
    rest = inflater.flush()
    if rest:
        yield rest


def _strip_rows(stride: int) -> int:
    return max(1, STRIP_BYTES // stride)


def check_rows(info: PngInfo) -> None:
    """Raise NotStreamable if a row is longer than `ROW_LIMIT`."""
    if info.row_bytes(info.width) > ROW_LIMIT:
        raise NotStreamable("rows too long to read a strip at a time")


def filtered_strips(info: PngInfo, chunks: Chunks) -> Iterator[tuple[int, bytes]]:
    """(rows, data): the rows of a non-interlaced image as stored (filter-type byte, then
    the filtered row), a strip at a time."""
    check_rows(info)
    stream = _ByteReader(_inflated(chunks))
    stride = 1 + info.row_bytes(info.width)
    per_strip = _strip_rows(stride)
    for top in range(0, info.height, per_strip):
        rows = min(per_strip, info.height - top)
        yield rows, stream.exactly(rows * stride)


def split_filtered(
    info: PngInfo, rows: int, data: bytes, with_colour: bool
) -> tuple[list[Piece], list[Piece]]:
    """Colour and alpha of filtered rows of an RGBA or grey+alpha image, still filtered:
    pieces that make the rows, each led by its filter type. No colour unless `with_colour`."""
    stride = len(data) // rows
    if info.depth == 8:
        # Pillow's C code picks the bytes apart: its raw decoder skips each filter-type
        # byte (`stride`), and taking RGB out of RGBA copies bytes, nothing more.
        mode = "RGBA" if info.colour == 6 else "LA"
        pixels = Image.frombytes(
            mode, (info.width, rows), memoryview(data)[1:], "raw", mode, stride
        )
        colour = pixels.convert(mode[:-1]).tobytes() if with_colour else b""
        alpha = pixels.getchannel("A").tobytes()
    else:
        view = memoryview(data)
        joined = b"".join(view[k * stride + 1 : (k + 1) * stride] for k in range(rows))
        colour_bytes = info.pixel_bytes - 2  # 16 bits of alpha last
        colour = _lanes(joined, info.pixel_bytes, range(colour_bytes)) if with_colour else b""
        alpha = _lanes(joined, info.pixel_bytes, range(colour_bytes, info.pixel_bytes))
    filters = data[0::stride]
    return _led_by(filters, colour, rows), _led_by(filters, alpha, rows)


def _lanes(pixels: bytes, pixel_bytes: int, lanes: range) -> bytes:
    """Only the bytes at positions `lanes` of each pixel."""
    picked = bytearray(len(pixels) // pixel_bytes * len(lanes))
    for index, lane in enumerate(lanes):
        picked[index :: len(lanes)] = pixels[lane::pixel_bytes]
    return bytes(picked)


def _led_by(filters: bytes, data: bytes, rows: int) -> list[Piece]:
    """`rows` rows of `data`, each led by its filter-type byte, as pieces (nothing copied)."""
    if not data:
        return []
    width = len(data) // rows
    view, kinds = memoryview(data), memoryview(filters)
    return [
        piece
        for k in range(rows)
        for piece in (kinds[k : k + 1], view[k * width : (k + 1) * width])
    ]


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def _unfilter(width: int, rows: int, data: bytes) -> bytes:
    """Undo the filters of `data`, rows of an 8-bit grey image, with Pillow's C code."""
    png = b"".join(
        (
            PNG_SIGNATURE,
            _chunk(b"IHDR", struct.pack(">IIBBBBB", width, rows, 8, 0, 0, 0, 0)),
            _chunk(b"IDAT", zlib.compress(data, 0)),  # stored: only a wrapper for Pillow
            _chunk(b"IEND", b""),
        )
    )
    with Image.open(io.BytesIO(png), formats=["PNG"]) as img:
        if img.mode != "L" or img.size != (width, rows):
            raise ValueError("Pillow read the strip otherwise")
        return img.tobytes()


class _Rows:
    """The rows of an image (or of one Adam7 pass), filters undone, `take(n)` rows at a time.

    Depth 8 or 16: one lane per byte of a pixel, `width` bytes per row; less
    than 8 bits: one lane, the rows as packed (PNG and PDF pack them alike).
    """

    def __init__(self, stream: _ByteReader, info: PngInfo, width: int, height: int) -> None:
        self._stream = stream
        self._left = height
        self._lanes = info.pixel_bytes if info.depth >= 8 else 1
        self._stride = 1 + info.row_bytes(width)
        self._lane_width = width if info.depth >= 8 else info.row_bytes(width)
        self._above: list[bytes] | None = None  # the last row taken, lane by lane

    def take(self, rows: int) -> list[bytes]:
        if rows > self._left:
            raise ValueError("more rows asked for than the image has")
        if not rows or not self._lane_width:
            return [b""] * self._lanes
        self._left -= rows
        data = self._stream.exactly(rows * self._stride)
        stride, count, width = self._stride, self._lanes, self._lane_width
        lanes = []
        for lane in range(count):
            if count == 1:
                filtered = data
            else:
                filtered = b"".join(
                    part
                    for k in range(rows)
                    for part in (
                        data[k * stride : k * stride + 1],
                        data[k * stride + 1 + lane : (k + 1) * stride : count],
                    )
                )
            if self._above is None:
                lanes.append(_unfilter(width, rows, filtered))
            else:
                # The row above leads, unfiltered, so every filter of the first row sees it.
                unfiltered = _unfilter(width, rows + 1, b"\0" + self._above[lane] + filtered)
                lanes.append(unfiltered[width:])
        self._above = [lane[-width:] for lane in lanes]
        return lanes


def _count(size: int, start: int, step: int) -> int:
    """How many of start, start + step, ... are below `size`."""
    return max(0, (size - start + step - 1) // step)


def _unpack(packed: bytes, width: int, rows: int, depth: int) -> bytes:
    """Samples of fewer than 8 bits, one per byte, values unchanged."""
    return Image.frombytes("P", (width, rows), packed, "raw", f"P;{depth}").tobytes()


def _pack(samples: bytes | bytearray, width: int, rows: int, depth: int) -> bytes:
    return Image.frombytes("P", (width, rows), bytes(samples)).tobytes("raw", f"P;{depth}")


def decoded_strips(info: PngInfo, chunks: Chunks) -> Iterator[tuple[int, list[bytes]]]:
    """(rows, lanes): the image's rows with the filters undone and Adam7 passes put
    together, a strip at a time, as `_Rows.take` gives them."""
    check_rows(info)
    stride = 1 + info.row_bytes(info.width)
    per_strip = _strip_rows(stride)
    if not info.interlaced:
        rows = _Rows(_ByteReader(_inflated(chunks)), info, info.width, info.height)
        for top in range(0, info.height, per_strip):
            count = min(per_strip, info.height - top)
            yield count, rows.take(count)
        return
    yield from _deinterlaced(info, chunks, max(8, per_strip))


def _deinterlaced(
    info: PngInfo, chunks: Chunks, per_strip: int
) -> Iterator[tuple[int, list[bytes]]]:
    width, depth = info.width, info.depth
    passes = []
    offset = 0
    for first_x, first_y, step_x, step_y in ADAM7:
        pass_width = _count(width, first_x, step_x)
        pass_height = _count(info.height, first_y, step_y)
        if not pass_width or not pass_height:
            continue
        # Each pass reads its own inflated copy of the data from where the pass begins.
        stream = _ByteReader(_inflated(chunks))
        stream.skip(offset)
        rows = _Rows(stream, info, pass_width, pass_height)
        passes.append((first_x, first_y, step_x, step_y, pass_width, rows))
        offset += pass_height * (1 + info.row_bytes(pass_width))
    lane_count = info.pixel_bytes if depth >= 8 else 1
    for top in range(0, info.height, per_strip):
        count = min(per_strip, info.height - top)
        out = [bytearray(count * width) for _ in range(lane_count)]
        for first_x, first_y, step_x, step_y, pass_width, rows in passes:
            first = _count(top, first_y, step_y)
            taken = _count(top + count, first_y, step_y) - first
            if not taken:
                continue
            lanes = rows.take(taken)
            if depth < 8:
                lanes = [_unpack(lanes[0], pass_width, taken, depth)]
            for index in range(taken):
                row = first_y + (first + index) * step_y - top
                for lane, data in zip(out, lanes, strict=True):
                    lane[row * width + first_x : (row + 1) * width : step_x] = data[
                        index * pass_width : (index + 1) * pass_width
                    ]
        if depth < 8:
            yield count, [_pack(out[0], width, count, depth)]
        else:
            yield count, [bytes(lane) for lane in out]


def interleave(lanes: list[bytes]) -> bytes:
    """One byte from each lane in turn: lanes of one byte per pixel back into pixels."""
    if len(lanes) == 1:
        return lanes[0]
    out = bytearray(len(lanes[0]) * len(lanes))
    for index, lane in enumerate(lanes):
        out[index :: len(lanes)] = lane
    return bytes(out)


def palette_alpha(info: PngInfo, lanes: list[bytes], rows: int) -> bytes:
    """The alpha (8-bit, one per pixel) of decoded rows of a palette image, from its tRNS."""
    samples = lanes[0]
    if info.depth < 8:
        samples = _unpack(samples, info.width, rows, info.depth)
    table = (info.transparency or b"") + b"\xff" * 256
    return samples.translate(table[:256])
