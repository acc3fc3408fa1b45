"""The window's shared state: the open workspace, who is signed in, the runner, change signals.

Like Anki's ``mw`` but passed explicitly, so a test builds one per test on its own database.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal

from workbench.gui.tasks import TaskRunner
from workbench.services.actors import CurrentUser
from workbench.services.results import Change
from workbench.services.workspace import Workspace

log = logging.getLogger("workbench.gui")


class AppContext(QObject):
    """Holds the workspace and user; ``changed`` tells every view that data changed.

    Args:
        workspace: the open database (shared by all tasks; they run one at a time).
        runner: the background runner; tests pass one with a synchronous pool.
    """

    #: A mutation finished (STYLE habit 7): views refresh from the record.
    changed = Signal(object)
    user_changed = Signal(object)

    def __init__(self, workspace: Workspace | None, runner: TaskRunner | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.runner = runner or TaskRunner(self)
        self.user: CurrentUser | None = None

    def set_user(self, user: CurrentUser | None) -> None:
        self.user = user
        log.info("signed in: %s", user.username if user else None)
        self.user_changed.emit(user)

    def notify(self, change: Change | object) -> None:
        self.changed.emit(change)

    def close(self) -> None:
        """Wait for running work, then close the database (on quit)."""
        self.runner.wait()
        if self.workspace is not None:
            self.workspace.close()
            self.workspace = None
