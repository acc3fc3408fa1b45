"""The worker process's progress reports: a job's last reports are not lost to a race."""

from __future__ import annotations

import queue

from workbench.services.offload import _END, WorkerProcess


class _LateQueue:
    """A report queue whose items come through only when waited for (as the worker's feeder
    thread may deliver them after the job's result)."""

    def __init__(self, items: list[tuple]) -> None:
        self.items = list(items)

    def get_nowait(self) -> tuple:
        raise queue.Empty

    def get(self, timeout: float) -> tuple:
        if not self.items:
            raise queue.Empty
        return self.items.pop(0)


class _Sink:
    def __init__(self) -> None:
        self.reports: list[tuple] = []

    def update(self, done: int, total: int | None, message: str = "") -> None:
        self.reports.append((done, total, message))

    def cancelled(self) -> bool:
        return False


def test_a_finished_job_s_late_reports_are_passed_on_up_to_its_ending_report() -> None:
    worker = WorkerProcess()
    worker._reports = _LateQueue([(1, None, _END), (4, 4, "page"), (4, 4, "done"),
                                  (7, None, _END), (9, 9, "next job")])
    sink = _Sink()
    # An earlier job's ending report, come late, is skipped; this job's ends the draining.
    assert worker._forward(sink, 7, drain=True) is True
    assert sink.reports == [(4, 4, "page"), (4, 4, "done")]


def test_without_draining_only_what_came_in_is_passed_on() -> None:
    worker = WorkerProcess()
    worker._reports = _LateQueue([(4, 4, "done"), (7, None, _END)])
    sink = _Sink()
    assert worker._forward(sink, 7, drain=False) is False
    assert sink.reports == []
