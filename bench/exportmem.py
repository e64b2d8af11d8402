"""Benchmark: export memory stays flat whatever the pictures; the PDF keeps pace with img2pdf.

Each figure is a ratio against a baseline measured in the same run:

1. Size of one picture. A vault holding one 49-megapixel RGBA PNG (7000×7000,
   drawn like a screenshot: flat, blocks, text; about 0.5 MB) against a vault
   holding one 1920×1080 RGBA PNG: the peak memory of exporting each (the
   bundle: dossier.pdf and the originals, in a folder). Target: the same peak,
   within 10 %. And the time to write dossier.pdf against img2pdf writing a
   PDF of the same PNG (img2pdf decodes an RGBA PNG whole and re-encodes it).
2. Number of pictures (`--many N`, 2000 by default, 0 to skip): a vault of N
   1920×1080 screenshots against one of 20: the peak memory of exporting each
   (bundle folder; `--archives` adds a ZIP, and a 7z with a password). Target: within 10 %,
   and under 150 MiB. And the time to write dossier.pdf against img2pdf on the
   same N files. Target: at most 1.2×.

Times are the best of `--rounds` runs, each in a fresh process, img2pdf's and
ours in turn. Peak memory is measured in a fresh process per export: Linux's
high-water mark of resident memory (VmHWM), reset just before the export
starts (/proc/self/clear_refs), so the unlock (Argon2id) is not counted; the
resident size at that moment, mostly Python, Qt Core, Pillow, fpdf2 and
SQLCipher as imported, is printed beside it. Without /proc the whole
process's peak is used.

Run: `python bench/exportmem.py [--many 2000] [--rounds 2] [--archives] [--phases]`.
`--phases` also prints, for each export, where the resident memory grew: each step of 2 MiB
with the functions of the app the export was in then (a thread looks every 10 ms).
"""

from __future__ import annotations

import argparse
import io
import json
import random
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from PIL import Image, ImageDraw

from evidence_app import source_lines
from evidence_app.domain.passphrase import accept, forget_word_lists
from evidence_app.export import build_dossier, export_dossier
from evidence_app.export.pdf import write_dossier_pdf
from evidence_app.storage.keyheader import KdfParams
from evidence_app.vault.service import VaultService
from table import Row, report  # bench/table.py

PASSPHRASE = "benchmark passphrase for the vault"
FAST = KdfParams(1, 64 * 1024, 1)  # unlock is not what is measured
SAME_WITHIN = 1.10
MANY_PEAK_MIB = 150
TIME_TARGET = 1.2
PASSWORD = "Wachtwoord voor de politie 2026!"  # a 7z's (hard enough to guess)


def drawing(size: tuple[int, int], seed: int, mode: str = "RGBA", blocks: int = 300) -> bytes:
    """A PNG drawn like a screenshot: flat background, coloured blocks, lines of text."""
    rng = random.Random(seed)
    img = Image.new(mode, size, (246, 246, 250, 255)[: len(mode)])
    draw = ImageDraw.Draw(img)
    for n in range(blocks):
        x, y = rng.randrange(size[0]), rng.randrange(size[1])
        colour = tuple(rng.randrange(256) for _ in range(4))[: len(mode)]
        draw.rectangle((x, y, x + rng.randrange(400), y + rng.randrange(80)), fill=colour)
        draw.text((x + 4, y + 4), f"bericht {seed}-{n}", fill=(0, 0, 0, 255)[: len(mode)])
    buffer = io.BytesIO()
    img.save(buffer, "PNG")
    return buffer.getvalue()


def make_vault(folder: Path, pictures: list[Path]) -> Path:
    vault = folder / "vault"
    service, _ = VaultService.create(vault, PASSPHRASE, kdf=FAST)
    case = service.cases()[0]
    for n, path in enumerate(pictures):
        service.add_file(path, case_id=case.id, url=f"https://x.com/someone/status/{n}")
    service.lock()
    return vault


def _status(key: str) -> float | None:
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith(key):
                    return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


