"""Run work off the GUI thread and get its result back on the GUI thread.

This is the one place in the GUI that starts background work (Picard's
`run_task`). Key derivation, database reads and writes and image decoding go
through `run_task`; the callbacks always run on the GUI thread, and never after
their `context` widget was destroyed.

All tasks share one pool with a single thread, so vault access is serialized and
happens in the order it was asked for. Short reads that must not wait behind long
work (the rows of the list coming into view while a dossier is made) go through
`run_task(..., read=True)` instead: a second single thread; the vault's own lock keeps
the two apart. Long work that holds no lock of the vault's (the check, which reads on
connections of its own) goes through `run_task(..., apart=True)`: a third thread, so that
it holds up neither the work nor the reads. Work that touches no vault at all and may run
many at once (decoding the pictures of a batch import before they are stored) goes through
`run_task(..., spread=True)`: a pool with a thread per core but one, left to the task
thread that stores them (`spread_pool`).

Long work reports progress and can be cancelled (as Anki's `QueryOp` with
progress): `run_task(fn, ..., on_progress=...)` calls `fn(progress)` with a
`Progress`, which the work calls as `progress(done, total)`; `on_progress(done,
total)` then runs on the GUI thread. `run_task` returns a `TaskHandle`; its
`cancel()` makes the next `progress(...)` call raise `Cancelled` (and sets
`progress.cancelled`, a `threading.Event`, for work that waits on one). A cancelled
task ends in `on_error(Cancelled)` unless the work finished first.

Work done in turns, some on the GUI thread and some off it (look at a page, which only
the GUI thread can load, then store what was seen), is one generator given to
`run_in_turn`: each function it yields runs as a task, and its result comes back at the
`yield` on the GUI thread (an exception is raised there).

Tests call `set_synchronous(True)`: the function and its callback then run at
once, inside `run_task`, which keeps tests deterministic without waiting;
`running_inline()` tells the GUI tests' guard that such work is a task's, not the GUI
thread's own (nothing else touches the vault from the GUI thread).
"""

from __future__ import annotations

import contextlib
import functools
import itertools
import logging
import threading
from collections.abc import Callable, Generator, Iterator
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Qt, QThreadPool, Signal, Slot

from evidence_app.vault import item_store

log = logging.getLogger(__name__)

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]

_synchronous = False
# Tasks whose outcome has not arrived yet, by number (`_Relay`).
_pending: dict[int, _Task] = {}


_inline = False  # a task's function is running inline (synchronous tests)


def running_inline() -> bool:
    """Whether a task's function is running now on this thread (only in synchronous tests),
    or the GUI thread commits `at_once`."""
    return _inline


# What the tasks run `at_once` raised, while it lasts.
_failures: list[BaseException] | None = None


@contextlib.contextmanager
def at_once() -> Iterator[list[BaseException]]:
    """The one kind of vault work the GUI thread does itself: committing what was typed as
    the vault is about to lock, before the key is forgotten (there is no later turn). Tasks
    asked for meanwhile (a window's Save starting its write) run at once as well, their
    callbacks with them; the list it gives gets what those tasks raised."""
    global _inline, _synchronous, _failures
    outer = (_inline, _synchronous, _failures)
    failures: list[BaseException] = []
    _inline, _synchronous, _failures = True, True, failures
    try:
        yield failures
    finally:
        _inline, _synchronous, _failures = outer


def set_synchronous(on: bool) -> None:
    """Run every task inline (for tests)."""
    global _synchronous
    _synchronous = on


# The pools, each made when it is first needed: name -> pool.
_pools: dict[str, QThreadPool] = {}


def _lane(name: str, threads: int = 1) -> QThreadPool:
    made = _pools.get(name)
    if made is None:
        made = _pools[name] = QThreadPool()
        made.setMaxThreadCount(threads)
        made.setObjectName(name)
    return made


