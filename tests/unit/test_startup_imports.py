"""The window starts without the PDF code and the command line without Qt's widgets:
each is loaded when it is first needed (bench/startup.py times the start itself)."""

from __future__ import annotations

import subprocess
import sys


def _loaded(statement: str, modules: tuple[str, ...]) -> list[str]:
    probe = f"import sys; {statement}; print(','.join(m for m in {modules!r} if m in sys.modules))"
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=120
    )
    return [name for name in done.stdout.strip().split(",") if name]


def test_the_window_starts_without_the_pdf_code() -> None:
    heavy = ("fpdf", "fontTools", "pikepdf", "py7zr", "evidence_app.export.bundle", "zxcvbn")
    assert _loaded("import evidence_app.app", heavy) == []


def test_the_command_line_starts_without_the_widgets_or_the_pdf_code() -> None:
    heavy = ("PySide6.QtWidgets", "fpdf", "evidence_app.export.pdf", "zxcvbn")
    assert _loaded("import evidence_app.cli.main", heavy) == []


def test_the_export_names_are_there_when_asked_for() -> None:
    names = "from evidence_app.export import export_dossier, verify_bundle, Region, screen"
    assert _loaded(names, ("fpdf",)) == ["fpdf"]


def test_the_passphrase_scorer_is_loaded_when_a_passphrase_is_scored() -> None:
    """zxcvbn's word lists (14 MiB) are for a new passphrase, not for an unlock or an export."""
    scored = "from evidence_app.domain import passphrase; passphrase.strength('a long passphrase')"
    assert _loaded("import evidence_app.vault.service", ("zxcvbn",)) == []
    assert _loaded(scored, ("zxcvbn",)) == ["zxcvbn"]


def test_an_export_without_a_password_does_without_py7zr() -> None:
    """py7zr (6 MiB) makes the 7z of an export with a password; the others never load it."""
    writer = "from evidence_app.export import bundle"
    assert _loaded(writer, ("py7zr", "fpdf")) == ["fpdf"]
