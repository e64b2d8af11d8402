"""A password export writes no plaintext to disk, at any moment: watched at the system calls.

The export runs under strace, which records every file that the process and each of its
threads opens for writing, creates, links or renames, even one deleted a moment later.
Every such file must be the vault's own (SQLCipher: encrypted) or the 7z's temporary
name, then the 7z. Then every file under the test's folder, TMPDIR and HOME included,
is searched for the evidence: a token written in the evidence, its note and its address
(as UTF-8 and as UTF-16, how 7z stores names), and pieces of a picture of noise.
"""

from __future__ import annotations

import re
import secrets
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from evidence_app.vault.service import VaultService
from tests.helpers.cli import Env, command
from tests.helpers.vaults import PASSPHRASE

PASSWORD = "een ander wachtwoord voor de politie"
_TRACED = "open,openat,openat2,creat,link,linkat,rename,renameat,renameat2,symlink,symlinkat"
_WRITE_FLAGS = ("O_WRONLY", "O_RDWR", "O_CREAT", "O_TRUNC", "O_TMPFILE", "O_APPEND")
_OPENED = re.compile(r"^\d+\s+(?:open|openat|openat2|creat)\(.*?\)\s+=\s+\d+<(?P<path>[^>]*)>")
_NAMED = re.compile(
    r"^\d+\s+(?:link|linkat|rename|renameat|renameat2|symlink|symlinkat)\((?P<args>.*)\)\s+=\s+0"
)


def _written(log: str, cwd: Path) -> set[str]:
    """Every path the traced processes opened for writing, created, linked or renamed to."""
    paths: set[str] = set()
    for line in log.splitlines():
        opened = _OPENED.match(line)
        if opened and any(flag in line for flag in _WRITE_FLAGS):
            paths.add(opened["path"].removesuffix("(deleted)"))
        named = _NAMED.match(line)
        if named:  # the last quoted name is where the file went
            target = re.findall(r'(?:\d+<(?P<dir>[^>]*)>, )?"(?P<name>[^"]*)"', named["args"])[-1]
            folder = Path(target[0]) if target[0] else cwd
            paths.add(str(folder / target[1]))
    return paths


def test_a_password_export_writes_nothing_but_ciphertext(
    env: Env, vault: str, tmp_path: Path, noise_png: Callable[..., bytes]
) -> None:
    strace = shutil.which("strace")
    if strace is None:  # scripts/debian-packages.sh installs it: missing means a broken setup
        pytest.fail("strace is not installed (Debian package strace)")
    token = secrets.token_hex(16)
    given = tmp_path / "given"
    given.mkdir()
    chat = given / f"chat-{token}.txt"
    chat.write_text(f"ik zet je foto's online {token}\n", encoding="utf-8")
    picture = noise_png(given / "noise.png", 400, 300, seed=7)
    service = VaultService.unlock(env.vault_dir, PASSPHRASE)
    try:
        service.add_file(chat, case_id=1, url=f"https://x.com/{token}", notes=f"nota {token}")
        service.add_file(given / "noise.png", case_id=1)
    finally:
        service.lock()
    shutil.rmtree(given)  # from here on, the evidence is only in the (encrypted) vault

    stick = tmp_path / "stick"
    stick.mkdir()
    target = stick / "dossier.7z"
    log = tmp_path / "strace.log"
    traced = ["-f", "-qq", "-y", "--seccomp-bpf", "-e", f"trace={_TRACED}", "-e", "signal=none"]
    result = subprocess.run(
        [
            strace,
            *traced,
            "-o",
            str(log),
            *command(env, "export", "--out", str(target), "--password"),
        ],
        input=f"{PASSPHRASE}\n{PASSWORD}\n{PASSWORD}\n",
        capture_output=True,
        text=True,
        env=env.vars,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert target.is_file()

    written = _written(log.read_text(encoding="utf-8", errors="replace"), Path.cwd())
    partial = re.compile(re.escape(str(stick / ".dossier.7z.partial-")) + r"\d+")
    unexpected = sorted(
        path
        for path in written
        if not path.startswith(str(env.vault_dir) + "/")
        and path != str(target)
        and not partial.fullmatch(path)
        and path not in ("/dev/null", "/dev/tty")
    )
    assert unexpected == [], "written outside the vault and the 7z"
    assert any(partial.fullmatch(path) for path in written)  # the trace did see the export

    markers = [token.encode("utf-8"), token.encode("utf-16-le"), b"ik zet je foto", b"%PDF-1."]
    markers += [picture[at : at + 32] for at in range(200, len(picture) - 32, len(picture) // 8)]
    for path in [p for p in tmp_path.rglob("*") if p.is_file() and p != log]:
        data = path.read_bytes()
        for marker in markers:
            assert marker not in data, f"{path.relative_to(tmp_path)} holds evidence"
    assert list(env.tmp.iterdir()) == []
