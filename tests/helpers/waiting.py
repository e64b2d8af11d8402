"""Waiting for a condition, never for a fixed time.

A test that sleeps a fixed time is slow where the machine is fast and flaky where
it is slow; a test that measures how long something took fails on a busy machine.
`wait_until` polls the condition itself and gives up only after a generous
`timeout`, which bounds a hang and is never what the test asserts. In Qt tests,
`qtbot.waitUntil` and `qtbot.waitSignal` do the same while the event loop runs.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

POLL_SECONDS = 0.05


class TimedOut(AssertionError):
    """The condition did not come true in time."""


def wait_until(
    what: str,
    predicate: Callable[[], Any],
    timeout: float = 30.0,
    *,
    retry_on: tuple[type[BaseException], ...] = (),
    failure: type[AssertionError] = TimedOut,
    every: float = POLL_SECONDS,
) -> Any:
    """Poll `predicate` until it returns something true; that value.

    An exception of a `retry_on` type counts as "not yet" (and is named if time runs
    out); any other ends the wait at once. After `timeout` seconds: `failure`. The
    condition is looked at every `every` seconds.
    """
    deadline = time.monotonic() + timeout
    last: BaseException | None = None
    while True:
        try:
            value = predicate()
        except retry_on as exc:
            value, last = None, exc
        if value:
            return value
        if time.monotonic() > deadline:
            raise failure(f"timed out waiting for {what}" + (f" ({last})" if last else ""))
        time.sleep(every)
