"""Keep the garbage collector off the long-lived heap, so no full collection stalls the window."""

from __future__ import annotations

import gc
import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager

log = logging.getLogger("workbench.heap")


def freeze_long_lived() -> None:
    """Move every object alive now out of the collector's sight (``gc.freeze``).

    Call once the modules are imported, before the window opens. Why: a full collection walks
    every tracked object of the process while holding the GIL. With Qt, SQLAlchemy and the
    scanner loaded that is 100-200k objects, and each full collection took 50-100 ms on a
    loaded two-core PC, long enough to stall the window during an import. Modules, classes
    and functions live as long as the process anyway, so nothing collectable is lost.
    """
    gc.collect()
    gc.freeze()
    log.debug("%d objects frozen out of the collector", gc.get_freeze_count())


_pause_lock = threading.Lock()
_pause_depth = 0
_was_enabled = True


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic collector around one burst of short-lived objects (a big save).

    Saving thousands of hits creates and drops as many objects; each time the young
    generations fill, the collector may start a full collection, which stalls the window for
    50-100 ms. Reference counting frees these objects anyway. Counted and thread-safe: the
    collector comes back when the last pauser leaves, and only if it was on before.
    """
    global _pause_depth, _was_enabled
    with _pause_lock:
        if _pause_depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _pause_depth += 1
    try:
        yield
    finally:
        with _pause_lock:
            _pause_depth -= 1
            if _pause_depth == 0 and _was_enabled:
                gc.enable()
