"""Pictures made for a test."""

from __future__ import annotations

import io
import random
from pathlib import Path

from PIL import Image


def noise_png(path: Path, width: int = 120, height: int = 80, seed: int = 1) -> bytes:
    """Write a PNG of random pixels (whose bytes occur nowhere else by chance); its bytes."""
    rng = random.Random(seed)
    img = Image.frombytes("RGB", (width, height), rng.randbytes(width * height * 3))
    buffer = io.BytesIO()
    img.save(buffer, "PNG")
    path.write_bytes(buffer.getvalue())
    return buffer.getvalue()
