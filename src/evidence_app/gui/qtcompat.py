"""Work-arounds for bugs of the Qt binding, each in one place.

PySide6 6.12.0 on CPython 3.11 returns `None`, `True` and `False` to Python
without taking a reference: every call of a void method (`setText`, `clear`),
every `emit()` and every model `data()` that answers nothing lowers their
reference counts. After some thousands of calls the interpreter aborts
("none_dealloc" / "bool_dealloc"), usually while exiting. CPython 3.12 made
these three objects immortal, which hides the bug there. We probe for the bug
once and, only when it is there, give the three objects the same immortality
(a reference count no program can use up), as CPython 3.12 does.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject

_PROBES = 16
# CPython 3.12 gives immortal objects a refcount near 2**32; this is the same idea.
_IMMORTAL_REFS = 1 << 40


def _void_call_loses_a_reference() -> bool:
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(_PROBES):
        probe.setObjectName("probe")
    return before - sys.getrefcount(None) >= _PROBES


def make_singletons_immortal() -> bool:
    """Protect None, True and False from the binding's lost references; whether it was needed."""
    if sys.version_info >= (3, 12) or not _void_call_loses_a_reference():
        return False
    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += _IMMORTAL_REFS
    return True


PROTECTED = make_singletons_immortal()
