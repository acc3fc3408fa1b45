"""Errors reach people as readable, translated dialogs; bugs are logged and the app keeps running.

A ``WorkbenchError`` carries a stable ``code``; the sentence shown is looked up here by that code
(the services' own English message is kept as the detail). Anything else is a bug: its traceback
goes to the rotating log file, and the dialog offers "Copy details" for the report to IT.
"""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from workbench.core.errors import (
    CancelledError,
    EnvironmentProblem,
    WorkbenchError,
)
from workbench.logs import log_file

log = logging.getLogger("workbench.gui.errors")


def _t(text: str) -> str:
    return QCoreApplication.translate("Errors", text)


def error_text(code: str) -> str | None:
    """The translated sentence for an error code, or None when the code is not known here."""
    # Built on each call so the current language applies (the translator may change).
    table = {
        # families
        "error": _t("The action could not be completed."),
        "input_file": _t("The file could not be read."),
        "validation": _t("A value is not acceptable."),
        "not_found": _t("The record no longer exists. It may have been removed by someone else."),
        "authentication": _t("Sign-in failed: check the user name and the password."),
        "permission_denied": _t("Your account is not allowed to do this."),
        "workflow": _t("This is not allowed at the document's current stage."),
        "conflict": _t("Someone else changed this record in the meantime. It has been "
                       "reloaded; nothing was overwritten."),
        "environment": _t("The database or the disk cannot be reached right now. Check the "
                          "network or free disk space, then try again."),
        "cancelled": _t("The work was cancelled."),
        # accounts
        "wrong_password": _t("Sign-in failed: check the user name and the password."),
        "unknown_user": _t("Sign-in failed: check the user name and the password."),
        "account_locked": _t("This account is locked after too many failed sign-ins. Try again "
                             "later or ask the administrator."),
        "account_disabled": _t("This account is disabled. Ask the administrator."),
        "not_signed_in": _t("Please sign in first."),
        "role_required": _t("Your account does not have the role this action needs."),
        "duplicate_user": _t("An account with this user name already exists."),
        "weak_password": _t("The password is too short or too simple."),
        "last_admin": _t("The last active administrator cannot be disabled or lose the role."),
        # workflow
        "not_editable": _t("The document can no longer be changed in its current state."),
        "undecided_hits": _t("Some hits are not decided yet."),
        "manual_read_required": _t("The text could not be extracted in full: confirm that you "
                                   "read the original document."),
        "no_attribute": _t("No disclosure attribute has been proposed."),
        "reason_required": _t("A reason is required."),
        "ground_required": _t("A legal ground is required."),
        "locked": _t("The review is locked; a supervisor must reopen it first."),
        "not_your_review": _t("Another reviewer owns this review."),
        "not_submitted": _t("Only a submitted review can be signed off."),
        "four_eyes": _t("You took part in this review, so you cannot sign it off "
                        "(four-eyes rule)."),
        "comment_required": _t("Returning a review needs a comment."),
        "not_signed_off": _t("Only a signed-off decision can be published (review first, "
                             "then publish)."),
        "already_published": _t("The document is already marked as published."),
        "not_publishable": _t("A document decided as withheld cannot be published."),
        "not_locked": _t("Only a signed-off decision can be reopened."),
        "stale_document": _t("Someone else changed this document in the meantime. It has been "
                             "reloaded; nothing was overwritten."),
        "no_document": _t("The document no longer exists."),
        # environment and files
        "config_invalid": _t("The configuration file cannot be read. Fix or delete it."),
        "db_unreachable": _t("The database server cannot be reached. Check the network and "
                             "the server address."),
        "db_locked": _t("The database is busy. Try again in a moment."),
        "disk_full": _t("The disk is full. Free some space and try again."),
        "unsupported_format": _t("This file type is not supported."),
        "file_too_large": _t("The file is too large."),
        "encrypted": _t("The file is password-protected; remove the password and import it "
                        "again."),
        "empty_file": _t("The file is empty."),
        "corrupt_file": _t("The file is damaged and cannot be read."),
    }
    return table.get(code)


