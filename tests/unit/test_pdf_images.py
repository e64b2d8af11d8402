"""Every kind of PNG reaches the dossier PDF with its exact pixels; a JPEG as its own bytes.

The PNGs are written here from known samples by a small encoder that uses the
five PNG filters in turn and Adam7 interlacing, so the PDF can be held against
the samples themselves: qpdf (through pikepdf) decodes each image stream,
16-bit included, and poppler's `pdfimages -png` shows what a reader shows,
compared with what Pillow reads from the original. Each dossier is exported
twice: as shipped, and with strips of a row or two and no alpha held between
the image and its soft mask, so the seams between strips, and between Adam7
passes, are crossed many times even in small pictures.
"""

from __future__ import annotations

import io
import random
import struct
import subprocess
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pikepdf
import pytest
from PIL import Image

from evidence_app.export import build_dossier, export_dossier, pdfimage, pngdata
from evidence_app.vault.service import VaultService
from tests.helpers.vaults import DUTCH_PASSPHRASE, FAST_KDF

_CHANNELS = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}
_ADAM7 = pngdata.ADAM7


# -- a PNG encoder that uses every filter --------------------------------------


def _pack(pixels: list[tuple[int, ...]], depth: int) -> bytes:
    """One row of samples as PNG and PDF store them (16-bit big-endian, small depths packed)."""
    if depth == 16:
        return b"".join(struct.pack(">H", v) for pixel in pixels for v in pixel)
    if depth == 8:
        return bytes(v for pixel in pixels for v in pixel)
    out, acc, bits = bytearray(), 0, 0
    for pixel in pixels:
        for v in pixel:
            acc, bits = (acc << depth) | v, bits + depth
            if bits == 8:
                out.append(acc)
                acc = bits = 0
    if bits:
        out.append(acc << (8 - bits))
    return bytes(out)


def _paeth(a: int, b: int, c: int) -> int:
    p = a + b - c
    pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
    return a if pa <= pb and pa <= pc else b if pb <= pc else c


