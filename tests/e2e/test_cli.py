"""The command line as a person or a script uses it: real processes, real files."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image

from evidence_app.domain import wordlist
from evidence_app.domain.recovery_key import parse
from evidence_app.storage.keyheader import checksum_of
from evidence_app.vault.service import VaultService
from tests.helpers.cli import Env, Run, command
from tests.helpers.pages import plain
from tests.helpers.vaults import PASSPHRASE
from tests.helpers.waiting import wait_until

NO_TRACEBACK = "Traceback"


def test_init_prints_only_the_recovery_key_on_stdout(env: Env, run: Run) -> None:
    result = run("init", lines=(PASSPHRASE, PASSPHRASE))
    assert result.returncode == 0, result.stderr
    (line,) = result.stdout.splitlines()
    assert len(parse(line)) == 32
    assert PASSPHRASE not in result.stdout + result.stderr
    assert (env.vault_dir / "vault.key").is_file()
    again = run("init", lines=(PASSPHRASE, PASSPHRASE))
    assert again.returncode == 2
    assert "already" in again.stderr


@pytest.mark.parametrize(
    ("lines", "expected"),
    [((PASSPHRASE, PASSPHRASE + "x"), "not the same"), (("short", "short"), "at least 10")],
)
def test_init_refuses_bad_passphrases(
    env: Env, run: Run, lines: tuple[str, ...], expected: str
) -> None:
    result = run("init", lines=lines)
    assert result.returncode == 2
    assert expected in result.stderr
    assert not env.vault_dir.exists()


def test_add_list_and_check(env: Env, run: Run, vault: str, tmp_path: Path) -> None:
    files = []
    for n in range(3):
        path = tmp_path / f"shot {n}.png"
        path.write_bytes(bytes([n]) * (n + 1) * 1000)
        files.append(path)
    result = run(
        "add",
        *map(str, files),
        "--case",
        "School",
        "--url",
        "https://www.tiktok.com/@x",
        "--note",
        "from the group chat",
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines == [
        f"added {n + 1} {hashlib.sha256(files[n].read_bytes()).hexdigest()} {files[n]}"
        for n in range(3)
    ]
    listed = json.loads(run("list", "--json", "--case", "School").stdout)
    assert [item["original_name"] for item in listed] == ["shot 0.png", "shot 1.png", "shot 2.png"]
    first = listed[0]
    assert first["captured_at"].endswith("Z")
    assert first["time_zone"] == "Europe/Brussels"
    assert first["utc_offset"] in ("+01:00", "+02:00")
    assert first["captured_at_local"].endswith(first["utc_offset"])
    assert (first["platform"], first["notes"], first["case"]) == (
        "tiktok",
        "from the group chat",
        "School",
    )
    assert {
        "url",
        "posted_by",
        "posted_at",
        "description",
        "size",
        "sha256",
        "mime_type",
        "kind",
    } <= set(first)
    assert json.loads(run("list", "--json", "--case", "Evidence").stdout) == []
    plain = run("list").stdout
    assert "shot 2.png" in plain
    check = run("check")
    assert (check.returncode, check.stdout) == (0, "")


def test_add_reports_missing_files_and_bad_urls(run: Run, vault: str, tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("x")
    result = run("add", str(good), str(tmp_path / "missing.txt"))
    assert result.returncode == 2
    assert result.stdout.startswith("added 1 ")
    assert "missing.txt" in result.stderr
    refused = run("add", str(good), "--url", "javascript:alert(1)")
    assert refused.returncode == 2
    assert refused.stdout == ""
    assert "http" in refused.stderr
    assert len(json.loads(run("list", "--json").stdout)) == 1


def test_add_stores_many_pictures_in_the_order_given_each_with_its_size(
    run: Run, vault: str, tmp_path: Path
) -> None:
    """The next pictures are decoded on the other cores while one is stored: what each
    holds stays with it, and a file that is not there, or is a named pipe (which nobody
    writes to: opening it to read would wait for ever), stops nothing."""
    names = []
    for n in range(5):
        path = tmp_path / f"Screenshot_{n}.png"
        Image.new("RGB", (100 + n, 60), (n * 50, 20, 200)).save(path)
        names.append(str(path))
    pipe = tmp_path / "pipe.png"
    os.mkfifo(pipe)
    names.insert(2, str(tmp_path / "gone.png"))
    names.insert(4, str(pipe))
    result = run("add", *names, timeout=60)
    assert result.returncode == 2
    assert "gone.png" in result.stderr
    assert "not added: " + str(pipe) + ": not a readable file" in result.stderr
    added = [line.split() for line in result.stdout.splitlines()]
    assert [(line[0], line[1]) for line in added] == [("added", str(n)) for n in range(1, 6)]
    stored = json.loads(run("list", "--json").stdout)
    assert [(i["original_name"], i["width"]) for i in stored] == [
        (f"Screenshot_{n}.png", 100 + n) for n in range(5)
    ]
    pictures = [n for n in names if not n.endswith(("gone.png", "pipe.png"))]
    for item, name in zip(stored, pictures, strict=True):
        assert item["sha256"] == hashlib.sha256(Path(name).read_bytes()).hexdigest()


def test_hard_files_names_and_addresses_get_a_sentence_and_the_rest_is_stored(
    env: Env, run: Run, vault: str, tmp_path: Path
) -> None:
    """Each of these ended in "Internal error" (exit 70) and left the rest of the batch out."""
    good = tmp_path / "good.txt"
    good.write_text("x")
    odd = Path(os.fsdecode(bytes(tmp_path) + b"/naam-\xff\xfe.txt"))  # not UTF-8: an old stick
    odd.write_bytes(b"from a Windows-1252 stick")
    shouty = tmp_path / "x\x1b[2J\nadded 99 fake.txt"  # escape sequences and a line break
    shouty.write_bytes(b"clears the screen if printed raw")
    unreadable = "/proc/self/mem"  # a file whose reading fails (EIO), even for root
    result = run("add", str(good), unreadable, str(odd), str(shouty))
    assert result.returncode == 1, result.stderr
    assert "Internal error" not in result.stderr and NO_TRACEBACK not in result.stderr
    assert "mem: it cannot be read" in result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 3  # one line per stored file, however it is named
    assert "naam-\\xff\\xfe.txt" in lines[1]
    assert lines[2].endswith("x\\x1b[2J\\x0aadded 99 fake.txt")
    assert "\x1b" not in result.stdout + result.stderr
    stored = json.loads(run("list", "--json").stdout)
    assert [i["original_name"] for i in stored] == [
        "good.txt",
        "naam-\\xff\\xfe.txt",
        "x\x1b[2J\nadded 99 fake.txt",  # the record keeps the name as it was
    ]
    listed = run("list")
    assert len(listed.stdout.splitlines()) == 3 and "\x1b" not in listed.stdout
    bad_ipv6 = run("add", str(good), "--url", "https://[::1/")
    assert bad_ipv6.returncode == 2
    assert "not written correctly" in bad_ipv6.stderr


def test_exit_codes_and_messages(env: Env, run: Run, vault: str) -> None:
    wrong = run("list", lines=("not the passphrase",))
    assert wrong.returncode == 3
    assert "does not open" in wrong.stderr
    bad_key = run("list", "--recovery-key", lines=("1234",))
    assert bad_key.returncode == 3
    good_key = run("list", "--recovery-key", lines=(vault,))
    assert good_key.returncode == 0, good_key.stderr
    no_input = run("list", lines=())
    assert no_input.returncode == 2
    usage = run("frobnicate")
    assert usage.returncode == 2
    (env.vault_dir / "vault.key").unlink()
    (env.vault_dir / "vault.key.backup").unlink()
    missing = run("list")
    assert missing.returncode == 4
    assert "vault.key" in missing.stderr and "recovery key" in missing.stderr
    for result in (wrong, bad_key, no_input, usage, missing):
        assert NO_TRACEBACK not in result.stderr
        assert PASSPHRASE not in result.stderr


def test_damaged_and_newer_vaults_get_their_own_message(env: Env, run: Run, vault: str) -> None:
    header = env.vault_dir / "vault.key"
    doc = json.loads(header.read_text())
    del doc["checksum"]
    doc["version"] = 7
    doc["checksum"] = checksum_of(doc)  # as a newer app would write it
    header.write_text(json.dumps(doc))
    newer = run("check")
    assert (newer.returncode, "newer version" in newer.stderr) == (4, True)
    (env.vault_dir / "vault.key.backup").replace(header)
    db = env.vault_dir / "vault.db"
    raw = bytearray(db.read_bytes())
    raw[50:3000] = b"\xff" * 2950
    db.write_bytes(bytes(raw))
    damaged = run("check")
    assert damaged.returncode == 4
    assert "damaged" in damaged.stderr
    assert NO_TRACEBACK not in newer.stderr + damaged.stderr
    nothing = run("list", "--basedir", str(env.base / "elsewhere"))
    assert (nothing.returncode, "no vault" in nothing.stderr) == (4, True)


def test_passwd_with_passphrase_and_with_recovery_key(run: Run, vault: str) -> None:
    changed = run("passwd", lines=(PASSPHRASE, "a second passphrase", "a second passphrase"))
    assert changed.returncode == 0, changed.stderr
    assert run("list").returncode == 3
    assert run("list", lines=("a second passphrase",)).returncode == 0
    rescued = run(
        "passwd", "--recovery-key", lines=(vault, "a third passphrase", "a third passphrase")
    )
    assert rescued.returncode == 0, rescued.stderr
    assert run("list", lines=("a third passphrase",)).returncode == 0
    assert run("check", lines=("a third passphrase",)).returncode == 0


def test_check_reports_a_changed_blob_with_exit_1(
    env: Env, run: Run, vault: str, tmp_path: Path
) -> None:
    source = tmp_path / "a.bin"
    source.write_bytes(b"\x01" * 5000)
    assert run("add", str(source)).returncode == 0
    conn = plain(env.vault_dir / "vault.db", vault)
    conn.execute("UPDATE chunks SET data = ? WHERE item_id = 1", (b"\x01" * 4999 + b"\x02",))
    conn.close()
    result = run("check")
    assert result.returncode == 1
    assert result.stdout.splitlines() == ["item 1: stored bytes do not match their SHA-256"]


def test_stock_sqlcipher_client_opens_the_vault_with_the_recovery_key(
    env: Env, run: Run, vault: str, tmp_path: Path
) -> None:
    """A plain SQLCipher 4 library and SQL text only, as the README says: no code of this
    app in that process."""
    source = tmp_path / "a.bin"
    source.write_bytes(b"evidence bytes")
    assert run("add", str(source)).returncode == 0
    hex_key = parse(vault).hex()
    script = (
        "import sqlcipher3, sys\n"
        f"c = sqlcipher3.connect(sys.argv[1])\n"
        f'c.execute("PRAGMA key = \\"x\'{hex_key}\'\\"")\n'
        "c.execute('PRAGMA cipher_page_size = 16384')\n"
        "c.execute('PRAGMA cipher_hmac_algorithm = HMAC_SHA256')\n"
        "print(c.execute('PRAGMA cipher_version').fetchone()[0])\n"
        "print(c.execute('SELECT original_name, sha256 FROM items').fetchone())\n"
        "print(b''.join(r[0] for r in c.execute('SELECT data FROM chunks ORDER BY seq')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-I", "-c", script, str(env.vault_dir / "vault.db")],
        capture_output=True,
        text=True,
        check=True,
    )
    version, row, data = result.stdout.splitlines()
    assert version.startswith("4.")
    assert row == f"('a.bin', '{hashlib.sha256(b'evidence bytes').hexdigest()}')"
    assert data == "b'evidence bytes'"


def _grams(data: bytes, size: int = 64) -> set[bytes]:
    return {data[i : i + size] for i in range(len(data) - size + 1)}


def _leaks(grams: set[bytes], folder: Path, size: int = 64) -> list[str]:
    found = []
    for path in folder.rglob("*"):
        if path.is_file():
            content = path.read_bytes()
            if any(content[i : i + size] in grams for i in range(len(content) - size + 1)):
                found.append(str(path))
    return found


def test_no_plaintext_anywhere(
    env: Env, run: Run, vault: str, tmp_path: Path, noise_png: Callable[..., bytes]
) -> None:
    source = tmp_path / "outside" / "evidence.png"
    source.parent.mkdir()
    data = noise_png(source, 96, 64, seed=7)
    assert (
        run(
            "add", str(source), "--note", "a secret note", "--url", "https://secret.example/x"
        ).returncode
        == 0
    )
    assert run("check").returncode == 0
    assert not (env.vault_dir / "vault.db").read_bytes().startswith(b"SQLite format 3")
    grams = _grams(data)
    for folder in (env.base, env.tmp, env.home):
        assert _leaks(grams, folder) == [], folder
        for path in folder.rglob("*"):
            if path.is_file():
                content = path.read_bytes()
                assert b"a secret note" not in content
                assert b"secret.example" not in content
                assert PASSPHRASE.encode() not in content


def _closed_pipe_run(env: Env, *args: str) -> subprocess.CompletedProcess[str]:
    """Run with standard output a pipe whose reader has already gone (`... | head -0`)."""
    read, write = os.pipe()
    os.close(read)
    try:
        return subprocess.run(
            command(env, *args),
            input=PASSPHRASE + "\n",
            stdout=write,
            stderr=subprocess.PIPE,
            text=True,
            env=env.vars,
            timeout=120,
            check=False,
        )
    finally:
        os.close(write)


def test_a_reader_that_leaves_early_is_not_an_error_and_loses_nothing(
    env: Env, run: Run, vault: str, tmp_path: Path
) -> None:
    files = []
    for n in range(3):
        files.append(tmp_path / f"chat {n}.txt")
        files[-1].write_bytes(f"message {n}\n".encode() * 50)
    added = _closed_pipe_run(env, "add", *map(str, files))
    assert added.returncode == 0, added.stderr
    assert "Internal error" not in added.stderr and NO_TRACEBACK not in added.stderr
    # Every file was stored, although nobody read the "added" lines.
    stored = json.loads(run("list", "--json").stdout)
    assert sorted(item["sha256"] for item in stored) == sorted(
        hashlib.sha256(path.read_bytes()).hexdigest() for path in files
    )
    for args in (("list", "--json"), ("list",), ("check",)):
        result = _closed_pipe_run(env, *args)
        assert result.returncode == 0, (args, result.stderr)
        assert "Internal error" not in result.stderr, args
        assert NO_TRACEBACK not in result.stderr, args


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc and prctl are Linux's")
def test_no_core_file_can_hold_what_the_process_reads(env: Env) -> None:
    """Before the passphrase is read, core dumps are off and the process is not dumpable."""
    waiting = subprocess.Popen(
        command(env, "init"),
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env.vars,
    )
    try:
        limits = Path(f"/proc/{waiting.pid}/limits")
        wait_until(
            "core files to be off",
            lambda: "Max core file size        0                    0" in limits.read_text(),
            every=0.02,
        )
    finally:
        waiting.kill()
        waiting.communicate()
    assert _once_started(env, "dumpable") == "False"


def _once_started(env: Env, check: str) -> str:
    """What `evidence_app.hardening.<check>()` says in a process once the app has started
    in it (its command line, which hardens the process first thing)."""
    probe = (
        "from evidence_app import cli\n"
        f"from evidence_app.hardening import {check}\n"
        "try:\n    cli.main(['--version'])\nexcept SystemExit:\n    pass\n"
        f"print({check}())\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env=env.vars, check=True
    )
    return result.stdout.strip().splitlines()[-1]


@pytest.mark.skipif(sys.platform != "win32", reason="Windows Error Reporting is Windows's")
def test_windows_error_reporting_is_kept_from_the_process(env: Env) -> None:
    """A crash on Windows writes no dump and offers to send none (`hardening`)."""
    assert _once_started(env, "crash_reports_off") == "True"


def test_private_values_come_from_a_file_or_standard_input_not_the_command_line(
    env: Env, run: Run, vault: str, tmp_path: Path
) -> None:
    """A note, an address, a case's name or file names in the command line show in `ps`
    and in the shell's history: each can come from a file or standard input instead."""
    photo = tmp_path / "IMG_2231.jpg"
    photo.write_bytes(b"not really a jpeg")
    names = tmp_path / "names.txt"
    names.write_text(f"{photo}\n", encoding="utf-8")
    url = tmp_path / "url.txt"
    url.write_text("https://www.snapchat.com/add/dader123\n", encoding="utf-8")
    note = "Hij dreigde de foto naar mijn klas te sturen.\nTweede regel."
    result = run(
        "add",
        "--files-from",
        str(names),
        "--url-file",
        str(url),
        "--note-file",
        "-",
        "--case",
        "School",
        lines=(PASSPHRASE, *note.splitlines()),
    )
    assert result.returncode == 0, result.stderr
    (stored,) = json.loads(run("list", "--json").stdout)
    assert stored["notes"] == note
    assert stored["url"] == "https://www.snapchat.com/add/dader123"
    assert stored["original_name"] == "IMG_2231.jpg"
    both = run("add", str(photo), "--note-file", "-", "--url-file", "-")
    assert both.returncode == 2 and "only one option" in both.stderr
    clash = run("add", str(photo), "--note", "x", "--note-file", "-")
    assert clash.returncode == 2 and "not allowed with" in clash.stderr


