"""WORKAROUND: PySide6 6.12.0 on CPython 3.11 drops a reference to ``None`` on every call of a
void Qt method (and sometimes to ``True``/``False``).

On 3.11 those singletons are ordinary reference-counted objects, so after enough Qt calls the
count reaches zero and the interpreter aborts ("Fatal Python error: none_dealloc"). CPython 3.12
made them immortal (PEP 683), which hides the bug. Until the pinned PySide6 is fixed or the
product requires Python 3.12, the window tops the counts up: one write per singleton, checked on
a timer, costing nothing measurable.

Measured: ``QPushButton.setEnabled(True)`` x 1000 lowers ``sys.getrefcount(None)`` by 1000.
"""

from __future__ import annotations

import ctypes
import logging
import sys

log = logging.getLogger("workbench.gui")

#: Keep every singleton at least this far from zero (a long day is a few million Qt calls).
FLOOR = 1 << 40
_SINGLETONS = (None, True, False)


def needed() -> bool:
    return sys.implementation.name == "cpython" and sys.version_info < (3, 12)


def top_up() -> None:
    """Raise the singletons' reference counts above :data:`FLOOR` when they fall below it."""
    if not needed():
        return
    for obj in _SINGLETONS:
        if sys.getrefcount(obj) < FLOOR:
            # ob_refcnt is the first field of every CPython 3.11 object (Py_ssize_t).
            ctypes.c_ssize_t.from_address(id(obj)).value += FLOOR
