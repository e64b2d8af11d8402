"""What a paste means: copied files, or a copied picture, read and never changed.

The clipboard is only read: nothing is cleared (the person did not ask for it)
and nothing from the vault is ever put on it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QImage

from evidence_app.capture.files import mime_paths
from evidence_app.capture.png import encode_png

# Encoded pictures a program may put on the clipboard, kept as they came.
_ENCODED = (("image/png", ".png"), ("image/jpeg", ".jpg"), ("image/webp", ".webp"))


@dataclass(frozen=True)
class Pasted:
    """Files to import, or the bytes of one picture (PNG unless the source gave another)."""

    paths: list[Path] = field(default_factory=list)
    image: QImage | None = None
    data: bytes = b""
    suffix: str = ".png"

    def empty(self) -> bool:
        return not self.paths and self.image is None and not self.data


def read(mime: QMimeData | None) -> Pasted:
    """Files first (a copied file is the file, not its icon); then a picture.

    When the program that copied a picture also offers its encoded bytes (PNG,
    JPEG, WebP), those are kept as they came; otherwise the pixels are taken
    and encoded losslessly later, off the GUI thread (`encoded`).
    """
    if mime is None:
        return Pasted()
    paths = [p for p in mime_paths(mime) if p.exists()]
    if paths:
        return Pasted(paths=paths)
    for mime_type, suffix in _ENCODED:
        if mime.hasFormat(mime_type):
            data = bytes(mime.data(mime_type).data())
            if data:
                return Pasted(data=data, suffix=suffix)
    if mime.hasImage():
        image = QImage(mime.imageData())
        if not image.isNull():
            return Pasted(image=image)
    return Pasted()


def encoded(pasted: Pasted) -> bytes:
    """The bytes to store for a pasted picture (runs in the worker)."""
    if pasted.data:
        return pasted.data
    if pasted.image is None:
        raise ValueError("nothing to store")
    return encode_png(pasted.image)
