"""The desktop app as a real process: a second start for the same vault exits at once.

The first process shows its unlock dialog (offscreen) and listens on the
single-instance socket; the second start must hand over and exit 0 by itself,
leaving the first running.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from evidence_app import app
from evidence_app.gui.lock.single_instance import server_name
from evidence_app.vault.service import VaultService
from tests.helpers.vaults import FAST_KDF, PASSPHRASE
from tests.helpers.waiting import TimedOut, wait_until


def _env(tmp_path: Path, runtime: Path) -> dict[str, str]:
    env = dict(os.environ)
    tmp = tmp_path / "tmp"
    home = tmp_path / "userhome"
    tmp.mkdir()
    home.mkdir()
    env.update(
        QT_QPA_PLATFORM="offscreen",
        TMPDIR=str(tmp),
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_RUNTIME_DIR=str(runtime),
        LANG="nl_BE.UTF-8",
    )
    env.pop("EVIDENCE_APP_HOME", None)
    return env


def test_second_start_exits_zero_and_the_first_keeps_running(tmp_path: Path) -> None:
    base = tmp_path / "base"
    service, _ = VaultService.create(base / "vault", PASSPHRASE, kdf=FAST_KDF)
    service.lock()
    # A short private folder: a socket path must fit in 108 bytes.
    runtime = Path(tempfile.mkdtemp(prefix="bk-"))
    env = _env(tmp_path, runtime)
    command = [sys.executable, "-m", "evidence_app", "--basedir", str(base)]
    socket = runtime / server_name(base / "vault")

    first = subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        try:
            wait_until("the first instance to listen", socket.exists, timeout=30)
        except TimedOut:
            first.terminate()
            pytest.fail(f"the first instance never listened: {first.communicate()[1][-2000:]}")
        assert first.poll() is None
        # A second start that did not hand over would stay open at its own unlock dialog:
        # it must end by itself, before the timeout would end it (and fail the test).
        second = subprocess.run(command, env=env, capture_output=True, text=True, timeout=30)
        assert second.returncode == 0, second.stderr
        assert str(base) not in second.stderr
        assert first.poll() is None, "the first instance must still be running"
    finally:
        first.terminate()
        try:
            first.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            first.kill()
            first.communicate()
        shutil.rmtree(runtime, ignore_errors=True)
    # Nothing of the vault was written outside the base folder.
    leftovers = [p for p in (tmp_path / "userhome").rglob("*") if p.is_file()]
    assert leftovers == []


@pytest.mark.parametrize(
    ("display", "said"),
    [
        ({}, app.NO_SCREEN),  # nothing set: no screen at all
        ({"DISPLAY": ":77", "QT_QPA_PLATFORM": "xcb"}, app.NO_SCREEN),  # one that is not there
        ({"QT_QPA_PLATFORM": "nosuchplatform"}, app.NO_WINDOW_SYSTEM),  # Qt cannot start
    ],
)
def test_without_a_screen_the_app_says_so_in_one_sentence(
    tmp_path: Path, display: dict[str, str], said: str
) -> None:
    env = _env(tmp_path, tmp_path)
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        env.pop(name, None)
    env.update(display)
    done = subprocess.run(
        [sys.executable, "-m", "evidence_app", "--basedir", str(tmp_path / "base")],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == app.EXIT_NO_SCREEN
    lines = [
        line
        for line in done.stderr.splitlines()
        if "running as root" not in line  # said only to root, the test machine's user
    ]
    assert lines == [said]
    assert done.stdout == ""
    assert not (tmp_path / "base").exists()  # nothing made before the window could show


def test_a_screen_is_looked_for_only_where_qt_needs_one() -> None:
    assert app.no_screen({}, "linux")
    assert app.no_screen({"QT_QPA_PLATFORM": "xcb"}, "linux")
    assert app.no_screen({"QT_QPA_PLATFORM": "xcb:nograb"}, "freebsd14")
    assert not app.no_screen({"QT_QPA_PLATFORM": "wayland"}, "linux")  # its default socket
    assert not app.no_screen({"DISPLAY": ":0"}, "linux")
    assert not app.no_screen({"WAYLAND_DISPLAY": "wayland-0"}, "linux")
    assert not app.no_screen({"QT_QPA_PLATFORM": "offscreen"}, "linux")
    assert not app.no_screen({"QT_QPA_PLATFORM": "vnc:size=800x600"}, "linux")
    assert not app.no_screen({}, "win32")
    assert not app.no_screen({}, "darwin")
