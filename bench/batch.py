"""Benchmark: a batch import of screenshots uses both cores (issue 13, goal 4).

N copies of a 1.5 MB screenshot (`vault.screenshot_png`) are imported three ways, each
into a vault of its own, and timed in the same run:

- as the window imports them (`gui.items.batch_import.BatchImport`, with real threads:
  the pictures decoded on the other cores, stored one after the other by the worker);
- one by one, as before this change (`add_file` for each, on one thread);
- as `evidence-app add` stores them, in this process (`item_store.prepared_ahead`: the
  next pictures decoded on the other cores while the one before is stored, without Qt;
  the command's start and unlock are not timed);
- written to plain files with fsync (the floor).

Also printed: how busy the cores were during the batch (process CPU time over wall time;
2.0 on two cores is both of them all the time).

Run: `python bench/batch.py [--files 100]`.
"""

from __future__ import annotations

import argparse
import contextlib
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QThread

from evidence_app.gui.items.batch_import import BatchImport
from evidence_app.storage.keyheader import KdfParams
from evidence_app.vault.item_store import prepared_ahead
from evidence_app.vault.service import VaultService
from table import Row, report  # bench/table.py
from vault import plain_write, screenshot_png  # bench/vault.py

PASSPHRASE = "benchmark passphrase for the vault"
FAST = KdfParams(1, 64 * 1024, 1)  # unlocking is not what is measured


def one_by_one(folder: Path, files: list[Path]) -> float:
    service, _ = VaultService.create(folder, PASSPHRASE, kdf=FAST)
    start = time.perf_counter()
    for path in files:
        service.add_file(path, case_id=1)
    took = time.perf_counter() - start
    service.lock()
    return took


def as_command(folder: Path, files: list[Path]) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of the command line's way."""
    service, _ = VaultService.create(folder, PASSPHRASE, kdf=FAST)
    cpu, start = time.process_time(), time.perf_counter()
    with contextlib.closing(prepared_ahead(files)) as prepared_files:
        stored = [service.add_file(p, case_id=1, prepared=ready) for p, ready in prepared_files]
    took, used = time.perf_counter() - start, time.process_time() - cpu
    if len(stored) != len(files):
        raise SystemExit(f"only {len(stored)} of {len(files)} files were stored")
    service.lock()
    return took, used


def as_batch(folder: Path, files: list[Path]) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of the window's batch import."""
    service, _ = VaultService.create(folder, PASSPHRASE, kdf=FAST)
    batch = BatchImport(service, 1, files)
    loop = QEventLoop()
    batch.finished.connect(lambda *_: loop.quit())
    cpu, start = time.process_time(), time.perf_counter()
    batch.start()
    loop.exec()
    took, used = time.perf_counter() - start, time.process_time() - cpu
    if len(batch.added) != len(files):
        raise SystemExit(f"only {len(batch.added)} of {len(files)} files were stored")
    service.lock()
    return took, used


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=100)
    args = parser.parse_args()
    QCoreApplication([])
    data = screenshot_png()
    with tempfile.TemporaryDirectory() as temp:
        base = Path(temp)
        sources = base / "phone"
        sources.mkdir()
        files = []
        for n in range(args.files):
            path = sources / f"Screenshot_{n:04d}.png"
            path.write_bytes(data)
            files.append(path)
        plain_folder = base / "plain"
        plain_folder.mkdir()
        start = time.perf_counter()
        for n in range(args.files):
            plain_write(plain_folder, data, n)
        plain = time.perf_counter() - start
        one_by_one(base / "warm", files[:3])  # Pillow's and SQLCipher's first use, apart
        single = one_by_one(base / "single", files)
        batch, cpu = as_batch(base / "batch", files)
        command, command_cpu = as_command(base / "command", files)
    cores = QThread.idealThreadCount()
    print(f"{args.files} files of {len(data) / 1e6:.2f} MB; {cores} cores")
    print(f"cores busy during the batch: {cpu / batch:.2f} of {cores}")
    print(f"cores busy during the command line's: {command_cpu / command:.2f} of {cores}")
    n = args.files
    report(
        [
            Row(
                f"batch import, {n} shots / plain writes + fsync",
                batch,
                plain,
                "s",
                "≤ 3×",
            ),
            Row(
                f"batch import, {n} shots / one by one",
                batch,
                single,
                "s",
                f"≈ 1/{cores} ({cores} cores)",
            ),
            Row(
                f"evidence-app add, {n} shots / one by one",
                command,
                single,
                "s",
                f"≈ 1/{cores} ({cores} cores)",
            ),
        ]
    )


if __name__ == "__main__":
    main()
