"""Extraction and scanning in a worker process, so their CPU work never stalls the window.

Why a process and not the GUI's worker thread: measured on a 300-page document, the thread
held the GIL for 75-310 ms at a time, mostly in the cyclic garbage collector (a full
collection walks every object of the process, and reading plus scanning allocate millions),
and the GUI's heartbeat waited as long. A process has its own GIL and its own heap; only the
result crosses back. It also survives nothing it should not: a reader that crashes (PDFium on a
malicious file) takes down the worker, which is restarted, never the window.

The process is started with 'spawn' (the same on Linux, Windows and in the PyInstaller bundle,
whose entry points call ``multiprocessing.freeze_support()``), on first use, and reused.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import multiprocessing
import queue
import threading
import time
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import replace
from typing import Any, TypeVar

from workbench.core.errors import CancelledError, InputFileError
from workbench.core.progress import NullProgress, ProgressSink, check_cancelled
from workbench.extraction.model import ExtractedText
from workbench.scanning.model import ScanResult
from workbench.scanning.overlay import Overlay

log = logging.getLogger("workbench.services.offload")

T = TypeVar("T")

#: How often the waiting thread forwards progress and looks at the cancel flag.
POLL_S = 0.05
#: The message of a job's last report, after which no report of that job follows.
_END = "\0end"
#: How long a finished job's last reports may take to come through the queue (the queue's
#: feeder thread may send them after the result: the job's own ending report says when).
_END_WAIT_S = 2.0

# ------------------------------------------------------------------ in the worker process

_reports: Any = None  # the progress queue, set by _init
_stop: Any = None  # the cancel event, set by _init


def _init(reports: Any, stop: Any) -> None:
    global _reports, _stop
    _reports, _stop = reports, stop


class _ChildProgress:
    """The ProgressSink of the worker process: reports to the parent, stops when it asks."""

    def update(self, done: int, total: int | None, message: str = "") -> None:
        with contextlib.suppress(queue.Full):  # advisory: never block the work on it
            _reports.put_nowait((done, total, message))

    def cancelled(self) -> bool:
        return _stop.is_set()


@functools.lru_cache(maxsize=4)
def _scanner(overlays: tuple[Overlay, ...]):
    from workbench.scanning.api import default_scanner

    return default_scanner(overlays)


def _job(job: int, fn: Callable[..., T], *args: Any) -> T:
    """``fn(*args)``, then the report that ends job ``job``'s reports."""
    try:
        return fn(*args)
    finally:
        with contextlib.suppress(queue.Full):
            _reports.put((job, None, _END), timeout=_END_WAIT_S)


def _extract_job(data: bytes, filename: str) -> ExtractedText:
    from workbench.extraction import extract

    return extract(data, filename, progress=_ChildProgress())


def _scan_job(overlays: tuple[Overlay, ...], extracted: ExtractedText) -> ScanResult:
    return _scanner(overlays).scan(extracted, _ChildProgress())


# ------------------------------------------------------------------ in the application


