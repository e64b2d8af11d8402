"""The source lines PySide6's import hook has Python keep are let go of where the process
runs one thread: at the window's start and before an export (about 20 MiB from a checkout)."""

from __future__ import annotations

import linecache
import os
import subprocess
import sys
import threading
from pathlib import Path

from evidence_app import source_lines
from tests.helpers.vaults import PASSPHRASE, vault_with_a_post

# Prints how many of the app's own modules and of fpdf2's `linecache` holds, before (when
# `BEFORE` is set) and after `STATEMENT`.
_PROBE = """
import linecache, os, sys
def held(part):
    return sum(1 for name in list(linecache.cache) if part in name.replace(os.sep, "/"))
{before}
{statement}
print(held("evidence_app/"), held("fpdf/"))
"""


def _probe(statement: str, before: str = "", **env: str) -> list[int]:
    done = subprocess.run(
        [sys.executable, "-c", _PROBE.format(before=before, statement=statement)],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, **env},
        input=f"{PASSPHRASE}\n",
    )
    assert done.returncode == 0, done.stderr
    return [int(n) for n in done.stdout.split()[-2:]]


def test_importing_after_pyside6_keeps_the_source_lines() -> None:
    """What is let go of is there to begin with: the app's modules and fpdf2's, read by
    PySide6's hook as they were imported after it."""
    app, fpdf = _probe("import evidence_app.app, evidence_app.export.pdf")
    assert app > 50
    assert fpdf > 10


def test_the_window_lets_go_of_them_as_it_starts(tmp_path: Path) -> None:
    """Without a screen `run_gui` says so and returns: after it let go of the lines."""
    no_screen = {"DISPLAY": "", "WAYLAND_DISPLAY": "", "QT_QPA_PLATFORM": "xcb"}
    before = "import evidence_app.app; assert held('evidence_app/') > 50"
    start = (
        "from evidence_app.paths import resolve; "
        f"evidence_app.app.run_gui(resolve({str(tmp_path)!r}), ['x'])"
    )
    assert _probe(start, before, **no_screen) == [0, 0]


def test_the_export_command_lets_go_of_them_before_it_exports(tmp_path: Path) -> None:
    base = vault_with_a_post(tmp_path, "https://example.org/post/1")
    out = tmp_path / "dossier"
    before = "from evidence_app.export import export_dossier; assert held('fpdf/') > 10"
    export = (
        "from evidence_app.cli.main import main; "
        f"assert main(['--basedir', {str(base)!r}, 'export', '--out', {str(out)!r}]) == 0"
    )
    assert _probe(export, before) == [0, 0]
    assert (out / "dossier.pdf").is_file()


def test_with_another_thread_running_nothing_is_let_go() -> None:
    linecache.getlines(source_lines.__file__)
    waiting = threading.Event()
    other = threading.Thread(target=waiting.wait)
    other.start()
    try:
        assert source_lines.forget() is False
        assert source_lines.__file__ in linecache.cache
    finally:
        waiting.set()
        other.join()
    assert source_lines.forget() is True
    assert linecache.cache == {}
