"""Quick exit's last resorts end the process, whatever else hangs."""

from __future__ import annotations

import signal
import subprocess
import sys
import time

import pytest

from evidence_app.gui.lock import safety

HANG_AFTER_ARMING = """
import threading, time
from evidence_app.gui.lock import safety
{prepare}
safety.arm_hard_exit()
print("armed", flush=True)
time.sleep(120)  # the orderly path never ends
"""


def _run(prepare: str = "") -> tuple[subprocess.CompletedProcess[str], float]:
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "-c", HANG_AFTER_ARMING.format(prepare=prepare)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    return result, time.monotonic() - started


def test_the_timer_ends_a_process_that_hangs_after_quick_exit() -> None:
    result, took = _run()
    assert result.stdout == "armed\n"
    assert result.returncode == 0
    assert took < safety.HARD_EXIT_SECONDS + 20


@pytest.mark.skipif(not hasattr(signal, "alarm"), reason="POSIX only")
def test_the_alarm_ends_it_when_no_python_thread_can_run_any_more() -> None:
    # The timer thread is taken away: only the kernel's alarm is left.
    result, took = _run("threading.Timer.start = lambda self: None")
    assert result.stdout == "armed\n"
    assert result.returncode == -14  # SIGALRM, its default action: the process ends
    assert safety.LAST_RESORT_SECONDS <= took < safety.LAST_RESORT_SECONDS + 20