def describe(exc: BaseException) -> tuple[str, str]:
    """(translated sentence, detail line) for an error a person will read."""
    if isinstance(exc, WorkbenchError):
        text = error_text(exc.code) or error_text(type(exc).code) or error_text("error")
        assert text is not None
        blockers = exc.params.get("blockers") if exc.params else None
        if blockers:
            lines = [error_text(code) or message for code, message in blockers]
            text = "\n".join([text, *("• " + line for line in lines)]) if len(lines) > 1 \
                else lines[0]
        return text, exc.message
    return _t("An unexpected error occurred. The workbench keeps running; the details were "
              "written to the log file."), f"{type(exc).__name__}: {exc}"


class ErrorReporter(QObject):
    """Shows errors as window-modal dialogs that do not block the caller.

    ``shown`` carries the error code (or ``"bug"``) so tests can wait for a dialog.
    """

    shown = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.last_dialog: QMessageBox | None = None

    def show(self, exc: BaseException, parent: QWidget | None = None) -> QMessageBox:
        text, detail = describe(exc)
        box = QMessageBox(parent or QApplication.activeWindow())
        box.setObjectName("errorDialog")
        if isinstance(exc, WorkbenchError):
            code = exc.code
            box.setIcon(QMessageBox.Icon.Information if isinstance(exc, CancelledError)
                        else QMessageBox.Icon.Warning)
            box.setWindowTitle(_t("Cannot continue") if not isinstance(exc, EnvironmentProblem)
                               else _t("Connection or disk problem"))
            box.setText(text)
            if detail and detail != text:
                box.setInformativeText(_t("Details: %1").replace("%1", detail))
        else:
            code = "bug"
            box.setIcon(QMessageBox.Icon.Critical)
            box.setWindowTitle(_t("Unexpected error"))
            box.setText(text)
            box.setInformativeText(str(log_file()))
            full = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
            box.setDetailedText(full)
            copy = box.addButton(_t("Copy details"), QMessageBox.ButtonRole.ActionRole)
            # An ActionRole button would close the box; keep it open after copying.
            copy.clicked.disconnect()
            copy.clicked.connect(lambda: QApplication.clipboard().setText(full))
        box.addButton(QMessageBox.StandardButton.Ok)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.last_dialog = box
        box.destroyed.connect(self._forget)
        box.open()
        self.shown.emit(code)
        return box

    def _forget(self) -> None:
        self.last_dialog = None


_reporter: ErrorReporter | None = None


def reporter() -> ErrorReporter:
    """The application's one reporter (created on first use, parented to the application)."""
    global _reporter
    if _reporter is None:
        _reporter = ErrorReporter(QApplication.instance())
    return _reporter


def show_error(exc: BaseException, parent: QWidget | None = None) -> None:
    """Log the error at the right level and show it."""
    if isinstance(exc, CancelledError):
        log.info("cancelled: %s", exc)
    elif isinstance(exc, WorkbenchError):
        log.warning("refused (%s): %s", exc.code, exc.message)
    else:
        log.error("unexpected error", exc_info=(type(exc), exc, exc.__traceback__))
    reporter().show(exc, parent)


def excepthook(exc_type: type[BaseException], exc: BaseException,
               tb: TracebackType | None) -> None:
    """``sys.excepthook`` for the running window: log, show, keep going."""
    if issubclass(exc_type, KeyboardInterrupt):
        QApplication.quit()
        return
    if exc.__traceback__ is None:
        exc = exc.with_traceback(tb)
    try:
        show_error(exc)
    except Exception:  # the dialog itself failed: never recurse, keep the log line
        log.exception("could not show an error dialog")
        sys.__excepthook__(exc_type, exc, tb)


def install_excepthook() -> None:
    sys.excepthook = excepthook
