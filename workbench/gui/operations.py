"""Thin operations: one service call in the background, success/failure on the GUI thread.

After Anki's ``aqt.operations``: a widget builds an op with a keyword-only factory (see
``workbench.gui.ops``), attaches callbacks, and runs it. A result that is a ``Change`` (or holds
one) is announced on ``AppContext.changed`` so every view refreshes from the same record.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtWidgets import QWidget

from workbench.core.errors import CancelledError
from workbench.core.progress import ProgressSink
from workbench.gui.context import AppContext
from workbench.gui.errors import show_error
from workbench.gui.progress import TaskProgressDialog
from workbench.services.actors import CurrentUser
from workbench.services.results import Change
from workbench.services.workspace import Workspace

log = logging.getLogger("workbench.gui.operations")

T = TypeVar("T")
ServiceCall = Callable[[Workspace, CurrentUser], T]
ProgressServiceCall = Callable[[Workspace, CurrentUser, ProgressSink], T]


def change_of(result: Any) -> Change | None:
    """The change record in a service result, if any (a Change or a record with ``.change``)."""
    if isinstance(result, Change):
        return result
    change = getattr(result, "change", None)
    return change if isinstance(change, Change) else None


class ServiceOp(Generic[T]):
    """One service call for the signed-in user.

    Args:
        ctx: the window's context (workspace, user, runner).
        parent: the widget errors and progress are shown over.
        call: ``call(workspace, user)`` or, with :meth:`with_progress`,
            ``call(workspace, user, sink)``; runs on the database thread.
    """

    def __init__(self, *, ctx: AppContext, parent: QWidget | None,
                 call: Callable[..., T]) -> None:
        self._ctx = ctx
        self._parent = parent
        self._call = call
        self._success: Callable[[T], None] | None = None
        self._failure: Callable[[BaseException], None] | None = None
        self._progress_title: str | None = None
        self._announce = True
        self.dialog: TaskProgressDialog | None = None

    def success(self, fn: Callable[[T], None] | None) -> ServiceOp[T]:
        self._success = fn
        return self

    def failure(self, fn: Callable[[BaseException], None] | None) -> ServiceOp[T]:
        """Handle errors yourself instead of the standard dialog."""
        self._failure = fn
        return self

    def with_progress(self, title: str) -> ServiceOp[T]:
        """Show a cancellable progress dialog; the call then receives a ProgressSink."""
        self._progress_title = title
        return self

    def quiet(self) -> ServiceOp[T]:
        """Do not announce the result on ``ctx.changed`` (the caller refreshes itself)."""
        self._announce = False
        return self

    def run_in_background(self) -> None:
        ctx, user = self._ctx, self._ctx.user
        workspace = ctx.workspace
        call = self._call
        if self._progress_title is not None:
            self.dialog = TaskProgressDialog(self._parent, self._progress_title)
            token = self.dialog.token

            def job(sink: ProgressSink) -> T:
                return call(workspace, user, sink)

            ctx.runner.run_task(job, self._done, self._error, progress=self.dialog.report,
                                token=token)
        else:
            ctx.runner.run_task(lambda: call(workspace, user), self._done, self._error)

    def _finish_dialog(self) -> None:
        if self.dialog is not None:
            self.dialog.finish()
            self.dialog = None

    def _done(self, result: T) -> None:
        self._finish_dialog()
        change = change_of(result)
        if self._success is not None:
            self._success(result)
        if self._announce and change is not None:
            self._ctx.notify(change)

    def _error(self, exc: BaseException) -> None:
        self._finish_dialog()
        if self._failure is not None:
            self._failure(exc)
            return
        if isinstance(exc, CancelledError):
            log.info("cancelled")
            return
        show_error(exc, self._parent)
