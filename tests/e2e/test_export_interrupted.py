"""An export cut short leaves nothing behind: not on a signal, and not after SIGKILL either.

Before, SIGTERM and SIGHUP (7 of 7) and SIGKILL (26 of 60) left hidden
`.NAME.partial-PID` folders with the original images unencrypted, often on a USB
stick, and nothing ever removed them.
"""

from __future__ import annotations

import os
import signal
import subprocess
from pathlib import Path

import pytest

from evidence_app.vault.service import VaultService
from tests.helpers.cli import Env, Run, command
from tests.helpers.vaults import FAST_KDF, PASSPHRASE
from tests.helpers.waiting import wait_until

pytestmark = pytest.mark.slow


@pytest.fixture
def many(env: Env, tmp_path: Path) -> None:
    """A vault whose export takes a few seconds: forty pictures of noise, 1 MB each."""
    service, _ = VaultService.create(env.vault_dir, PASSPHRASE, kdf=FAST_KDF)
    try:
        for n in range(40):
            path = tmp_path / f"shot-{n}.bin"
            path.write_bytes(os.urandom(1024 * 1024))
            service.add_file(path, case_id=1)
            path.unlink()
    finally:
        service.lock()


def _partials(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if ".partial-" in p.name]


def _finish(process: subprocess.Popen[str]) -> str:
    """Wait for the process; what it said on standard error."""
    assert process.stderr is not None and process.stdout is not None
    with process.stderr, process.stdout:
        err = process.stderr.read()
        process.stdout.read()
    process.wait(timeout=60)
    return err


PASSWORD = "een ander wachtwoord voor de politie"


def _start_export(env: Env, target: Path) -> subprocess.Popen[str]:
    seven_zip = target.suffix == ".7z"
    process = subprocess.Popen(
        command(env, "export", "--out", str(target), *(["--password"] if seven_zip else [])),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env.vars,
    )
    assert process.stdin is not None
    process.stdin.write(PASSPHRASE + "\n" + (f"{PASSWORD}\n" * 2 if seven_zip else ""))
    process.stdin.close()

    def writing() -> bool:  # the bundle is being written now
        if _partials(target.parent):
            return True
        assert process.poll() is None, _finish(process)
        return False

    # Looked at often: the signal must come while the bundle is being written.
    wait_until("the export to start writing", writing, timeout=60, every=0.01)
    return process


@pytest.mark.parametrize("name", ["SIGTERM", "SIGHUP", "SIGINT"])
@pytest.mark.parametrize("kind", ["folder", "zip", "7z"])
def test_a_signal_stops_the_export_and_removes_what_it_wrote(
    env: Env, many: None, tmp_path: Path, name: str, kind: str
) -> None:
    out = tmp_path / "stick"
    out.mkdir()
    target = out / ("dossier" if kind == "folder" else f"dossier.{kind}")
    process = _start_export(env, target)
    process.send_signal(getattr(signal, name))
    err = _finish(process)
    assert process.returncode == 130, err
    assert "Internal error" not in err and "Traceback" not in err
    assert list(out.iterdir()) == []  # neither the bundle nor a half of it


def test_after_sigkill_the_next_start_removes_the_half_written_bundle(
    env: Env, run: Run, many: None, tmp_path: Path
) -> None:
    out = tmp_path / "stick"
    out.mkdir()
    process = _start_export(env, out / "dossier")
    process.kill()
    _finish(process)
    assert _partials(out)  # what a killed process leaves: originals, unencrypted
    listed = run("list")
    assert listed.returncode == 0, listed.stderr
    assert list(out.iterdir()) == []