class WorkerProcess:
    """One worker process for extraction and scanning; one job at a time.

    Cancelling a job ends the process at once (a 300-page PDF need not be read to its end);
    the next job starts a fresh one.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()  # the queue and the flag belong to one job at a time
        self._executor: ProcessPoolExecutor | None = None
        self._reports: Any = None
        self._stop: Any = None
        self._jobs = 0  # numbers each job, so a late ending report is not taken for another's

    def extract(self, data: bytes, filename: str,
                progress: ProgressSink | None = None) -> ExtractedText:
        """``workbench.extraction.extract`` in the worker process."""
        return self._run(progress, _extract_job, data, filename)

    def scan(self, overlays: tuple[Overlay, ...], extracted: ExtractedText,
             progress: ProgressSink | None = None) -> ScanResult:
        """Scan with the shipped list plus ``overlays`` (the scanner is cached there)."""
        # Boxes stay here: the scanner needs only the text, and the box source carries the file.
        return self._run(progress, _scan_job, overlays, replace(extracted, box_source=None))

    def pids(self) -> list[int]:
        """The worker processes alive now (for tests and diagnostics)."""
        with self._lock:
            if self._executor is None:
                return []
            return [p.pid for p in _processes(self._executor) if p.is_alive()]

    def close(self) -> None:
        """End the worker process (waits for a running job)."""
        with self._lock:
            self._discard(terminate=False)

    def _run(self, progress: ProgressSink | None, fn: Callable[..., T], *args: Any) -> T:
        sink = progress or NullProgress()
        with self._lock:
            check_cancelled(sink)
            executor = self._ensure()
            self._stop.clear()
            self._jobs += 1
            job = self._jobs
            try:
                future: Future[T] = executor.submit(_job, job, fn, *args)
            except BrokenProcessPool:  # died while idle: start again once
                self._discard(terminate=True)
                future = self._ensure().submit(_job, job, fn, *args)
            ended = False  # job's ending report came through
            while True:
                done, _ = wait([future], timeout=POLL_S, return_when=FIRST_COMPLETED)
                # A job that ended (not one whose process died) sends its last reports.
                ended = self._forward(sink, job, drain=done and not ended
                                      and future.exception() is None) or ended
                if done:
                    return self._result(future)
                if sink.cancelled():
                    self._stop.set()
                    self._discard(terminate=True)
                    log.info("worker process ended: the job was cancelled")
                    raise CancelledError("Cancelled by the user.", code="cancelled")

    def _result(self, future: Future[T]) -> T:
        try:
            return future.result()
        except BrokenProcessPool as exc:
            # The reader crashed the process (a library bug on a hostile file): the file is
            # unreadable, the application goes on with a fresh worker.
            log.error("worker process died: %s", exc)
            self._discard(terminate=True)
            raise InputFileError(
                "The file made the reader stop unexpectedly: open it in the program that made "
                "it and save it again, or ask the author for a fresh copy.",
                code="corrupt_file", detail=str(exc)) from exc

    def _forward(self, sink: ProgressSink, job: int, *, drain: bool) -> bool:
        """Pass the reports that came in to ``sink``; with ``drain``, wait a little for the
        rest of job ``job``'s. Whether its ending report came."""
        deadline = time.monotonic() + _END_WAIT_S
        while True:
            try:
                if drain:
                    done, total, message = self._reports.get(
                        timeout=max(0.0, deadline - time.monotonic()))
                else:
                    done, total, message = self._reports.get_nowait()
            except queue.Empty:
                return False
            if message == _END:
                if done == job:
                    return True
                continue  # an earlier job's, come late
            sink.update(done, total, message)

    def _ensure(self) -> ProcessPoolExecutor:
        if self._executor is None:
            context = multiprocessing.get_context("spawn")
            self._reports = context.Queue(maxsize=1000)
            self._stop = context.Event()
            self._executor = ProcessPoolExecutor(
                max_workers=1, mp_context=context, initializer=_init,
                initargs=(self._reports, self._stop))
        return self._executor

    def _discard(self, *, terminate: bool) -> None:
        executor, self._executor = self._executor, None
        if executor is None:
            return
        if terminate:
            for process in _processes(executor):
                process.terminate()
        executor.shutdown(wait=True, cancel_futures=True)
        self._reports.close()
        self._reports.join_thread()
        self._reports = self._stop = None


def _processes(executor: ProcessPoolExecutor) -> list[multiprocessing.process.BaseProcess]:
    # ProcessPoolExecutor has no public handle on its processes before Python 3.14
    # (terminate_workers); the private dict has kept its name and meaning since 3.2.
    return list((getattr(executor, "_processes", None) or {}).values())


class OffloadedScanner:
    """A scanner whose ``scan`` runs in the worker process; the rest is the local scanner's.

    The local scanner (built and cached here anyway) names the version, description and
    snapshot the services store; the worker builds the same list from the same overlays.
    """

    def __init__(self, local: Any, worker: WorkerProcess) -> None:
        self.local = local
        self.worker = worker
        self.version: str = local.version

    @property
    def description(self) -> str:
        return self.local.description

    @property
    def snapshot(self) -> dict[str, object]:
        return self.local.snapshot

    def scan(self, extracted: ExtractedText, progress: ProgressSink | None = None) -> ScanResult:
        result = self.worker.scan(tuple(self.local.negative_list.overlays), extracted, progress)
        if result.negative_list_version != self.version:
            # Never store hits under a version they were not found with (a baseline file
            # changed on disk between the two builds): scan here instead.
            log.error("worker scanned with list %s, expected %s; scanning in-process",
                      result.negative_list_version, self.version)
            return self.local.scan(extracted, progress)
        return result
