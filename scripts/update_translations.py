"""Update every translation source (.ts) from the code, and compile each into its .qm.

    python scripts/update_translations.py            # lupdate, then lrelease
    python scripts/update_translations.py --check    # exit 1 if a .qm is not its .ts compiled

The window's texts are in `bewijskluis_<lang>.ts` (from `app.py` and `gui/`), the
dossier's in `dossier_<lang>.ts` (from `export/`). Both the .ts and the .qm files
are committed (as Vorta does): a checkout, an editable install and a wheel then
have the same translations with no build step, and `--check` (run by the tests)
keeps the .qm true to the .ts. Translators edit the .ts files with Qt Linguist
(`pyside6-linguist`), then run this script.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "evidence_app"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("nl", "fr", "en")


def _tool(name: str) -> str:
    """The Qt tool shipped with the PySide6 of this interpreter."""
    import PySide6

    folder = Path(PySide6.__file__).parent
    for candidate in (folder / name, folder / f"{name}.exe", folder / "Qt" / "libexec" / name):
        if candidate.exists():
            return str(candidate)
    return f"pyside6-{name}"


def sources() -> list[Path]:
    return [PACKAGE / "app.py", *sorted((PACKAGE / "gui").rglob("*.py"))]


def update() -> None:
    """The window's texts (`bewijskluis_*.ts`) and the dossier's (`dossier_*.ts`)."""
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    window = [str(path.relative_to(ROOT)) for path in sources()]
    dossier = [str((PACKAGE / "export").relative_to(ROOT))]
    for code in LANGUAGES:
        for stem, files in (("bewijskluis", window), ("dossier", dossier)):
            ts = TRANSLATIONS / f"{stem}_{code}.ts"
            subprocess.run(
                [
                    _tool("lupdate"),
                    "-extensions",
                    "py",
                    "-no-obsolete",
                    "-locations",
                    "none",
                    "-source-language",
                    "en",
                    "-target-language",
                    code,
                    *files,
                    "-ts",
                    str(ts.relative_to(ROOT)),
                ],
                cwd=ROOT,
                check=True,
            )


def release(folder: Path = TRANSLATIONS) -> None:
    """Compile every .ts into `folder` (beside the .ts by default)."""
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        qm = folder / ts.with_suffix(".qm").name
        subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def stale() -> list[str]:
    """The .qm files that are not their .ts compiled now (missing ones too)."""
    with tempfile.TemporaryDirectory() as temp:
        release(Path(temp))
        return [
            qm.name
            for qm in sorted(Path(temp).glob("*.qm"))
            if not (TRANSLATIONS / qm.name).is_file()
            or (TRANSLATIONS / qm.name).read_bytes() != qm.read_bytes()
        ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="only say whether every .qm is up to date"
    )
    parser.add_argument("--release", action="store_true", help=argparse.SUPPRESS)  # the default
    args = parser.parse_args(argv)
    if args.check:
        old = stale()
        for name in old:
            print(f"{name} is not up to date: run scripts/update_translations.py", file=sys.stderr)
        return 1 if old else 0
    update()
    release()
    return 0


if __name__ == "__main__":
    sys.exit(main())
