"""The desktop portal's screenshot over real D-Bus, against a stand-in portal.

There is no Wayland compositor here, but the protocol is D-Bus, and that runs
for real: each test starts a private `dbus-daemon` (its own configuration, with
no service folders, so nothing is started behind our back), a stand-in portal
in a subprocess (`portal_standin.py`, QtDBus) that answers in a chosen way, and
`grab_via_portal` in another subprocess (`portal_client.py`, offscreen Qt)
with only that bus in its environment. The stand-in answers before it replies
to the method call, so a client that subscribed late would time out.
`dbus-daemon` missing is a failure, not a skip: Debian's package `dbus-daemon`.
"""

from __future__ import annotations

import json
import os
import selectors
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from PySide6.QtCore import QUrl

from evidence_app.capture.portal import take_file
from evidence_app.capture.screen import GrabFailed

HERE = Path(__file__).parent
BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir={dir}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""
# The offscreen platform's one screen is 800×800 logical pixels; the picture is 2× that.
SIDE = 1600
START_TIMEOUT = 15


def _first_line(process: subprocess.Popen[str], what: str) -> str:
    """The process's first line of output, within START_TIMEOUT seconds."""
    assert process.stdout is not None
    with selectors.DefaultSelector() as selector:
        selector.register(process.stdout, selectors.EVENT_READ)
        if not selector.select(START_TIMEOUT):
            pytest.fail(f"{what} did not start in {START_TIMEOUT} s")
    return process.stdout.readline().strip()


def _stop(process: subprocess.Popen[str]) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.communicate()


@dataclass
class Session:
    env: dict[str, str]  # the environment of a process on the private bus
    pictures: Path  # where the stand-in writes its screenshots
    client_tmp: Path  # the client's TMPDIR and HOME: must stay empty
    log: Path  # the stand-in's record of calls


