"""Build hook: compile the translation sources (.ts) into .qm files at install time.

The .qm files are build products and are never committed; `pip install .` makes
them with Qt's own `lrelease`, taken from the PySide6 that the build requires.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py


def _lrelease() -> Path:
    import PySide6

    name = "lrelease.exe" if sys.platform == "win32" else "lrelease"
    return Path(PySide6.__file__).parent / name


class BuildPyWithTranslations(build_py):
    """`build_py` that also writes `<lang>.qm` beside every `<lang>.ts`."""

    def run(self) -> None:
        super().run()
        out_dir = Path(self.build_lib) / "evidence_app" / "resources" / "translations"
        src_dir = Path(__file__).parent / "src" / "evidence_app" / "resources" / "translations"
        out_dir.mkdir(parents=True, exist_ok=True)
        for ts in sorted(src_dir.glob("*.ts")):
            qm = out_dir / (ts.stem + ".qm")
            subprocess.run([str(_lrelease()), "-silent", str(ts), "-qm", str(qm)], check=True)


setup(cmdclass={"build_py": BuildPyWithTranslations})
