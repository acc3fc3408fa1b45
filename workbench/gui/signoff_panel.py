"""The supervisor's panel: the reviewer's decision, then approve or return with a comment."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workbench.gui import labels
from workbench.services.results import DocumentDetail


class SignOffPanel(QGroupBox):
    """Built per document: the buttons exist only for a supervisor who may sign this review."""

    approve_requested = Signal(str)
    return_requested = Signal(str)

    def __init__(self, detail: DocumentDetail, *, may_sign: bool, took_part: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Sign-off"), parent)
        self.setObjectName("signoffPanel")
        layout = QVBoxLayout(self)
        step = detail.row.current_step
        chain = detail.signoff_chain or ("",)
        step_name = chain[min(step, len(chain) - 1)]
        layout.addWidget(QLabel(self.tr("Step %1 of %2: %3").replace("%1", str(step + 1))
                                .replace("%2", str(len(chain))).replace("%3", step_name)))
        proposal = QLabel(self.tr("Proposed: %1").replace(
            "%1", labels.attribute_name(detail.row.proposed_attribute)) + "\n"
            + self.tr("Reason: %1").replace("%1", detail.proposal_reason or "—") + "\n"
            + self.tr("Legal ground: %1").replace("%1", detail.proposal_ground or "—") + "\n"
            + self.tr("Reviewer: %1").replace("%1", detail.row.reviewer or "—"))
        proposal.setObjectName("proposalSummary")
        proposal.setWordWrap(True)
        layout.addWidget(proposal)
        for signed in detail.signoffs:
            if signed.round == detail.round:
                layout.addWidget(QLabel(self.tr("%1 signed by %2: %3").replace(
                    "%1", signed.step_name).replace("%2", signed.actor).replace(
                    "%3", signed.comment or signed.outcome)))
        self.approve: QPushButton | None = None
        self.send_back: QPushButton | None = None
        if took_part:
            note = QLabel(self.tr("You took part in this review, so you cannot sign it off "
                                  "(four-eyes rule)."))
            note.setObjectName("blockers")
            note.setWordWrap(True)
            layout.addWidget(note)
        elif may_sign:
            self.comment = QPlainTextEdit()
            self.comment.setObjectName("signoffComment")
            self.comment.setPlaceholderText(self.tr("Comment (required to return)"))
            self.comment.setMaximumHeight(80)
            layout.addWidget(self.comment)
            row = QHBoxLayout()
            self.send_back = QPushButton(self.tr("Return to reviewer"))
            self.send_back.setObjectName("returnReview")
            self.approve = QPushButton(self.tr("Approve"))
            self.approve.setObjectName("approve")
            row.addWidget(self.send_back)
            row.addStretch(1)
            row.addWidget(self.approve)
            layout.addLayout(row)
            self.approve.clicked.connect(
                lambda: self.approve_requested.emit(self.comment.toPlainText().strip()))
            self.send_back.clicked.connect(
                lambda: self.return_requested.emit(self.comment.toPlainText().strip()))
        layout.addStretch(1)
