"""Quick exit's last resorts end the process, whatever else hangs.

The process below hangs after arming (a sleep of 120 s stands for any orderly path
that never ends); the test waits for it to end, at most 60 s, and reads how it
ended: exit code 0 is the timer's `os._exit(0)`, -14 (SIGALRM) the alarm's. The
alarm's delay is read in the process itself, from the interval timer it shares
with `alarm()` on POSIX, rather than measured from outside.
"""

from __future__ import annotations

import signal
import subprocess
import sys

import pytest

from evidence_app.gui.lock import safety

HANG_AFTER_ARMING = """
import signal, sys, threading, time
from evidence_app.gui.lock import safety
{prepare}
safety.arm_hard_exit()
print("armed", flush=True)
if hasattr(signal, "getitimer"):  # alarm() sets the real-time interval timer
    seconds = signal.getitimer(signal.ITIMER_REAL)[0]
    print(f"alarm in {{seconds:.0f}} s", file=sys.stderr, flush=True)
time.sleep(120)  # the orderly path never ends
"""


def _run(prepare: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", HANG_AFTER_ARMING.format(prepare=prepare)],
        capture_output=True,
        text=True,
        timeout=60,  # a process that nothing ended would still be sleeping: the test fails
        check=False,
    )


def test_the_timer_ends_a_process_that_hangs_after_quick_exit() -> None:
    result = _run()
    assert result.stdout == "armed\n"
    # The timer's own exit: the alarm, later, would have ended it with SIGALRM.
    assert result.returncode == 0


@pytest.mark.skipif(not hasattr(signal, "alarm"), reason="POSIX only")
def test_the_alarm_ends_it_when_no_python_thread_can_run_any_more() -> None:
    # The timer thread is taken away: only the kernel's alarm is left.
    result = _run("threading.Timer.start = lambda self: None")
    assert result.stdout == "armed\n"
    assert result.stderr == f"alarm in {safety.LAST_RESORT_SECONDS} s\n"
    assert result.returncode == -14  # SIGALRM, its default action: the process ends