@pytest.fixture
def session(tmp_path: Path) -> Iterator[Session]:
    """A private session bus with nothing on it; stopped afterwards."""
    binary = shutil.which("dbus-daemon")
    if binary is None:
        pytest.fail("dbus-daemon is not installed: Debian's package `dbus-daemon`")
    sockets = tmp_path / "bus"
    sockets.mkdir()
    config = tmp_path / "bus.conf"
    config.write_text(BUS_CONFIG.format(dir=sockets), encoding="utf-8")
    daemon = subprocess.Popen(
        [binary, f"--config-file={config}", "--print-address", "--nofork"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        address = _first_line(daemon, "dbus-daemon")
        assert address.startswith("unix:"), address
        pictures, client_tmp, runtime = (tmp_path / n for n in ("pictures", "client", "run"))
        pictures.mkdir()
        client_tmp.mkdir()
        runtime.mkdir(mode=0o700)
        env = {k: v for k, v in os.environ.items() if not k.startswith(("DBUS_", "XDG_", "QT_"))}
        env.update(
            DBUS_SESSION_BUS_ADDRESS=address,
            QT_QPA_PLATFORM="offscreen",
            XDG_RUNTIME_DIR=str(runtime),
            TMPDIR=str(client_tmp),
            HOME=str(client_tmp),
            PYTHONDONTWRITEBYTECODE="1",
        )
        yield Session(env, pictures, client_tmp, tmp_path / "calls.jsonl")
    finally:
        _stop(daemon)


StartPortal = Callable[[str], Path]


@pytest.fixture
def portal(session: Session, tmp_path: Path) -> Iterator[StartPortal]:
    """Starts the stand-in portal in a mode; returns the PNG it hands out."""
    started: list[subprocess.Popen[str]] = []
    picture = tmp_path / "expected.png"
    Image.frombytes("RGB", (SIDE, SIDE), os.urandom(SIDE * SIDE * 3)).save(picture)

    def start(mode: str) -> Path:
        args = [str(picture), str(session.pictures), str(session.log)]
        process = subprocess.Popen(
            [sys.executable, str(HERE / "portal_standin.py"), mode, *args],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            env=session.env,
        )
        started.append(process)
        assert _first_line(process, "the stand-in portal") == "ready"
        return picture

    yield start
    for process in started:
        _stop(process)


def grab(session: Session, out: Path, timeout_ms: int = 20_000) -> dict[str, Any]:
    """Runs `grab_via_portal` in a client process; returns what it reported."""
    done = subprocess.run(
        [sys.executable, str(HERE / "portal_client.py"), str(out), str(timeout_ms)],
        capture_output=True,
        text=True,
        env=session.env,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "Traceback" not in done.stderr, done.stderr[-2000:]
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def calls(session: Session) -> list[dict[str, Any]]:
    if not session.log.exists():
        return []
    return [json.loads(line) for line in session.log.read_text(encoding="utf-8").splitlines()]


def no_files_left(session: Session) -> None:
    assert list(session.pictures.iterdir()) == []
    assert list(session.client_tmp.rglob("*")) == []


def pixels(path: Path) -> tuple[tuple[int, int], bytes]:
    with Image.open(path) as image:
        return image.size, image.convert("RGBA").tobytes()


@pytest.mark.slow
def test_grab_returns_the_portals_pixels_and_deletes_its_file(
    session: Session, portal: StartPortal, tmp_path: Path
) -> None:
    expected = portal("ok")
    out = tmp_path / "grabbed.png"

    result = grab(session, out)

    assert "error" not in result, result
    assert result["available"] is True
    assert result["screen_name"] == "xdg-desktop-portal"
    assert result["size"] == [SIDE, SIDE]
    assert pixels(out) == pixels(expected)
    # The portal's picture is placed over the 800×800 desktop at 2 device pixels per pixel.
    assert result["geometry"] == [0, 0, 800, 800]
    assert result["ratio"] == 2.0
    no_files_left(session)
    (call,) = calls(session)
    token = call["options"]["handle_token"]
    assert call["options"]["interactive"] is False
    assert call["path"].endswith("/" + token)
    assert call["sender"].startswith(":")


@pytest.mark.slow
@pytest.mark.parametrize(
    ("mode", "reason", "kind"),
    [
        ("cancel", "the screenshot was cancelled", "PortalCancelled"),
        ("error", "the desktop portal could not take the screenshot", "GrabFailed"),
        ("remote", "the desktop portal's picture is not a file on this computer", "GrabFailed"),
    ],
)
def test_an_answer_without_a_local_picture_fails_and_leaves_no_file(
    session: Session, portal: StartPortal, tmp_path: Path, mode: str, reason: str, kind: str
) -> None:
    portal(mode)
    out = tmp_path / "grabbed.png"

    result = grab(session, out)

    assert result["error"] == reason
    assert result["error_type"] == kind  # a cancel is told apart, to say so plainly
    assert not out.exists()
    no_files_left(session)


@pytest.mark.slow
def test_a_portal_that_never_answers_times_out_and_the_request_is_closed(
    session: Session, portal: StartPortal, tmp_path: Path
) -> None:
    portal("silent")

    result = grab(session, tmp_path / "grabbed.png", timeout_ms=1500)

    assert result["error"] == "the desktop portal did not answer in time"
    (call, closed) = calls(session)
    assert closed == {"closed": call["path"]}
    no_files_left(session)


@pytest.mark.slow
def test_without_a_portal_on_the_bus_it_is_not_available_and_a_grab_fails(
    session: Session, tmp_path: Path
) -> None:
    result = grab(session, tmp_path / "grabbed.png")

    assert result["available"] is False
    assert result["error"].startswith("the desktop portal refused the screenshot: ")
    no_files_left(session)


def test_take_file_reads_and_deletes_a_percent_encoded_path(tmp_path: Path) -> None:
    picture = tmp_path / "Screenshot from 2026 — ü.png"
    picture.write_bytes(b"\x89PNG evidence")
    uri = bytes(QUrl.fromLocalFile(str(picture)).toEncoded().data()).decode()
    assert "%20" in uri

    assert take_file(uri) == b"\x89PNG evidence"
    assert not picture.exists()


def test_take_file_refuses_what_is_not_a_regular_local_file(tmp_path: Path) -> None:
    target = tmp_path / "thesis.txt"
    target.write_text("not ours to delete", encoding="utf-8")
    link = tmp_path / "shot.png"
    link.symlink_to(target)
    folder = tmp_path / "Pictures"
    folder.mkdir()

    for uri in (
        QUrl.fromLocalFile(str(link)).toString(),
        QUrl.fromLocalFile(str(folder)).toString(),
        f"file://otherhost{target}",
        "https://example.org/shot.png",
    ):
        with pytest.raises(GrabFailed):
            take_file(uri)

    assert link.is_symlink()
    assert folder.is_dir()
    assert target.read_text(encoding="utf-8") == "not ours to delete"
