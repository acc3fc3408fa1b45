"""The collector pause: counted, thread-safe, and it restores what it found."""

from __future__ import annotations

import gc
import threading

from workbench.heap import collector_paused


def test_pauses_nest_and_the_collector_returns_after_the_last() -> None:
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the outer pause still holds
    assert gc.isenabled()


def test_a_collector_that_was_off_stays_off() -> None:
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_overlapping_pauses_from_threads_restore_the_collector_once_all_left() -> None:
    inside = threading.Barrier(3)
    leave = threading.Event()

    def worker() -> None:
        with collector_paused():
            inside.wait(timeout=10)
            leave.wait(timeout=10)

    threads = [threading.Thread(target=worker) for _ in range(2)]
    for t in threads:
        t.start()
    inside.wait(timeout=10)
    assert not gc.isenabled()
    leave.set()
    for t in threads:
        t.join(timeout=10)
    assert gc.isenabled()


def test_an_error_inside_still_restores_the_collector() -> None:
    try:
        with collector_paused():
            raise RuntimeError("the save failed")
    except RuntimeError:
        pass
    assert gc.isenabled()