def pool() -> QThreadPool:
    """The single-thread pool that runs every task."""
    return _lane("bewijskluis-tasks")


def read_pool() -> QThreadPool:
    """The single-thread pool of `run_task(..., read=True)`."""
    return _lane("bewijskluis-reads")


def apart_pool() -> QThreadPool:
    """The single-thread pool of `run_task(..., apart=True)`."""
    return _lane("bewijskluis-apart")


def spread_pool() -> QThreadPool:
    """The pool of `run_task(..., spread=True)`: `item_store.preparing_threads()`, a thread
    per core but one, at most `item_store.MOST_AT_ONCE` (pictures decoded at once, each up
    to some 200 MB).

    The core left over is the task thread's, which stores what was decoded: with a thread
    per core, 100 screenshots took 1.16 s instead of 0.98 to 1.06 on two cores
    (`bench/batch.py`, 2026-12-05), the threads taking each other's turns.
    """
    return _lane("bewijskluis-spread", item_store.preparing_threads())


def wait_idle(msecs: int = 30_000) -> bool:
    """Block until every queued task and read has run (the callbacks still need the event
    loop)."""
    return all(p.waitForDone(msecs) for p in (spread_pool(), pool(), read_pool(), apart_pool()))


class Cancelled(Exception):
    """Raised inside a task's work by `Progress` once its `TaskHandle.cancel()` was called."""


class Progress:
    """What a task's work calls to report how far it got; it raises `Cancelled` once the
    task was cancelled. `cancelled` is the event behind it, for work that takes one."""

    def __init__(self, report: Callable[[int, int], None] | None) -> None:
        self._report = report
        self.cancelled = threading.Event()

    def __call__(self, done: int, total: int) -> None:
        if self.cancelled.is_set():
            raise Cancelled("cancelled")
        if self._report is not None:
            self._report(done, total)


class TaskHandle:
    """The caller's hold on a task: it can be cancelled. Made by `run_task`, or by the
    caller beforehand (`run_task(..., handle=...)`) when a progress report may want
    to cancel before `run_task` has returned (synchronous tests)."""

    def __init__(self) -> None:
        self._progress = Progress(None)

    def cancel(self) -> None:
        """Ask the work to stop at its next progress report (idempotent)."""
        self._progress.cancelled.set()

    @property
    def cancel_requested(self) -> bool:
        return self._progress.cancelled.is_set()


class _Task:
    """One task's callbacks, kept on the GUI thread until its outcome arrives (`_Relay`)."""

    def __init__(
        self,
        on_done: Done,
        on_error: Failed,
        context: QObject | None,
        on_progress: Callable[[int, int], None] | None = None,
    ) -> None:
        self.context = context
        self.on_done = on_done
        self.on_error = on_error
        self.on_progress = on_progress

    def context_alive(self) -> bool:
        return self.context is None or shiboken6.isValid(self.context)


class _Relay(QObject):
    """Carries every task's outcome and progress from the worker threads to the GUI thread.

    One object, made on the GUI thread and never deleted: a worker thread only emits its
    signals with a task's number, and never holds (nor frees) an object of the GUI thread.
    (A QObject per task, freed by the thread that ran the task, could be destroyed there
    while the GUI thread still delivered to it.)

    Signals (emitted in a worker thread, delivered queued):
        succeeded(number, value); failed(number, exception); advanced(number, done, total).
    """

    succeeded = Signal(int, object)
    failed = Signal(int, object)
    advanced = Signal(int, int, int)

    def __init__(self) -> None:
        super().__init__()
        self.succeeded.connect(self._deliver_value, Qt.ConnectionType.QueuedConnection)
        self.failed.connect(self._deliver_error, Qt.ConnectionType.QueuedConnection)
        self.advanced.connect(self._deliver_progress, Qt.ConnectionType.QueuedConnection)

    @Slot(int, int, int)
    def _deliver_progress(self, number: int, done: int, total: int) -> None:
        task = _pending.get(number)
        if task is not None and task.on_progress is not None and task.context_alive():
            task.on_progress(done, total)

    @Slot(int, object)
    def _deliver_value(self, number: int, value: object) -> None:
        task = _pending.pop(number, None)
        if task is not None and task.context_alive():
            task.on_done(value)

    @Slot(int, object)
    def _deliver_error(self, number: int, exc: object) -> None:
        task = _pending.pop(number, None)
        if task is not None and task.context_alive():
            assert isinstance(exc, BaseException)
            task.on_error(exc)


