"""The per-file result list after an import: imported, duplicate, new draft, or error."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from workbench.gui.errors import describe
from workbench.gui.ops import FileOutcome


class ImportResultsDialog(QDialog):
    """One line per file, with what happened and, for errors, the reason to act on."""

    def __init__(self, outcomes: list[FileOutcome], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importResults")
        self.setWindowTitle(self.tr("Import results"))
        self.resize(720, 360)
        layout = QVBoxLayout(self)
        ok = sum(1 for o in outcomes if o[1] is not None)
        layout.addWidget(QLabel(self.tr("%1 of %2 file(s) imported.").replace(
            "%1", str(ok)).replace("%2", str(len(outcomes)))))
        self.tree = QTreeWidget()
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels([self.tr("File"), self.tr("Result"), self.tr("Hits")])
        for path, result, summary, error in outcomes:
            item = QTreeWidgetItem([path.name, self.describe(result, summary, error),
                                    str(summary.hits) if summary else ""])
            item.setToolTip(0, str(path))
            if result is None:
                item.setForeground(1, QColor("#b42318"))
            self.tree.addTopLevelItem(item)
        self.tree.resizeColumnToContents(0)
        layout.addWidget(self.tree)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

    def describe(self, result, summary, error) -> str:
        if result is None:
            return self.tr("Error: %1").replace("%1", describe(error)[1] if error else "")
        parts = [self.tr("Imported")]
        if result.duplicate_of_id is not None:
            parts = [self.tr("Duplicate of an earlier review (no. %1)").replace(
                "%1", str(result.duplicate_of_id))]
        elif result.previous_draft_id is not None:
            parts.append(self.tr("new draft of no. %1").replace(
                "%1", str(result.previous_draft_id)))
        if not result.text_complete:
            parts.append(self.tr("text incomplete: read the original"))
        if error is not None:
            parts.append(self.tr("not scanned: %1").replace("%1", describe(error)[0]))
        return "; ".join(parts)
