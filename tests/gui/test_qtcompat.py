"""The binding work-around keeps None, True and False alive through many Qt calls."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal

from evidence_app.gui import qtcompat


class _Sender(QObject):
    number = Signal(int)


def test_many_void_calls_and_emits_cannot_use_up_the_singletons() -> None:
    sender = _Sender()
    seen: list[int] = []
    sender.number.connect(seen.append)
    for i in range(5000):
        sender.number.emit(i)
        sender.setObjectName("x")
    assert seen == list(range(5000))
    for singleton in (None, True, False):
        # Immortal (3.12+) or protected by qtcompat: far from zero either way.
        assert sys.getrefcount(singleton) > 1_000_000 or not qtcompat.PROTECTED
