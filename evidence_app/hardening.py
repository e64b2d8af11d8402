"""Keep what is in this process's memory out of files: no core dumps, no debugger by the user.

A crash would otherwise write a core file with whatever the process held: the
passphrase, the data key, notes, addresses, image bytes. `harden_process()` runs
first thing in `cli.main` (the window and the command line alike):

- the core file size limit is set to 0, hard and soft, so no core file is written
  (POSIX; inherited by the processes we start, QtWebEngine's among them);
- on Linux the process is marked not dumpable (`PR_SET_DUMPABLE` 0): no core even
  through a system-wide handler such as systemd-coredump, and other processes of
  the same user may not attach a debugger or read its memory;
- on Windows, Windows Error Reporting is not called when the app crashes
  (`SetErrorMode` with `SEM_NOGPFAULTERRORBOX`): it would write a dump of the process
  to the disk (a minidump, or a whole one where `LocalDumps` is set) and may offer to
  send it. Windows passes the error mode on to the processes the app starts, unless
  they are started with `CREATE_DEFAULT_ERROR_MODE` (QtWebEngine's were not checked).
  Written from Microsoft's documentation; not run here (no Windows machine).

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
SEM_FAILCRITICALERRORS = 0x0001  # no "insert a disk" box: the error comes back to us
SEM_NOGPFAULTERRORBOX = 0x0002  # no Windows Error Reporting (and so no dump)


def harden_process() -> None:
    """No core dumps, (Linux) not dumpable, (Windows) no error report. Best effort: a
    failure is no reason not to run."""
    with contextlib.suppress(ImportError, ValueError, OSError):
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
            libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)
    if sys.platform == "win32":
        with contextlib.suppress(OSError, AttributeError):
            kernel32 = ctypes.WinDLL("kernel32")
            kernel32.SetErrorMode(
                kernel32.GetErrorMode() | SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX
            )


def crash_reports_off() -> bool | None:
    """Whether Windows Error Reporting is kept from this process (Windows; None elsewhere)."""
    if sys.platform != "win32":
        return None
    mode = ctypes.WinDLL("kernel32").GetErrorMode()
    return bool(mode & SEM_NOGPFAULTERRORBOX)


def dumpable() -> bool | None:
    """Whether this process may dump core (Linux; None elsewhere)."""
    if not sys.platform.startswith("linux"):
        return None
    libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
    return bool(libc.prctl(PR_GET_DUMPABLE, 0, 0, 0, 0))