_relay: _Relay | None = None
_numbers = itertools.count(1)


def _the_relay() -> _Relay:
    """The relay, made on the first call (on the GUI thread, where `run_task` is called)."""
    global _relay
    if _relay is None:
        _relay = _Relay()
    return _relay


def _work(fn: Callable[[], Any], relay: _Relay, number: int) -> Callable[[], None]:
    """The function the pool runs: call `fn`, hand the outcome to the relay."""

    def run() -> None:
        nonlocal fn
        try:
            value = fn()
        except BaseException as exc:  # handed to on_error, which decides what to say
            relay.failed.emit(number, exc)
        else:
            relay.succeeded.emit(number, value)
        finally:
            del fn  # drop references to secrets early

    return run


def _log_error(exc: BaseException) -> None:
    # The type only: an exception's text could name a file or hold evidence.
    log.error("background task failed: %s", type(exc).__name__)


def run_task(
    fn: Callable[..., Any],
    on_done: Done,
    on_error: Failed | None = None,
    *,
    context: QObject | None = None,
    on_progress: Callable[[int, int], None] | None = None,
    cancellable: bool = False,
    handle: TaskHandle | None = None,
    read: bool = False,
    apart: bool = False,
    spread: bool = False,
) -> TaskHandle:
    """Run `fn()` in the pool; then `on_done(result)` or `on_error(exception)` on the GUI thread.

    With `on_progress` (or `cancellable`), `fn` is called as `fn(progress)` with a
    `Progress` (see the module docstring); cancel through the returned handle. With a
    `context`, the callbacks are dropped when that object is destroyed first. With
    `read`, `fn` is a short read: it runs on the read thread and does not wait for long
    work queued before it (the vault's lock still serializes each call). With `apart`,
    `fn` is long work that holds no lock of the vault's: it runs on a thread of its own.
    With `spread`, `fn` does not touch the vault: it runs beside others (`spread_pool`).
    """
    error = on_error or _log_error
    with_progress = on_progress is not None or cancellable or handle is not None
    handle = handle or TaskHandle()
    progress = handle._progress
    if _synchronous:
        global _inline
        progress._report = on_progress
        outer = _inline
        try:
            _inline = True  # the task's own work
            try:
                value = fn(progress) if with_progress else fn()
            except Exception as exc:
                _inline = False  # the callbacks are the GUI thread's
                if _failures is not None:
                    _failures.append(exc)
                error(exc)
            else:
                _inline = False
                on_done(value)
        finally:
            _inline = outer
        return handle
    relay, number = _the_relay(), next(_numbers)
    _pending[number] = _Task(on_done, error, context, on_progress)
    progress._report = functools.partial(relay.advanced.emit, number)
    lane = spread_pool() if spread else apart_pool() if apart else read_pool() if read else pool()
    lane.start(_work((lambda: fn(progress)) if with_progress else fn, relay, number))
    return handle


class Overtaken:
    """What a save gives back when a lock wrote for it (`Overtaking`)."""


OVERTAKEN = Overtaken()


