"""The source lines PySide6's import hook has Python keep are let go of where the process
runs one thread: at the window's start and before an export (about 20 MiB from a checkout);
and a 7z export lets go of the password's word lists once the password is checked.

Each runs in a process of its own: what was imported, and which threads run, is its own.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers.vaults import PASSPHRASE, vault_with_a_post

# Prints how many files of the app and of fpdf2 `linecache` held after `BEFORE`, and how
# many of those it still holds after `STATEMENT`.
_PROBE = """
import linecache, os
def held(part):
    return {{name for name in list(linecache.cache) if part in name.replace(os.sep, "/")}}
{before}
app, fpdf = held("evidence_app/"), held("fpdf/")
{statement}
print(len(app), len(fpdf), len(app & held("evidence_app/")), len(fpdf & held("fpdf/")))
"""


def _run(code: str, *lines: str, **env: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, **env},
        input="".join(f"{line}\n" for line in lines or (PASSPHRASE,)),
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def _probe(before: str, statement: str = "", **env: str) -> list[int]:
    printed = _run(_PROBE.format(before=before, statement=statement), **env)
    return [int(n) for n in printed.split()[-4:]]


def test_importing_after_pyside6_keeps_the_source_lines() -> None:
    """What is let go of is there to begin with: the app's modules and fpdf2's, read by
    PySide6's hook as they were imported after it."""
    app, fpdf, _, _ = _probe("import evidence_app.app, evidence_app.export.pdf")
    assert app > 50
    assert fpdf > 10


@pytest.mark.skipif(sys.platform != "linux", reason="elsewhere there is always a screen")
def test_the_window_lets_go_of_them_as_it_starts(tmp_path: Path) -> None:
    """Without a screen `run_gui` says so and returns: after it let go of the lines."""
    no_screen = {"DISPLAY": "", "WAYLAND_DISPLAY": "", "QT_QPA_PLATFORM": "xcb"}
    start = (
        "from evidence_app.paths import resolve; "
        f"evidence_app.app.run_gui(resolve({str(tmp_path)!r}), ['x'])"
    )
    app, _, kept, _ = _probe("import evidence_app.app", start, **no_screen)
    assert app > 50
    assert kept == 0


def test_the_export_command_lets_go_of_them_before_it_exports(tmp_path: Path) -> None:
    base = vault_with_a_post(tmp_path, "https://example.org/post/1")
    out = tmp_path / "dossier"
    export = (
        "from evidence_app.cli.main import main; "
        f"assert main(['--basedir', {str(base)!r}, 'export', '--out', {str(out)!r}]) == 0"
    )
    app, fpdf, app_kept, fpdf_kept = _probe(
        "from evidence_app.export import export_dossier", export
    )
    assert (app, fpdf) > (20, 10)
    assert (app_kept, fpdf_kept) == (0, 0)
    assert (out / "dossier.pdf").is_file()


def test_nothing_is_let_go_while_another_thread_runs_nor_lines_without_a_file() -> None:
    printed = _run(
        """
import linecache, threading
from evidence_app import source_lines
linecache.getlines(source_lines.__file__)
linecache.cache["<made>"] = (2, None, ["x\\n"], "<made>")  # a library's, with no file
waiting = threading.Event()
other = threading.Thread(target=waiting.wait)
other.start()
print(source_lines.forget(), source_lines.__file__ in linecache.cache)
waiting.set()
other.join()
print(source_lines.forget(), source_lines.__file__ in linecache.cache, "<made>" in linecache.cache)
"""
    )
    assert printed.split() == ["False", "True", "True", "False", "True"]


def test_the_word_lists_are_let_go_of_and_load_again_when_needed() -> None:
    printed = _run(
        """
import sys, weakref
from evidence_app.domain.passphrase import forget_word_lists, strength
first = strength("Wachtwoord voor de politie 2026!")
lists = weakref.ref(sys.modules["zxcvbn.frequency_lists"])
forget_word_lists()
print(first, lists() is None, sum(name.startswith("zxcvbn") for name in sys.modules))
print(strength("Wachtwoord voor de politie 2026!"), strength("aaaaaaaaaa"))
"""
    )
    assert printed.split() == ["4", "True", "0", "4", "0"]


def test_a_7z_export_lets_go_of_the_word_lists_before_it_exports(tmp_path: Path) -> None:
    base = vault_with_a_post(tmp_path, "https://example.org/post/1")
    out = tmp_path / "dossier.7z"
    password = "Wachtwoord voor de politie 2026!"
    # How many of zxcvbn's modules are loaded as the export starts, and once it is done.
    printed = _run(
        f"""
import sys
import evidence_app.export
from evidence_app.cli.main import main
def loaded():
    return sum(name.partition(".")[0] == "zxcvbn" for name in sys.modules)
export = evidence_app.export.export_dossier
def counted(*args, **kwargs):
    print("starts with", loaded())
    return export(*args, **kwargs)
evidence_app.export.export_dossier = counted
code = main(["--basedir", {str(base)!r}, "export", "--out", {str(out)!r}, "--password"])
print("ends with", loaded(), "code", code)
""",
        PASSPHRASE,
        password,
        password,
    )
    assert "starts with 0\n" in printed
    assert "ends with 0 code 0\n" in printed
    assert out.stat().st_size > 1000
