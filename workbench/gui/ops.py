"""Keyword-only factories, one per user action: each returns a ServiceOp around one service call.

This is the only module of the window that names service functions (Anki's ``operations/*``),
so a change of a service signature is one edit here.
"""

from __future__ import annotations

import inspect
import logging
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QWidget

from workbench.core.errors import CancelledError, WorkbenchError
from workbench.core.progress import ProgressSink, check_cancelled
from workbench.gui import labels
from workbench.gui.context import AppContext
from workbench.gui.i18n import tx
from workbench.gui.operations import ServiceOp
from workbench.services import (
    documents,
    negative_list,
    page_boxes,
    queues,
    review,
    scans,
    signoff,
    users,
)
from workbench.services import settings as dept_settings
from workbench.services.results import ImportResult, ScanSummary

log = logging.getLogger("workbench.gui.ops")


# ------------------------------------------------------------------ accounts


def login(*, ctx: AppContext, parent: QWidget | None, username: str,
          password: str) -> ServiceOp:
    return ServiceOp(ctx=ctx, parent=parent,
                     call=lambda ws, _user: users.login(ws, username, password))


def list_users(*, ctx: AppContext, parent: QWidget | None) -> ServiceOp:
    return ServiceOp(ctx=ctx, parent=parent, call=users.list_users)


def add_user(*, ctx: AppContext, parent: QWidget | None, username: str, roles: Sequence[str],
             password: str, display_name: str) -> ServiceOp:
    return ServiceOp(ctx=ctx, parent=parent, call=lambda ws, user: users.add_user(
        ws, user, username, list(roles), password, display_name))


def set_user_active(*, ctx: AppContext, parent: QWidget | None, user_id: int,
                    active: bool) -> ServiceOp:
    return ServiceOp(ctx=ctx, parent=parent, call=lambda ws, user: users.set_user_active(
        ws, user, user_id, active))


def set_user_roles(*, ctx: AppContext, parent: QWidget | None, user_id: int,
                   roles: Sequence[str]) -> ServiceOp:
    return ServiceOp(ctx=ctx, parent=parent, call=lambda ws, user: users.set_user_roles(
        ws, user, user_id, list(roles)))


def department_settings(*, ctx: AppContext, parent: QWidget | None) -> ServiceOp:
    return ServiceOp(ctx=ctx, parent=parent, call=dept_settings.get_settings)


def update_setting(*, ctx: AppContext, parent: QWidget | None, key: str,
                   value: object) -> ServiceOp:
    return ServiceOp(ctx=ctx, parent=parent, call=lambda ws, user: dept_settings.update_setting(
        ws, user, key, value))


# ------------------------------------------------------------------ reading


def queue_counts(*, ctx: AppContext, parent: QWidget | None) -> ServiceOp:
    return ServiceOp(ctx=ctx, parent=parent, call=queues.queue_counts)


def document_detail(*, ctx: AppContext, parent: QWidget | None, document_id: int) -> ServiceOp:
    return ServiceOp(ctx=ctx, parent=parent, call=lambda ws, user: queues.document_detail(
        ws, user, document_id))


def original_bytes(*, ctx: AppContext, parent: QWidget | None, document_id: int) -> ServiceOp:
    return ServiceOp(ctx=ctx, parent=parent, call=lambda ws, user: documents.original_bytes(
        ws, user, document_id))


def hit_boxes(*, ctx: AppContext, parent: QWidget | None, document_id: int) -> ServiceOp:
    """Exact character boxes of every hit (by text offset, not by searching the page)."""
    return ServiceOp(ctx=ctx, parent=parent, call=lambda ws, user: page_boxes.hit_boxes(
        ws, user, document_id))


# ------------------------------------------------------------------ import and scan


#: What one file of an import ended as: (path, ImportResult | None, ScanSummary | None, error).
FileOutcome = tuple[Path, ImportResult | None, ScanSummary | None, WorkbenchError | None]

SUPPORTED_SUFFIXES = (".docx", ".pdf", ".txt", ".doc", ".wps", ".rtf", ".odt", ".ofd")


