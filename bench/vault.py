"""Benchmark: storing a screenshot, and unlocking, each against its own baseline.

Prints ratios measured in the same run on the same machine, never absolute targets:
- storing a 1.5 MB screenshot in the vault (hash, encrypt, WAL, fsync, audit entry)
  against writing the same bytes to a plain file with fsync;
- the same store against the vault's storage alone: the same bytes inserted in rows
  of the vault's chunk size and committed, in a SQLCipher database opened as the vault's
  is (`storage.database.open_database`: its pages, WAL, synchronous=FULL), and nothing
  else; and that bare commit against the plain write, which is the floor of any store
  into the encrypted database on the machine's disk;
- unlocking the vault against the Argon2id derivation alone (the unlock's floor), in
  pairs: the derivation's median plus the median of what each unlock took beyond the
  derivation just before it.

Run: `python bench/vault.py [--rounds N]`.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import os
import random
import statistics
import tempfile
import time
from pathlib import Path

from PIL import Image, ImageDraw

from evidence_app.storage import database
from evidence_app.storage.keyheader import KeyHeader, calibrate, derive
from evidence_app.vault.base import CHUNK_SIZE
from evidence_app.vault.service import VaultService
from table import Row, report  # bench/table.py

PASSPHRASE = "benchmark passphrase for the vault"


def screenshot_png(target_bytes: int = 1_500_000) -> bytes:
    """A 1920x1080 PNG with text-like structure and some noise, near `target_bytes`."""
    rng = random.Random(42)
    img = Image.new("RGB", (1920, 1080), "white")
    draw = ImageDraw.Draw(img)
    for y in range(0, 1080, 18):
        for x in range(0, 1920, rng.randint(30, 90)):
            draw.rectangle(
                (x, y + 4, x + rng.randint(10, 60), y + 14), fill=(rng.randint(0, 90),) * 3
            )
    noisy_rows = 60
    while True:
        noise = Image.frombytes("RGB", (1920, noisy_rows), rng.randbytes(1920 * noisy_rows * 3))
        img.paste(noise, (0, 1080 - noisy_rows))
        buffer = io.BytesIO()
        img.save(buffer, "PNG")
        if buffer.tell() >= target_bytes or noisy_rows >= 1080:
            return buffer.getvalue()
        noisy_rows += 40


def plain_write(folder: Path, data: bytes, n: int) -> None:
    path = folder / f"plain{n}.png"
    with path.open("wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def bare_database(path: Path) -> database.Connection:
    """A new encrypted database opened as the vault's is, with one table of chunks."""
    conn = database.open_database(path, os.urandom(32))
    conn.execute(
        "CREATE TABLE chunks (item_id INTEGER, seq INTEGER, data BLOB, PRIMARY KEY (item_id, seq))"
    )
    return conn


def bare_store(conn: database.Connection, data: bytes, n: int) -> None:
    """The same bytes in rows of the vault's chunk size, in one committed transaction
    (SQLCipher's own: without the vault's probe for damaged pages before the commit)."""
    conn.execute("BEGIN IMMEDIATE")
    for seq, start in enumerate(range(0, len(data), CHUNK_SIZE)):
        conn.execute(
            "INSERT INTO chunks VALUES (?, ?, ?)", (n, seq, data[start : start + CHUNK_SIZE])
        )
    conn.execute("COMMIT")


def timed(func: object, rounds: int) -> float:
    samples = []
    for n in range(rounds):
        start = time.perf_counter()
        func(n)  # type: ignore[operator]
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=15)
    args = parser.parse_args()
    data = screenshot_png()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        source = folder / "screenshot.png"
        source.write_bytes(data)
        params = calibrate()
        service, _ = VaultService.create(folder / "vault", PASSPHRASE, kdf=params)
        case_id = service.cases()[0].id
        store = timed(lambda n: service.add_file(source, case_id=case_id), args.rounds)
        capture = timed(
            lambda n: service.add_bytes(
                data, case_id=case_id, original_name="s.png", kind="screen", capture_method="bench"
            ),
            args.rounds,
        )
        plain = timed(lambda n: plain_write(folder, data, n), args.rounds)
        bare_conn = bare_database(folder / "bare.db")
        bare_store(bare_conn, data, -1)  # warm up, as the vault was by its first store
        bare = timed(lambda n: bare_store(bare_conn, data, n), args.rounds)
        bare_conn.close()
        sha = timed(lambda n: hashlib.sha256(data).digest(), args.rounds)
        service.lock()

        header = KeyHeader.from_bytes((folder / "vault" / "vault.key").read_bytes())
        # In pairs, one after the other: Argon2id's time drifts by tens of ms from run to
        # run, as much as the rest of an unlock; each unlock is set against the derivation
        # just before it (as `bench/listing.py` does).
        pairs = [
            (
                timed(lambda n: derive(PASSPHRASE, header.salt, header.kdf), 1),
                timed(lambda n: VaultService.unlock(folder / "vault", PASSPHRASE).lock(), 1),
            )
            for _ in range(5)
        ]
        kdf = statistics.median(k for k, _ in pairs)
        unlock = kdf + statistics.median(u - k for k, u in pairs)

    print(f"screenshot: {len(data) / 1e6:.2f} MB PNG, {args.rounds} rounds, medians")
    print(f"import a file    {store * 1000:8.1f} ms  (every pixel decoded: is the picture whole?)")
    print(f"store a capture  {capture * 1000:8.1f} ms  (our own PNG: chunk checksums only)")
    print(f"plain + fsync    {plain * 1000:8.1f} ms")
    print(f"bare SQLCipher   {bare * 1000:8.1f} ms  (the same bytes inserted and committed)")
    print(f"SHA-256 alone    {sha * 1000:8.1f} ms")
    print(f"import / plain   {store / plain:8.2f}x")
    print(f"capture / plain  {capture / plain:8.2f}x")
    cost = f"t={params.time_cost}, m={params.memory_kib // 1024} MiB"
    print(f"argon2id alone   {kdf * 1000:8.1f} ms  ({cost})")
    print(f"unlock           {unlock * 1000:8.1f} ms  (beyond it: {(unlock - kdf) * 1000:.1f} ms)")
    print(f"unlock / argon2  {unlock / kdf:8.2f}x")
    report(
        [
            Row(
                "import a 1.5 MB screenshot / plain write + fsync",
                store * 1000,
                plain * 1000,
                "ms",
                "≤ 3×",
            ),
            Row(
                "store a 1.5 MB capture / plain write + fsync",
                capture * 1000,
                plain * 1000,
                "ms",
                "≤ 3×",
            ),
            Row(
                "store a 1.5 MB capture / bare SQLCipher commit",
                capture * 1000,
                bare * 1000,
                "ms",
                "—",
            ),
            Row(
                "bare SQLCipher commit / plain write + fsync",
                bare * 1000,
                plain * 1000,
                "ms",
                "—",
            ),
            Row("unlock / Argon2id alone", unlock * 1000, kdf * 1000, "ms", "KDF + 100 ms"),
        ]
    )


if __name__ == "__main__":
    main()
