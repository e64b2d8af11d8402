"""A full disk and a read-only place: the right sentence, nothing lost, nothing left behind.

Each scenario runs in a mount namespace of its own (`unshare`) on a small tmpfs, so
the disk really fills up; the command line runs there as a person would run it.
Before this, a full USB stick was reported as a damaged vault ("restore it from a
backup"), adding until it was full ended in "Internal error", an export into it
left a partial bundle behind, and an `init` on it refused for ever after.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers.cli import Env
from tests.helpers.vaults import PASSPHRASE

pytestmark = pytest.mark.slow

DRIVER = r"""
import json, os, subprocess, sys
from pathlib import Path

disk, outside, size = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(disk)], check=True)
base = disk / "base"
passphrase = sys.argv[4]
results = []

def run(*args, lines=(passphrase,), label=""):
    done = subprocess.run(
        [sys.executable, "-m", "evidence_app", "--basedir", str(base), *args],
        input="".join(l + "\n" for l in lines), capture_output=True, text=True, timeout=300,
    )
    results.append({"label": label or args[0], "code": done.returncode,
                    "out": done.stdout, "err": done.stderr,
                    "files": sorted(str(p.relative_to(disk)) for p in disk.rglob("*"))})

def fill():
    with open(disk / "filler", "wb") as f:
        try:
            while True:
                f.write(b"\0" * 65536)
        except OSError:
            pass

for step in json.loads(sys.argv[5]):
    kind = step[0]
    if kind == "fill":
        fill()
    elif kind == "free":
        (disk / "filler").unlink()
    elif kind == "readonly":
        subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)
    elif kind == "writable":
        subprocess.run(["mount", "-o", "remount,rw", str(disk)], check=True)
    elif kind == "bigfile":
        (outside / step[1]).write_bytes(os.urandom(int(step[2])))
    else:
        run(*step[1], lines=tuple(step[2]), label=kind)
print(json.dumps(results))
"""


def _scenario(env: Env, tmp_path: Path, size: str, steps: list[list[object]]) -> dict[str, dict]:
    if shutil.which("unshare") is None:
        pytest.fail("unshare (util-linux) is missing")
    disk, outside = tmp_path / "stick", tmp_path / "outside"
    disk.mkdir()
    outside.mkdir(exist_ok=True)
    done = subprocess.run(
        [
            "unshare",
            "--mount",
            "--map-root-user",
            sys.executable,
            "-c",
            DRIVER,
            str(disk),
            str(outside),
            size,
            PASSPHRASE,
            json.dumps(steps),
        ],
        capture_output=True,
        text=True,
        env=env.vars,
        timeout=900,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return {r["label"]: r for r in json.loads(done.stdout)}


def _no_damage_said(result: dict) -> None:
    assert "damaged" not in result["err"] and "backup" not in result["err"], result["err"]
    assert "Internal error" not in result["err"] and "Traceback" not in result["err"]


NEW = [PASSPHRASE, PASSPHRASE]
PASSWORD = "een ander wachtwoord voor de politie"


def test_init_on_a_full_disk_says_so_leaves_nothing_and_works_once_there_is_space(
    env: Env, tmp_path: Path
) -> None:
    results = _scenario(
        env,
        tmp_path,
        "3m",
        [
            ["fill"],
            ["init-full", ["init"], NEW],
            ["free"],
            ["init-again", ["init"], NEW],
        ],
    )
    full = results["init-full"]
    assert full["code"] == 5
    assert "no space left" in full["err"]
    _no_damage_said(full)
    assert [f for f in full["files"] if f != "filler"] in ([], ["base"])  # no vault was left
    again = results["init-again"]
    assert again["code"] == 0, again["err"]
    assert len(again["out"].strip()) == 79  # the recovery key, shown


def test_a_full_vault_disk_keeps_what_was_saved_and_still_lists_checks_and_exports(
    env: Env, tmp_path: Path
) -> None:
    big = str(tmp_path / "outside" / "video.bin")
    results = _scenario(
        env,
        tmp_path,
        "6m",
        [
            ["init", ["init"], NEW],
            ["bigfile", "video.bin", 1_500_000],
            ["add-1", ["add", big], [PASSPHRASE]],
            ["fill"],
            ["add-full", ["add", big], [PASSPHRASE]],
            ["list", ["list"], [PASSPHRASE]],
            ["check", ["check"], [PASSPHRASE]],
            [
                "export-outside",
                ["export", "--out", str(tmp_path / "outside" / "d.zip")],
                [PASSPHRASE],
            ],
            ["verify-outside", ["verify", str(tmp_path / "outside" / "d.zip")], []],
            ["export-inside", ["export", "--out", str(tmp_path / "stick" / "d.zip")], [PASSPHRASE]],
            [  # the 7z is written by py7zr on a thread of its own: the failure comes back
                "export-7z-inside",
                ["export", "--out", str(tmp_path / "stick" / "d.7z"), "--password"],
                [PASSPHRASE, PASSWORD, PASSWORD],
            ],
        ],
    )
    assert results["add-1"]["code"] == 0
    full = results["add-full"]
    assert full["code"] == 5, full["err"]
    assert "no space left" in full["err"]
    _no_damage_said(full)
    assert results["list"]["code"] == 0 and len(results["list"]["out"].splitlines()) == 1
    assert results["check"]["code"] == 0, results["check"]["err"]
    outside = results["export-outside"]
    assert outside["code"] == 0, outside["err"]
    assert "could not be noted in the vault's log" in outside["err"]
    # Its chain ends with the export's own entry all the same, linked to the vault's last
    # one, and verify says that this head is not in the vault's own chain.
    verified = results["verify-outside"]
    assert verified["code"] == 0, verified["out"] + verified["err"]
    assert "this head is not in the vault's own chain" in verified["err"]
    inside = results["export-inside"]
    assert inside["code"] == 5, inside["err"]
    assert "no space left" in inside["err"]
    _no_damage_said(inside)
    assert not [f for f in inside["files"] if "d.zip" in f]  # nothing half-written left
    seven = results["export-7z-inside"]
    assert seven["code"] == 5, seven["err"]
    assert "no space left" in seven["err"]
    _no_damage_said(seven)
    assert not [f for f in seven["files"] if "d.7z" in f]


def test_a_read_only_stick_is_said_as_such(env: Env, tmp_path: Path) -> None:
    note = str(tmp_path / "outside" / "note.bin")
    results = _scenario(
        env,
        tmp_path,
        "8m",
        [
            ["init", ["init"], NEW],
            ["bigfile", "note.bin", 1000],
            ["add-first", ["add", note], [PASSPHRASE]],
            ["readonly"],
            ["add-ro", ["add", note], [PASSPHRASE]],
            ["list-ro", ["list"], [PASSPHRASE]],
            ["export-ro", ["export", "--out", str(tmp_path / "stick" / "d.zip")], [PASSPHRASE]],
            ["writable"],
            ["add-rw", ["add", note], [PASSPHRASE]],
        ],
    )
    for label in ("add-ro", "export-ro"):
        result = results[label]
        assert result["code"] == 5, (label, result["err"])
        assert "cannot write there" in result["err"], result["err"]
        _no_damage_said(result)
    listed = results["list-ro"]  # reading still works
    assert listed["code"] == 0 and len(listed["out"].splitlines()) == 1, listed["err"]
    assert results["add-rw"]["code"] == 0, results["add-rw"]["err"]
