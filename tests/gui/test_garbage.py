"""Garbage collection happens on the GUI thread only (never in the tasks worker)."""

from __future__ import annotations

import gc
import threading

from pytestqt.qtbot import QtBot

from evidence_app.gui.common.garbage import GuiThreadCollector


def test_the_collector_runs_on_the_gui_thread_and_gives_gc_back(qtbot: QtBot) -> None:
    was_enabled = gc.isenabled()
    threads: list[str] = []

    def note(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            threads.append(threading.current_thread().name)

    collector = GuiThreadCollector(interval_ms=10)
    gc.callbacks.append(note)
    try:
        assert not gc.isenabled()
        for _ in range(5000):  # make cyclic garbage, well past generation 0's threshold
            a: list[object] = []
            a.append(a)
        worker = threading.Thread(target=lambda: [[] for _ in range(200_000)], name="worker")
        worker.start()
        worker.join()
        qtbot.waitUntil(lambda: bool(threads), timeout=2000)
    finally:
        gc.callbacks.remove(note)
        collector.stop()
    assert set(threads) == {threading.main_thread().name}
    assert gc.isenabled() == was_enabled
