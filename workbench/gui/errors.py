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

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from workbench.core.errors import (
    CancelledError,
    EnvironmentProblem,
    WorkbenchError,
)
from workbench.gui.i18n import tx
from workbench.logs import log_file

log = logging.getLogger("workbench.gui.errors")


def error_text(code: str) -> str | None:
    """The translated sentence for an error code, or None when the code is not known here."""
    # Built on each call so the current language applies (the translator may change).
    table = {
        # families
        "error": tx("Errors", "The action could not be completed."),
        "input_file": tx("Errors", "The file could not be read."),
        "validation": tx("Errors", "A value is not acceptable."),
        "not_found": tx(
            "Errors", "The record no longer exists. It may have been removed by someone else."
        ),
        "authentication": tx("Errors", "Sign-in failed: check the user name and the password."),
        "permission_denied": tx("Errors", "Your account is not allowed to do this."),
        "workflow": tx("Errors", "This is not allowed at the document's current stage."),
        "conflict": tx(
            "Errors",
            "Someone else changed this record in the meantime. It has been "
            "reloaded; nothing was overwritten.",
        ),
        "environment": tx(
            "Errors",
            "The database or the disk cannot be reached right now. Check the "
            "network or free disk space, then try again.",
        ),
        "cancelled": tx("Errors", "The work was cancelled."),
        # accounts
        "wrong_password": tx("Errors", "Sign-in failed: check the user name and the password."),
        "unknown_user": tx("Errors", "Sign-in failed: check the user name and the password."),
        "account_locked": tx(
            "Errors",
            "This account is locked after too many failed sign-ins. Try again "
            "later or ask the administrator.",
        ),
        "account_disabled": tx("Errors", "This account is disabled. Ask the administrator."),
        "not_signed_in": tx("Errors", "Please sign in first."),
        "role_required": tx("Errors", "Your account does not have the role this action needs."),
        "duplicate_user": tx("Errors", "An account with this user name already exists."),
        "weak_password": tx("Errors", "The password is too short or too simple."),
        "last_admin": tx(
            "Errors", "The last active administrator cannot be disabled or lose the role."
        ),
        # workflow
        "not_editable": tx("Errors", "The document can no longer be changed in its current state."),
        "undecided_hits": tx("Errors", "Some hits are not decided yet."),
        "manual_read_required": tx(
            "Errors",
            "The text could not be extracted in full: confirm that you read the original document.",
        ),
        "no_attribute": tx("Errors", "No disclosure attribute has been proposed."),
        "reason_required": tx("Errors", "A reason is required."),
        "ground_required": tx("Errors", "A legal ground is required."),
        "locked": tx("Errors", "The review is locked; a supervisor must reopen it first."),
        "not_your_review": tx("Errors", "Another reviewer owns this review."),
        "not_submitted": tx("Errors", "Only a submitted review can be signed off."),
        "four_eyes": tx(
            "Errors", "You took part in this review, so you cannot sign it off (four-eyes rule)."
        ),
        "comment_required": tx("Errors", "Returning a review needs a comment."),
        "not_signed_off": tx(
            "Errors", "Only a signed-off decision can be published (review first, then publish)."
        ),
        "already_published": tx("Errors", "The document is already marked as published."),
        "not_publishable": tx("Errors", "A document decided as withheld cannot be published."),
        "not_locked": tx("Errors", "Only a signed-off decision can be reopened."),
        "stale_document": tx(
            "Errors",
            "Someone else changed this document in the meantime. It has been "
            "reloaded; nothing was overwritten.",
        ),
        "no_document": tx("Errors", "The document no longer exists."),
        # environment and files
        "config_invalid": tx("Errors", "The configuration file cannot be read. Fix or delete it."),
        "db_unreachable": tx(
            "Errors",
            "The database server cannot be reached. Check the network and the server address.",
        ),
        "db_locked": tx("Errors", "The database is busy. Try again in a moment."),
        "disk_full": tx("Errors", "The disk is full. Free some space and try again."),
        "unsupported_format": tx("Errors", "This file type is not supported."),
        "file_too_large": tx("Errors", "The file is too large."),
        "encrypted": tx(
            "Errors", "The file is password-protected; remove the password and import it again."
        ),
        "empty_file": tx("Errors", "The file is empty."),
        "corrupt_file": tx("Errors", "The file is damaged and cannot be read."),
        "too_large": tx("Errors", "The file is too large."),
        "zip_bomb": tx("Errors", "The file unpacks to an unreasonable size and was refused."),
        "unreadable_file": tx("Errors", "The file could not be read."),
        "format_unknown": tx("Errors", "The file's format was not recognised."),
        "not_a_docx": tx("Errors", "The file is not a valid Word document."),
        "binary_junk": tx("Errors", "The file does not contain readable text."),
        "conversion_failed": tx("Errors", "The file could not be converted for reading."),
        "conversion_unavailable": tx(
            "Errors", "This format needs LibreOffice, which is not installed on this computer."
        ),
        "bad_credentials": tx("Errors", "Sign-in failed: check the user name and the password."),
        "password_too_short": tx("Errors", "The password needs at least 8 characters."),
        "password_invalid": tx(
            "Errors", "The password may not start or end with spaces or contain control characters."
        ),
        "username_taken": tx("Errors", "An account with this user name already exists."),
        "username_invalid": tx(
            "Errors", "The user name may contain letters, digits, dots, @ and dashes (2 to 64)."
        ),
        "role_unknown": tx("Errors", "Unknown role."),
        "role_missing": tx("Errors", "Give the account at least one role."),
        "first_admin_exists": tx("Errors", "Accounts exist already; ask an administrator."),
        "no_user": tx("Errors", "The account no longer exists."),
        "setting_invalid": tx("Errors", "The value of the setting is not acceptable."),
        "setting_unknown": tx("Errors", "Unknown setting."),
        "queue_unknown": tx("Errors", "Unknown queue."),
        "sort_unknown": tx("Errors", "The list cannot be sorted by this column."),
        "page_invalid": tx("Errors", "The list could not be loaded."),
        "db_busy": tx("Errors", "The database is busy. Try again in a moment."),
        "db_error": tx("Errors", "The database reported an error. Try again; if it persists, "
                       "tell IT."),
        "db_readonly": tx("Errors", "The database cannot be written (read-only)."),
        "db_unsupported": tx("Errors", "This kind of database is not supported."),
        "db_url_empty": tx("Errors", "No database given."),
        "db_url_invalid": tx("Errors", "The database address is not valid."),
        "integrity": tx("Errors", "The database refused the change (integrity check)."),
        "audit_append_only": tx("Errors", "The audit trail cannot be changed or deleted."),
        "negative_list": tx("Errors", "The negative list could not be loaded."),
        "no_hit": tx("Errors", "The hit no longer exists. The document has been reloaded."),
        "not_manual": tx("Errors", "Only a manual mark can be removed."),
        "not_withheld": tx("Errors", "Only a withheld document is re-reviewed."),
        "mask_unknown": tx("Errors", "Unknown redaction style."),
        "verdict_invalid": tx("Errors", "This decision is not possible for this hit."),
        "verdict_unknown": tx("Errors", "Unknown decision."),
        "attribute_unknown": tx("Errors", "Choose a disclosure attribute."),
        "category_unknown": tx("Errors", "Unknown negative-list category."),
        "span_invalid": tx("Errors", "Select some text of the document first."),
        "where_required": tx("Errors", "Say where the document was published."),
        "profile_invalid": tx("Errors", "The department profile is not valid."),
        "profile_missing": tx("Errors", "The department profile was not found."),
        "extraction_changed": tx(
            "Errors", "The text of this file is read differently now; import it again."
        ),
        "kind_unknown": tx("Errors", "Choose term or exception."),
        "no_term": tx("Errors", "The term no longer exists."),
        "term_invalid": tx("Errors", "The term is empty or too long."),
        "period_invalid": tx("Errors", "The period is not valid: the start must precede the end."),
        "service_missing": tx("Errors", "This function is not available in this build."),
        # publishable copy (区分处理)
        "redaction_leak": tx(
            "Errors",
            "The publishable copy was NOT saved: a redacted text could still be found in it. "
            "Nothing left the office.",
        ),
        "redaction_unlocated": tx(
            "Errors",
            "A redaction could not be located in the original file, so no copy was written.",
        ),
        "redaction_mismatch": tx(
            "Errors",
            "The original file no longer matches the reviewed text at a redaction; no copy "
            "was written.",
        ),
        "export_format_unsupported": tx(
            "Errors", "A publishable copy can be made of .docx, .pdf and .txt files only."
        ),
        "stamp_invalid": tx("Errors", "Unknown position for the attribute line."),
        "export_path": tx("Errors", "Choose a file name to save to."),
        "export_folder_missing": tx("Errors", "The folder to save to does not exist."),
        "export_not_writable": tx(
            "Errors", "The file cannot be written: no permission, or it is open in another program."
        ),
        "export_failed": tx("Errors", "The file could not be written."),
        # negative-list files and versions
        "terms_format_unsupported": tx("Errors", "Use an Excel workbook (.xlsx) or a CSV file."),
        "terms_file_unreadable": tx("Errors", "The file cannot be read as a terms list."),
        "terms_header_missing": tx(
            "Errors",
            "The first row must name the columns 类别 (category), 类型 (kind) and 词条 (term).",
        ),
        "terms_row_invalid": tx("Errors", "A row of the file is not valid; nothing was imported."),
        "no_version": tx("Errors", "That negative-list version is not recorded."),
    }
    return table.get(code)


