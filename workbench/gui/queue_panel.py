"""The queues on the left of the main window, each with its count."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from workbench.core.roles import Role
from workbench.gui import labels, ops
from workbench.gui.context import AppContext
from workbench.services.results import QueueCounts

log = logging.getLogger("workbench.gui.queues")

#: Which queues a role sees, in display order ("all" is for everyone).
QUEUE_ORDER = ("my_reviews", "returned_to_me", "awaiting_my_signoff", "signed_off",
               "re_review_due", "overdue", "all")
ROLE_QUEUES = {
    "my_reviews": Role.REVIEWER,
    "returned_to_me": Role.REVIEWER,
    "awaiting_my_signoff": Role.SUPERVISOR,
}


class QueuePanel(QListWidget):
    """Click a queue to list its documents; counts refresh after every change."""

    queue_selected = Signal(str)
    counts_loaded = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("queues")
        self._ctx = ctx
        self.counts: QueueCounts | None = None
        self._rebuilding = False
        self.setMinimumWidth(170)
        self.currentItemChanged.connect(self._changed)

    def rebuild(self) -> None:
        """Show the queues the signed-in person's roles give them."""
        user = self._ctx.user
        self._rebuilding = True
        self.clear()
        for queue in QUEUE_ORDER:
            role = ROLE_QUEUES.get(queue)
            if role is not None and (user is None or role not in user.roles):
                continue
            item = QListWidgetItem(labels.queue_name(queue))
            item.setData(Qt.ItemDataRole.UserRole, queue)
            self.addItem(item)
        self._rebuilding = False
        self.setCurrentRow(0)
        self.refresh()

    def current_queue(self) -> str:
        item = self.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else "all"

    def select(self, queue: str) -> None:
        for row in range(self.count()):
            if self.item(row).data(Qt.ItemDataRole.UserRole) == queue:
                self.setCurrentRow(row)
                return

    def refresh(self) -> None:
        if self._ctx.user is None:
            return
        ops.queue_counts(ctx=self._ctx, parent=self).success(self._show).run_in_background()

    def _show(self, counts: QueueCounts) -> None:
        self.counts = counts
        for row in range(self.count()):
            item = self.item(row)
            queue = item.data(Qt.ItemDataRole.UserRole)
            n = getattr(counts, queue, 0)
            item.setText(f"{labels.queue_name(queue)}  ({n})")
        self.counts_loaded.emit(counts)

    def _changed(self, current: QListWidgetItem | None, _previous) -> None:
        if current is not None and not self._rebuilding:
            self.queue_selected.emit(current.data(Qt.ItemDataRole.UserRole))
