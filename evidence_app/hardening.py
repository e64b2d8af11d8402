"""Keep what is in this process's memory out of files: no core dumps, no debugger by the user.

A crash would otherwise write a core file with whatever the process held: the
passphrase, the data key, notes, addresses, image bytes. `harden_process()` runs
first thing in `cli.main` (the window and the command line alike):

- the core file size limit is set to 0, hard and soft, so no core file is written
  (POSIX; inherited by the processes we start, QtWebEngine's among them);
- on Linux the process is marked not dumpable (`PR_SET_DUMPABLE` 0): no core even
  through a system-wide handler such as systemd-coredump, and other processes of
  the same user may not attach a debugger or read its memory.

What Python cannot promise: it copies strings freely and never overwrites freed
memory, so a passphrase typed as text may stay in the process's memory until the
process ends. Keys are kept in buffers that are wiped at lock; the README says so.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import sys

PR_SET_DUMPABLE = 4
PR_GET_DUMPABLE = 3


def harden_process() -> None:
    """No core dumps, and (Linux) not dumpable. Best effort: a failure is no reason not to run."""
    with contextlib.suppress(ImportError, ValueError, OSError):
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
            libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)


def dumpable() -> bool | None:
    """Whether this process may dump core (Linux; None elsewhere)."""
    if not sys.platform.startswith("linux"):
        return None
    libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
    return bool(libc.prctl(PR_GET_DUMPABLE, 0, 0, 0, 0))
