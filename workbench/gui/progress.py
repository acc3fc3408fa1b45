"""A QProgressDialog driven by a task's progress reports; Cancel sets the task's CancelToken."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from workbench.core.progress import CancelToken

log = logging.getLogger("workbench.gui.progress")


class TaskProgressDialog(QProgressDialog):
    """Shows ``(done, total, message)`` reports; Cancel asks the worker to stop.

    The dialog appears only when the work lasts longer than a moment (Qt's minimum duration),
    so quick actions do not flash a window.
    """

    def __init__(self, parent: QWidget | None, title: str, token: CancelToken | None = None
                 ) -> None:
        super().__init__(parent)
        self.token = token or CancelToken()
        self.setWindowTitle(title)
        self.setLabelText(title)
        self.setCancelButtonText(self.tr("Cancel"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumDuration(400)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setRange(0, 0)
        self.canceled.connect(self._cancel)

    def report(self, done: int, total: int | None, message: str = "") -> None:
        """The task's progress callback (runs on the GUI thread)."""
        if total:
            self.setRange(0, total)
            self.setValue(min(done, total))
        else:
            self.setRange(0, 0)
        if message:
            self.setLabelText(message)

    def _cancel(self) -> None:
        log.info("cancel requested")
        self.token.cancel()
        self.setLabelText(self.tr("Stopping after the current file…"))

    def finish(self) -> None:
        self.canceled.disconnect(self._cancel)
        self.reset()
        self.hide()
        self.deleteLater()