def describe(exc: BaseException) -> tuple[str, str]:
    """(translated sentence, detail line) for an error a person will read."""
    if isinstance(exc, WorkbenchError):
        text = error_text(exc.code) or error_text(type(exc).code) or error_text("error")
        assert text is not None
        extra = _specific(exc)
        if extra:
            text = f"{text}\n{extra}"
        blockers = exc.params.get("blockers") if exc.params else None
        if blockers:
            lines = [error_text(code) or message for code, message in blockers]
            text = (
                "\n".join([text, *("• " + line for line in lines)]) if len(lines) > 1 else lines[0]
            )
        return text, exc.message
    return tx(
        "Errors",
        "An unexpected error occurred. The workbench keeps running; the details were "
        "written to the log file.",
    ), f"{type(exc).__name__}: {exc}"


def _specific(exc: WorkbenchError) -> str:
    """A translated line from an error's parameters (which row, which hit), when it has one."""
    params = exc.params or {}
    if exc.code == "terms_row_invalid" and "row" in params:
        reason = error_text(str(params.get("reason", ""))) or ""
        return tx("Errors", "Row %1: %2").replace("%1", str(params["row"])).replace(
            "%2", reason)
    if exc.code == "redaction_leak":
        from workbench.gui import labels

        kind = labels.subtype_name(params.get("subtype")) or labels.category_name(
            str(params.get("category", "")))
        line = tx("Errors", "Found: %1 (%2, hit %3), in the %4 reading.").replace(
            "%1", str(params.get("preview", "…"))).replace("%2", kind).replace(
            "%3", str(params.get("hit_id", "?"))).replace("%4", str(params.get("found_by", "")))
        if params.get("also_unredacted"):
            line += "\n" + tx("Errors", "The same text stands unredacted elsewhere in the "
                               "document: reopen the review and redact it there too.")
        return line
    return ""


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
            box.setIcon(
                QMessageBox.Icon.Information
                if isinstance(exc, CancelledError)
                else QMessageBox.Icon.Warning
            )
            box.setWindowTitle(
                tx("Errors", "Cannot continue")
                if not isinstance(exc, EnvironmentProblem)
                else tx("Errors", "Connection or disk problem")
            )
            box.setText(text)
            if detail and detail != text:
                box.setInformativeText(tx("Errors", "Details: %1").replace("%1", detail))
        else:
            code = "bug"
            box.setIcon(QMessageBox.Icon.Critical)
            box.setWindowTitle(tx("Errors", "Unexpected error"))
            box.setText(text)
            box.setInformativeText(str(log_file()))
            full = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
            box.setDetailedText(full)
            copy = box.addButton(tx("Errors", "Copy details"), QMessageBox.ButtonRole.ActionRole)
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


def excepthook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
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
