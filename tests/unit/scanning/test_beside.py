"""Work begun beside the scan: the passage model's scoring on another core for long texts."""

from __future__ import annotations

import os
import select
import signal
import threading
from pathlib import Path

import pytest

from workbench.core.errors import CancelledError
from workbench.scanning import Scanner, engine, load_negative_list
from workbench.scanning.beside import Deferred

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "corpus"


def test_a_deferred_value_not_begun_is_computed_once_on_first_get() -> None:
    calls: list[int] = []
    deferred = Deferred(lambda: calls.append(1) or len(calls), begin=False)
    assert calls == []
    assert deferred.get() == 1
    assert deferred.get() == 1
    assert calls == [1]


def test_a_deferred_value_begun_runs_on_another_thread() -> None:
    caller = threading.get_ident()
    deferred = Deferred(threading.get_ident, begin=True)
    assert deferred.get() != caller


def test_an_error_in_the_worker_is_raised_by_get() -> None:
    def fail() -> None:
        raise ValueError("bad model")

    deferred = Deferred(fail, begin=True)
    with pytest.raises(ValueError, match="bad model"):
        deferred.get()


def test_a_dropped_job_that_has_not_started_never_runs() -> None:
    gate = threading.Event()
    ran: list[str] = []
    # Keep every worker busy so the next job waits in the queue.
    blockers = [Deferred(gate.wait, begin=True) for _ in range(os.cpu_count() or 2)]
    queued = Deferred(lambda: ran.append("ran"), begin=True)
    queued.drop()
    gate.set()
    for b in blockers:
        b.get()
    assert ran == []


def _long_text() -> str:
    drafts = [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*.txt"))]
    text = "\n".join(drafts)
    while len(text) < 2 * engine._BESIDE_CHARS:
        text += "\n" + text
    return text


def test_a_long_text_scored_beside_the_rules_gives_the_hits_of_one_scored_after_them(
        monkeypatch: pytest.MonkeyPatch) -> None:
    text = _long_text()
    scanner = Scanner(load_negative_list())
    beside = scanner.scan_text(text)
    monkeypatch.setattr(engine, "_BESIDE_CHARS", len(text) + 1)
    after = scanner.scan_text(text)
    assert any(h.subtype == "passage" for h in beside)
    assert beside == after


def test_a_cancelled_long_scan_raises_and_leaves_the_scanner_usable() -> None:
    text = _long_text()
    scanner = Scanner(load_negative_list())

    class CancelAtMatching:
        def update(self, done: int, total: int, message: str = "") -> None:
            self.step = done

        def cancelled(self) -> bool:
            return getattr(self, "step", 0) >= 1

    with pytest.raises(CancelledError):
        scanner.scan_text(text, CancelAtMatching())
    assert scanner.scan_text(text[:5000]) == Scanner(load_negative_list()).scan_text(text[:5000])


@pytest.mark.skipif(not hasattr(os, "fork"), reason="no fork on this system")
def test_a_forked_child_starts_its_own_pool() -> None:
    Deferred(lambda: 1, begin=True).get()  # the parent has a pool now
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: the job must run, not wait for the parent's threads
        try:
            value = Deferred(lambda: 7, begin=True).get()
            os.write(write, str(value).encode())
        finally:
            os._exit(0)
    os.close(write)
    ready: list[int] = []
    try:
        # A child waiting for threads it does not have would never answer.
        ready, _, _ = select.select([read], [], [], 30)
        assert ready, "the forked child's job never ran"
        assert os.read(read, 16) == b"7"
    finally:
        os.close(read)
        if not ready:
            os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
