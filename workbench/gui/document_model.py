"""The document table's model: a thin adapter that pages rows in from the services on demand.

No business rules here: the queue, search and sort are passed to
``services.queues.list_documents``, and rows arrive a page at a time when the view scrolls
(``canFetchMore``/``fetchMore``), so a queue of 10,000 documents costs one page to show.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor

from workbench.gui import labels
from workbench.gui.context import AppContext
from workbench.gui.operations import ServiceOp
from workbench.services import queues
from workbench.services.results import DocumentPage, DocumentRow

log = logging.getLogger("workbench.gui.models")

PAGE_SIZE = 200

#: (column id, sort key in the services or None when the column cannot be sorted).
COLUMNS: tuple[tuple[str, str | None], ...] = (
    ("title", "title"),
    ("doc_number", "doc_number"),
    ("state", "state"),
    ("attribute", None),
    ("hits", None),
    ("categories", None),
    ("reviewer", None),
    ("step_due", "step_due"),
    ("updated", "updated_at"),
)

Index = QModelIndex | QPersistentModelIndex

#: The (category, count) pairs of a row, for the delegate that draws them as coloured chips.
CATEGORY_COUNTS_ROLE = Qt.ItemDataRole.UserRole + 1


def column_of(column: str) -> int:
    return [c for c, _ in COLUMNS].index(column)


def category_counts_text(pairs: tuple[tuple[str, int], ...]) -> str:
    """"隐私3 过程1": short category name and count, most frequent first."""
    return " ".join(f"{labels.category_short(c)}{n}" for c, n in pairs)


class DocumentTableModel(QAbstractTableModel):
    """Rows of one queue, fetched lazily; ``loaded`` fires after each page arrives."""

    loaded = Signal(int)  # total rows of the query
    failed = Signal(object)

    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._rows: list[DocumentRow] = []
        self._total = 0
        self._queue = "all"
        self._search = ""
        self._sort = "updated_at"
        self._descending = True
        self._generation = 0  # results of an older query are dropped
        self._fetching = False
        self._error: str | None = None

    # ---------------------------------------------------------------- query

    @property
    def total(self) -> int:
        return self._total

    def set_query(self, *, queue: str | None = None, search: str | None = None) -> None:
        if queue is not None:
            self._queue = queue
        if search is not None:
            self._search = search.strip()
        self.reload()

    def reload(self) -> None:
        """Drop the rows and fetch the first page again (after a change or a new query)."""
        self._generation += 1
        self.beginResetModel()
        self._rows = []
        self._total = 0
        self._fetching = False
        self._error = None
        self.endResetModel()
        if self._ctx.user is not None:
            self._fetch(0)

    def row_at(self, row: int) -> DocumentRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, document_id: int) -> int:
        for index, row in enumerate(self._rows):
            if row.document_id == document_id:
                return index
        return -1

    # ---------------------------------------------------------------- lazy fetching

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008 (Qt API)
        if parent.isValid() or self._error is not None:
            return False
        return not self._fetching and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008 (Qt API)
        if self.canFetchMore(parent):
            self._fetch(len(self._rows))

    def _fetch(self, offset: int) -> None:
        self._fetching = True
        generation = self._generation
        queue, search, sort, descending = self._queue, self._search, self._sort, self._descending

        def call(ws, user) -> DocumentPage:
            return queues.list_documents(ws, user, queue=queue, search=search, sort=sort,
                                         descending=descending, offset=offset,
                                         limit=PAGE_SIZE)

        ServiceOp(ctx=self._ctx, parent=None, call=call).success(
            lambda page: self._arrived(generation, page)).failure(
            lambda exc: self._failed(generation, exc)).run_in_background()

    def _arrived(self, generation: int, page: DocumentPage) -> None:
        if generation != self._generation:
            return
        self._fetching = False
        if page.offset != len(self._rows):
            return  # an overlapping request; the view asks again
        self._total = page.total
        if page.rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page.rows) - 1)
            self._rows.extend(page.rows)
            self.endInsertRows()
        self.loaded.emit(self._total)

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._fetching = False
        # Shown as a disabled row instead of a dialog per scroll (STYLE habit 5).
        self.beginResetModel()
        self._error = str(exc)
        self.endResetModel()
        log.warning("document list failed: %s", exc)
        self.failed.emit(exc)

    # ---------------------------------------------------------------- Qt model API

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt API)
        if parent.isValid():
            return 0
        return len(self._rows) + (1 if self._error is not None else 0)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt API)
        return 0 if parent.isValid() else len(COLUMNS)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._error is not None and index.row() >= len(self._rows):
            return Qt.ItemFlag.NoItemFlags  # the error row: visible, not selectable
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(COLUMNS):
            return None
        return self.column_title(COLUMNS[section][0])

    def column_title(self, column: str) -> str:
        titles = {
            "title": self.tr("Title"),
            "doc_number": self.tr("Issuing no."),
            "state": self.tr("State"),
            "attribute": self.tr("Attribute"),
            "hits": self.tr("Hits (undecided)"),
            "categories": self.tr("Hits by category"),
            "reviewer": self.tr("Reviewer"),
            "step_due": self.tr("Due"),
            "updated": self.tr("Updated"),
        }
        return titles[column]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.column() < len(COLUMNS):
            return None
        if index.row() >= len(self._rows):
            if self._error is not None and role == Qt.ItemDataRole.DisplayRole \
                    and index.column() == 0:
                return self.tr("The list could not be loaded: %1").replace("%1", self._error)
            return None
        row = self._rows[index.row()]
        column = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == "title":
            return row.filename
        if role == Qt.ItemDataRole.ToolTipRole and column == "categories":
            return "\n".join(f"{labels.category_name(c)}: {n}" for c, n in row.hits_by_category)
        if role == CATEGORY_COUNTS_ROLE and column == "categories":
            return row.hits_by_category
        if role == Qt.ItemDataRole.UserRole:
            return row.document_id
        if role == Qt.ItemDataRole.ForegroundRole and column == "hits" and row.undecided:
            return QColor("#9a3412")
        return None

    def _display(self, row: DocumentRow, column: str) -> str:
        if column == "title":
            return row.title
        if column == "doc_number":
            return row.doc_number or ""
        if column == "state":
            return labels.state_name(row.state)
        if column == "attribute":
            if row.final_attribute:
                return labels.attribute_name(row.final_attribute)
            if row.proposed_attribute:
                return self.tr("%1 (proposed)").replace(
                    "%1", labels.attribute_name(row.proposed_attribute))
            return ""
        if column == "hits":
            return f"{row.hits} ({row.undecided})" if row.undecided else str(row.hits)
        if column == "categories":
            return category_counts_text(row.hits_by_category)
        if column == "reviewer":
            return row.reviewer or ""
        if column == "step_due":
            return row.step_due.isoformat() if row.step_due else ""
        if column == "updated":
            return row.updated_at.astimezone().strftime("%Y-%m-%d %H:%M")
        return ""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        key = COLUMNS[column][1]
        if key is None:
            return
        self._sort = key
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.reload()
