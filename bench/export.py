"""Benchmark: building the dossier PDF for 50 screenshots, against img2pdf on the same files.

img2pdf copies each PNG's compressed data into the PDF without decoding it: the
practical lower bound for a lossless image PDF. Ours does the same for the
images (see `export/pdfimage.py`) but also reads each original from the
encrypted vault, lays out the cover, the summary, the table and a page of text
per item, and subsets and embeds three fonts. Both write to a file in the same
temporary folder; the best of N rounds is compared. Target: at most 2x.

`--scripts` gives every item an address, a poster and a note in several scripts (Arabic,
Devanagari, Chinese, Japanese, Korean, Thai, emoji): the fallback fonts and text shaping at
work. `--no-shaping` measures the same without shaping (Arabic then reads reversed: for
measuring only).

Run: `python bench/export.py [--rounds N] [--count 50] [--scripts [--no-shaping]]`.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import img2pdf

from evidence_app.export.dossier import build_dossier
from evidence_app.export.pdf import write_dossier_pdf
from evidence_app.storage.keyheader import KdfParams
from evidence_app.vault.service import VaultService
from table import Row, report  # bench/table.py
from vault import screenshot_png

PASSPHRASE = "benchmark passphrase for the vault"
TARGET = 2.0
NOTE = (
    "Noël: ça va. Дмитрий написал мне. محمد أرسل الصورة إلى الجميع في المدرسة. "
    "प्रिया ने कहा। 王小明说 やまだ タロウ 김민준 สมชาย 😈🔥"
)


def best_of(func: Callable[[], None], rounds: int) -> float:
    samples = []
    for _ in range(rounds):
        start = time.perf_counter()
        func()
        samples.append(time.perf_counter() - start)
    return min(samples)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--count", type=int, default=50)
    parser.add_argument("--scripts", action="store_true", help="text in many scripts")
    parser.add_argument("--no-shaping", action="store_true", help="with --scripts: no shaping")
    args = parser.parse_args()
    if args.no_shaping:
        from evidence_app.export import pdf_layout

        pdf_layout.needs_shaping = lambda text: False  # type: ignore[assignment]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        shots = []
        for n in range(args.count):
            path = folder / f"shot-{n:03}.png"
            # Different bytes per file, so nothing is shared between images.
            path.write_bytes(screenshot_png(1_000_000 + n * 1000))
            shots.append(path)
        service, _ = VaultService.create(
            folder / "vault", PASSPHRASE, kdf=KdfParams(1, 64 * 1024, 1)
        )
        case = service.cases()[0]
        for n, path in enumerate(shots):
            if args.scripts:
                url = f"https://x.com/王小明/{n}"
                item = service.add_file(path, case_id=case.id, url=url, notes=NOTE)
                service.update_item(item.id, {"posted_by": "محمد العلي"})
            else:
                service.add_file(path, case_id=case.id, url=f"https://x.com/someone/status/{n}")
        dossier = build_dossier(service, language="nl")

        def ours() -> None:
            with (folder / "dossier.pdf").open("wb") as out:
                write_dossier_pdf(dossier, service, out)

        def baseline() -> None:
            with (folder / "img2pdf.pdf").open("wb") as out:
                out.write(img2pdf.convert([str(p) for p in shots]))

        def layout_only() -> None:
            # The same dossier without reading a single image: what the text costs.
            from evidence_app.export.pdf import DossierPdf
            from evidence_app.export.texts import Texts

            pdf = DossierPdf(dossier, service, Texts("nl"))
            pdf._cover()
            pdf._summary_and_persons()
            pdf._overview()
            for entry in dossier.items:
                pdf._item_page(entry)
            pdf.pdf.output()

        t_base = best_of(baseline, args.rounds)
        t_ours = best_of(ours, args.rounds)
        t_layout = best_of(layout_only, args.rounds)
        service.lock()
        ratio = t_ours / t_base
        size_mb = sum(p.stat().st_size for p in shots) / 1e6
        print(f"{args.count} screenshots of 1920x1080, {size_mb:.0f} MB of PNG")
        print(f"img2pdf:        {t_base * 1000:7.0f} ms")
        print(f"dossier.pdf:    {t_ours * 1000:7.0f} ms   ratio {ratio:.2f}x (target <= {TARGET}x)")
        print(f"  of which layout, text and fonts: {t_layout * 1000:.0f} ms")
        print(
            f"  the rest (reading originals from the vault, copying image data): "
            f"{(t_ours - t_layout) * 1000:.0f} ms"
        )
        verdict = "within" if ratio <= TARGET else f"{ratio / TARGET:.2f}x over"
        holder = (
            "fpdf2 laying out text and subsetting fonts"
            if t_layout > t_ours - t_layout
            else "reading the originals from the encrypted vault"
        )
        print(f"{verdict} the target; most of the time goes to {holder}.")
        report(
            [
                Row(
                    f"dossier PDF of {args.count} screenshots / img2pdf",
                    t_ours,
                    t_base,
                    "s",
                    f"≤ {TARGET}×",
                )
            ]
        )


if __name__ == "__main__":
    main()
