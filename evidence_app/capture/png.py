"""Lossless PNG encoding of grabbed pixels, safe to run off the GUI thread.

Every pixel is kept: PNG is lossless at any compression level, so the level only
trades time against size. `bench/capture.py` measured a 1920×1080 screenshot of
text and a photo: zlib level 1 encodes in about 50 ms and makes the smallest file
of all (about 1 MB; Qt's default level 6 takes 65 ms for 1.02 MB, level 9 takes
300 ms for 1.02 MB, no compression 35 ms for 6.2 MB). Screenshots are mostly flat
colour and text, where PNG's row filters do the work and more zlib effort buys
nothing. Qt maps a writer "quality" q to zlib level (100 - q) * 9 // 91, so
quality 80 is level 1.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QImage

PNG_QUALITY = 80  # zlib level 1: see the module docstring
PNG_MIME = "image/png"


class EncodeError(RuntimeError):
    """The image could not be written as PNG (an empty grab, out of memory)."""


def encode_png(image: QImage) -> bytes:
    """The PNG bytes of exactly `image`'s pixels (its alpha channel too, when it has one).

    QImage is reentrant: a worker thread may encode an image the GUI thread no
    longer changes. The device pixel ratio is not written: the PNG holds device pixels.
    """
    if image.isNull():
        raise EncodeError("nothing was grabbed")
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    try:
        # The stubs say bytes for the format; the binding accepts only str at run time.
        if not image.save(buffer, "PNG", PNG_QUALITY):  # type: ignore[call-overload]
            raise EncodeError("the image could not be encoded")
        return bytes(buffer.data().data())
    finally:
        buffer.close()
