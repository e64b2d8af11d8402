"""Evidence for the export tests: pictures, a chat file and their items in a real vault;
the dossier's PDF read back with poppler.

Shared by tests/unit/test_export.py, test_export_7z.py, test_export_web.py and
tests/e2e/test_export_cli.py.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw

from evidence_app.domain.model import Item
from evidence_app.export import ExportResult, export_dossier, verify_bundle
from evidence_app.vault.service import VaultService

LONG_URL = (
    "https://www.instagram.com/p/"
    + "Cx9aB" * 50
    + "/?igsh="
    + "a1b2c3d4" * 25
    + "&utm_source=ig_web_copy_link"
)
SUMMARY = (
    "Op 3 maart zag ik dat mijn foto's gedeeld werden. Noël heeft ze doorgestuurd; "
    "ça a commencé en février, au collège François-Villon."
)


def screenshot(path: Path, size: tuple[int, int], seed: int, mode: str = "RGB") -> Path:
    """A screenshot-like picture: flat background, coloured blocks, a little text."""
    rng = random.Random(seed)
    img = Image.new(mode, size, (246, 246, 250, 255)[: len(mode)])
    draw = ImageDraw.Draw(img)
    for n in range(60):
        x, y = rng.randrange(size[0]), rng.randrange(size[1])
        colour = (rng.randrange(256), rng.randrange(256), rng.randrange(256), rng.randrange(256))
        draw.rectangle(
            (x, y, x + rng.randrange(400), y + rng.randrange(80)), fill=colour[: len(mode)]
        )
        draw.text((x + 4, y + 4), f"bericht {n}", fill=(0, 0, 0, 255)[: len(mode)])
    img.save(path, "JPEG" if path.suffix == ".jpg" else "PNG")
    return path


@dataclass
class Evidence:
    """What `add_evidence` stored: the items and the files they came from."""

    service: VaultService
    items: list[Item]
    files: list[Path]


def add_evidence(service: VaultService, folder: Path) -> Evidence:
    """A desktop screenshot, a phone screenshot with alpha, a JPEG photo, a palette PNG,
    and a non-image, with a very long URL and accented names."""
    folder.mkdir(exist_ok=True)
    palette = folder / "gif-like.png"
    screenshot(folder / "tmp.png", (300, 200), 9)
    Image.open(folder / "tmp.png").convert("P", palette=Image.Palette.ADAPTIVE).save(palette)
    (folder / "tmp.png").unlink()
    chat = folder / "chat export é.txt"
    chat.write_text("[21:03] X: je l'ai envoyée à toute la classe\n", encoding="utf-8")
    files = [
        screenshot(folder / "desktop.png", (1920, 1080), 1),
        screenshot(folder / "telefoon.png", (1080, 2400), 2, mode="RGBA"),
        screenshot(folder / "foto.jpg", (1600, 1200), 3),
        palette,
        chat,
    ]
    urls = [
        "https://www.instagram.com/stories/noel.dupont/3301234567890/",
        LONG_URL,
        "https://www.tiktok.com/@anoniem_123/video/7291234567890123456",
        "",
        "https://web.whatsapp.com/",
    ]
    posted_by = ["Noël Dupont", "x_françois", "Noël Dupont", "", "Zoë"]
    case = service.cases()[0]
    service.set_case_summary(case.id, SUMMARY)
    items = []
    for path, url, who in zip(files, urls, posted_by, strict=True):
        item = service.add_file(
            path, case_id=case.id, url=url, notes=f"Notitie bij {path.name}: ça"
        )
        if who:
            item = service.update_item(item.id, {"posted_by": who, "posted_at": "3 maart"})
        items.append(item)
    return Evidence(service, items, files)


def export(service: VaultService, target: Path, **options: Any) -> ExportResult:
    """Export a dossier (the call every export test makes)."""
    return export_dossier(service, target, **options)


def pdftext(pdf: Path) -> str:
    """The PDF's text as `pdftotext -layout` reads it."""
    return subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout


def squeeze(text: str) -> str:
    """`text` without any white space: what survives the PDF's line breaks."""
    return re.sub(r"\s+", "", text)


def forge(bundle: Path, change: Callable[[Path, dict[str, Any]], None]) -> list[str]:
    """Let `change(bundle, manifest)` rewrite files and the manifest, then recompute every
    fingerprint (the manifest's `files` and SHA256SUMS) as a careful forger would; verify."""
    path = bundle / "manifest.json"
    manifest = json.loads(path.read_text(encoding="utf-8"))
    change(bundle, manifest)
    for name in ("dossier.pdf", "VERIFY.txt"):
        data = (bundle / name).read_bytes()
        manifest["files"][name] = {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
    path.write_text(json.dumps(manifest), encoding="utf-8")
    names = sorted(
        p.relative_to(bundle).as_posix()
        for p in bundle.rglob("*")
        if p.is_file() and p.name != "SHA256SUMS"
    )
    (bundle / "SHA256SUMS").write_text(
        "".join(f"{hashlib.sha256((bundle / n).read_bytes()).hexdigest()}  {n}\n" for n in names)
    )
    subprocess.run(["sha256sum", "-c", "--quiet", "SHA256SUMS"], cwd=bundle, check=True)
    return [str(f) for f in verify_bundle(bundle)]
