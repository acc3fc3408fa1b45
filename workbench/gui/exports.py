"""Export menus: review form, audit trail, annual statistics (file dialog, then "open folder")."""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from workbench.gui import ops, settings
from workbench.gui.context import AppContext
from workbench.gui.errors import error_text
from workbench.gui.publish_panel import may_export_copy
from workbench.services.results import DocumentDetail

if TYPE_CHECKING:
    from workbench.gui.main_window import MainWindow

from workbench.gui.i18n import tx

log = logging.getLogger("workbench.gui.exports")


def ask_path(parent: QWidget, title: str, suggested: str, filters: str) -> tuple[Path, str]:
    """Where to save, and the chosen format (from the file suffix); empty path if cancelled."""
    folder = settings.get("last/export_dir") or str(Path.home())
    name, _ = QFileDialog.getSaveFileName(parent, title, str(Path(folder) / suggested), filters)
    if not name:
        return Path(), ""
    path = Path(name)
    settings.put("last/export_dir", str(path.parent))
    return path, path.suffix.lower().lstrip(".")


def show_saved(parent: QWidget, path: Path, details: str = "",
               warnings: tuple[str, ...] = ()) -> QMessageBox:
    """Success message with a button that opens the folder (and warnings, when any)."""
    box = QMessageBox(
        QMessageBox.Icon.Warning if warnings else QMessageBox.Icon.Information,
        tx("Exports", "Export finished"),
        tx("Exports", "Saved to %1").replace("%1", str(path)),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("exportDone")
    lines = [details] if details else []
    if warnings:
        lines.append(tx("Exports", "Please check:"))
        lines.extend(f"• {w}" for w in warnings)
    if lines:
        box.setInformativeText("\n".join(lines))
    open_folder = box.addButton(tx("Exports", "Open folder"), QMessageBox.ButtonRole.ActionRole)
    open_folder.clicked.connect(
        lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))
    )
    box.open()
    parent.last_export_message = box  # type: ignore[attr-defined]
    return box


def export_review_form(window: MainWindow) -> None:
    view = window.current_document_view()
    if view is None or view.detail is None:
        QMessageBox.information(
            window,
            tx("Exports", "Review form"),
            tx("Exports", "Open a document first, then export its review form."),
        )
        return
    path, fmt = ask_path(
        window,
        tx("Exports", "Save the review form"),
        f"{view.detail.row.title}-审查表.pdf",
        tx("Exports", "PDF (*.pdf);;Word document (*.docx)"),
    )
    if not fmt:
        return
    ops.export_review_form(
        ctx=window.ctx, parent=window, document_id=view.document_id, fmt=fmt, path=path
    ).success(lambda result: show_saved(window, Path(result.path))).run_in_background()


def export_audit(window: MainWindow) -> None:
    path, fmt = ask_path(
        window,
        tx("Exports", "Save the audit trail"),
        "审计记录.xlsx",
        tx("Exports", "Excel workbook (*.xlsx);;CSV (*.csv);;PDF (*.pdf)"),
    )
    if not fmt:
        return
    ops.export_audit(ctx=window.ctx, parent=window, fmt=fmt, path=path).success(
        lambda result: show_saved(window, Path(result.path))
    ).run_in_background()


def export_statistics(window: MainWindow) -> None:
    year, ok = QInputDialog.getInt(
        window,
        tx("Exports", "Annual statistics"),
        tx("Exports", "Year"),
        date.today().year,
        2000,
        2100,
    )
    if not ok:
        return
    path, fmt = ask_path(
        window,
        tx("Exports", "Save the statistics"),
        f"{year}年政务公开统计.xlsx",
        tx("Exports", "Excel workbook (*.xlsx)"),
    )
    if not fmt:
        return
    ops.export_statistics(
        ctx=window.ctx, parent=window, start=date(year, 1, 1), end=date(year, 12, 31), path=path
    ).success(lambda result: show_saved(window, Path(result.path))).run_in_background()


def publishable_copy_name(detail: DocumentDetail) -> str:
    """``<title>-公开版.<ext>``: the copy keeps the original's format."""
    unsafe = '\\/:*?"<>|'
    title = "".join("_" if ch in unsafe else ch for ch in detail.row.title).strip() or "document"
    return f"{title[:80]}-公开版.{detail.format}"


def export_publishable_copy(parent: QWidget, ctx: AppContext, detail: DocumentDetail) -> None:
    """Ask where, export, then show the SHA-256 and any warnings (or the readable error)."""
    if not may_export_copy(detail):
        code = "not_publishable" if detail.row.final_attribute == "withheld" else \
            "not_signed_off"
        QMessageBox.information(parent, tx("Exports", "Publishable copy"),
                                error_text(code) or "")
        return
    filters = {
        "docx": tx("Exports", "Word document (*.docx)"),
        "pdf": tx("Exports", "PDF (*.pdf)"),
        "txt": tx("Exports", "Text file (*.txt)"),
    }
    path, fmt = ask_path(parent, tx("Exports", "Save the publishable copy"),
                         publishable_copy_name(detail),
                         filters.get(detail.format, tx("Exports", "All files (*)")))
    if not fmt:
        return
    ops.export_publishable_copy(
        ctx=ctx, parent=parent, document_id=detail.row.document_id, path=path
    ).success(lambda result: show_saved(
        parent, Path(result.path),
        tx("Exports", "%1 redaction(s) applied and checked. SHA-256 (recorded in the audit "
                      "trail): %2").replace("%1", str(result.redactions)).replace(
            "%2", result.sha256),
        tuple(result.warnings))).run_in_background()


def export_copy_of_current(window: MainWindow) -> None:
    view = window.current_document_view()
    if view is None or view.detail is None:
        QMessageBox.information(
            window,
            tx("Exports", "Publishable copy"),
            tx("Exports", "Open a signed-off document first, then export its publishable copy."),
        )
        return
    export_publishable_copy(window, window.ctx, view.detail)
