"""The hit list's model: a thin adapter over the HitViews of one DocumentDetail."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from workbench.gui import labels
from workbench.services.results import HitView

Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("category", "text", "location", "verdict")


class HitTableModel(QAbstractTableModel):
    """Hits in text order; the colour swatch matches the highlight in the text."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._hits: list[HitView] = []

    def set_hits(self, hits: tuple[HitView, ...] | list[HitView]) -> None:
        self.beginResetModel()
        self._hits = sorted(hits, key=lambda h: (h.start, h.end, h.hit_id))
        self.endResetModel()

    def hits(self) -> list[HitView]:
        return list(self._hits)

    def hit_at(self, row: int) -> HitView | None:
        return self._hits[row] if 0 <= row < len(self._hits) else None

    def row_of(self, hit_id: int) -> int:
        for row, hit in enumerate(self._hits):
            if hit.hit_id == hit_id:
                return row
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt API)
        return 0 if parent.isValid() else len(self._hits)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt API)
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(COLUMNS):
            return None
        titles = {"category": self.tr("Category"), "text": self.tr("Text"),
                  "location": self.tr("Where"), "verdict": self.tr("Decision")}
        return titles[COLUMNS[section]]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._hits) \
                or not 0 <= index.column() < len(COLUMNS):
            return None
        hit = self._hits[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "category":
                name = labels.category_name(hit.category)
                sub = labels.subtype_name(hit.subtype)
                text = f"{name} · {sub}" if sub else name
                return self.tr("%1 (manual)").replace("%1", text) if hit.is_manual else text
            if column == "text":
                return hit.text if len(hit.text) <= 40 else hit.text[:39] + "…"
            if column == "location":
                return labels.part_name(hit.location)
            if column == "verdict":
                return labels.verdict_name(hit.verdict)
        if role == Qt.ItemDataRole.DecorationRole and column == "category":
            return labels.category_colour(hit.category)
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(filter(None, (hit.explanation, hit.legal_ground, hit.verdict_reason)))
        if role == Qt.ItemDataRole.ForegroundRole and column == "verdict" and hit.verdict is None:
            return QColor("#9a3412")
        if role == Qt.ItemDataRole.UserRole:
            return hit.hit_id
        return None
