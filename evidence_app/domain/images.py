"""Telling whether a stored file can be shown as a picture, without trusting it.

Evidence can be anything: a phone photo, a video, a truncated download, or a
file made to exhaust memory when decoded (a decompression bomb). The file is
always stored as it is; this module only decides whether it gets a preview,
and reads its pixel size and the date a camera wrote into it.

Pillow's `DecompressionBombWarning` is turned into an error for the whole
process here, and the declared size is checked before any pixel is decoded.
"""

from __future__ import annotations

import mimetypes
import warnings
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

import pillow_heif
from PIL import Image, UnidentifiedImageError

from evidence_app.domain.model import Preview

# 50 megapixels covers any phone camera; beyond it the file is kept but not decoded.
MAX_PREVIEW_PIXELS = 50_000_000
Image.MAX_IMAGE_PIXELS = MAX_PREVIEW_PIXELS

# Phones save photos as HEIC (iPhones by default); pillow-heif lets Pillow read them.
# Only for the preview: the original bytes are stored and exported as they came.
pillow_heif.register_heif_opener()


def install_bomb_guard() -> None:
    """Make Pillow's decompression-bomb warning an error for the whole process."""
    warnings.simplefilter("error", Image.DecompressionBombWarning)


install_bomb_guard()

# How Pillow reports a damaged or hostile file while decoding it.
DECODE_ERRORS: tuple[type[BaseException], ...] = (
    OSError,
    ValueError,
    SyntaxError,
    EOFError,
    MemoryError,
    RuntimeError,
    Image.DecompressionBombError,
    Image.DecompressionBombWarning,
)

_EXIF_IFD = 0x8769
_DATETIME_ORIGINAL = 36867
_DATETIME = 306


@dataclass(frozen=True)
class Probe:
    """What the file is, as far as it can be known without trusting it."""

    preview: str
    mime_type: str
    width: int | None = None
    height: int | None = None
    exif_date: str = ""


def _guess_mime(name: str) -> str:
    return mimetypes.guess_type(name)[0] or "application/octet-stream"


def probe(source: Path | BinaryIO, name: str = "", *, decode: bool = True) -> Probe:
    """Open `source` as an image if it is one; any failure means "no preview", never a crash.

    `source` is a path or a seekable binary stream (bytes captured in memory);
    `name` helps guess the type of a stream that is not an image. With `decode`
    every pixel is decoded, so a file whose chunks are intact but whose pixel data
    is missing or short is found out; without it (for PNGs this app encoded
    itself from a screen grab) only the chunks' checksums are verified.
    """
    fallback = _guess_mime(name or (source.name if isinstance(source, Path) else ""))
    try:
        # Locally too: a test runner or a library may have reset the process-wide filter.
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            found = _probe_image(source, fallback, decode)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        return Probe(Preview.TOO_LARGE, fallback)
    except UnidentifiedImageError:
        return Probe(Preview.NOT_IMAGE, fallback)
    except DECODE_ERRORS:
        # Pillow reports damage in many ways; the file is kept either way.
        return Probe(Preview.BROKEN, fallback)
    return found


def _rewound(source: Path | BinaryIO) -> Path | BinaryIO:
    if not isinstance(source, Path):
        source.seek(0)
    return source


def _probe_image(source: Path | BinaryIO, fallback: str, decode: bool) -> Probe:
    with Image.open(_rewound(source)) as img:
        mime = Image.MIME.get(img.format or "", fallback)
        width, height = img.size
        if width * height > MAX_PREVIEW_PIXELS:
            return Probe(Preview.TOO_LARGE, mime, width, height)
        if img.format == "PNG" and not decode:
            # PNG keeps EXIF in a chunk; asking for it when there is none would decode
            # the whole image. verify() checks every chunk's CRC, which catches truncation
            # and damage at 1/40 of the cost of decoding.
            exif_date = _exif_date(img) if "exif" in img.info else ""
            img.verify()
        else:
            exif_date = _exif_date(img)
            img.load()  # decode every pixel: a truncated or corrupt file fails here
    return Probe(Preview.IMAGE, mime, width, height, exif_date)


def exif_moment(written: str) -> datetime | None:
    """An EXIF date as the camera wrote it (`2024:11:13 22:15:08`), read as a date and
    time without a zone (EXIF gives the camera's clock, not where it was); None if the
    text is not one."""
    try:
        return datetime.strptime(written.strip()[:19], "%Y:%m:%d %H:%M:%S")
    except ValueError:
        return None


def _exif_date(img: Image.Image) -> str:
    try:
        exif = img.getexif()
        value = exif.get_ifd(_EXIF_IFD).get(_DATETIME_ORIGINAL) or exif.get(_DATETIME)
    except Exception:
        return ""
    return str(value).strip("\x00 ") if value else ""


# Files that are, or may hold, a picture or a video: what a case about a minor does not
# keep without a second choice. Archives, mails, PDFs and web archives may carry pictures;
# a file whose kind is not known may be one.
_MAY_HOLD_TYPES = frozenset(
    {
        "",
        "application/octet-stream",
        "application/zip",
        "application/x-zip-compressed",
        "application/x-7z-compressed",
        "application/vnd.rar",
        "application/x-rar-compressed",
        "application/x-tar",
        "application/gzip",
        "application/x-bzip2",
        "application/x-xz",
        "application/pdf",
        "message/rfc822",
        "multipart/related",
        "application/x-mimearchive",
        "application/vnd.ms-outlook",
    }
)
_VIDEO_SUFFIXES = frozenset(
    {
        ".mp4",
        ".m4v",
        ".mov",
        ".mkv",
        ".webm",
        ".avi",
        ".wmv",
        ".3gp",
        ".3g2",
        ".ts",
        ".mts",
        ".flv",
        ".mpg",
        ".mpeg",
        ".ogv",
        ".heic",
        ".heif",
        ".gif",
        ".webp",
    }
)


def may_hold_pictures(mime_type: str, name: str = "") -> bool:
    """Whether a file of this type (and name) is or may hold a picture or a video."""
    mime_type = mime_type.lower()
    if mime_type.startswith(("image/", "video/")) or mime_type in _MAY_HOLD_TYPES:
        return True
    return Path(name).suffix.lower() in _VIDEO_SUFFIXES