def expand_paths(paths: Sequence[Path]) -> list[Path]:
    """Files as given, and the supported files inside given folders (sorted, recursive)."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*")
                                if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES))
        else:
            found.append(path)
    return found


class FileSteps:
    """One file's phases (reading, extracting, scanning, saving) under the import's file count.

    Runs on the worker thread; ``tx`` (QCoreApplication.translate) is thread-safe.
    """

    def __init__(self, sink: ProgressSink, index: int, count: int, name: str) -> None:
        self._sink = sink
        self._index = index
        self._count = count
        self._name = name

    def update(self, done: int, total: int | None, message: str = "") -> None:
        label = labels.phase_name(message)
        if label and total:
            label += f" {done}/{total}"
        head = tx("Ops", "File %1 of %2: %3").replace("%1", str(self._index + 1)).replace(
            "%2", str(self._count)).replace("%3", self._name)
        self._sink.update(self._index, self._count, f"{head}\n{label}" if label else head)

    def cancelled(self) -> bool:
        return self._sink.cancelled()


def _takes_progress(fn) -> bool:
    # The scan service gains ``progress=`` in a concurrent change; until then, call it without.
    return "progress" in inspect.signature(fn).parameters


def import_files(*, ctx: AppContext, parent: QWidget | None, paths: Sequence[Path],
                 title: str) -> ServiceOp:
    """Import and scan each file; one file's error never stops the others; Cancel stops the
    current file at its next safe point (nothing half-stored). Returns :data:`FileOutcome`s."""

    def call(ws, user, sink: ProgressSink) -> list[FileOutcome]:
        files = expand_paths(paths)
        outcomes: list[FileOutcome] = []
        scan_progress = _takes_progress(scans.scan_document)
        for index, path in enumerate(files):
            steps = FileSteps(sink, index, len(files), path.name)
            steps.update(0, None, "reading")
            check_cancelled(sink)
            try:
                data = path.read_bytes()
            except OSError as exc:
                outcomes.append((path, None, None, WorkbenchError(
                    f"{path.name}: {exc.strerror or exc}", code="input_file")))
                continue
            try:
                result = documents.import_document(ws, user, data, path.name, progress=steps)
            except CancelledError:
                raise
            except WorkbenchError as exc:
                outcomes.append((path, None, None, exc))
                continue
            summary = None
            scan_error = None
            extra = {"progress": steps} if scan_progress else {}
            try:
                # A duplicate is scanned too: its scan carries the earlier decisions over.
                summary = scans.scan_document(ws, user, result.document_id,
                                              result.change.version or 0, **extra)
            except CancelledError:
                raise
            except WorkbenchError as exc:
                scan_error = exc
            outcomes.append((path, result, summary, scan_error))
        sink.update(len(files), len(files), "")
        return outcomes

    return ServiceOp(ctx=ctx, parent=parent, call=call).with_progress(title)


def scan_document(*, ctx: AppContext, parent: QWidget | None, document_id: int,
                  version: int) -> ServiceOp:
    return ServiceOp(ctx=ctx, parent=parent, call=lambda ws, user: scans.scan_document(
        ws, user, document_id, version))


# ------------------------------------------------------------------ review


def decide_hit(*, ctx: AppContext, parent: QWidget | None, document_id: int, hit_id: int,
               verdict: str, version: int, reason: str = "",
               all_identical: bool = False) -> ServiceOp:
    return ServiceOp(ctx=ctx, parent=parent, call=lambda ws, user: review.decide_hit(
        ws, user, document_id, hit_id, verdict, version, reason=reason,
        all_identical=all_identical))


def undo_decision(*, ctx: AppContext, parent: QWidget | None, document_id: int, hit_id: int,
                  version: int) -> ServiceOp:
    return ServiceOp(ctx=ctx, parent=parent, call=lambda ws, user: review.undo_decision(
        ws, user, document_id, hit_id, version))


def mark_text(*, ctx: AppContext, parent: QWidget | None, document_id: int, version: int,
              category: str, start: int, end: int, verdict: str, note: str = "") -> ServiceOp:
    return ServiceOp(ctx=ctx, parent=parent, call=lambda ws, user: review.add_manual_mark(
        ws, user, document_id, version, category=category, start=start, end=end,
        verdict=verdict, note=note))


def confirm_manual_read(*, ctx: AppContext, parent: QWidget | None, document_id: int,
                        version: int) -> ServiceOp:
    return ServiceOp(ctx=ctx, parent=parent, call=lambda ws, user: review.confirm_manual_read(
        ws, user, document_id, version))


def propose(*, ctx: AppContext, parent: QWidget | None, document_id: int, version: int,
            attribute: str, reason: str, legal_ground: str) -> ServiceOp:
    return ServiceOp(ctx=ctx, parent=parent, call=lambda ws, user: review.propose_attribute(
        ws, user, document_id, version, attribute, reason=reason, legal_ground=legal_ground))


def submit(*, ctx: AppContext, parent: QWidget | None, document_id: int,
           version: int) -> ServiceOp:
    return ServiceOp(ctx=ctx, parent=parent, call=lambda ws, user: signoff.submit_review(
        ws, user, document_id, version))


# ------------------------------------------------------------------ sign-off


def approve(*, ctx: AppContext, parent: QWidget | None, document_id: int, version: int,
            comment: str) -> ServiceOp:
    return ServiceOp(ctx=ctx, parent=parent, call=lambda ws, user: signoff.approve_step(
        ws, user, document_id, version, comment=comment))


def return_review(*, ctx: AppContext, parent: QWidget | None, document_id: int, version: int,
                  comment: str) -> ServiceOp:
    return ServiceOp(ctx=ctx, parent=parent, call=lambda ws, user: signoff.return_review(
        ws, user, document_id, version, comment=comment))


def reopen(*, ctx: AppContext, parent: QWidget | None, document_id: int, version: int,
           reason: str) -> ServiceOp:
    return ServiceOp(ctx=ctx, parent=parent, call=lambda ws, user: signoff.reopen_review(
        ws, user, document_id, version, reason=reason))


# ------------------------------------------------------------------ publication


def mark_published(*, ctx: AppContext, parent: QWidget | None, document_id: int, version: int,
                   published_on: date, where: str) -> ServiceOp:
    return ServiceOp(ctx=ctx, parent=parent, call=lambda ws, user: signoff.mark_published(
        ws, user, document_id, version, published_on=published_on, where=where))


def export_publishable_copy(*, ctx: AppContext, parent: QWidget | None, document_id: int,
                            path: Path) -> ServiceOp:
    from workbench.services import publishing

    return ServiceOp(ctx=ctx, parent=parent, call=lambda ws, user: (
        publishing.export_publishable_copy(ws, user, document_id, path)))


# ------------------------------------------------------------------ negative list


def negative_list_version(*, ctx: AppContext, parent: QWidget | None) -> ServiceOp:
    return ServiceOp(ctx=ctx, parent=parent, call=negative_list.current_version)


def list_categories(*, ctx: AppContext, parent: QWidget | None) -> ServiceOp:
    return ServiceOp(ctx=ctx, parent=parent, call=negative_list.list_categories)


def department_terms(*, ctx: AppContext, parent: QWidget | None) -> ServiceOp:
    return ServiceOp(ctx=ctx, parent=parent, call=negative_list.list_department_terms)


def add_department_term(*, ctx: AppContext, parent: QWidget | None, category: str, kind: str,
                        value: str, note: str = "") -> ServiceOp:
    return ServiceOp(ctx=ctx, parent=parent, call=lambda ws, user: (
        negative_list.add_department_term(ws, user, category=category, kind=kind, value=value,
                                          note=note)))


def remove_department_term(*, ctx: AppContext, parent: QWidget | None,
                           term_id: int) -> ServiceOp:
    return ServiceOp(ctx=ctx, parent=parent, call=lambda ws, user: (
        negative_list.remove_department_term(ws, user, term_id)))


def export_terms(*, ctx: AppContext, parent: QWidget | None, path: Path,
                 fmt: str) -> ServiceOp:
    return ServiceOp(ctx=ctx, parent=parent, call=lambda ws, user: negative_list.export_terms(
        ws, user, path, fmt))


def import_terms(*, ctx: AppContext, parent: QWidget | None, path: Path,
                 replace: bool) -> ServiceOp:
    return ServiceOp(ctx=ctx, parent=parent, call=lambda ws, user: negative_list.import_terms(
        ws, user, path, replace=replace))


def list_versions(*, ctx: AppContext, parent: QWidget | None) -> ServiceOp:
    return ServiceOp(ctx=ctx, parent=parent, call=negative_list.list_versions)


def diff_versions(*, ctx: AppContext, parent: QWidget | None, old: str,
                  new: str) -> ServiceOp:
    return ServiceOp(ctx=ctx, parent=parent, call=lambda ws, user: negative_list.diff_versions(
        ws, user, old, new))


def rescan_in_review(*, ctx: AppContext, parent: QWidget | None, title: str) -> ServiceOp:
    """Rescan the signed-in reviewer's open reviews with the current list (kept decisions
    stay; see ``scans.scan_document``). Returns how many documents were rescanned."""

    def call(ws, user, sink: ProgressSink) -> int:
        page = queues.list_documents(ws, user, queue="my_reviews", limit=queues.MAX_PAGE)
        rows = [r for r in page.rows if r.state in ("imported", "in_review", "returned")]
        for index, row in enumerate(rows):
            sink.update(index, len(rows), row.title)
            check_cancelled(sink)
            scans.scan_document(ws, user, row.document_id, row.version)
        return len(rows)

    return ServiceOp(ctx=ctx, parent=parent, call=call).with_progress(title)


# ------------------------------------------------------------------ exports


def export_review_form(*, ctx: AppContext, parent: QWidget | None, document_id: int, fmt: str,
                       path: Path) -> ServiceOp:
    from workbench.services import exports

    return ServiceOp(ctx=ctx, parent=parent, call=lambda ws, user: exports.export_review_form(
        ws, user, document_id, fmt, path))


def export_audit(*, ctx: AppContext, parent: QWidget | None, fmt: str, path: Path,
                 document_id: int | None = None) -> ServiceOp:
    from workbench.services import audit_trail

    return ServiceOp(ctx=ctx, parent=parent, call=lambda ws, user: audit_trail.export_audit(
        ws, user, fmt, path, document_id=document_id))


def export_statistics(*, ctx: AppContext, parent: QWidget | None, start, end,
                      path: Path) -> ServiceOp:
    from workbench.services import exports

    return ServiceOp(ctx=ctx, parent=parent, call=lambda ws, user: exports.export_statistics(
        ws, user, start, end, path))
