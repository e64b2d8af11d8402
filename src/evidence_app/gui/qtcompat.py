"""Work-arounds for bugs of the Qt binding, each in one place.

`emit(signal, *args)`: in PySide6 6.12.0, `SignalInstance.emit()` returns
`True` without taking a reference to it, so every emit from Python lowers the
reference count of `True`. After enough emits the interpreter aborts
("bool_dealloc: deallocating True or False"), typically at exit. We probe for
the bug once at import and, only when it is there, give the missing reference
back. On a fixed PySide6 the probe finds nothing and `emit` is a plain call.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

from PySide6.QtCore import QObject, Signal, SignalInstance

_PROBES = 8


class _Probe(QObject):
    ping = Signal()


def _emit_loses_a_reference() -> bool:
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(_PROBES):
        result = probe.ping.emit()
        del result
    lost = before - sys.getrefcount(True)
    if lost > 0:
        for _ in range(lost):  # give back what the probe itself took
            ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))
    return lost >= _PROBES


_RESULT_BORROWED = _emit_loses_a_reference()


def emit(signal: SignalInstance, *args: Any) -> None:
    """`signal.emit(*args)`, without PySide6 6.12.0's reference leak on its result."""
    result = signal.emit(*args)
    if _RESULT_BORROWED and isinstance(result, bool):
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(result))
