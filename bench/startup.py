"""Benchmark: cold start to the unlock window, against a bare Qt program showing a dialog.

Both are started as new processes on the same X server (Xvfb, started here when there is
no display), and timed from the start of the process to the moment their window is on
the screen (found by its name with xdotool). The ratio is what counts; the seconds are
printed too, since the goal is "under a second on this machine" (issue 13).

Run: `python bench/startup.py [--rounds N]`.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from evidence_app.vault.service import VaultService
from table import Row, report  # bench/table.py

PASSPHRASE = "benchmark passphrase for the start"
BASELINE = """
from PySide6.QtWidgets import QApplication, QDialog
app = QApplication([])
dialog = QDialog()
dialog.setWindowTitle("baseline-window")
dialog.show()
app.exec()
"""


def _shown(name: str, env: dict[str, str]) -> bool:
    found = subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--name", name],
        env=env,
        capture_output=True,
        check=False,
    )
    return found.returncode == 0 and bool(found.stdout.strip())


def time_to_window(command: list[str], name: str, env: dict[str, str]) -> float:
    """Seconds from starting `command` to a visible window named `name`."""
    start = time.perf_counter()
    process = subprocess.Popen(
        command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        while not _shown(name, env):
            if process.poll() is not None:
                raise RuntimeError(f"{command[-1]} ended before its window showed")
            if time.perf_counter() - start > 60:
                raise RuntimeError(f"no window named {name!r} after 60 s")
            time.sleep(0.005)
        return time.perf_counter() - start
    finally:
        process.kill()
        process.wait()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    env = dict(os.environ, QT_QPA_PLATFORM="xcb")
    server = None
    if not env.get("DISPLAY"):
        if shutil.which("Xvfb") is None:
            print("startup: needs a display or Xvfb", file=sys.stderr)
            return 1
        # Xvfb picks a free display and says which once it takes connections: a fixed number
        # and a fixed wait failed when the machine was busy (the app found no display).
        read, write = os.pipe()
        # -noreset: without it Xvfb starts over when its last client leaves, and the next
        # program started in that moment finds no display (on a fast machine, every round).
        server = subprocess.Popen(
            [
                "Xvfb",
                "-displayfd",
                str(write),
                "-screen",
                "0",
                "1366x768x24",
                "-nolisten",
                "tcp",
                "-noreset",
            ],
            pass_fds=(write,),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(write)
        with os.fdopen(read) as ready:
            number = ready.readline().strip()
        if not number:
            print("startup: Xvfb did not start", file=sys.stderr)
            return 1
        env["DISPLAY"] = f":{number}"
    try:
        with tempfile.TemporaryDirectory() as folder:
            base = Path(folder) / "base"
            VaultService.create(base / "vault", PASSPHRASE)[0].lock()
            env["HOME"] = folder  # the settings and caches of this run only
            app = [sys.executable, "-m", "evidence_app", "--basedir", str(base)]
            bare = [sys.executable, "-c", BASELINE]
            time_to_window(app, "Bewijskluis", env)  # warm the disk cache for both
            time_to_window(bare, "baseline-window", env)
            ours = [time_to_window(app, "Bewijskluis", env) for _ in range(args.rounds)]
            base_times = [time_to_window(bare, "baseline-window", env) for _ in range(args.rounds)]
    finally:
        if server is not None:
            server.terminate()  # not killed: it takes its lock file and socket away
            try:
                server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()
    mine, theirs = statistics.median(ours), statistics.median(base_times)
    report([Row("start to the unlock window / a bare Qt dialog", mine, theirs, "s", "< 1 s")])
    return 0


if __name__ == "__main__":
    sys.exit(main())
