"""Running `evidence-app` as a real subprocess with a temporary base folder.

The fixtures that make these (`env`, `run`, `run_measured`) are in tests/e2e/conftest.py.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path


@dataclass
class Env:
    """The folders and environment variables of one test's subprocesses."""

    base: Path
    tmp: Path  # the subprocess's TMPDIR: checked for leaks
    home: Path  # its HOME and XDG folders: checked for leaks
    vars: dict[str, str]

    @property
    def vault_dir(self) -> Path:
        return self.base / "vault"


Run = Callable[..., subprocess.CompletedProcess[str]]
"""The `run` fixture: a subcommand run to its end, `lines` fed on standard input."""


def command(env: Env, *args: str) -> list[str]:
    """The command line of `evidence-app --basedir BASE ARGS…` in this Python."""
    return [sys.executable, "-m", "evidence_app", "--basedir", str(env.base), *args]


@dataclass
class Measured:
    """What the `run_measured` fixture saw of a subcommand."""

    returncode: int
    stdout: str
    stderr: str
    peak_kib: int  # the command's own peak resident memory
