"""What survives a killed process, and what a very large file costs."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.helpers.cli import Env, Measured, Run, command
from tests.helpers.vaults import PASSPHRASE

MIB = 1024 * 1024


@pytest.mark.slow
def test_sigkill_during_add_loses_no_reported_item(
    env: Env, run: Run, vault: str, tmp_path: Path
) -> None:
    folder = tmp_path / "many"
    folder.mkdir()
    files = []
    for n in range(200):
        path = folder / f"{n:03d}.bin"
        path.write_bytes(os.urandom(64 * 1024) * 4)  # 256 KiB each
        files.append(path)
    hashes = {str(p): hashlib.sha256(p.read_bytes()).hexdigest() for p in files}
    with subprocess.Popen(
        command(env, "add", *map(str, files)),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env.vars,
    ) as proc:
        assert proc.stdin is not None and proc.stdout is not None
        proc.stdin.write(PASSPHRASE + "\n")
        proc.stdin.close()
        reported = [proc.stdout.readline() for _ in range(60)]
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
        reported += proc.stdout.readlines()  # lines already in the pipe were committed too
    assert proc.returncode == -signal.SIGKILL
    assert 60 <= len(reported) < 200, "the kill must land in the middle of the batch"

    stored = {item["id"]: item for item in json.loads(run("list", "--json").stdout)}
    for line in reported:
        word, item_id, digest, name = line.rstrip("\n").split(" ", 3)
        assert word == "added"
        assert digest == hashes[name]
        assert stored[int(item_id)]["sha256"] == digest
    # No half item: whatever is stored is whole, and the chain agrees with it.
    assert len(stored) in (len(reported), len(reported) + 1)
    for item in stored.values():
        assert item["sha256"] == hashes[str(folder / item["original_name"])]
    check = run("check")
    assert (check.returncode, check.stdout) == (0, "")


@pytest.mark.slow
def test_a_1_gib_file_is_streamed(
    env: Env, run_measured: Callable[..., Measured], vault: str, tmp_path: Path
) -> None:
    big = tmp_path / "video.mp4"
    block = os.urandom(MIB)
    digest = hashlib.sha256()
    with big.open("wb") as handle:
        for n in range(1024):
            chunk = block[n:] + block[:n]  # every MiB different
            handle.write(chunk)
            digest.update(chunk)
    expected = digest.hexdigest()

    added = run_measured("add", str(big))
    assert added.returncode == 0, added.stderr
    assert added.stdout.split()[2] == expected
    # Read it back through the service in another process, streaming, and hash it.
    script = (
        "import hashlib, sys\n"
        "from pathlib import Path\n"
        "from evidence_app.vault.service import VaultService\n"
        "s = VaultService.unlock(Path(sys.argv[1]), sys.argv[2])\n"
        "h = hashlib.sha256()\n"
        "for chunk in s.read_original(1): h.update(chunk)\n"
        "print(h.hexdigest())\n"
    )
    read_back = subprocess.run(
        [sys.executable, "-c", script, str(env.vault_dir), PASSPHRASE],
        capture_output=True,
        text=True,
        env=env.vars,
        check=True,
        timeout=1200,
    )
    assert read_back.stdout.strip() == expected
    check = run_measured("check")
    assert check.returncode == 0, check.stdout
    for done in (added, check):
        assert done.peak_kib < 300 * 1024, f"peak memory {done.peak_kib / 1024:.0f} MiB"
    wal = env.vault_dir / "vault.db-wal"
    assert not wal.exists() or wal.stat().st_size <= 80 * MIB


@pytest.mark.slow
def test_a_killed_renewal_of_the_recovery_key_leaves_one_key_that_opens(
    env: Env, run: Run, vault: str, tmp_path: Path
) -> None:
    """Killed at growing delays after the new key is shown, until a renewal ends on its own:
    each time, the passphrase opens the vault, every item is whole (check), and exactly one
    recovery key, the old or the shown one, opens it. (The narrow state between the commit
    point and the copy taking its place is made exactly in tests/unit/test_new_recovery_key.)"""
    pictures = []
    for n in range(20):
        path = tmp_path / f"{n}.bin"
        path.write_bytes(os.urandom(256 * 1024))
        pictures.append(path)
    assert run("add", *map(str, pictures)).returncode == 0
    old_key, outcomes, delay_ms = vault, [], 0
    while "renewed" not in outcomes:
        assert delay_ms < 60_000, outcomes
        with subprocess.Popen(
            command(env, "new-recovery-key"),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            env=env.vars,
        ) as proc:
            assert proc.stdin is not None and proc.stdout is not None
            proc.stdin.write(PASSPHRASE + "\n")
            proc.stdin.close()
            new_key = proc.stdout.readline().strip()  # shown before the commit starts
            time.sleep(delay_ms / 1000)
            proc.kill()
            proc.wait(timeout=30)
        check = run("check")
        assert (check.returncode, check.stdout) == (0, ""), (delay_ms, check.stderr)
        if run("check", "--recovery-key", lines=(old_key,)).returncode == 0:
            outcomes.append("kept")
            assert run("check", "--recovery-key", lines=(new_key,)).returncode == 3
        else:
            outcomes.append("renewed")
            assert run("check", "--recovery-key", lines=(new_key,)).returncode == 0
            old_key = new_key
        assert not (env.vault_dir / "vault.db.rekey").exists()
        delay_ms = delay_ms * 2 or 10
    assert outcomes[0] == "kept", "a kill right after the key is shown comes before the commit"
