"""Benchmark: a 1920×1080 screen capture from "grabbed" to "committed" in the vault.

The baseline, measured in the same run: encode the same image to PNG with the
same settings and write it to a plain file with fsync. The capture adds what
makes it evidence: the image probe (PNG chunk CRCs), SHA-256, SQLCipher
encryption, the WAL with synchronous=FULL, and the audit entry. Target: ≤ 1.2×.

The image is a real rendering of text and a photo-like block (a QTextEdit full
of lines, with noise painted in), grabbed offscreen. The script also prints
the PNG compression levels considered, so the choice in `capture/png.py` can
be checked on any machine.

Run: `QT_QPA_PLATFORM=offscreen python bench/capture.py [--rounds N]`.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication, QTextEdit

from evidence_app.capture.png import PNG_QUALITY, encode_png
from evidence_app.domain.model import ItemKind
from evidence_app.storage.keyheader import KdfParams
from evidence_app.vault.service import VaultService
from table import Row, report  # bench/table.py

PASSPHRASE = "benchmark passphrase for the vault"


def screenshot() -> QImage:
    """A 1920×1080 image like a screen: lines of text and a noisy photo block."""
    editor = QTextEdit()
    editor.resize(1920, 1080)
    lines = (f"{i:03d} Lorem ipsum dolor sit amet, consectetur {i * 7919}" for i in range(200))
    editor.setPlainText("\n".join(lines))
    image = editor.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    rng = random.Random(1)
    photo = QImage(600, 400, QImage.Format.Format_RGB32)
    for y in range(400):
        for x in range(0, 600, 2):
            value = rng.getrandbits(24)
            photo.setPixel(x, y, value)
            photo.setPixel(x + 1, y, value)
    painter = QPainter(image)
    painter.drawImage(800, 300, photo)
    painter.end()
    return image


def baseline(image: QImage, folder: Path, index: int) -> float:
    start = time.perf_counter()
    data = encode_png(image)
    path = folder / f"plain{index}.png"
    with path.open("wb") as out:
        out.write(data)
        out.flush()
        os.fsync(out.fileno())
    return time.perf_counter() - start


def capture(image: QImage, service: VaultService, case_id: int, index: int) -> float:
    start = time.perf_counter()
    service.add_bytes(
        encode_png(image),
        case_id=case_id,
        original_name=f"screen{index}.png",
        kind=ItemKind.SCREEN,
        capture_method="screen-grab",
    )
    return time.perf_counter() - start


def png_levels(image: QImage) -> None:
    for quality, label in ((100, "level 0"), (80, "level 1"), (-1, "default (6)"), (0, "level 9")):
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        start = time.perf_counter()
        image.save(buffer, "PNG", quality)  # type: ignore[call-overload]
        took = time.perf_counter() - start
        chosen = " <- used" if quality == PNG_QUALITY else ""
        print(f"  PNG {label:12s} {took * 1000:6.0f} ms  {buffer.size() / 1e6:5.2f} MB{chosen}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=10)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    image = screenshot()
    print(f"image {image.width()}×{image.height()}, PNG {len(encode_png(image)) / 1e6:.2f} MB")
    png_levels(image)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        service, _ = VaultService.create(
            folder / "vault",
            PASSPHRASE,
            kdf=KdfParams(time_cost=1, memory_kib=65536, parallelism=1),
        )
        case_id = service.cases()[0].id
        capture(image, service, case_id, -1)  # warm up: first page allocations
        baseline(image, folder, -1)
        plain, stored = [], []
        for index in range(args.rounds):  # interleaved, so drift hits both alike
            plain.append(baseline(image, folder, index))
            stored.append(capture(image, service, case_id, index))
        service.lock()
    p, s = statistics.median(plain), statistics.median(stored)
    print(f"baseline (PNG encode + plain file + fsync): {p * 1000:6.1f} ms (median)")
    print(f"capture  (PNG encode + vault commit):       {s * 1000:6.1f} ms (median)")
    print(f"ratio {s / p:.2f}×  (target ≤ 1.2×)")
    report(
        [Row("capture 1920×1080 to commit / PNG + plain write", s * 1000, p * 1000, "ms", "≤ 1.2×")]
    )
    print(
        "what the vault adds beyond encoding: the PNG probe, SHA-256, SQLCipher's AES "
        "per page, WAL writes with fsync on commit, and the audit entry"
    )
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
