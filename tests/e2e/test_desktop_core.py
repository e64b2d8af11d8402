"""After a lock, the app's memory holds neither the passphrase nor the vault's key.

The app switches core dumps off and makes itself not dumpable (`hardening`),
so nobody but root can read its memory. This test is root (or allowed to debug the
process) and takes a core of the locked app with `gcore`, as a forensic tool would,
then searches it for the passphrase and the data key in the forms they ever had:
text, bytes, UTF-16/32, the raw key, its hex, the recovery key. Evidence that was
shown (image bytes, notes) may stay in freed memory until it is reused; that is
what the README says Python cannot promise, and why the process is not dumpable.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from evidence_app.domain.recovery_key import parse
from tests.helpers.desktop import AppProcess, Desktop, wait_until
from tests.helpers.vaults import PASSPHRASE

pytestmark = pytest.mark.skipif(
    shutil.which("gcore") is None, reason="gcore (gdb) is not installed"
)


def _forms(passphrase: str, recovery_key: str) -> dict[str, bytes]:
    key = parse(recovery_key)
    return {
        "passphrase (UTF-8)": passphrase.encode(),
        "passphrase (UTF-16)": passphrase.encode("utf-16-le"),
        "passphrase (UTF-32)": passphrase.encode("utf-32-le"),
        "data key": key,
        "data key (hex)": key.hex().encode(),
        "data key (HEX)": key.hex().upper().encode(),
        "recovery key": recovery_key.encode(),
    }


def test_a_locked_app_keeps_no_passphrase_or_key_in_memory(
    desktop: Desktop, start_app, desktop_vault: tuple[Path, str], tmp_path: Path
) -> None:
    base, recovery_key = desktop_vault
    app: AppProcess = start_app(base)
    app.unlock(PASSPHRASE)
    app.window("frame", "Bewijskluis")
    wait_until("the vault to be open", app.vault_files_open)
    # While open, the key is in memory: the search finds it (so it can find it later too).
    open_core = _core(app, tmp_path / "open")
    assert open_core.count(parse(recovery_key)) > 0
    desktop.key("ctrl+l")
    app.window("dialog", "Bewijskluis")
    wait_until("the vault to be closed", lambda: not app.vault_files_open())

    memory = _core(app, tmp_path / "locked")
    found = {name: memory.count(form) for name, form in _forms(PASSPHRASE, recovery_key).items()}
    assert found == dict.fromkeys(found, 0)


def _core(app: AppProcess, folder: Path) -> bytes:
    """The process's whole memory, as `gcore` writes it (the file is removed at once)."""
    folder.mkdir()
    done = subprocess.run(
        ["gcore", "-o", str(folder / "core"), str(app.pid)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    cores = list(folder.glob("core.*"))
    if not cores:
        pytest.skip(f"gcore could not read the process (not root?): {done.stderr[-300:]}")
    memory = cores[0].read_bytes()
    os.unlink(cores[0])
    assert len(memory) > 10_000_000, "a core of a whole Qt app"
    return memory
