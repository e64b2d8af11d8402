"""Whatever a file is, it is kept; only real, sane images get a preview."""

from __future__ import annotations

import hashlib
import io
import struct
import warnings
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image

from evidence_app.domain import images
from evidence_app.domain.model import Preview
from evidence_app.vault.service import VaultService


def _png_declaring(width: int, height: int) -> bytes:
    """A tiny PNG whose header claims `width` x `height` pixels (a decompression bomb's shape)."""
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8), "red").save(buffer, "PNG")
    data = bytearray(buffer.getvalue())
    ihdr = struct.pack(">II", width, height) + bytes(data[24:29])
    data[16:29] = ihdr
    data[29:33] = struct.pack(">I", zlib.crc32(b"IHDR" + ihdr))
    return bytes(data)


def _jpeg_with_exif() -> bytes:
    img = Image.new("RGB", (32, 16), "blue")
    exif = Image.Exif()
    exif[306] = "2026:03:14 09:26:53"
    buffer = io.BytesIO()
    img.save(buffer, "JPEG", exif=exif)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("name", "make", "preview"),
    [
        ("chat.txt", lambda: b"hello\n" * 100, Preview.NOT_IMAGE),
        ("video.mp4", lambda: b"\x00\x00\x00\x18ftypmp42" + bytes(5000), Preview.NOT_IMAGE),
        ("empty.png", lambda: b"", Preview.NOT_IMAGE),
        ("cut.png", lambda: _png_declaring(400, 400)[:60], Preview.BROKEN),
        ("bomb.png", lambda: _png_declaring(30_000, 30_000), Preview.TOO_LARGE),
        ("big.png", lambda: _png_declaring(10_000, 6_000), Preview.TOO_LARGE),
        ("liar.png", lambda: b"\x89PNG\r\n\x1a\n" + bytes(300), Preview.NOT_IMAGE),
    ],
)
@pytest.mark.timeout(60)  # a hostile file must not hang the import
def test_unpreviewable_files_are_kept(
    service: VaultService, tmp_path: Path, name: str, make: Callable[[], bytes], preview: str
) -> None:
    data = make()
    source = tmp_path / name
    source.write_bytes(data)
    item = service.add_file(source, case_id=1)
    # What was decided, not how long it took: a bomb is refused by the size it declares
    # (too large), never decoded; the timeout above ends an import that would hang.
    assert item.preview == preview
    assert item.sha256 == hashlib.sha256(data).hexdigest()
    assert service.original_bytes(item.id) == data


def test_truncated_jpeg_has_no_preview(tmp_path: Path) -> None:
    path = tmp_path / "cut.jpg"
    buffer = io.BytesIO()
    Image.effect_noise((200, 200), 50).convert("RGB").save(buffer, "JPEG")
    path.write_bytes(buffer.getvalue()[: len(buffer.getvalue()) // 2])
    assert images.probe(path).preview == Preview.BROKEN


def test_exif_date_and_size_are_read(tmp_path: Path) -> None:
    path = tmp_path / "photo.jpg"
    path.write_bytes(_jpeg_with_exif())
    found = images.probe(path)
    assert (found.preview, found.width, found.height) == (Preview.IMAGE, 32, 16)
    assert found.exif_date == "2026:03:14 09:26:53"
    assert found.mime_type == "image/jpeg"


def test_bomb_warning_is_an_error(tmp_path: Path) -> None:
    """Pillow's decompression-bomb warning stops the decoding; it is never just printed."""
    path = tmp_path / "big.png"
    path.write_bytes(_png_declaring(10_000, 6_000))
    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always")
        assert images.probe(path).preview == Preview.TOO_LARGE
        images.install_bomb_guard()
        with pytest.raises(Image.DecompressionBombWarning):
            Image.open(path)
    assert seen == []


def _png_without_pixels(width: int, height: int) -> bytes:
    """Every chunk valid (CRCs right), but the image data is a few bytes: it cannot decode."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00" * 10))
        + chunk(b"IEND", b"")
    )


def test_a_png_with_valid_chunks_but_no_pixels_has_no_preview(tmp_path: Path) -> None:
    path = tmp_path / "hollow.png"
    path.write_bytes(_png_without_pixels(7000, 7000))
    assert images.probe(path).preview == Preview.BROKEN
    # Only the checksums: what the app does for PNGs it encoded itself.
    assert images.probe(path, decode=False).preview == Preview.IMAGE


def test_a_heic_photo_from_a_phone_gets_a_preview(service: VaultService, tmp_path: Path) -> None:
    buffer = io.BytesIO()
    Image.new("RGB", (64, 48), (250, 10, 10)).save(buffer, format="HEIF")
    source = tmp_path / "IMG_0042.HEIC"
    source.write_bytes(buffer.getvalue())
    item = service.add_file(source, case_id=1)
    assert (item.preview, item.mime_type, item.width, item.height) == (
        Preview.IMAGE,
        "image/heif",
        64,
        48,
    )
    assert service.original_bytes(item.id) == buffer.getvalue()
