"""The emit work-around keeps the reference count of True steady."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal

from evidence_app.gui.qtcompat import emit


class _Sender(QObject):
    number = Signal(int)


def test_emit_keeps_true_alive() -> None:
    sender = _Sender()
    seen: list[int] = []
    sender.number.connect(seen.append)
    before = sys.getrefcount(True)
    for i in range(200):
        emit(sender.number, i)
    assert seen == list(range(200))
    assert sys.getrefcount(True) - before >= 0
