"""Image XObjects written straight into the PDF, lossless, one image at a time.

- JPEG: the original bytes, as they are, with `/Filter /DCTDecode`.
- PNG (8-bit or less, grey, RGB or palette, not interlaced, no transparency):
  the compressed IDAT data as it is, with the PNG predictors
  (`/DecodeParms << /Predictor 15 ... >>`); nothing is decoded. This is what
  img2pdf does, and what makes a screenshot cost little more than a copy.
- Anything else Pillow reads (RGBA, 16-bit, GIF, WebP, BMP, TIFF, a redacted
  copy): decoded and written as Flate, alpha as a soft mask, in strips of rows,
  so memory holds one decoded image and one strip of output.

Every object streams its data and gets its `/Length` as an indirect object
written after it, so no data is held to measure it first.
"""

from __future__ import annotations

import io
import struct
import zlib
from collections.abc import Callable, Iterable, Iterator
from typing import BinaryIO

from PIL import Image

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
STRIP_ROWS = 128

Chunks = Callable[[], Iterable[bytes]]


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

    def write(self, data: bytes) -> None:
        self._out.write(data)
        self.offset += len(data)

    def begin(self, obj_id: int) -> None:
        self.offsets[obj_id] = self.offset
        self.write(f"{obj_id} 0 obj\n".encode("ascii"))

    def raw_object(self, obj_id: int, data: bytes) -> None:
        """An object copied as it is (`data` includes its `N 0 obj` line)."""
        self.offsets[obj_id] = self.offset
        self.write(data)

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


class _Reader:
    """`read(n)` over an iterator of byte chunks."""

    def __init__(self, chunks: Iterable[bytes]) -> None:
        self._chunks: Iterator[bytes] = iter(chunks)
        self._buffer = bytearray()

    def read(self, size: int) -> bytes:
        while len(self._buffer) < size:
            chunk = next(self._chunks, None)
            if chunk is None:
                break
            self._buffer += chunk
        data = bytes(self._buffer[:size])
        del self._buffer[:size]
        return data


def _png_chunks(reader: _Reader) -> Iterator[tuple[bytes, bytes]]:
    """(type, data) of each PNG chunk; IDAT data may be large but is one chunk at a time."""
    if reader.read(8) != PNG_SIGNATURE:
        raise ValueError("not a PNG")
    while True:
        head = reader.read(8)
        if len(head) < 8:
            raise ValueError("truncated PNG")
        length, kind = struct.unpack(">I4s", head)
        data = reader.read(length)
        if len(data) < length or len(reader.read(4)) < 4:
            raise ValueError("truncated PNG")
        yield kind, data
        if kind == b"IEND":
            return


def _png_passthrough(writer: ObjectWriter, obj_id: int, chunks: Chunks) -> bool:
    """Write the PNG's IDAT data as it is, if its form allows it; False if not (nothing written)."""
    stream = _png_chunks(_Reader(chunks()))
    kind, ihdr = next(stream)
    if kind != b"IHDR" or len(ihdr) != 13:
        return False
    width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", ihdr)
    colours = {0: 1, 2: 3, 3: 1}.get(colour)
    if colours is None or depth > 8 or interlace:
        return False
    palette = b""
    first_idat = b""
    for kind, data in stream:
        if kind == b"tRNS":
            return False
        if kind == b"PLTE":
            palette = data
        if kind == b"IDAT":
            first_idat = data
            break
    if not first_idat or (colour == 3 and not palette):
        return False
    if colour == 3:
        space = f"[/Indexed /DeviceRGB {len(palette) // 3 - 1} <{palette.hex()}>]"
    else:
        space = "/DeviceGray" if colour == 0 else "/DeviceRGB"

    def idat() -> Iterator[bytes]:
        yield first_idat
        for kind, data in stream:
            if kind == b"IDAT":
                yield data

    writer.stream_object(
        obj_id,
        f"/Type /XObject /Subtype /Image /Width {width} /Height {height} /ColorSpace {space}"
        f" /BitsPerComponent {depth} /Filter /FlateDecode"
        f" /DecodeParms <</Predictor 15 /Colors {colours} /BitsPerComponent {depth}"
        f" /Columns {width}>>",
        idat(),
    )
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


def _flate_strips(img: Image.Image, raw_mode: str) -> Iterator[bytes]:
    """The pixels of `img`, Flate-compressed, encoded `STRIP_ROWS` rows at a time."""
    packer = zlib.compressobj(6)
    for top in range(0, img.height, STRIP_ROWS):
        strip = img.crop((0, top, img.width, min(img.height, top + STRIP_ROWS)))
        data = packer.compress(strip.tobytes("raw", raw_mode))
        if data:
            yield data
    yield packer.flush()


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
    """Write a decoded image losslessly: Flate, with its alpha channel as a soft mask."""
    alpha: Image.Image | None = None
    if img.mode == "P":
        img = img.convert("RGBA" if "transparency" in img.info else "RGB")
    elif img.mode == "PA":
        img = img.convert("RGBA")
    if img.mode in ("RGBA", "LA"):
        alpha = img.getchannel("A")
        img = img.convert("RGB" if img.mode == "RGBA" else "L")
    if img.mode not in _PLAIN:
        img = img.convert("RGB")
    space, bits, raw_mode = _PLAIN[img.mode]
    smask = ""
    if alpha is not None:
        smask_id = writer.new_id()
        smask = f" /SMask {smask_id} 0 R"
    writer.stream_object(
        obj_id,
        f"/Type /XObject /Subtype /Image /Width {img.width} /Height {img.height}"
        f" /ColorSpace {space} /BitsPerComponent {bits} /Filter /FlateDecode{smask}",
        _flate_strips(img, raw_mode),
    )
    if alpha is not None:
        writer.stream_object(
            smask_id,
            f"/Type /XObject /Subtype /Image /Width {alpha.width} /Height {alpha.height}"
            " /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode",
            _flate_strips(alpha, "L"),
        )


def write_original(
    writer: ObjectWriter, obj_id: int, chunks: Chunks, load: Callable[[], Image.Image]
) -> None:
    """Write an original image: passed through when its form allows, else decoded by `load`."""
    head = next(iter(chunks()), b"")
    if head.startswith(PNG_SIGNATURE) and _png_passthrough(writer, obj_id, chunks):
        return
    if head.startswith(b"\xff\xd8") and _jpeg_passthrough(writer, obj_id, chunks):
        return
    with load() as img:
        write_pil_image(writer, obj_id, img)
