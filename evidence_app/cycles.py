"""Free what is left in reference cycles at once, where that is safe.

On the command line a big step (the PDF's layout, the password's word lists) frees its
cycles as soon as it is done with them, before the next step's peak. In the app such a
step runs on a worker, and the cycle collector runs on the GUI thread alone, every half
second (`gui.common.garbage`): garbage that holds a widget must not be destroyed on another
thread. So `free()` collects on the main thread only.
"""

from __future__ import annotations

import gc
import threading


def free() -> None:
    """Collect now if this is the main thread; elsewhere leave it to the app's collector."""
    if threading.current_thread() is threading.main_thread():
        gc.collect()
