"""The one background helper: results, progress and cancel come back on the GUI thread."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QObject, QThread
from pytestqt.qtbot import QtBot

from evidence_app import gui
from evidence_app.gui.common import tasks
from tests.helpers.vaults import Vault


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


def _on_the_gui_thread() -> bool:
    return threading.current_thread() is threading.main_thread()


def test_work_in_turn_runs_its_steps_off_the_gui_thread_and_goes_on_on_it(
    qtbot: QtBot, threaded_tasks: None
) -> None:
    seen: list[tuple[str, bool]] = []

    def refused() -> None:
        raise ValueError("refused")

    def steps():  # type: ignore[no-untyped-def]
        seen.append(("start", _on_the_gui_thread()))
        first = yield lambda: ("read", _on_the_gui_thread())
        seen.append(first)
        seen.append(("between", _on_the_gui_thread()))
        try:
            yield refused
        except ValueError as exc:  # raised at the yield, on the GUI thread
            seen.append((str(exc), _on_the_gui_thread()))
        second = yield lambda: ("stored", _on_the_gui_thread())
        seen.append(second)

    tasks.run_in_turn(steps())
    qtbot.waitUntil(lambda: len(seen) == 5, timeout=10_000)
    assert seen == [
        ("start", True),
        ("read", False),
        ("between", True),
        ("refused", True),
        ("stored", False),
    ]


def test_work_in_turn_stops_and_tidies_up_when_its_window_is_gone(
    qtbot: QtBot, threaded_tasks: None
) -> None:
    window = QObject()
    may_go_on = threading.Event()
    seen: list[str] = []

    def steps():  # type: ignore[no-untyped-def]
        try:
            yield may_go_on.wait
            seen.append("resumed")  # never: its window is gone
        finally:
            seen.append("tidied")

    tasks.run_in_turn(steps(), context=window)
    window.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(window), timeout=10_000)
    may_go_on.set()
    qtbot.waitUntil(lambda: seen == ["tidied"], timeout=10_000)
    assert tasks.wait_idle()


def test_an_error_let_out_of_work_in_turn_is_handed_on(qtbot: QtBot) -> None:
    failed: list[BaseException] = []

    def steps():  # type: ignore[no-untyped-def]
        yield lambda: None
        raise KeyError("a bug")

    tasks.run_in_turn(steps(), on_error=failed.append)
    assert [type(exc) for exc in failed] == [KeyError]


def test_the_guard_sees_the_window_use_the_vault_on_the_gui_thread(
    vault: Vault, gui_thread_calls: list[str]
) -> None:
    """`tests/gui/conftest.py` fails a test in which the window's own code calls the vault
    on the GUI thread; work in a task, and the GUI thread's one commit `at_once`, pass."""
    # Code that Python takes for the window's own (its file is in evidence_app/gui).
    window_code = compile("service.cases()", str(Path(gui.__file__).parent / "x.py"), "eval")

    def as_the_window() -> None:
        eval(window_code, {"service": vault.service})  # noqa: S307 - our constant, above

    as_the_window()
    assert gui_thread_calls == ["cases from x.py:1 <module>"]
    gui_thread_calls.clear()
    tasks.run_task(as_the_window, lambda _: None)
    with tasks.at_once():
        as_the_window()
    vault.service.cases()  # a test reading the vault itself
    assert gui_thread_calls == []


def test_inline_work_is_told_apart_from_the_gui_threads_own(qtbot: QtBot) -> None:
    """In synchronous tests, what a task runs counts as the task's; its callbacks, even of
    a task started inside another, as the GUI thread's; and whatever ends the task, the
    mark does not stay (it would hide later calls from the guard)."""
    seen: list[tuple[str, bool]] = []

    def outer() -> None:
        seen.append(("outer", tasks.running_inline()))
        tasks.run_task(
            lambda: seen.append(("inner", tasks.running_inline())),
            lambda _: seen.append(("inner done", tasks.running_inline())),
        )

    tasks.run_task(outer, lambda _: seen.append(("outer done", tasks.running_inline())))
    assert seen == [("outer", True), ("inner", True), ("inner done", False), ("outer done", False)]

    def interrupted() -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        tasks.run_task(interrupted, lambda _: None)
    assert not tasks.running_inline()