def test_init_refuses_an_easily_guessed_passphrase_kindly(env: Env, run: Run) -> None:
    result = run("init", lines=("1234567890", "1234567890"))
    assert result.returncode == 2
    assert "easy to guess" in result.stderr and "only you would choose" in result.stderr
    assert "evidence-app suggest-passphrase" in result.stderr
    assert not env.vault_dir.exists()


def test_a_suggested_passphrase_is_printed_alone_and_makes_a_vault(env: Env, run: Run) -> None:
    suggested = run("suggest-passphrase", "--lang", "fr", lines=())
    assert suggested.returncode == 0, suggested.stderr
    (line,) = suggested.stdout.splitlines()
    words = line.split(" ")
    assert len(words) == 5 and set(words) <= set(wordlist.word_list("fr"))
    assert line not in suggested.stderr and "somewhere safe" in suggested.stderr
    assert not env.base.exists()  # nothing stored, no vault folder made
    six = run("suggest-passphrase", "--words", "6", lines=()).stdout.split()
    assert len(six) == 6 and set(six) <= set(wordlist.word_list("en"))
    assert run("suggest-passphrase", "--words", "0", lines=()).returncode == 2
    made = run("init", lines=(line, line))
    assert made.returncode == 0, made.stderr
    VaultService.unlock(env.vault_dir, line).lock()
