"""Opening the database off the GUI thread: a small "opening…" window, Retry, Change database.

A server that is slow or unreachable (libpq waits up to its connect timeout) must never freeze
the window, so the open and the migrations run on the runner's database thread.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workbench.config import load_config, resolve_db_url, save_config
from workbench.core.errors import WorkbenchError
from workbench.gui import prompts
from workbench.gui.context import AppContext
from workbench.gui.errors import describe, show_error
from workbench.services import users
from workbench.services.workspace import Workspace

log = logging.getLogger("workbench.gui.launcher")


@dataclass(frozen=True)
class Opened:
    workspace: Workspace
    needs_first_admin: bool


def open_workspace(url: str) -> Opened:
    """Worker side: open and migrate, and ask whether any account exists yet."""
    workspace = Workspace.open(url)
    try:
        return Opened(workspace, users.needs_first_admin(workspace))
    except BaseException:
        workspace.close()
        raise


class OpenDatabaseDialog(QDialog):
    """Shown while the database opens; on failure it says why and offers Retry or another
    database. Accepted with :attr:`opened` set; rejected when the person quits."""

    failed = Signal(object)  # the error of the last attempt (tests wait for it)

    def __init__(self, ctx: AppContext, url: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("openDatabaseDialog")
        self._ctx = ctx
        self.url = resolve_db_url(url)
        self._explicit = url is not None
        self.opened: Opened | None = None
        self.setWindowTitle(self.tr("Opening the database"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        self.message = QLabel()
        self.message.setObjectName("openMessage")
        self.message.setWordWrap(True)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # an indeterminate bar: the open has no steps to count
        self.busy.setTextVisible(False)
        self.buttons = QDialogButtonBox()
        self.retry = QPushButton(self.tr("Retry"))
        self.retry.setObjectName("retry")
        self.change = QPushButton(self.tr("Change database…"))
        self.change.setObjectName("changeDatabase")
        self.quit = QPushButton(self.tr("Quit"))
        self.buttons.addButton(self.retry, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.change, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.quit, QDialogButtonBox.ButtonRole.RejectRole)
        self.retry.clicked.connect(self.start)
        self.change.clicked.connect(self.change_database)
        self.quit.clicked.connect(self.reject)
        layout.addWidget(self.message)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)

    def start(self) -> None:
        """(Re)try to open ``self.url`` in the background."""
        self.message.setText(self.tr("Opening the database…\n%1").replace("%1", self._where()))
        self.busy.show()
        self.retry.setEnabled(False)
        self.change.setEnabled(False)
        url = self.url
        self._ctx.runner.run_task(lambda: open_workspace(url), self._opened, self._failed)

    def _where(self) -> str:
        if self.url.startswith("postgresql"):
            # Never show a password that is part of the URL.
            head, _, tail = self.url.partition("@")
            scheme, _, _ = head.partition("://")
            return f"{scheme}://…@{tail}" if tail else self.url
        return self.url.removeprefix("sqlite:///")

    def _opened(self, opened: Opened) -> None:
        self.opened = opened
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.busy.hide()
        self.retry.setEnabled(True)
        self.change.setEnabled(True)
        if isinstance(exc, WorkbenchError):
            text, detail = describe(exc)
            log.warning("could not open the database: %s", exc)
            self.message.setText(self.tr("The database could not be opened (%1).").replace(
                "%1", self._where()) + "\n\n" + text
                + (f"\n{detail}" if detail and detail != text else ""))
        else:
            self.message.setText(describe(exc)[0])
            show_error(exc, self)
        self.failed.emit(exc)

    def change_database(self) -> None:
        current = load_config().db_url or ""
        answer = prompts.ask_text(
            self, self.tr("Change database"),
            self.tr("Address of the department's PostgreSQL server (postgresql://…), or "
                    "empty for the database on this computer:"), current)
        if answer is None:
            return
        save_config(replace(load_config(), db_url=answer or None))
        self.url = resolve_db_url(None)
        self.start()
