"""The negative-list browser and editor: categories with their ground, department terms,
term files (.xlsx/.csv) and the versions with their differences."""

from __future__ import annotations

import html
import logging
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from workbench.core.roles import Role
from workbench.gui import exports, labels, ops, prompts, settings
from workbench.gui.context import AppContext
from workbench.gui.i18n import tx
from workbench.gui.list_versions_view import VersionsPane, short

log = logging.getLogger("workbench.gui.negative_list")


def ask_import_mode(parent: QWidget) -> str | None:
    """"add" or "replace" (the file becomes the whole department list), or None."""
    box = QMessageBox(QMessageBox.Icon.Question, tx("NegativeListDialog", "Import terms"),
                      tx("NegativeListDialog",
                         "Add the file's terms and exceptions to the department's list, or "
                         "replace the list with the file (terms missing from the file are "
                         "removed)?"), QMessageBox.StandardButton.Cancel,
                      parent)
    add = box.addButton(tx("NegativeListDialog", "Add to the list"),
                        QMessageBox.ButtonRole.AcceptRole)
    replace = box.addButton(tx("NegativeListDialog", "Replace the list"),
                            QMessageBox.ButtonRole.DestructiveRole)
    box.exec()
    clicked = box.clickedButton()
    return "add" if clicked is add else "replace" if clicked is replace else None


