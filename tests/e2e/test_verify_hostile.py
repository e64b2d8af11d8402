"""verify is run by the police on data they received: its input is hostile.

A bad manifest ended in exit 70 (AttributeError, RecursionError), a link to
`/dev/zero` listed in SHA256SUMS made verify never end, and a small ZIP with a
huge manifest took gigabytes. Each must end with a sentence and exit 1 or 2. The
same holds for a 7z (what a password export makes): odd names and links are named,
never read, and a small 7z that would unpack to far more than it holds is refused.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import warnings
import zipfile
from pathlib import Path
from typing import Any

import py7zr
import pytest

from evidence_app.export import export_dossier
from evidence_app.vault.service import VaultService
from tests.helpers.cli import Env
from tests.helpers.vaults import FAST_KDF, PASSPHRASE


@pytest.fixture
def bundle(tmp_path: Path) -> Path:
    service, _ = VaultService.create(tmp_path / "vault", PASSPHRASE, kdf=FAST_KDF)
    try:
        chat = tmp_path / "chat.txt"
        chat.write_text("ik zet het online\n", encoding="utf-8")
        service.add_file(chat, case_id=1, url="https://x.com/a/status/1")
        return export_dossier(service, tmp_path / "dossier").path
    finally:
        service.lock()


def _verify(env: Env, path: Path) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [sys.executable, "-m", "evidence_app", "verify", str(path)],
        capture_output=True,
        text=True,
        env=env.vars,
        timeout=120,  # a verify that never ends fails here
        check=False,
    )
    assert "Internal error" not in result.stderr and "Traceback" not in result.stderr
    return result


def _resum(folder: Path) -> None:
    """Recompute SHA256SUMS over the plain files, as someone who edits a bundle would."""
    lines = []
    for path in sorted(folder.rglob("*")):
        name = path.relative_to(folder).as_posix()
        if path.is_file() and not path.is_symlink() and name != "SHA256SUMS":
            lines.append(f"{hashlib.sha256(path.read_bytes()).hexdigest()}  {name}\n")
    (folder / "SHA256SUMS").write_text("".join(lines))


def test_a_link_to_an_endless_device_is_named_and_never_read(env: Env, bundle: Path) -> None:
    link = bundle / "originals" / "zero.bin"
    link.symlink_to("/dev/zero")
    sums = bundle / "SHA256SUMS"
    sums.write_text(sums.read_text() + f"{'0' * 64}  originals/zero.bin\n")
    result = _verify(env, bundle)
    assert result.returncode == 1
    assert "originals/zero.bin: is a link or a device" in result.stdout


def test_names_outside_the_bundle_are_never_opened(env: Env, bundle: Path) -> None:
    sums = bundle / "SHA256SUMS"
    sums.write_text(sums.read_text() + f"{'0' * 64}  ../../../../etc/passwd\n")
    result = _verify(env, bundle)
    assert result.returncode == 1
    assert "../../../../etc/passwd: listed in SHA256SUMS but missing" in result.stdout


@pytest.mark.parametrize(
    "mangle",
    [
        lambda m: m.update(items=[1, "x", {"attachments": 5, "rechecks": {"a": 1}}]),
        lambda m: m.update(audit="not a chain"),
        lambda m: m.update(files=[1, 2, 3]),
        lambda m: m["items"][0].update(id={"not": "an id"}, file=["a", "list"]),
        lambda m: m["audit"].update(entries=[{"action": 5, "seq": "x"}, 7, None]),
        lambda m: m.update(cases="x", persons=None),
    ],
)
def test_a_manifest_of_the_wrong_shape_is_a_finding_not_a_crash(
    env: Env, bundle: Path, mangle
) -> None:
    path = bundle / "manifest.json"
    manifest = json.loads(path.read_text())
    mangle(manifest)
    path.write_text(json.dumps(manifest))
    _resum(bundle)
    result = _verify(env, bundle)
    assert result.returncode == 1, result.stderr
    assert "manifest.json" in result.stdout


def test_a_deeply_nested_manifest_is_a_finding(env: Env, bundle: Path) -> None:
    (bundle / "manifest.json").write_text("[" * 100_000 + "]" * 100_000)
    _resum(bundle)
    result = _verify(env, bundle)
    assert result.returncode == 1
    assert "manifest.json: not a readable manifest" in result.stdout


def test_a_small_zip_with_a_huge_manifest_is_not_read_whole(
    env: Env, bundle: Path, tmp_path: Path
) -> None:
    bomb = tmp_path / "bomb.zip"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as out:
        out.writestr("SHA256SUMS", "")
        with out.open("manifest.json", "w") as handle:
            block = b" " * (1024 * 1024)
            for _ in range(300):  # 300 MB of spaces, a few hundred kB compressed
                handle.write(block)
    assert bomb.stat().st_size < 2 * 1024 * 1024
    result = _verify(env, bomb)
    assert result.returncode == 1
    assert "manifest.json: far larger than any Bewijskluis writes" in result.stdout


def test_a_fifo_in_the_bundle_does_not_block(env: Env, bundle: Path) -> None:
    if not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes here")
    os.mkfifo(bundle / "originals" / "pipe")
    result = _verify(env, bundle)
    assert result.returncode == 1
    assert "originals/pipe: is a link or a device" in result.stdout
    shutil.rmtree(bundle)


def test_a_zip_with_two_entries_of_one_name_or_an_unknown_method_is_refused_plainly(
    env: Env, bundle: Path, tmp_path: Path
) -> None:
    twice = tmp_path / "twice.zip"
    with zipfile.ZipFile(twice, "w") as out:
        for path in sorted(bundle.rglob("*")):
            if path.is_file():
                out.write(path, path.relative_to(bundle).as_posix())
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # zipfile warns of the duplicate
            out.writestr("manifest.json", "{}")
    result = _verify(env, twice)
    assert result.returncode == 1
    assert "manifest.json: is a link or a device, or a second file of that name" in result.stdout
    odd = tmp_path / "odd.zip"
    data = bytearray(twice.read_bytes())
    # Every entry's compression method (local headers and the central directory) set to
    # 99, one zipfile does not know.
    for signature, offset in ((b"PK\x03\x04", 8), (b"PK\x01\x02", 10)):
        at = data.find(signature)
        while at != -1:
            data[at + offset : at + offset + 2] = (99).to_bytes(2, "little")
            at = data.find(signature, at + 4)
    odd.write_bytes(bytes(data))
    result = _verify(env, odd)
    assert result.returncode == 2, result.stdout + result.stderr


# -- 7z files, as a password export makes them ---------------------------------------

SEVEN_ZIP_PASSWORD = "een wachtwoord voor de politie"


def _verify_7z(env: Env, path: Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    """verify --password, run in `cwd` (where a careless reader would unpack)."""
    variables = dict(env.vars)
    if "PYTHONPATH" in variables:  # `src` must still be found from another folder
        parts = variables["PYTHONPATH"].split(os.pathsep)
        variables["PYTHONPATH"] = os.pathsep.join(str(Path(p).resolve()) for p in parts)
    result = subprocess.run(
        [sys.executable, "-m", "evidence_app", "verify", str(path), "--password"],
        input=SEVEN_ZIP_PASSWORD + "\n",
        capture_output=True,
        text=True,
        env=variables,
        cwd=cwd,
        timeout=120,
        check=False,
    )
    assert "Internal error" not in result.stderr and "Traceback" not in result.stderr
    return result


def _seven_zip(path: Path, **options: Any) -> py7zr.SevenZipFile:
    return py7zr.SevenZipFile(
        path, "w", password=SEVEN_ZIP_PASSWORD, header_encryption=True, **options
    )


def test_odd_names_links_and_names_twice_in_a_7z_are_named_and_never_read(
    env: Env, bundle: Path, tmp_path: Path
) -> None:
    odd = tmp_path / "odd.7z"
    link = tmp_path / "zero-link"
    link.symlink_to("/dev/zero")
    with _seven_zip(odd) as out:
        for path in sorted(p for p in bundle.rglob("*") if p.is_file()):
            out.write(path, path.relative_to(bundle).as_posix())
        out.write(link, "originals/zero.bin")  # stored as a link, as tar would
        # py7zr's public writestr() refuses such names; a hostile archive has them anyway.
        out._writestr(b"outside", "../../outside.txt")
        out._writestr(b"root", "/etc/cron.d/evil")
        out._writestr(b"twice", "VERIFY.txt")
    workdir = tmp_path / "workdir"
    workdir.mkdir()
    result = _verify_7z(env, odd, workdir)
    assert result.returncode == 1, result.stdout + result.stderr
    strange = "is a link or a device, or a second file of that name, or a name outside the bundle"
    for name in ("originals/zero.bin", "../../outside.txt", "/etc/cron.d/evil", "VERIFY.txt"):
        assert f"{name}: {strange}: not checked" in result.stdout, name
    assert list(workdir.iterdir()) == [] and not (tmp_path / "outside.txt").exists()


def test_a_small_7z_that_unpacks_to_hundreds_of_megabytes_is_not_read(
    env: Env, tmp_path: Path
) -> None:
    bomb = tmp_path / "bomb.7z"
    lzma = [{"id": py7zr.FILTER_LZMA2, "preset": 1}, {"id": py7zr.FILTER_CRYPTO_AES256_SHA256}]
    with _seven_zip(bomb, filters=lzma) as out:
        out.writestr(b"", "SHA256SUMS")
        out.writestr(bytes(100 * 1024 * 1024), "manifest.json")  # 100 MB of zeros
    assert bomb.stat().st_size < 100 * 1024
    result = _verify_7z(env, bomb, tmp_path)
    assert result.returncode == 2, result.stdout + result.stderr
    assert "unpacks to far more than any Bewijskluis bundle holds" in result.stderr