class Phases:
    """Where the export was each time its resident memory had grown by 2 MiB more."""

    STEP = 2.0

    def __init__(self) -> None:
        self._main = threading.get_ident()
        self._stop = threading.Event()
        self.steps: list[tuple[float, str]] = []
        self._thread = threading.Thread(target=self._watch, daemon=True)

    def _where(self) -> str:
        frame = sys._current_frames().get(self._main)
        names: list[str] = []
        while frame is not None and len(names) < 3:
            if "evidence_app" in frame.f_code.co_filename:
                names.append(frame.f_code.co_name)
            frame = frame.f_back
        return " < ".join(names)

    def _watch(self) -> None:
        last = 0.0
        while not self._stop.wait(0.01):
            resident = _status("VmRSS:") or 0.0
            if resident - last >= self.STEP:
                self.steps.append((resident, self._where()))
                last = resident

    def __enter__(self) -> Phases:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def child(vault: Path, target: Path, password: str | None, phases: bool = False) -> None:
    """Export `vault` to `target` and print {before, peak} in MiB as JSON (with `phases`,
    first the steps in which the resident memory grew)."""
    service = VaultService.unlock(vault, PASSPHRASE)
    # As `evidence-app export` does: the password checked as it is typed, then its word
    # lists and the source lines the imports read let go of.
    if password is not None:
        password = accept(password)
        forget_word_lists()
    source_lines.forget()
    before = _status("VmRSS:")
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as refs:
            refs.write("5")  # the high-water mark starts again from here
    except OSError:
        before = None
        print(
            "the high-water mark could not be reset: the peak includes the unlock", file=sys.stderr
        )
    start = time.perf_counter()
    if phases:
        with Phases() as watched:
            export_dossier(service, target, password=password)
        for resident, where in watched.steps:
            print(f"      {resident:7.1f} MiB  {where}")
    else:
        export_dossier(service, target, password=password)
    seconds = time.perf_counter() - start
    peak = _status("VmHWM:") if before is not None else None
    if peak is None:
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    service.lock()
    print(json.dumps({"before": before, "peak": peak, "seconds": seconds}))


PHASES = False  # --phases


def measured(vault: Path, target: Path, password: str | None = None) -> dict[str, float]:
    command = [sys.executable, __file__, "--child", str(vault), str(target)]
    if password:
        command += ["--password", password]
    if PHASES:
        command.append("--phases")
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    if PHASES:
        print(f"    where the memory of exporting {vault.parent.name} grew:")
        print("\n".join(done.stdout.splitlines()[:-1]))
    result: dict[str, float] = json.loads(done.stdout.splitlines()[-1])
    return result


def time_child(kind: str, vault: Path, pictures: Path) -> None:
    """Print the seconds taken to write dossier.pdf of `vault` (kind "pdf"), or to have img2pdf
    write a PDF of the pictures listed in the file `pictures` (kind "img2pdf")."""
    if kind == "pdf":
        service = VaultService.unlock(vault, PASSPHRASE)
        dossier = build_dossier(service, language="nl")
        start = time.perf_counter()
        with (vault.parent / "dossier.pdf").open("wb") as out:
            write_dossier_pdf(dossier, service, out)
        seconds = time.perf_counter() - start
        service.lock()
    else:
        import img2pdf

        Image.MAX_IMAGE_PIXELS = None  # img2pdf opens the 49-megapixel picture with Pillow
        files = pictures.read_text(encoding="utf-8").splitlines()
        start = time.perf_counter()
        with (vault.parent / "img2pdf.pdf").open("wb") as out:
            img2pdf.convert(files, outputstream=out)
        seconds = time.perf_counter() - start
    print(json.dumps(seconds))


def pdf_against_img2pdf(vault: Path, pictures: list[Path], rounds: int) -> float:
    """Seconds for dossier.pdf / seconds for img2pdf, the best of `rounds` each.

    Each round runs in fresh processes, img2pdf's and ours in turn, so that
    neither inherits the other's heap and a busy moment of the machine is
    less likely to fall on one side only.
    """
    listing = vault.parent / "pictures.txt"
    listing.write_text("\n".join(str(p) for p in pictures), encoding="utf-8")
    samples: dict[str, list[float]] = {"img2pdf": [], "pdf": []}
    for _ in range(rounds):
        for kind, found in samples.items():
            command = [sys.executable, __file__, "--time", kind, str(vault), str(listing)]
            done = subprocess.run(command, capture_output=True, text=True, check=True)
            found.append(json.loads(done.stdout.splitlines()[-1]))
    t_base, t_ours = min(samples["img2pdf"]), min(samples["pdf"])
    print(f"    img2pdf {t_base:7.2f} s   dossier.pdf {t_ours:7.2f} s   (best of {rounds} each)")
    return t_ours / t_base


def line(name: str, result: dict[str, float]) -> str:
    before = f"{result['before']:.0f}" if result["before"] is not None else "?"
    return (
        f"    {name:<32} peak {result['peak']:6.0f} MiB"
        f"  (resident before the export: {before} MiB; {result['seconds']:.1f} s)"
    )


def verdict(ratio: float, target: float) -> str:
    return "within target" if ratio <= target else "OVER target"


