"""Keep what is in this process's memory out of files: no core dumps, no debugger by the user.

A crash would otherwise write a core file with whatever the process held: the
passphrase, the data key, notes, addresses, image bytes. `harden_process()` runs
first thing in `cli.main` (the window and the command line alike):

- the core file size limit is set to 0, hard and soft, so no core file is written
  (POSIX; inherited by the processes we start, QtWebEngine's among them);
- on Linux the process is marked not dumpable (`PR_SET_DUMPABLE` 0): no core even
  through a system-wide handler such as systemd-coredump, and other processes of
  the same user may not attach a debugger or read its memory;
- on Linux (glibc), every block of 128 KiB or more that the process asks for is
  mapped from the system on its own and handed back when it is freed
  (`mallopt(M_MMAP_THRESHOLD)`, which also keeps glibc from raising that size as it
  goes, as it otherwise does after the first such block is freed): a decrypted file's or
  a decoded picture's bytes leave the process's memory when they are let go, instead of
  waiting in its heap to be reused, and a long export stays flat (a 7z of 2,000
  screenshots peaked at 168 MiB with the threshold raised, 157 with it kept);
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
M_MMAP_THRESHOLD = -3  # mallopt's parameter (glibc's malloc.h)
MAPPED_FROM = 128 * 1024  # glibc's own first threshold, kept


def harden_process() -> None:
    """No core dumps, (Linux) not dumpable and large blocks handed back when freed,
    (Windows) no error report. Best effort: a failure is no reason not to run."""
    with contextlib.suppress(ImportError, ValueError, OSError):
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
            libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)
            libc.mallopt(M_MMAP_THRESHOLD, MAPPED_FROM)  # AttributeError: not glibc
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


class _MallInfo2(ctypes.Structure):
    _fields_ = [
        (name, ctypes.c_size_t)
        for name in (
            "arena",
            "ordblks",
            "smblks",
            "hblks",
            "hblkhd",
            "usmblks",
            "fsmblks",
            "uordblks",
            "fordblks",
            "keepcost",
        )
    ]


def large_blocks_returned() -> bool | None:
    """Whether a block of 1 MiB is still mapped on its own after one was freed, so that it
    goes back to the system when freed in turn (Linux with glibc; None elsewhere)."""
    if not sys.platform.startswith("linux"):
        return None
    libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
    if not hasattr(libc, "mallinfo2"):  # not glibc, or older than 2.33
        return None
    libc.mallinfo2.restype = _MallInfo2
    libc.malloc.restype = ctypes.c_void_p
    libc.free.argtypes = [ctypes.c_void_p]
    size = 1 << 20
    libc.free(libc.malloc(size))  # glibc raises its threshold past this, unless it is kept
    before = libc.mallinfo2().hblks
    block = libc.malloc(size)
    try:
        return bool(libc.mallinfo2().hblks == before + 1)
    finally:
        libc.free(block)
