"""Running `evidence-app` as a real subprocess with a temporary base folder."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from evidence_app.vault.service import VaultService
from tests.helpers.cli import Env, Measured, Run, command
from tests.helpers.desktop import AppProcess, Desktop
from tests.helpers.vaults import FAST_KDF, PASSPHRASE


@pytest.fixture
def env(tmp_path: Path) -> Env:
    base, tmp, home = tmp_path / "base", tmp_path / "tmp", tmp_path / "home"
    tmp.mkdir()
    home.mkdir()
    variables = {k: v for k, v in os.environ.items() if not k.startswith(("EVIDENCE_APP", "XDG_"))}
    variables.update(
        TMPDIR=str(tmp),
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local/share"),
        XDG_CACHE_HOME=str(home / ".cache"),
        XDG_RUNTIME_DIR=str(tmp),
        TZ="Europe/Brussels",
        PYTHONDONTWRITEBYTECODE="1",
    )
    return Env(base, tmp, home, variables)


@pytest.fixture
def run(env: Env) -> Run:
    """Run a subcommand; `lines` are fed on standard input, one per line."""

    def _run(*args: str, lines: tuple[str, ...] = (PASSPHRASE,), timeout: float = 120):
        return subprocess.run(
            command(env, *args),
            input="".join(line + "\n" for line in lines),
            capture_output=True,
            text=True,
            env=env.vars,
            timeout=timeout,
            check=False,
        )

    return _run


_MEASURE = (
    "import resource, subprocess, sys\n"
    "done = subprocess.run(sys.argv[1:], input=sys.stdin.read(), text=True,"
    " stdout=subprocess.PIPE)\n"
    "peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss\n"
    "print(done.returncode, peak)\n"
    "print(done.stdout, end='')\n"
)


@pytest.fixture
def run_measured(env: Env) -> Callable[..., Measured]:
    """Run a subcommand in a process of its own, to measure its peak memory alone.

    The test process's RUSAGE_CHILDREN holds the largest child it ever waited for
    (a desktop test's browser, say): a fresh parent sees only this command.
    """

    def _run(*args: str, lines: tuple[str, ...] = (PASSPHRASE,), timeout: float = 1200):
        result = subprocess.run(
            [sys.executable, "-c", _MEASURE, *command(env, *args)],
            input="".join(line + "\n" for line in lines),
            capture_output=True,
            text=True,
            env=env.vars,
            timeout=timeout,
            check=False,
        )
        first, _, rest = result.stdout.partition("\n")
        code, peak = (int(v) for v in first.split())
        return Measured(code, rest, result.stderr, peak)

    return _run


@pytest.fixture
def vault(env: Env) -> str:
    """A vault made with a fast KDF (so each unlock is quick); returns its recovery key."""
    service, recovery_key = VaultService.create(env.vault_dir, PASSPHRASE, kdf=FAST_KDF)
    service.lock()
    return recovery_key


# -- the app on a real desktop (tests/helpers/desktop.py) -------------------------------


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]):  # type: ignore[no-untyped-def]
    """Keep each phase's report on the test, so a fixture can tell that the test failed."""
    report = yield
    setattr(item, f"report_{report.when}", report)
    return report


@pytest.fixture
def desktop(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Desktop]:
    """A fresh X server at 1366×768 (another size with `@pytest.mark.screen(width, height)`)
    with a window manager, a session bus and AT-SPI (and a task bar along the bottom with
    `@pytest.mark.task_bar(height)`)."""
    marker = request.node.get_closest_marker("screen")
    made = Desktop(tmp_path / "desktop", *([tuple(marker.args)] if marker else []))
    bar = request.node.get_closest_marker("task_bar")
    try:
        made.start()
        if bar is not None:
            made.task_bar(*bar.args)
        yield made
    finally:
        made.stop()


@pytest.fixture
def start_app(
    desktop: Desktop, tmp_path: Path, request: pytest.FixtureRequest
) -> Iterator[Callable[..., AppProcess]]:
    """Start the app on the desktop; on a failure the screen and the app's log are kept."""
    started: list[AppProcess] = []

    def start(base: Path | None = None, **options: Any) -> AppProcess:
        app = AppProcess(desktop, base or tmp_path / "base", **options)
        started.append(app)
        return app

    yield start
    report = getattr(request.node, "report_call", None)
    if report is not None and report.failed:
        shot = tmp_path / "screen-at-failure.png"
        desktop.screenshot(shot)
        print(f"screen at failure: {shot}")
        for app in started:
            print(f"--- app log {app.log}:\n{app.output()[-4000:]}")
            if app.proc.poll() is None:
                with contextlib.suppress(Exception):
                    (tmp_path / "accessible-tree.txt").write_text(app.tree())
    for app in started:
        app.stop()


@pytest.fixture
def desktop_vault(tmp_path: Path) -> tuple[Path, str]:
    """A vault for the desktop tests (fast key derivation): its base folder and recovery key."""
    base = tmp_path / "base"
    service, recovery_key = VaultService.create(
        base / "vault", PASSPHRASE, first_case_name="School", kdf=FAST_KDF
    )
    service.lock()
    return base, recovery_key
