"""Python's cycle collector runs on the GUI thread only.

Left alone, the collector runs in whichever thread happens to allocate when a
threshold is crossed, and that may be the worker of `gui.common.tasks`. If the garbage
it finds then holds a Qt widget (a closed dialog caught in a reference cycle
with a lambda, say), the widget is destroyed from the worker thread, and Qt
crashes. So automatic collection is switched off and this object runs it from
a timer on the GUI thread, by the same thresholds Python would use (the pattern
Anki and others use with PyQt/PySide).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer, Slot

INTERVAL_MS = 500


class GuiThreadCollector(QObject):
    """Owns garbage collection while it runs; `stop()` gives it back as it was."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.check)
        self._timer.start(interval_ms)

    @Slot()
    def check(self) -> None:
        """Collect the generations whose counts passed their thresholds, oldest that qualifies."""
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self._thresholds[generation]:
                gc.collect(generation)
                return

    def stop(self) -> None:
        """Stop, collect once more, and leave automatic collection as it was found."""
        self._timer.stop()
        gc.collect()
        if self._was_enabled:
            gc.enable()
