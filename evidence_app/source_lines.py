"""Let go of the source lines PySide6 makes Python keep for every module imported after it.

Once PySide6 is imported, shiboken's import hook reads the source of each module imported
from then on (`inspect.getsource`), to see whether it names PySide6 (PYSIDE-2029, for its
`__feature__` switches), and Python's `linecache` keeps every line it read for as long as
the process lives. From a checkout or a pip install that is the app's own modules, fpdf2,
fontTools and the rest: about 20 MiB of text nothing reads again (a traceback that shows a
line reads that file again). The built app (PyInstaller) keeps its modules compiled,
without their source, so there is nothing to read or keep.

`forget()` lets go of the lines read from files (not those a library put there with no
file to read them from again). Python's `linecache` is not safe to change while another
thread reads it (a lookup between its two steps would fail), so it is called where the
process runs one thread: at the window's start, before Qt is started, and in `export`
before the export itself. While another thread runs Python code it does nothing.
"""

from __future__ import annotations

import linecache
import sys


def forget() -> bool:
    """Let go of the source lines `linecache` read from files, unless another thread runs
    Python code (Qt's workers included); whether it did."""
    if len(sys._current_frames()) > 1:
        return False
    for name, entry in list(linecache.cache.items()):
        if len(entry) == 4 and entry[1] is not None:  # (size, mtime, lines, path): a file's
            del linecache.cache[name]
    return True