class Overtaking:
    """Saves that a lock can take over. A save waits for the worker, perhaps behind long
    work; the vault is about to lock, and the lock writes what the window shows now, at
    once (`overtake`). The save waiting for the same thing then writes nothing: run later,
    it would put older words back, or meet a locked vault. The check and the write happen
    under one lock with the lock's own write, so a save that has begun ends first."""

    def __init__(self) -> None:
        self._guard = threading.Lock()
        self._times: dict[object, int] = {}

    def ticket(self, what: object) -> int:
        """Taken when the save is asked for (on the GUI thread)."""
        return self._times.get(what, 0)

    def unless_overtaken(self, what: object, ticket: int, write: Callable[[], Any]) -> Any:
        """In the task: `write()`, or `OVERTAKEN` when a lock wrote for `what` since."""
        with self._guard:
            if self._times.get(what, 0) != ticket:
                return OVERTAKEN
            return write()

    def overtake(self, what: object, write: Callable[[], Any]) -> Any:
        """At the lock, on the GUI thread: `write()` now, in place of any save of `what`
        still waiting (one under way ends first)."""
        with self._guard:
            self._times[what] = self._times.get(what, 0) + 1
            with at_once():
                return write()


class SavesInTurn:
    """A Save button that stays enabled while its save runs in the background (disabled, Qt
    would move the keyboard's focus on to the next control and leave it there). Pressed
    again meanwhile, it saves again once the first is stored, with what was changed since:
    a press simply ignored lost a note typed or a part marked meanwhile, after "Saved".

    `what` tells saves apart that may run one after the other (the details of two items):
    only a press for the same one waits."""

    _NOTHING = object()

    def __init__(self) -> None:
        self._saving: object = self._NOTHING
        self._again = False

    def begin(self, what: object = None) -> bool:
        """Whether to save now; if not, one for `what` is under way and saves again after."""
        if self._saving is not self._NOTHING and self._saving == what:
            self._again = True
            return False
        self._saving, self._again = what, False
        return True

    def stored(self, what: object = None) -> bool:
        """The save for `what` is stored; whether it was asked for again meanwhile."""
        if self._saving is self._NOTHING or self._saving != what:
            return False
        again = self._again
        self._saving, self._again = self._NOTHING, False
        return again

    def running(self) -> bool:
        """Whether a save is under way."""
        return self._saving is not self._NOTHING

    def failed(self, what: object = None) -> None:
        """The save for `what` failed: a press meanwhile is dropped with it (the person is
        told, and presses again)."""
        if self._saving is not self._NOTHING and self._saving == what:
            self._saving, self._again = self._NOTHING, False


def run_in_turn(
    steps: Generator[Callable[[], Any], Any, None],
    *,
    context: QObject | None = None,
    on_error: Failed | None = None,
) -> None:
    """Drive `steps` (the module docstring): each function it yields runs as a task; its
    result is sent back into the generator on the GUI thread, or its exception raised at
    the `yield`. An exception the generator lets out goes to `on_error`. With `context`
    destroyed, the generator is not resumed: it is closed (its `finally` runs) as soon as
    the task it waited for ends."""
    _InTurn(steps, context, on_error or _log_error).advance(None, None)


class _InTurn:
    """The state of one `run_in_turn`. Only the pending task's callbacks hold it (no
    cycle), so once they are dropped the generator is closed at once."""

    def __init__(
        self, steps: Generator[Callable[[], Any], Any, None], context: QObject | None, error: Failed
    ) -> None:
        self.steps, self.context, self.error = steps, context, error

    def advance(self, value: object, thrown: BaseException | None) -> None:
        """Resume the generator with `value`, or `thrown` raised at its `yield`."""
        try:
            fn = self.steps.throw(thrown) if thrown is not None else self.steps.send(value)
        except StopIteration:
            return
        except Exception as exc:
            self.error(exc)
            return
        finally:
            thrown = None  # this frame lets go of it: no cycle through its traceback
        run_task(fn, self.sent, self.thrown, context=self.context)

    def sent(self, value: object) -> None:
        self.advance(value, None)

    def thrown(self, exc: BaseException) -> None:
        self.advance(None, exc)
