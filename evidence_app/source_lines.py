"""Let go of the source lines PySide6 makes Python keep for every module imported after it.

Once PySide6 is imported, shiboken's import hook reads the source of each module imported
from then on (`inspect.getsource`), to see whether it names PySide6 (PYSIDE-2029, for its
`__feature__` switches), and Python's `linecache` keeps every line it read for as long as
the process lives. From a checkout or a pip install that is the app's own modules, fpdf2,
fontTools and the rest: about 20 MiB of text nothing reads again (a traceback reads the few
lines it shows from the file). The built app (PyInstaller) has no source files beside its
modules, so there is nothing to read or keep.

`forget()` empties that cache. Python's `linecache` is not safe to empty while another
thread reads it (a lookup between its two steps would fail), so it is called where the
process runs one thread: at the window's start, before Qt is started, and in `export`
before the export itself. With another thread of Python's running it does nothing.
"""

from __future__ import annotations

import linecache
import threading


def forget() -> bool:
    """Let go of every source line `linecache` holds, unless another thread runs; whether
    it did."""
    if threading.active_count() > 1:
        return False
    linecache.clearcache()
    return True