def one_picture(folder: Path, rounds: int) -> list[Row]:
    print("1. One picture: 49 megapixels against 1920x1080, both RGBA PNG")
    big, small = folder / "big.png", folder / "small.png"
    big.write_bytes(drawing((7000, 7000), 1))
    small.write_bytes(drawing((1920, 1080), 2, blocks=60))
    sizes = f"{big.stat().st_size / 1e6:.2f} MB and {small.stat().st_size / 1e6:.2f} MB"
    print(f"    the PNGs: {sizes}")
    big_vault = make_vault(folder / "big", [big])
    small_vault = make_vault(folder / "small", [small])
    peak_big = measured(big_vault, folder / "big-out")
    peak_small = measured(small_vault, folder / "small-out")
    print(line("export, one 49-MP RGBA PNG", peak_big))
    print(line("export, one 1920x1080 RGBA PNG", peak_small))
    ratio = peak_big["peak"] / peak_small["peak"]
    print(f"    peak ratio {ratio:.2f}x ({verdict(ratio, SAME_WITHIN)} <= {SAME_WITHIN}x)")
    time_ratio = pdf_against_img2pdf(big_vault, [big], rounds)
    print(f"    time ratio {time_ratio:.2f}x against img2pdf on the same PNG")
    return [
        Row(
            "export peak memory, one 49-MP PNG / one 1920×1080",
            peak_big["peak"],
            peak_small["peak"],
            "MiB",
            f"≤ {SAME_WITHIN}×",
        )
    ]


def many_pictures(folder: Path, count: int, rounds: int, with_archives: bool) -> list[Row]:
    print(f"2. Many pictures: {count} screenshots against 20 (1920x1080 RGB PNG)")
    shots = folder / "shots"
    shots.mkdir()
    base = Image.open(io.BytesIO(drawing((1920, 1080), 7, mode="RGB", blocks=120)))
    pictures = []
    for n in range(count):
        img = base.copy()
        ImageDraw.Draw(img).text((20, 20 + (n % 50) * 20), f"screenshot {n}", fill=(0, 0, 0))
        path = shots / f"shot-{n:05}.png"
        img.save(path, "PNG")  # different bytes per file: nothing is shared
        pictures.append(path)
    size = sum(p.stat().st_size for p in pictures) / 1e6
    print(f"    {count} PNGs, {size:.0f} MB")
    many = make_vault(folder / "many", pictures)
    few = make_vault(folder / "few", pictures[:20])
    results = {
        f"export, {count} screenshots": measured(many, folder / "many-out"),
        "export, 20 screenshots": measured(few, folder / "few-out"),
    }
    if with_archives:
        results[f"ZIP, {count} screenshots"] = measured(many, folder / "many.zip")
        results["ZIP, 20 screenshots"] = measured(few, folder / "few.zip")
        results[f"7z, {count} screenshots"] = measured(many, folder / "many.7z", PASSWORD)
        results["7z, 20 screenshots"] = measured(few, folder / "few.7z", PASSWORD)
    for name, result in results.items():
        print(line(name, result))
    ratio = (
        results[f"export, {count} screenshots"]["peak"] / results["export, 20 screenshots"]["peak"]
    )
    peak = results[f"export, {count} screenshots"]["peak"]
    print(f"    peak ratio {ratio:.2f}x ({verdict(ratio, SAME_WITHIN)} <= {SAME_WITHIN}x)")
    print(f"    peak {peak:.0f} MiB ({verdict(peak, MANY_PEAK_MIB)} < {MANY_PEAK_MIB} MiB)")
    time_ratio = pdf_against_img2pdf(many, pictures, rounds)
    print(
        f"    time ratio {time_ratio:.2f}x ({verdict(time_ratio, TIME_TARGET)} <= {TIME_TARGET}x)"
    )
    rows = [
        Row(
            f"export peak memory, {count} screenshots / 20",
            peak,
            results["export, 20 screenshots"]["peak"],
            "MiB",
            f"≤ {SAME_WITHIN}×, < {MANY_PEAK_MIB} MiB",
        )
    ]
    if with_archives:
        rows += [
            Row(
                f"{kind} peak memory, {count} screenshots / 20",
                results[f"{kind}, {count} screenshots"]["peak"],
                results[f"{kind}, 20 screenshots"]["peak"],
                "MiB",
                f"≤ {SAME_WITHIN}×, < {MANY_PEAK_MIB} MiB",
            )
            for kind in ("ZIP", "7z")
        ]
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--many", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--archives", action="store_true", help="also a ZIP and a 7z")
    parser.add_argument("--phases", action="store_true", help="where the memory grew")
    parser.add_argument("--child", nargs=2, type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--password", help=argparse.SUPPRESS)
    parser.add_argument("--time", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        vault, target = args.child
        child(vault, target, args.password, args.phases)
        return
    global PHASES
    PHASES = args.phases
    if args.time:
        time_child(args.time[0], Path(args.time[1]), Path(args.time[2]))
        return
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        rows = one_picture(folder, args.rounds)
        if args.many:
            rows += many_pictures(folder, args.many, args.rounds, args.archives)
    report(rows)


if __name__ == "__main__":
    main()
