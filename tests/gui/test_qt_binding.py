"""The Qt binding we ship must keep Python's reference counts right.

PySide6 6.12.0 under Python 3.11 lost a reference to None on every void call
(`QLabel.setText`) and to True/False on every `emit()`; after a few thousand
calls the interpreter aborts ("none_dealloc"). pyproject pins PySide6 below
6.12; this test fails loudly if a release with that fault is ever installed.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot


class _Emitter(QObject):
    fired = Signal(bool)


def test_void_calls_and_emits_keep_reference_counts(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    emitter = _Emitter()
    received: list[bool] = []
    emitter.fired.connect(received.append)
    none_before = sys.getrefcount(None)
    true_before = sys.getrefcount(True)
    for _ in range(500):
        label.setText("x")
        emitter.fired.emit(True)
    # A little slack for unrelated objects made meanwhile; the fault loses 500 at once.
    assert sys.getrefcount(None) - none_before > -50
    assert sys.getrefcount(True) - true_before > -50
    assert len(received) == 500
