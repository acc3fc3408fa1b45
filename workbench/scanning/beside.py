"""Work begun on another core while the scan goes on: the automata and the passage model's
arrays let go of the interpreter lock, which the rules' Python holds."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Generic, TypeVar

T = TypeVar("T")

_lock = threading.Lock()
_executor: ThreadPoolExecutor | None = None


def _pool() -> ThreadPoolExecutor:
    global _executor
    with _lock:
        if _executor is None:
            # One worker per core: scans running side by side each get one.
            _executor = ThreadPoolExecutor(max_workers=os.cpu_count() or 2,
                                           thread_name_prefix="scan-beside")
        return _executor


def _forget_pool() -> None:
    """In a forked child the parent's worker threads do not exist: start a pool afresh."""
    global _executor, _lock
    _executor = None
    _lock = threading.Lock()


if hasattr(os, "register_at_fork"):  # not on Windows, which never forks
    os.register_at_fork(after_in_child=_forget_pool)


class Deferred(Generic[T]):
    """``fn()``'s value, computed on the first ``get()``, or begun at once on a worker
    thread when ``begin`` (worth it only for work long enough to hide behind the caller's)."""

    def __init__(self, fn: Callable[[], T], *, begin: bool) -> None:
        self._fn = fn
        self._future: Future[T] | None = _pool().submit(fn) if begin else None
        self._values: list[T] = []  # the value once computed here

    def get(self) -> T:
        """The value (waits for the worker; an error there is raised here)."""
        if self._future is not None:
            return self._future.result()
        if not self._values:
            self._values.append(self._fn())
        return self._values[0]

    def drop(self) -> None:
        """Not needed after all (a cancelled scan): a job not yet started never starts."""
        if self._future is not None:
            self._future.cancel()
