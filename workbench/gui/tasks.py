"""The one background runner: service calls run on a QThreadPool, results return on the GUI thread.

Why two pools: every database task goes to a pool of exactly one thread, so two actions of the
same person never race each other inside the database (SQLite allows one writer; the services'
optimistic versions would turn a race into a needless conflict dialog). CPU work that does not
touch the database (rendering a PDF page) goes to a second small pool so it never waits behind
an import.

Workers never touch widgets: a worker only calls ``fn`` and emits a signal of the
:class:`TaskRunner`, which lives on the GUI thread, so Qt queues the delivery to that thread.
"""

from __future__ import annotations

import itertools
import logging
import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from workbench.core.progress import CancelToken, ProgressSink

log = logging.getLogger("workbench.gui.tasks")

DoneCallback = Callable[[Any], None]
ErrorCallback = Callable[[BaseException], None]
ProgressCallback = Callable[[int, "int | None", str], None]


class Pool(Protocol):
    """What the runner needs of a pool (QThreadPool, or the synchronous fake of the tests)."""

    def start(self, runnable: QRunnable) -> None: ...

    def waitForDone(self, msecs: int = ...) -> bool: ...

    def activeThreadCount(self) -> int: ...


class WorkerProgress(ProgressSink):
    """The Qt-free ProgressSink a worker's function receives: forwards to the GUI thread."""

    def __init__(self, runner: TaskRunner, task_id: int, token: CancelToken) -> None:
        self._runner = runner
        self._task_id = task_id
        self.token = token

    def update(self, done: int, total: int | None, message: str = "") -> None:
        # Emitted from the worker thread; the runner lives on the GUI thread (queued).
        self._runner._progressed.emit(self._task_id, done, -1 if total is None else total,
                                      message)

    def cancelled(self) -> bool:
        return self.token.cancelled()


@dataclass
class _Pending:
    on_done: DoneCallback | None
    on_error: ErrorCallback | None
    on_progress: ProgressCallback | None


class _Job(QRunnable):
    """Runs ``fn`` on a pool thread and reports through the runner's signals only."""

    def __init__(self, runner: TaskRunner, task_id: int, fn: Callable[..., Any],
                 sink: WorkerProgress | None) -> None:
        super().__init__()
        self._runner = runner
        self._task_id = task_id
        self._fn = fn
        self._sink = sink
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self._fn(self._sink) if self._sink is not None else self._fn()
        except BaseException as exc:  # delivered to the GUI thread, never lost in the pool
            self._runner._failed.emit(self._task_id, exc)
        else:
            self._runner._finished.emit(self._task_id, result)


class TaskHandle:
    """What the caller keeps of a running task: its id and its cancel token."""

    def __init__(self, task_id: int, token: CancelToken) -> None:
        self.task_id = task_id
        self.token = token

    def cancel(self) -> None:
        self.token.cancel()


class TaskRunner(QObject):
    """Runs callables in the background; every callback runs on the GUI thread.

    Args:
        db_pool: where database tasks run (one thread). Default: a fresh one-thread pool.
        cpu_pool: where database-free work runs. Default: a fresh two-thread pool.
    """

    _finished = Signal(int, object)
    _failed = Signal(int, object)
    _progressed = Signal(int, int, int, str)
    #: Emitted when the number of running tasks changes (for a busy indicator and for tests).
    busy_changed = Signal(int)

    def __init__(self, parent: QObject | None = None, *, db_pool: Pool | None = None,
                 cpu_pool: Pool | None = None) -> None:
        super().__init__(parent)
        if db_pool is None:
            db_pool = QThreadPool(self)
            db_pool.setMaxThreadCount(1)
        if cpu_pool is None:
            cpu_pool = QThreadPool(self)
            cpu_pool.setMaxThreadCount(2)
        self.db_pool: Pool = db_pool
        self.cpu_pool: Pool = cpu_pool
        self._ids = itertools.count(1)
        self._pending: dict[int, _Pending] = {}
        self._finished.connect(self._on_finished)
        self._failed.connect(self._on_failed)
        self._progressed.connect(self._on_progress)

    @property
    def running(self) -> int:
        return len(self._pending)

    def run_task(self, fn: Callable[..., Any], on_done: DoneCallback | None = None,
                 on_error: ErrorCallback | None = None, *,
                 progress: ProgressCallback | None = None, token: CancelToken | None = None,
                 db: bool = True) -> TaskHandle:
        """Run ``fn`` in the background.

        Args:
            fn: called on a pool thread; with ``progress`` given it receives a ProgressSink.
            on_done: called on the GUI thread with ``fn``'s result.
            on_error: called on the GUI thread with the exception ``fn`` raised. Without it
                the exception goes to ``sys.excepthook`` (our error dialog).
            progress: called on the GUI thread with ``(done, total, message)``.
            token: the cancel token the sink reports; a fresh one by default.
            db: run on the one-thread database pool (default) or on the CPU pool.
        """
        task_id = next(self._ids)
        token = token or CancelToken()
        sink = WorkerProgress(self, task_id, token) if progress is not None else None
        self._pending[task_id] = _Pending(on_done, on_error, progress)
        self.busy_changed.emit(len(self._pending))
        (self.db_pool if db else self.cpu_pool).start(_Job(self, task_id, fn, sink))
        return TaskHandle(task_id, token)

    def wait(self, msecs: int = -1) -> bool:
        """Block until both pools are idle (shutdown and tests only)."""
        return self.db_pool.waitForDone(msecs) and self.cpu_pool.waitForDone(msecs)

    def active_threads(self) -> int:
        return self.db_pool.activeThreadCount() + self.cpu_pool.activeThreadCount()

    @Slot(int, object)
    def _on_finished(self, task_id: int, result: object) -> None:
        pending = self._pop(task_id)
        if pending and pending.on_done is not None:
            pending.on_done(result)

    @Slot(int, object)
    def _on_failed(self, task_id: int, exc: BaseException) -> None:
        pending = self._pop(task_id)
        if pending is None:
            return
        if pending.on_error is not None:
            pending.on_error(exc)
            return
        sys.excepthook(type(exc), exc, exc.__traceback__)

    @Slot(int, int, int, str)
    def _on_progress(self, task_id: int, done: int, total: int, message: str) -> None:
        pending = self._pending.get(task_id)
        if pending and pending.on_progress is not None:
            pending.on_progress(done, None if total < 0 else total, message)

    def _pop(self, task_id: int) -> _Pending | None:
        pending = self._pending.pop(task_id, None)
        self.busy_changed.emit(len(self._pending))
        return pending