class NegativeListDialog(QDialog):
    """Browse the twelve categories; administrators keep the department's terms and exceptions
    (one by one or as a file); every change makes a version that can be compared; after a
    change, offer to rescan the documents still in review."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("negativeListDialog")
        self._ctx = ctx
        self.terms: tuple = ()
        self.category_views: dict[str, object] = {}
        self.setWindowTitle(self.tr("Negative list"))
        self.resize(1000, 640)
        self.categories = QListWidget()
        self.categories.setObjectName("categories")
        self.categories.setMaximumWidth(250)
        self.info = QLabel()
        self.info.setObjectName("categoryInfo")
        self.info.setWordWrap(True)
        self.info.setTextFormat(Qt.TextFormat.RichText)
        self.version = QLabel()
        self.version.setObjectName("listVersion")
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("departmentTerms")
        self.table.setHorizontalHeaderLabels([self.tr("Kind"), self.tr("Term"),
                                              self.tr("Note")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.add_term = QPushButton(self.tr("Add term…"))
        self.add_term.setObjectName("addTerm")
        self.add_exception = QPushButton(self.tr("Add exception…"))
        self.remove = QPushButton(self.tr("Remove"))
        self.import_button = QPushButton(self.tr("Import .xlsx/.csv…"))
        self.import_button.setObjectName("importTerms")
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setObjectName("exportTerms")
        is_admin = bool(ctx.user and ctx.user.has(Role.ADMIN))
        for button in (self.add_term, self.add_exception, self.remove, self.import_button):
            button.setEnabled(is_admin)
            if not is_admin:
                button.setToolTip(self.tr("Only an administrator changes the list."))
        self.add_term.clicked.connect(lambda: self._add("term"))
        self.add_exception.clicked.connect(lambda: self._add("exception"))
        self.remove.clicked.connect(self._remove)
        self.import_button.clicked.connect(self.import_terms)
        self.export_button.clicked.connect(self.export_terms)

        right = QVBoxLayout()
        right.addWidget(self.info)
        right.addWidget(QLabel(self.tr("Department additions (all categories in the file "
                                       "import and export)")))
        right.addWidget(self.table, 1)
        row = QHBoxLayout()
        for button in (self.add_term, self.add_exception, self.remove):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.import_button)
        row.addWidget(self.export_button)
        right.addLayout(row)
        browse = QWidget()
        body = QHBoxLayout(browse)
        body.addWidget(self.categories)
        body.addLayout(right, 1)
        self.versions = VersionsPane(ctx)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("negativeListTabs")
        self.tabs.addTab(browse, self.tr("Categories and terms"))
        self.tabs.addTab(self.versions, self.tr("Versions"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.version, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        bottom.addWidget(buttons)
        layout.addLayout(bottom)
        self.categories.currentRowChanged.connect(lambda _r: self._show_category())
        self.reload()

    def current_category(self) -> str:
        item = self.categories.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else "state_secret"

    # ---------------------------------------------------------------- loading

    def reload(self) -> None:
        ops.list_categories(ctx=self._ctx, parent=self).success(
            self._categories_loaded).run_in_background()
        ops.department_terms(ctx=self._ctx, parent=self).success(
            self._loaded).run_in_background()
        ops.negative_list_version(ctx=self._ctx, parent=self).success(
            self._version_loaded).failure(lambda _e: None).run_in_background()
        self.versions.reload()

    def _version_loaded(self, version: str) -> None:
        self.version.setText(self.tr("List version: %1").replace("%1", short(version)))
        self.version.setToolTip(version)

    def _categories_loaded(self, views: tuple) -> None:
        current = self.current_category() if self.categories.currentItem() else None
        self.category_views = {v.category: v for v in views}
        self.categories.blockSignals(True)
        self.categories.clear()
        for view in views:
            item = QListWidgetItem(labels.category_name(view.category))
            item.setData(Qt.ItemDataRole.UserRole, view.category)
            item.setIcon(_swatch(view.category))
            item.setToolTip(view.name_zh)
            self.categories.addItem(item)
        self.categories.blockSignals(False)
        codes = [v.category for v in views]
        self.categories.setCurrentRow(codes.index(current) if current in codes else 0)
        self._show_category()

    def _loaded(self, terms: tuple) -> None:
        self.terms = terms
        self._show_category()

    def _show_category(self) -> None:
        category = self.current_category()
        view = self.category_views.get(category)
        if view is not None:
            must = view.withholding == "mandatory"
            self.info.setText(
                f"<h3>{labels.category_name(category)}</h3>"
                + self.tr("Legal ground: %1").replace("%1", view.legal_ground) + "<br>"
                + (self.tr("Must be withheld when found.") if must
                   else self.tr("May be withheld: the reviewer decides.")) + "<br>"
                + self.tr("%1 rules, %2 terms").replace("%1", str(view.rule_count)).replace(
                    "%2", str(view.term_count))
                + (f"<p style='color:#555'>{_paragraphs(view.description)}</p>"
                   if view.description else ""))
        rows = [t for t in self.terms if t.category in (category, "*")]
        self.table.setRowCount(len(rows))
        for index, term in enumerate(rows):
            kind = self.tr("Term") if term.kind == "term" else (
                self.tr("Exception (all categories)") if term.category == "*"
                else self.tr("Exception"))
            for column, value in enumerate((kind, term.value, term.note)):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, term.term_id)
                self.table.setItem(index, column, item)

    # ---------------------------------------------------------------- editing

    def _add(self, kind: str) -> None:
        value = prompts.ask_text(self, self.tr("Add to the negative list"),
                                 self.tr("Term") if kind == "term" else self.tr("Exception"))
        if not value:
            return
        ops.add_department_term(ctx=self._ctx, parent=self, category=self.current_category(),
                                kind=kind, value=value).success(
            lambda _c: self._changed()).run_in_background()

    def _remove(self) -> None:
        item = self.table.item(self.table.currentRow(), 0)
        if item is None:
            return
        ops.remove_department_term(ctx=self._ctx, parent=self,
                                   term_id=item.data(Qt.ItemDataRole.UserRole)).success(
            lambda _c: self._changed()).run_in_background()

    def import_terms(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import department terms"), settings.get("last/export_dir"),
            self.tr("Terms (*.xlsx *.csv)"))
        if not name:
            return
        mode = ask_import_mode(self)
        if mode is None:
            return
        ops.import_terms(ctx=self._ctx, parent=self, path=Path(name),
                         replace=mode == "replace").success(self._imported).run_in_background()

    def _imported(self, result) -> None:
        message = self.tr("Imported: %1 added, %2 already on the list, %3 removed.").replace(
            "%1", str(result.added)).replace("%2", str(result.unchanged)).replace(
            "%3", str(result.removed))
        self.last_import_message = message
        self._changed(message)

    def export_terms(self) -> None:
        path, fmt = exports.ask_path(self, self.tr("Export department terms"),
                                     "本单位补充清单.xlsx",
                                     self.tr("Excel workbook (*.xlsx);;CSV (*.csv)"))
        if not fmt:
            return
        ops.export_terms(ctx=self._ctx, parent=self, path=path, fmt=fmt).success(
            lambda result: exports.show_saved(self, Path(result.path))).run_in_background()

    def _changed(self, message: str = "") -> None:
        self.reload()
        user = self._ctx.user
        if user is None or not user.has(Role.REVIEWER):
            if message:
                box = QMessageBox(QMessageBox.Icon.Information,
                                  self.tr("Negative list changed"), message,
                                  QMessageBox.StandardButton.Ok, self)
                box.setObjectName("importDone")
                box.open()
                self.import_done = box
            return
        question = self.tr("Rescan your documents still in review with the new list? "
                           "Decisions on unchanged hits are kept.")
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Negative list changed"),
                          f"{message}\n\n{question}" if message else question,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setObjectName("rescanOffer")
        box.accepted.connect(self.rescan)
        box.open()
        self.rescan_offer = box

    def rescan(self) -> None:
        ops.rescan_in_review(ctx=self._ctx, parent=self,
                             title=self.tr("Rescanning documents in review…")
                             ).run_in_background()


def _paragraphs(text: str) -> str:
    return "<br>".join(html.escape(line) for line in text.strip().splitlines())


def _swatch(category: str) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(labels.category_colour(category))
    return QIcon(pixmap)
