"""GUI fixtures: a synchronous pool, a leak check on threads, a context on a temporary database."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRunnable, QThreadPool
from PySide6.QtWidgets import QApplication

from workbench.gui.app import configure
from workbench.gui.context import AppContext
from workbench.gui.tasks import TaskRunner

pytestmark = pytest.mark.gui

class FakePool:
    """Runs each task at once on the calling thread (after Picard's FakeThreadPool)."""

    def start(self, runnable: QRunnable) -> None:
        runnable.run()

    def waitForDone(self, msecs: int = -1) -> bool:
        return True

    def activeThreadCount(self) -> int:
        return 0


@pytest.fixture(autouse=True)
def _no_leaked_threads(qapp: QApplication) -> Iterator[None]:
    """Fail a test that leaves a worker thread running (napari's dangling-pool check)."""
    before = {t.ident for t in threading.enumerate()}
    yield
    leaked = QThreadPool.globalInstance().activeThreadCount()
    assert leaked == 0, f"{leaked} thread(s) of the global pool still running"
    for child in qapp.findChildren(TaskRunner):
        assert child.active_threads() == 0, "a task runner still has running threads"
    alive = [t for t in threading.enumerate()
             if t.ident not in before and t.is_alive() and not t.daemon]
    assert not alive, f"threads leaked: {alive}"


@pytest.fixture
def ui_app(qapp: QApplication) -> QApplication:
    """The application configured like the real one (English unless a test asks)."""
    configure(qapp, "en")
    return qapp


@pytest.fixture
def sync_runner(qapp: QApplication) -> Iterator[TaskRunner]:
    runner = TaskRunner(None, db_pool=FakePool(), cpu_pool=FakePool())
    yield runner
    runner.deleteLater()


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'gui.db'}"


@pytest.fixture
def threaded_ctx(ui_app: QApplication, sqlite_url: str) -> Iterator[AppContext]:
    """A context on a fresh SQLite database with real worker threads."""
    from workbench.services.workspace import Workspace

    ctx = AppContext(Workspace.open(sqlite_url))
    yield ctx
    ctx.close()
    ctx.deleteLater()


@pytest.fixture
def ctx(ui_app: QApplication, sqlite_url: str, sync_runner: TaskRunner
        ) -> Iterator[AppContext]:
    """A context on a fresh SQLite database whose tasks run synchronously."""
    from workbench.services.workspace import Workspace

    context = AppContext(Workspace.open(sqlite_url), runner=sync_runner)
    yield context
    context.close()
    context.deleteLater()


@pytest.fixture(autouse=True)
def _scanner_available(monkeypatch: pytest.MonkeyPatch) -> None:
    """Scan with the shipped list when the negative-list service is not in this build yet."""
    try:
        import workbench.services.negative_list  # noqa: F401
    except ImportError:
        from workbench.scanning.api import default_scanner
        from workbench.services import scans

        monkeypatch.setattr(scans, "default_scanner", lambda ws: default_scanner())


PASSWORD = "correct-horse-1"


@pytest.fixture
def people(ctx: AppContext) -> dict[str, object]:
    """admin, reviewer (李审查) and supervisor (王审核), signed in through the services."""
    from workbench.services import users

    ws = ctx.workspace
    users.create_first_admin(ws, "admin", PASSWORD, "管理员")
    admin = users.login(ws, "admin", PASSWORD)
    users.add_user(ws, admin, "li", ["reviewer"], PASSWORD, "李审查")
    users.add_user(ws, admin, "wang", ["supervisor"], PASSWORD, "王审核")
    return {"admin": admin, "reviewer": users.login(ws, "li", PASSWORD),
            "supervisor": users.login(ws, "wang", PASSWORD)}


@pytest.fixture
def answer(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Answers for ``prompts.ask_text`` in order (a test appends what the person types)."""
    from workbench.gui import prompts

    queue: list[str] = []
    monkeypatch.setattr(prompts, "ask_text", lambda *a, **k: queue.pop(0) if queue else None)
    return queue
