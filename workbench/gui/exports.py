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


def show_saved(parent: QWidget, path: Path) -> QMessageBox:
    """Success message with a button that opens the folder."""
    box = QMessageBox(
        QMessageBox.Icon.Information,
        tx("Exports", "Export finished"),
        tx("Exports", "Saved to %1").replace("%1", str(path)),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("exportDone")
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
