"""Typed errors. Each carries a stable ``code`` the GUI translates and a one-line message.

Two families matter to the front ends (see STYLE.md, habit 6):
``EnvironmentProblem`` (database unreachable, disk full, file locked: the user can act on the
environment) and every other ``WorkbenchError`` (the request itself was refused or invalid).
Anything that is not a ``WorkbenchError`` is a bug: logged with its traceback, shown politely.
"""

from __future__ import annotations

from typing import Any


class WorkbenchError(Exception):
    """Base of every error the workbench raises on purpose."""

    code: str = "error"

    def __init__(self, message: str, *, code: str | None = None, **params: Any) -> None:
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code
        self.params = params

    def __str__(self) -> str:
        return self.message


class InputFileError(WorkbenchError):
    """A file could not be read (empty, corrupt, encrypted, too large, unsupported, ...)."""

    code = "input_file"


class ValidationError(WorkbenchError):
    """A value given by a person (or a data file) is not acceptable."""

    code = "validation"


class NotFoundError(WorkbenchError):
    code = "not_found"


class AuthenticationError(WorkbenchError):
    """Login refused: wrong password, unknown user, locked or disabled account."""

    code = "authentication"


class PermissionDeniedError(WorkbenchError):
    """The actor lacks the role for the action (checked in the services, not only in the GUI)."""

    code = "permission_denied"


class WorkflowError(WorkbenchError):
    """The action is not allowed in the document's current state (a rule of the review)."""

    code = "workflow"


class ConflictError(WorkbenchError):
    """Somebody else changed the record since it was read; nothing was overwritten."""

    code = "conflict"


class EnvironmentProblem(WorkbenchError):
    """The environment failed (database unreachable or locked, disk full): retry or fix it."""

    code = "environment"


class CancelledError(WorkbenchError):
    """Long work stopped because the user asked to cancel."""

    code = "cancelled"
