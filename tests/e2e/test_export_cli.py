"""`evidence-app export` and `evidence-app verify` as real processes: exit codes, output, memory."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image

from evidence_app.vault.service import VaultService
from tests.helpers.cli import Env, Measured, Run
from tests.helpers.evidence import Evidence, add_evidence
from tests.helpers.vaults import PASSPHRASE
from tests.helpers.web_evidence import add_web_item

PASSWORD = "een ander wachtwoord voor de politie"


@pytest.fixture
def evidence(env: Env, vault: str, tmp_path: Path) -> Evidence:
    service = VaultService.unlock(env.vault_dir, PASSPHRASE)
    try:
        return add_evidence(service, tmp_path / "files")
    finally:
        service.lock()


def test_export_a_case_to_a_folder_and_verify_it(
    run: Run, evidence: Evidence, tmp_path: Path
) -> None:
    out = tmp_path / "dossier"
    result = run("export", "--case", "Evidence", "--out", str(out), "--lang", "fr")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(out)
    assert (out / "dossier.pdf").is_file() and (out / "originals").is_dir()
    assert PASSPHRASE not in result.stdout + result.stderr
    checked = run("verify", str(out), lines=())
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert checked.stdout == ""

    again = run("export", "--case", "Evidence", "--out", str(out))
    assert again.returncode == 2
    assert "exists already" in again.stderr

    original = out / "originals" / "2-telefoon.png"
    data = bytearray(original.read_bytes())
    data[100] ^= 0xFF
    original.write_bytes(bytes(data))
    (out / "notes.txt").write_text("added later")
    tampered = run("verify", str(out), lines=())
    assert tampered.returncode == 1
    lines = tampered.stdout.splitlines()
    assert "originals/2-telefoon.png: its SHA-256 does not match SHA256SUMS (changed)" in lines
    assert "notes.txt: not listed in SHA256SUMS (added)" in lines
    assert all(line.split(":")[0] in ("originals/2-telefoon.png", "notes.txt") for line in lines)


def test_a_web_capture_exports_with_its_files_and_verify_names_a_changed_one(
    run: Run, env: Env, vault: str, tmp_path: Path
) -> None:
    service = VaultService.unlock(env.vault_dir, PASSPHRASE)
    try:
        web = add_web_item(service, height=1200)
    finally:
        service.lock()
    out = tmp_path / "web.zip"
    assert run("export", "--out", str(out), "--lang", "nl").returncode == 0
    assert run("verify", str(out), lines=()).returncode == 0
    unpacked = tmp_path / "unpacked"
    with zipfile.ZipFile(out) as archive:
        archive.extractall(unpacked)
    for attachment in web.attachments:
        assert (unpacked / "originals" / f"1-{attachment.name}").is_file()
    stamped = unpacked / "originals" / "1-stamped-copy.png"
    stamped.write_bytes(stamped.read_bytes()[:-1])
    tampered = run("verify", str(unpacked), lines=())
    assert tampered.returncode == 1
    assert tampered.stdout.splitlines() == [
        "originals/1-stamped-copy.png: its SHA-256 does not match SHA256SUMS (changed)",
        "originals/1-stamped-copy.png: its size differs from manifest.json",
        "originals/1-stamped-copy.png: its SHA-256 differs from manifest.json",
    ]


def test_export_chosen_items_to_an_encrypted_7z(
    run: Run, evidence: Evidence, tmp_path: Path
) -> None:
    out = tmp_path / "dossier.7z"
    ids = f"{evidence.items[0].id},{evidence.items[4].id}"
    result = run(
        "export",
        "--out",
        str(out),
        "--items",
        ids,
        "--password",
        lines=(PASSPHRASE, PASSWORD, PASSWORD),
    )
    assert result.returncode == 0, result.stderr
    assert PASSWORD not in result.stdout + result.stderr
    assert "7-Zip" in result.stderr and "another way than the file" in result.stderr
    assert run("verify", str(out), "--password", lines=(PASSWORD,)).returncode == 0
    locked = run("verify", str(out), lines=())
    assert locked.returncode == 2
    assert "dossier.7z is protected with a password: give it with --password" in locked.stderr
    wrong = run("verify", str(out), "--password", lines=("wrong",))
    assert wrong.returncode == 2
    assert "this password does not open dossier.7z" in wrong.stderr

    # What the police do: 7-Zip unpacks it with the password, and the folder verifies.
    unpacked = tmp_path / "unpacked"
    seven = subprocess.run(
        [shutil.which("7zz") or "7z", "x", f"-p{PASSWORD}", f"-o{unpacked}", str(out)],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        check=False,
    )
    assert seven.returncode == 0, seven.stdout + seven.stderr
    assert sorted(p.name for p in (unpacked / "originals").iterdir()) == [
        "1-desktop.png",
        "2-chat_export_e.txt",  # numbered within the dossier
    ]
    checked = run("verify", str(unpacked), lines=())
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "All checks passed" in checked.stderr


@pytest.mark.parametrize(
    ("password", "said"),
    [
        ("x", "at least 10 characters"),
        ("wachtwoord123", "easy to guess"),
        ("aaaaaaaaaaaaaaaaaaaa", "easy to guess"),
    ],
)
def test_a_weak_export_password_is_refused_kindly(
    run: Run, evidence: Evidence, tmp_path: Path, password: str, said: str
) -> None:
    out = tmp_path / "dossier.7z"
    result = run("export", "--out", str(out), "--password", lines=(PASSPHRASE, password, password))
    assert result.returncode == 2, result.stderr
    assert said in result.stderr and "Nothing was exported." in result.stderr
    assert "Traceback" not in result.stderr
    assert len(password) < 3 or password not in result.stdout + result.stderr
    assert list(tmp_path.glob("*dossier*")) == []


def test_export_refuses_bad_input(run: Run, evidence: Evidence, tmp_path: Path) -> None:
    mismatch = run(
        "export",
        "--out",
        str(tmp_path / "x.7z"),
        "--password",
        lines=(PASSPHRASE, PASSWORD, PASSWORD + "!"),
    )
    assert mismatch.returncode == 2
    assert not (tmp_path / "x.7z").exists()
    as_zip = run("export", "--out", str(tmp_path / "x.zip"), "--password")
    assert as_zip.returncode == 2
    assert "ends in .7z" in as_zip.stderr
    no_password = run("export", "--out", str(tmp_path / "x.7z"))
    assert no_password.returncode == 2
    assert "add --password" in no_password.stderr
    assert run("export", "--out", str(tmp_path / "y"), "--items", "1,a").returncode == 2
    assert run("export", "--out", str(tmp_path / "y"), "--case", "Nope").returncode == 2
    assert run("export", "--out", str(tmp_path / "y"), lines=("wrong passphrase",)).returncode == 3
    assert run("export", "--out", str(tmp_path / "y"), "--password").returncode == 2
    assert not (tmp_path / "y").exists()
    assert run("verify", str(tmp_path / "missing"), lines=()).returncode == 2
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["zip", "7z"])
def test_exporting_200_screenshots_stays_under_400_mib(
    env: Env, vault: str, tmp_path: Path, run_measured: Callable[..., Measured], kind: str
) -> None:
    service = VaultService.unlock(env.vault_dir, PASSPHRASE)
    folder = tmp_path / "shots"
    folder.mkdir()
    try:
        case = service.cases()[0]
        for n in range(200):
            # Flat like a screenshot, with a band of noise so each PNG is ~1.7 MB:
            # 200 of them held at once would be far above the limit.
            img = Image.new("RGB", (1920, 1080), (240, 240, 245))
            img.paste(Image.frombytes("RGB", (1920, 300), os.urandom(1920 * 300 * 3)), (0, 400))
            buffer = io.BytesIO()
            img.save(buffer, "PNG", compress_level=1)
            path = folder / f"shot-{n:03}.png"
            path.write_bytes(buffer.getvalue())
            service.add_file(path, case_id=case.id, url=f"https://x.com/a/status/{n}")
            path.unlink()
    finally:
        service.lock()
    out = tmp_path / f"big.{kind}"
    if kind == "7z":  # through py7zr's pipe (export/sevenzip.py): a few chunks at a time
        result = run_measured(
            "export", "--out", str(out), "--password", lines=(PASSPHRASE, PASSWORD, PASSWORD)
        )
    else:
        result = run_measured("export", "--out", str(out), timeout=900)
    code, peak_kib = result.returncode, result.peak_kib
    assert code == 0, result.stderr
    assert out.stat().st_size > 200 * 1_500_000 * 2  # the PDF and the originals are all there
    assert peak_kib < 400 * 1024, f"peak {peak_kib / 1024:.0f} MiB"


@pytest.mark.slow
def test_exporting_a_49_megapixel_rgba_png_stays_under_300_mib(
    env: Env, vault: str, tmp_path: Path, run_measured: Callable[..., Measured]
) -> None:
    """A 49-megapixel RGBA PNG of half a megabyte took 562 MiB to export: decoded whole.

    The bound cannot flake: it is memory, not time, and the same inputs use the
    same memory give or take a few MiB. Today the process peaks near 180 MiB,
    at the unlock (Argon2id's 64 MiB on top of the imports); the export itself
    adds about 20. Decoding this picture whole would add at least its 196 MiB of
    pixels, so 300 MiB is far above today's figure and below any whole decode.
    """
    picture = Image.new("RGBA", (7000, 7000), (246, 246, 250, 255))
    for n in range(40):
        picture.paste(
            (n * 6, 90, 200 - n * 4, 128 + n * 3), (n * 170, n * 160, n * 170 + 900, n * 160 + 300)
        )
    path = tmp_path / "scroll.png"
    picture.save(path)
    del picture
    service = VaultService.unlock(env.vault_dir, PASSPHRASE)
    try:
        service.add_file(path, case_id=service.cases()[0].id)
    finally:
        service.lock()
    out = tmp_path / "dossier"
    result = run_measured("export", "--out", str(out), timeout=900)
    assert result.returncode == 0, result.stderr
    assert (out / "originals").is_dir() and (out / "dossier.pdf").stat().st_size > 10_000
    assert result.peak_kib < 300 * 1024, f"peak {result.peak_kib / 1024:.0f} MiB"
