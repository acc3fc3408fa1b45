"""The negative-list browser and editor: categories with their ground, department terms."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workbench.core.categories import (
    CATEGORY_WITHHOLDING,
    DEFAULT_LEGAL_GROUND,
    Category,
    Withholding,
)
from workbench.core.roles import Role
from workbench.gui import labels, ops, prompts
from workbench.gui.context import AppContext

log = logging.getLogger("workbench.gui.negative_list")


class NegativeListDialog(QDialog):
    """Browse the twelve categories; administrators add or remove the department's terms and
    exceptions; after a change, offer to rescan the documents still in review."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("negativeListDialog")
        self._ctx = ctx
        self.terms: tuple = ()
        self.setWindowTitle(self.tr("Negative list"))
        self.resize(980, 600)
        self.categories = QListWidget()
        self.categories.setObjectName("categories")
        self.categories.setMaximumWidth(260)
        for category in Category:
            item = QListWidgetItem(labels.category_name(category))
            item.setData(Qt.ItemDataRole.UserRole, str(category))
            item.setIcon(_swatch(category))
            self.categories.addItem(item)
        self.info = QLabel()
        self.info.setObjectName("categoryInfo")
        self.info.setWordWrap(True)
        self.version = QLabel()
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
        is_admin = bool(ctx.user and ctx.user.has(Role.ADMIN))
        for button in (self.add_term, self.add_exception, self.remove):
            button.setEnabled(is_admin)
        self.add_term.clicked.connect(lambda: self._add("term"))
        self.add_exception.clicked.connect(lambda: self._add("exception"))
        self.remove.clicked.connect(self._remove)
        right = QVBoxLayout()
        right.addWidget(self.info)
        right.addWidget(QLabel(self.tr("Department additions")))
        right.addWidget(self.table, 1)
        row = QHBoxLayout()
        for button in (self.add_term, self.add_exception, self.remove):
            row.addWidget(button)
        row.addStretch(1)
        right.addLayout(row)
        right.addWidget(self.version)
        body = QHBoxLayout()
        body.addWidget(self.categories)
        body.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.categories.currentRowChanged.connect(lambda _r: self._show_category())
        self.categories.setCurrentRow(0)
        self.reload()

    def current_category(self) -> str:
        item = self.categories.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else str(Category.STATE_SECRET)

    def reload(self) -> None:
        ops.department_terms(ctx=self._ctx, parent=self).success(
            self._loaded).run_in_background()
        ops.negative_list_version(ctx=self._ctx, parent=self).success(
            lambda v: self.version.setText(self.tr("List version: %1").replace(
                "%1", v or "—"))).failure(lambda _e: None).run_in_background()

    def _loaded(self, terms: tuple) -> None:
        self.terms = terms
        self._show_category()

    def _show_category(self) -> None:
        category = Category(self.current_category())
        must = CATEGORY_WITHHOLDING[category] is Withholding.MANDATORY
        self.info.setText(
            f"<h3>{labels.category_name(category)}</h3>"
            + self.tr("Legal ground: %1").replace("%1", DEFAULT_LEGAL_GROUND[category]) + "<br>"
            + (self.tr("Must be withheld when found.") if must
               else self.tr("May be withheld: the reviewer decides.")))
        rows = [t for t in self.terms if t.category == str(category)]
        self.table.setRowCount(len(rows))
        for index, term in enumerate(rows):
            kind = self.tr("Term") if term.kind == "term" else self.tr("Exception")
            for column, value in enumerate((kind, term.value, term.note)):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, term.term_id)
                self.table.setItem(index, column, item)

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

    def _changed(self) -> None:
        self.reload()
        user = self._ctx.user
        if user is None or not user.has(Role.REVIEWER):
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Negative list changed"),
                          self.tr("Rescan your documents still in review with the new list? "
                                  "Decisions on unchanged hits are kept."),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setObjectName("rescanOffer")
        box.accepted.connect(self.rescan)
        box.open()
        self.rescan_offer = box

    def rescan(self) -> None:
        ops.rescan_in_review(ctx=self._ctx, parent=self,
                             title=self.tr("Rescanning documents in review…")
                             ).run_in_background()


def _swatch(category: Category):
    from PySide6.QtGui import QIcon, QPixmap

    pixmap = QPixmap(14, 14)
    pixmap.fill(labels.category_colour(str(category)))
    return QIcon(pixmap)
