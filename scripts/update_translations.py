"""Update the translation sources (.ts) from the code; optionally build the .qm files.

    python scripts/update_translations.py            # lupdate: new strings into the .ts
    python scripts/update_translations.py --release  # and lrelease: .qm beside them (dev only)

The .qm files are build products (gitignored); `pip install` makes them with
setup.py. Translators edit the .ts files with Qt Linguist (`pyside6-linguist`).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "src" / "evidence_app"
TRANSLATIONS = PACKAGE / "resources" / "translations"
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
    return [PACKAGE / "app.py", *sorted((PACKAGE / "gui").glob("*.py"))]


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


def release() -> None:
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--release", action="store_true", help="also build the .qm files")
    args = parser.parse_args(argv)
    update()
    if args.release:
        release()
    return 0


if __name__ == "__main__":
    sys.exit(main())
