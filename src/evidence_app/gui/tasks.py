"""Run work off the GUI thread and get its result back on the GUI thread.

This is the one place in the GUI that starts background work (Picard's
`run_task`). Key derivation, database reads and writes and image decoding go
through `run_task`; the callbacks always run on the GUI thread, and never after
their `context` widget was destroyed.

All tasks share one pool with a single thread, so vault access is serialized and
happens in the order it was asked for.

Tests call `set_synchronous(True)`: the function and its callback then run at
once, inside `run_task`, which keeps tests deterministic without waiting.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Qt, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]

_pool: QThreadPool | None = None
_synchronous = False
# Tasks whose callbacks have not run yet; holding them keeps their QObjects alive.
_pending: set[_Task] = set()


def set_synchronous(on: bool) -> None:
    """Run every task inline (for tests)."""
    global _synchronous
    _synchronous = on


def pool() -> QThreadPool:
    """The single-thread pool that runs every task."""
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(1)
        _pool.setObjectName("bewijskluis-tasks")
    return _pool


def wait_idle(msecs: int = 30_000) -> bool:
    """Block until every queued task has run (the callbacks still need the event loop)."""
    return pool().waitForDone(msecs)


class _Task(QObject):
    """Carries one result from the worker thread back to the GUI thread.

    Signals:
        finished(ok, value): emitted in the worker thread; delivered queued.
    """

    finished = Signal(bool, object)

    def __init__(self, on_done: Done, on_error: Failed, context: QObject | None) -> None:
        # Not a child of `context`: Qt must not delete this object while a result is
        # on its way to it from the worker thread. The context is checked on delivery.
        super().__init__()
        self._context = context
        self._on_done = on_done
        self._on_error = on_error
        self.finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @Slot(bool, object)
    def _deliver(self, ok: bool, value: object) -> None:
        _pending.discard(self)
        try:
            if self._context is not None and not shiboken6.isValid(self._context):
                return  # the widget that asked is gone
            if ok:
                self._on_done(value)
            else:
                assert isinstance(value, BaseException)
                self._on_error(value)
        finally:
            self.deleteLater()


def _work(fn: Callable[[], Any], task: _Task) -> Callable[[], None]:
    """The function the pool runs: call `fn`, hand the outcome to `task`."""

    def run() -> None:
        nonlocal fn
        try:
            outcome: tuple[bool, object] = (True, fn())
        except BaseException as exc:  # handed to on_error, which decides what to say
            outcome = (False, exc)
        finally:
            del fn  # drop references to secrets early
        task.finished.emit(*outcome)

    return run


def _log_error(exc: BaseException) -> None:
    # The type only: an exception's text could name a file or hold evidence.
    log.error("background task failed: %s", type(exc).__name__)


def run_task(
    fn: Callable[[], Any],
    on_done: Done,
    on_error: Failed | None = None,
    *,
    context: QObject | None = None,
) -> None:
    """Run `fn()` in the pool; then `on_done(result)` or `on_error(exception)` on the GUI thread.

    With a `context`, the callbacks are dropped when that object is destroyed first.
    """
    error = on_error or _log_error
    if _synchronous:
        try:
            value = fn()
        except Exception as exc:
            error(exc)
        else:
            on_done(value)
        return
    task = _Task(on_done, error, context)
    _pending.add(task)
    pool().start(_work(fn, task))
