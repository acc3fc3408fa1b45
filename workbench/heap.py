"""Keep the garbage collector off the long-lived heap, so no full collection stalls the window."""

from __future__ import annotations

import gc
import logging

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
