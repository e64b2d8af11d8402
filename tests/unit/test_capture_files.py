"""Which files an import means, and lossless PNG encoding of grabbed pixels."""

from __future__ import annotations

import io
import os
import random
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QMimeData, QUrl
from PySide6.QtGui import QImage

from evidence_app.capture import clipboard
from evidence_app.capture.files import expand, mime_paths
from evidence_app.capture.png import encode_png


def test_folders_are_walked_in_a_stable_order_without_following_links(tmp_path: Path) -> None:
    root = tmp_path / "phone"
    (root / "b").mkdir(parents=True)
    (root / "a").mkdir()
    for path in (root / "z.jpg", root / "b" / "2.txt", root / "a" / "1.eml"):
        path.write_bytes(b"x")
    (root / "loop").symlink_to(root)  # a link back up must not loop
    single = tmp_path / "single.pdf"
    single.write_bytes(b"%PDF")
    found = expand([root, single, single, tmp_path / "gone.png"])
    assert [p.relative_to(tmp_path).as_posix() for p in found] == [
        "phone/z.jpg",
        "phone/a/1.eml",
        "phone/b/2.txt",
        "single.pdf",
    ]


def test_only_local_files_come_from_a_drop(tmp_path: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path / "a b.png")), QUrl("https://x.org/c.png")])
    assert mime_paths(mime) == [tmp_path / "a b.png"]
    assert mime_paths(None) == []


def test_png_keeps_every_pixel_and_the_alpha_channel() -> None:
    rng = random.Random(5)
    width, height = 97, 31
    raw = bytes(rng.getrandbits(8) for _ in range(width * height * 4))
    image = QImage(raw, width, height, width * 4, QImage.Format.Format_RGBA8888).copy()
    with Image.open(io.BytesIO(encode_png(image))) as decoded:
        assert decoded.format == "PNG" and decoded.size == (width, height)
        assert decoded.convert("RGBA").tobytes() == raw


def test_a_pasted_png_is_kept_as_the_source_program_gave_it() -> None:
    mime = QMimeData()
    original = b"\x89PNG\r\n\x1a\n" + os.urandom(64)
    mime.setData("image/png", original)
    pasted = clipboard.read(mime)
    assert clipboard.encoded(pasted) == original and pasted.suffix == ".png"
    assert clipboard.read(QMimeData()).empty()