def _filtered(kind: int, row: bytes, prior: bytes | None, bpp: int) -> bytes:
    out = bytearray([kind])
    for i, x in enumerate(row):
        a = row[i - bpp] if i >= bpp else 0
        b = prior[i] if prior else 0
        c = prior[i - bpp] if prior and i >= bpp else 0
        out.append((x - (0, a, b, (a + b) // 2, _paeth(a, b, c))[kind]) & 0xFF)
    return bytes(out)


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def encode_png(
    pixels: list[list[tuple[int, ...]]],
    colour: int,
    depth: int,
    *,
    interlaced: bool = False,
    palette: bytes = b"",
    transparency: bytes | None = None,
) -> bytes:
    """A PNG of `pixels` (rows of sample tuples), the filters None, Sub, Up, Average, Paeth
    in turn row after row, the data split over IDAT chunks of 500 bytes."""
    height, width = len(pixels), len(pixels[0])
    bpp = max(1, _CHANNELS[colour] * depth // 8)
    raw = bytearray()
    kind = 0
    for x0, y0, dx, dy in _ADAM7 if interlaced else ((0, 0, 1, 1),):
        prior = None
        for row in (r[x0::dx] for r in pixels[y0::dy]):
            if not row:
                break
            packed = _pack(row, depth)
            raw += _filtered(kind % 5, packed, prior, bpp)
            kind, prior = kind + 1, packed
    data = zlib.compress(bytes(raw), 9)
    header = struct.pack(">IIBBBBB", width, height, depth, colour, 0, 0, int(interlaced))
    png = b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header)
    if palette:
        png += _chunk(b"PLTE", palette)
    if transparency is not None:
        png += _chunk(b"tRNS", transparency)
    png += b"".join(_chunk(b"IDAT", data[i : i + 500]) for i in range(0, len(data), 500))
    return png + _chunk(b"IEND", b"")


# -- the pictures ----------------------------------------------------------------


@dataclass(frozen=True)
class Variant:
    name: str
    colour: int
    depth: int
    interlaced: bool = False
    transparency: bytes | None = None

    @property
    def channels(self) -> int:
        return _CHANNELS[self.colour]

    @property
    def colours(self) -> int:
        return _CHANNELS[self.colour] - (1 if self.colour in (4, 6) else 0)

    def pixels(self) -> list[list[tuple[int, ...]]]:
        rng = random.Random(self.name)
        top = (1 << self.depth) - 1
        if self.colour == 3:
            top = min(top, 200)  # palette of 201 entries: some indices have no alpha in tRNS
        width, height = 37, 23  # odd sizes: Adam7 passes of every width, padded small depths
        return [
            [
                tuple(rng.randint(0, top) for _ in range(_CHANNELS[self.colour]))
                for _ in range(width)
            ]
            for _ in range(height)
        ]

    def palette(self) -> bytes:
        if self.colour != 3:
            return b""
        entries = min(1 << self.depth, 201)
        return bytes((i * 37 + 11) % 256 for i in range(3 * entries))

    def png(self) -> bytes:
        return encode_png(
            self.pixels(),
            self.colour,
            self.depth,
            interlaced=self.interlaced,
            palette=self.palette(),
            transparency=self.transparency,
        )


_KINDS = {
    "grey": (0, (1, 2, 4, 8, 16)),
    "rgb": (2, (8, 16)),
    "palette": (3, (1, 2, 4, 8)),
    "grey+alpha": (4, (8, 16)),
    "rgba": (6, (8, 16)),
}


def _variants() -> list[Variant]:
    found = [
        Variant(f"{kind}-{depth}{'-adam7' if interlaced else ''}", colour, depth, interlaced)
        for kind, (colour, depths) in _KINDS.items()
        for depth in depths
        for interlaced in (False, True)
    ]
    found += [
        Variant("grey-8-trns", 0, 8, transparency=b"\x00\x07"),
        Variant("grey-16-adam7-trns", 0, 16, True, transparency=b"\x12\x34"),
        Variant("rgb-8-trns", 2, 8, transparency=b"\x00\x01\x00\x02\x00\x03"),
        Variant("palette-8-trns", 3, 8, transparency=bytes(range(0, 250, 3))),
        Variant("palette-2-adam7-trns", 3, 2, True, transparency=b"\x00\x80"),
    ]
    return found


VARIANTS = _variants()


@dataclass
class Exported:
    pdf: Path
    images: dict[str, pikepdf.Object]  # variant or file name -> its image XObject
    shown: dict[str, list[Path]]  # -> what pdfimages -png extracted: the image, its soft mask
    originals: dict[str, bytes]


@pytest.fixture(scope="module", params=["as shipped", "a row or two per strip"])
def exported(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Exported]:
    folder = tmp_path_factory.mktemp("pictures")
    originals = {variant.name + ".png": variant.png() for variant in VARIANTS}
    photo = io.BytesIO()
    Image.effect_noise((64, 48), 40).convert("RGB").save(photo, "JPEG", quality=90)
    originals["photo.jpg"] = photo.getvalue()
    gif = io.BytesIO()
    Image.effect_noise((37, 23), 60).convert("P").save(gif, "GIF", transparency=3)
    originals["anim.gif"] = gif.getvalue()  # not PNG or JPEG: Pillow decodes it
    service, _ = VaultService.create(folder / "vault", DUTCH_PASSPHRASE, kdf=FAST_KDF)
    with pytest.MonkeyPatch.context() as patch:
        if request.param != "as shipped":
            patch.setattr(pngdata, "STRIP_BYTES", 40)
            patch.setattr(pdfimage, "STRIP_ROWS", 2)
            patch.setattr(pdfimage, "ALPHA_BUFFER", -1)  # every soft mask from a second pass
        case = service.cases()[0]
        for name, data in originals.items():
            (folder / name).write_bytes(data)
            service.add_file(folder / name, case_id=case.id)
        order = [entry.item.original_name for entry in build_dossier(service).items]
        result = export_dossier(service, folder / "dossier")
    service.lock()
    pdf = result.path / "dossier.pdf"
    document = pikepdf.open(pdf)
    pictures = [
        xobject
        for page in document.pages
        for xobject in page.obj.Resources.get("/XObject", {}).values()
        if xobject.Subtype == "/Image"
    ]
    listing = subprocess.run(
        ["pdfimages", "-list", str(pdf)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    subprocess.run(["pdfimages", "-png", str(pdf), str(folder / "shown")], check=True)
    files = sorted(folder.glob("shown-*.png"))
    shown: dict[str, list[Path]] = {}
    for line, path in zip(listing, files, strict=True):
        if line.split()[2] == "image":
            shown[order[len(shown)]] = [path]
        else:
            shown[order[len(shown) - 1]].append(path)
    yield Exported(pdf, dict(zip(order, pictures, strict=True)), shown, originals)
    document.close()


def _alpha(variant: Variant) -> bytes:
    if variant.colour == 3:
        table = (variant.transparency or b"") + b"\xff" * 256
        return bytes(table[pixel[0]] for row in variant.pixels() for pixel in row)
    return b"".join(_pack([p[-1:] for p in row], variant.depth) for row in variant.pixels())


@pytest.mark.parametrize("variant", VARIANTS, ids=lambda v: v.name)
def test_the_pdf_holds_every_sample_of_the_png(exported: Exported, variant: Variant) -> None:
    image = exported.images[variant.name + ".png"]
    samples = b"".join(
        _pack([p[: variant.colours] for p in row], variant.depth) for row in variant.pixels()
    )
    assert (image.Width, image.Height, image.BitsPerComponent) == (37, 23, variant.depth)
    assert image.read_bytes() == samples
    if variant.colour == 3:
        space = image.ColorSpace
        assert (space[0], space[1]) == ("/Indexed", "/DeviceRGB")
        assert bytes(space[3]) == variant.palette()
    else:
        assert image.ColorSpace == ("/DeviceGray" if variant.colours == 1 else "/DeviceRGB")
    with_alpha = variant.colour in (4, 6) or (variant.colour == 3 and variant.transparency)
    if with_alpha:
        assert image.SMask.ColorSpace == "/DeviceGray"
        assert image.SMask.read_bytes() == _alpha(variant)
    else:
        assert "/SMask" not in image
    if variant.transparency is not None and variant.colour != 3:
        # One colour fully transparent: PDF's colour-key mask, [min max] per channel.
        key = struct.unpack(f">{variant.colours}H", variant.transparency)
        assert [int(v) for v in image.Mask] == [v for value in key for v in (value, value)]
    else:
        assert "/Mask" not in image


# pdfimages -png writes 8 bits per sample, and a 1-bit palette image as black and white.
SHOWN = [v for v in VARIANTS if v.depth <= 8 and not (v.colour == 3 and v.depth == 1)]


def _compared(image: Image.Image) -> Image.Image:
    if image.mode == "P":  # with tRNS in bytes Pillow wants RGBA before anything else
        return image.convert("RGBA" if "transparency" in image.info else "RGB")
    return image


@pytest.mark.parametrize("name", [v.name + ".png" for v in SHOWN] + ["anim.gif"])
def test_poppler_shows_the_pixels_pillow_reads_from_the_original(
    exported: Exported, name: str
) -> None:
    with Image.open(io.BytesIO(exported.originals[name])) as original:
        original = _compared(original)
        mode = "L" if original.mode in ("1", "L", "LA") else "RGB"
        shown = exported.shown[name]
        with Image.open(shown[0]) as picture:
            assert picture.convert(mode).tobytes() == original.convert(mode).tobytes()
        if original.mode in ("RGBA", "LA"):
            with Image.open(shown[1]) as mask:
                assert mask.tobytes() == original.getchannel("A").tobytes()
        else:
            assert len(shown) == 1


def test_a_jpeg_is_its_own_bytes(exported: Exported) -> None:
    image = exported.images["photo.jpg"]
    assert image.Filter == "/DCTDecode"
    assert image.read_raw_bytes() == exported.originals["photo.jpg"]


def test_an_image_too_wide_for_strips_is_decoded_by_pillow_exactly(
    service: VaultService, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Rows over ROW_LIMIT are not read in strips; Pillow decodes the image, as exact."""
    monkeypatch.setattr(pngdata, "ROW_LIMIT", 16)
    variant = Variant("rgba-8-wide", 6, 8)
    path = tmp_path / "wide.png"
    path.write_bytes(variant.png())
    service.add_file(path, case_id=service.cases()[0].id)
    pdf = export_dossier(service, tmp_path / "dossier").path / "dossier.pdf"
    with pikepdf.open(pdf) as document:
        image: Any = next(
            x
            for page in document.pages
            for x in page.obj.Resources.get("/XObject", {}).values()
            if x.Subtype == "/Image"
        )
        assert "/DecodeParms" not in image  # Pillow's path: plain Flate, no predictors
        assert image.read_bytes() == b"".join(
            _pack([p[:3] for p in row], 8) for row in variant.pixels()
        )
        assert image.SMask.read_bytes() == _alpha(variant)
