"""After sign-off: the final decision, "Mark as published", the publishable copy, and Reopen."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workbench.core.roles import Role
from workbench.gui import labels
from workbench.services.actors import CurrentUser
from workbench.services.results import DocumentDetail

PUBLISHABLE = ("proactive", "on_request")
LOCKED = ("approved", "published")


def may_publish(detail: DocumentDetail) -> bool:
    """The rule of ``signoff.mark_published``: signed off, not yet published, publishable."""
    return detail.row.state == "approved" and detail.row.final_attribute in PUBLISHABLE


def may_export_copy(detail: DocumentDetail) -> bool:
    """The rule of ``publishing.export_publishable_copy``."""
    return detail.row.state in LOCKED and detail.row.final_attribute in PUBLISHABLE


class PublishPanel(QGroupBox):
    """Built per document once its decision is locked; buttons follow the person's roles."""

    publish_requested = Signal()
    export_requested = Signal()
    reopen_requested = Signal()

    def __init__(self, detail: DocumentDetail, user: CurrentUser,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Publication"), parent)
        self.setObjectName("publishPanel")
        layout = QVBoxLayout(self)
        row = detail.row
        lines = [self.tr("Final decision: %1").replace(
            "%1", labels.attribute_name(row.final_attribute))]
        if row.state == "published":
            lines.append(self.tr("Published on %1 at %2").replace(
                "%1", detail.published_at.isoformat() if detail.published_at else "—").replace(
                "%2", detail.published_where or "—"))
        elif row.final_attribute == "withheld":
            lines.append(self.tr("Not to be published; re-review due %1.").replace(
                "%1", row.re_review_due.isoformat() if row.re_review_due else "—"))
        redactions = sum(1 for h in detail.hits if h.verdict == "redact")
        if redactions and row.final_attribute in PUBLISHABLE:
            lines.append(self.tr("%1 redaction(s): publish only the redacted copy.").replace(
                "%1", str(redactions)))
        summary = QLabel("\n".join(lines))
        summary.setObjectName("publicationSummary")
        summary.setWordWrap(True)
        layout.addWidget(summary)
        buttons = QHBoxLayout()
        self.publish: QPushButton | None = None
        self.export_copy: QPushButton | None = None
        self.reopen: QPushButton | None = None
        if may_export_copy(detail):
            self.export_copy = QPushButton(self.tr("Export publishable copy…"))
            self.export_copy.setObjectName("exportCopy")
            self.export_copy.clicked.connect(self.export_requested)
            buttons.addWidget(self.export_copy)
        if may_publish(detail) and user.has(Role.REVIEWER):
            self.publish = QPushButton(self.tr("Mark as published…"))
            self.publish.setObjectName("markPublished")
            self.publish.clicked.connect(self.publish_requested)
            buttons.addWidget(self.publish)
        if user.has(Role.SUPERVISOR):
            self.reopen = QPushButton(self.tr("Reopen…"))
            self.reopen.setObjectName("reopen")
            self.reopen.setToolTip(self.tr("Unlock the decision for a new review round "
                                           "(a reason is recorded)."))
            self.reopen.clicked.connect(self.reopen_requested)
            buttons.addWidget(self.reopen)
        buttons.addStretch(1)
        layout.addLayout(buttons)


class PublicationDialog(QDialog):
    """Asks when and where the document was published."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("publicationDialog")
        self.setWindowTitle(self.tr("Mark as published"))
        form = QFormLayout(self)
        self.date = QDateEdit(QDate.currentDate())
        self.date.setObjectName("publishedOn")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.where = QLineEdit()
        self.where.setObjectName("publishedWhere")
        self.where.setPlaceholderText(self.tr("e.g. the government website, 政务公开 column"))
        form.addRow(self.tr("Published on"), self.date)
        form.addRow(self.tr("Where"), self.where)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)
        self.where.textChanged.connect(lambda text: ok.setEnabled(bool(text.strip())))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)

    def values(self) -> tuple[date, str]:
        return self.date.date().toPython(), self.where.text().strip()


def ask_publication(parent: QWidget | None) -> tuple[date, str] | None:
    """(date, where), or None when cancelled."""
    dialog = PublicationDialog(parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.values()
