"""Benchmark: the check of a large vault against reading its file with `cat` (issue 13).

A vault of `--gb` gigabytes of stored files (random bytes, 10 MB each, so that nothing
compresses or repeats) is checked as the window checks it (`check_report`: the structure
check on one thread, the records and files on another), and timed against
`cat vault.db > /dev/null` in the same run:

- with a cold cache, each read starting from the disk (the kernel's page cache is
  emptied before each: `/proc/sys/vm/drop_caches`, which needs root; without it this row
  is left out and says so);
- with a warm cache, the file in memory: the check's own cost (decrypting every page,
  checking its HMAC, hashing every file) against a plain copy of memory.

Each figure is the best of `--rounds`. Building the vault takes about 15 s per GB.

Run: `python bench/check.py [--gb 2] [--rounds 3] [--keep FOLDER]`.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import tempfile
import time
from pathlib import Path

from evidence_app.storage.keyheader import KdfParams
from evidence_app.vault.service import VAULT_DB, VaultService
from table import Row, report  # bench/table.py

PASSPHRASE = "benchmark passphrase for the vault"
FAST = KdfParams(1, 64 * 1024, 1)  # unlocking is not what is measured
PART = 10 * 1024 * 1024
DROP = Path("/proc/sys/vm/drop_caches")


def make_vault(folder: Path, gigabytes: float) -> None:
    service, _ = VaultService.create(folder, PASSPHRASE, kdf=FAST)
    source = folder.parent / "part.bin"
    for _ in range(max(1, round(gigabytes * 1e9 / PART))):
        source.write_bytes(os.urandom(PART))
        service.add_file(source, case_id=1)
    source.unlink()
    service.lock()


def cold() -> bool:
    """Empty the kernel's page cache, so that the next read comes from the disk."""
    try:
        os.sync()
        DROP.write_text("3\n", encoding="ascii")
    except OSError:
        return False
    return True


def timed_cat(db: Path) -> float:
    start = time.perf_counter()
    subprocess.run(["cat", str(db)], stdout=subprocess.DEVNULL, check=True)
    return time.perf_counter() - start


def timed_check(folder: Path) -> float:
    service = VaultService.unlock(folder, PASSPHRASE)
    try:
        start, processor = time.perf_counter(), time.process_time()
        found = service.check_report()
        took = time.perf_counter() - start
        used = time.process_time() - processor
    finally:
        service.lock()
    if found.problems:
        raise SystemExit(f"the check found problems: {found.problems[:3]}")
    print(f"  the check took {took:.2f} s, and {used:.2f} s of processor time on all its threads")
    return took


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gb", type=float, default=2.0)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="make (or reuse) the vault in this folder")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-check-") as temp:
        folder = args.keep or Path(temp) / "vault"
        if not (folder / VAULT_DB).exists():
            make_vault(folder, args.gb)
        db = folder / VAULT_DB
        size = db.stat().st_size / 1e9
        rows = []
        if cold():
            cat = check = float("inf")
            for _ in range(args.rounds):
                cold()
                cat = min(cat, timed_cat(db))
                cold()
                check = min(check, timed_check(folder))
            rows.append(
                Row(f"check {size:.1f} GB / cat vault.db, cold cache", check, cat, "s", "≈ 1×")
            )
        else:
            print("(no cold-cache row: emptying the page cache needs root)")
        timed_cat(db)  # into the cache
        cat = min(timed_cat(db) for _ in range(args.rounds))
        check = min(timed_check(folder) for _ in range(args.rounds))
        rows.append(Row(f"check {size:.1f} GB / cat vault.db, warm cache", check, cat, "s", "—"))
        report(rows)


if __name__ == "__main__":
    main()
