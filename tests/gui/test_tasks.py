"""The background runner: results, errors and progress arrive on the GUI thread."""

from __future__ import annotations

import threading

import pytest
import shiboken6
from PySide6.QtCore import QThread

from workbench.core.errors import CancelledError
from workbench.core.progress import check_cancelled
from workbench.gui.tasks import TaskRunner

pytestmark = pytest.mark.gui


@pytest.fixture
def runner(qtbot):
    runner = TaskRunner()
    yield runner
    runner.wait()
    # Delete the pools now, not during interpreter shutdown (PySide6 crashes there).
    shiboken6.delete(runner)


def test_result_arrives_on_the_gui_thread(qtbot, runner):
    seen = {}

    def work():
        seen["worker"] = threading.get_ident()
        return 42

    def done(value):
        seen["value"] = value
        seen["callback_is_gui"] = QThread.currentThread() is qtbot_app_thread()

    runner.run_task(work, done)
    qtbot.waitUntil(lambda: "value" in seen)
    assert seen["value"] == 42
    assert seen["worker"] != threading.get_ident()
    assert seen["callback_is_gui"]
    qtbot.waitUntil(lambda: runner.running == 0)


def qtbot_app_thread():
    from PySide6.QtWidgets import QApplication

    return QApplication.instance().thread()


def test_exception_is_delivered_not_lost(qtbot, runner):
    errors = []
    runner.run_task(lambda: 1 / 0, None, errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], ZeroDivisionError)


def test_progress_and_cancel(qtbot, runner):
    reports, errors = [], []
    started = threading.Event()

    def work(sink):
        for i in range(10_000):
            sink.update(i, 10_000, "step")
            started.set()
            check_cancelled(sink)
            QThread.msleep(1)
        return "finished"

    handle = runner.run_task(work, reports.append, errors.append,
                             progress=lambda d, t, m: reports.append((d, t, m)))
    qtbot.waitUntil(lambda: len(reports) > 2)
    handle.cancel()
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], CancelledError)
    assert reports[0][1] == 10_000


def test_db_tasks_run_one_at_a_time(qtbot, runner):
    active, peak, done = [0], [0], []
    lock = threading.Lock()

    def work():
        with lock:
            active[0] += 1
            peak[0] = max(peak[0], active[0])
        QThread.msleep(5)
        with lock:
            active[0] -= 1

    for _ in range(5):
        runner.run_task(work, done.append)
    qtbot.waitUntil(lambda: len(done) == 5)
    assert peak[0] == 1


def test_sync_runner_runs_inline(sync_runner):
    out = []
    sync_runner.run_task(lambda: "x", out.append)
    assert out == ["x"]
    assert sync_runner.running == 0


def test_busy_signal(qtbot, runner):
    with qtbot.waitSignal(runner.busy_changed, check_params_cb=lambda n: n == 0):
        runner.run_task(lambda: None, None)
