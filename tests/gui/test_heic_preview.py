"""A HEIC photo, which Qt cannot read, is still shown: decoded by Pillow, within the same limits."""

from __future__ import annotations

import io

from PIL import Image

from evidence_app.gui.items.image_viewer import decode_image


def _heic(colour: tuple[int, int, int], size: tuple[int, int]) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, format="HEIF", quality=-1)  # lossless
    return buffer.getvalue()


def test_heic_decodes_to_its_pixels(qtbot) -> None:
    image = decode_image(_heic((20, 200, 40), (80, 60)))
    assert image is not None
    assert (image.width(), image.height()) == (80, 60)
    pixel = image.pixelColor(40, 30)
    assert (
        abs(pixel.red() - 20) <= 3 and abs(pixel.green() - 200) <= 3 and abs(pixel.blue() - 40) <= 3
    )


def test_garbage_that_neither_reader_knows_gives_nothing(qtbot) -> None:
    assert decode_image(b"\x00\x00\x00\x18ftypheic" + bytes(200)) is None
    assert decode_image(b"not a picture at all") is None
