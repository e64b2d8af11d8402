"""Running `evidence-app` as a real subprocess with a temporary base folder."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from tests.unit.conftest import noise_png  # noqa: F401 - shared fixture

from evidence_app.core.service import VaultService
from evidence_app.storage.keyheader import KdfParams

PASSPHRASE = "correct horse battery staple"
FAST_KDF = KdfParams(time_cost=1, memory_kib=64 * 1024, parallelism=1)


@dataclass
class Env:
    base: Path
    tmp: Path  # the subprocess's TMPDIR: checked for leaks
    home: Path  # its HOME and XDG folders: checked for leaks
    vars: dict[str, str]

    @property
    def vault_dir(self) -> Path:
        return self.base / "vault"


@pytest.fixture
def env(tmp_path: Path) -> Env:
    base, tmp, home = tmp_path / "base", tmp_path / "tmp", tmp_path / "home"
    tmp.mkdir()
    home.mkdir()
    variables = {k: v for k, v in os.environ.items() if not k.startswith(("EVIDENCE_APP", "XDG_"))}
    variables.update(
        TMPDIR=str(tmp),
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local/share"),
        XDG_CACHE_HOME=str(home / ".cache"),
        XDG_RUNTIME_DIR=str(tmp),
        TZ="Europe/Brussels",
        PYTHONDONTWRITEBYTECODE="1",
    )
    return Env(base, tmp, home, variables)


Run = Callable[..., subprocess.CompletedProcess[str]]


def command(env: Env, *args: str) -> list[str]:
    return [sys.executable, "-m", "evidence_app", "--basedir", str(env.base), *args]


@pytest.fixture
def run(env: Env) -> Run:
    """Run a subcommand; `lines` are fed on standard input, one per line."""

    def _run(*args: str, lines: tuple[str, ...] = (PASSPHRASE,), timeout: float = 120):
        return subprocess.run(
            command(env, *args),
            input="".join(line + "\n" for line in lines),
            capture_output=True,
            text=True,
            env=env.vars,
            timeout=timeout,
            check=False,
        )

    return _run


@pytest.fixture
def vault(env: Env) -> str:
    """A vault made with a fast KDF (so each unlock is quick); returns its recovery key."""
    service, recovery_key = VaultService.create(env.vault_dir, PASSPHRASE, kdf=FAST_KDF)
    service.lock()
    return recovery_key
