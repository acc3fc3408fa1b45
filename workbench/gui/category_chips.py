"""Draws a row's hits per category as small chips in the category colours ("隐私3 过程1")."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from workbench.gui import labels
from workbench.gui.document_model import CATEGORY_COUNTS_ROLE

PAD = 4
GAP = 4


class CategoryChipsDelegate(QStyledItemDelegate):
    """Uses the colours of the review's highlights, so the table and the text agree."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        pairs = index.data(CATEGORY_COUNTS_ROLE)
        if not pairs:
            super().paint(painter, option, index)
            return
        # The background (selection, alternating rows) as the style draws it, without text.
        plain = QStyleOptionViewItem(option)
        self.initStyleOption(plain, index)
        plain.text = ""
        style = plain.widget.style() if plain.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, plain, painter,
                              plain.widget)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = option.fontMetrics
        rect = option.rect.adjusted(PAD, 3, -PAD, -3)
        x = rect.left()
        for category, count in pairs:
            text = f"{labels.category_short(category)} {count}"
            width = metrics.horizontalAdvance(text) + 2 * PAD
            if x + width > rect.right():
                painter.setPen(option.palette.text().color())
                painter.drawText(QRect(x, rect.top(), rect.right() - x, rect.height()),
                                 Qt.AlignmentFlag.AlignVCenter, "…")
                break
            chip = QRect(x, rect.top(), width, rect.height())
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(labels.category_colour(category))
            painter.drawRoundedRect(chip, 3, 3)
            painter.setPen(Qt.GlobalColor.black)  # the category colours are all light
            painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, text)
            x += width + GAP
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        pairs = index.data(CATEGORY_COUNTS_ROLE) or ()
        metrics = option.fontMetrics
        width = sum(metrics.horizontalAdvance(f"{labels.category_short(c)} {n}") + 2 * PAD
                    + GAP for c, n in pairs) + PAD
        return QSize(max(hint.width(), width), hint.height())
