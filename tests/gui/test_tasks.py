"""The one background helper: results, progress and cancel come back on the GUI thread."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QThread
from pytestqt.qtbot import QtBot

from evidence_app.gui.common import tasks


def _on_gui_thread() -> bool:
    return QThread.currentThread() is QObject().thread()


def test_progress_and_result_arrive_in_order_on_the_gui_thread(
    qtbot: QtBot, threaded_tasks: None
) -> None:
    seen: list[object] = []
    workers: list[str] = []

    def work(progress: tasks.Progress) -> str:
        workers.append(threading.current_thread().name)
        for done in range(1, 4):
            progress(done, 3)
        return "stored"

    def note(done: int, total: int) -> None:
        seen.append((done, total, _on_gui_thread()))

    tasks.run_task(work, lambda value: seen.append((value, _on_gui_thread())), on_progress=note)
    qtbot.waitUntil(lambda: len(seen) == 4, timeout=10_000)
    assert seen == [(1, 3, True), (2, 3, True), (3, 3, True), ("stored", True)]
    assert workers and workers[0] != threading.main_thread().name


def test_cancel_stops_the_work_at_its_next_report(qtbot: QtBot, threaded_tasks: None) -> None:
    started, may_go_on = threading.Event(), threading.Event()
    reached: list[int] = []
    outcome: list[object] = []

    def work(progress: tasks.Progress) -> str:
        started.set()
        may_go_on.wait(10)
        for done in range(1, 1000):
            progress(done, 999)
            reached.append(done)
        return "finished"

    handle = tasks.run_task(work, outcome.append, outcome.append, cancellable=True)
    assert started.wait(10)
    handle.cancel()
    may_go_on.set()
    qtbot.waitUntil(lambda: bool(outcome), timeout=10_000)
    assert isinstance(outcome[0], tasks.Cancelled)
    assert reached == []  # the first report after the cancel raised
    assert handle.cancel_requested


def test_callbacks_are_dropped_when_their_window_is_gone(
    qtbot: QtBot, threaded_tasks: None
) -> None:
    context = QObject()
    release = threading.Event()
    delivered: list[object] = []

    def work(progress: tasks.Progress) -> int:
        release.wait(10)
        progress(1, 1)
        return 1

    tasks.run_task(
        work,
        delivered.append,
        delivered.append,
        context=context,
        on_progress=lambda done, total: delivered.append((done, total)),
    )
    context.deleteLater()
    qtbot.waitUntil(lambda: not _alive(context), timeout=10_000)
    release.set()
    assert tasks.wait_idle()
    qtbot.wait_until(lambda: not tasks._pending, timeout=10_000)
    assert delivered == []


def _alive(obj: QObject) -> bool:
    import shiboken6

    return shiboken6.isValid(obj)


def test_a_read_does_not_wait_behind_long_work(qtbot: QtBot, threaded_tasks: None) -> None:
    """The rows of the list arrive while a long task (a dossier) still holds the task thread."""
    release = threading.Event()
    done: list[str] = []
    tasks.run_task(lambda: release.wait(30) and "long", done.append)
    tasks.run_task(lambda: "read", done.append, read=True)
    qtbot.waitUntil(lambda: done == ["read"])  # the long work is still running
    release.set()
    qtbot.waitUntil(lambda: done == ["read", "long"])


def test_many_short_tasks_on_every_lane_each_deliver_once_on_the_gui_thread(
    qtbot: QtBot, threaded_tasks: None
) -> None:
    """Outcomes travel through one relay by the task's number: the worker threads never
    hold (nor free) an object of the GUI thread, however fast the tasks end."""
    seen: dict[int, int] = {}
    off_thread: list[int] = []

    def arrived(number: int) -> None:
        seen[number] = seen.get(number, 0) + 1
        if not _on_gui_thread():
            off_thread.append(number)

    lanes = ({}, {"read": True}, {"apart": True}, {"spread": True})
    for number in range(1200):
        tasks.run_task(lambda number=number: number, arrived, **lanes[number % 4])  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: len(seen) == 1200, timeout=30_000)
    assert set(seen.values()) == {1} and not off_thread
    assert not tasks._pending
