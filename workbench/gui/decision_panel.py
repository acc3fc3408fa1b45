"""The reviewer's decision: attribute, reason, legal ground, redaction summary, Submit."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from workbench.core.attributes import DisclosureAttribute
from workbench.core.categories import DEFAULT_LEGAL_GROUND
from workbench.gui import labels
from workbench.gui.errors import error_text
from workbench.services.results import DocumentDetail


class DecisionPanel(QGroupBox):
    """Edits the proposal; Submit is enabled only when the services report no blockers."""

    propose_requested = Signal(str, str, str)  # attribute, reason, legal ground
    submit_requested = Signal()
    manual_read_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Decision"), parent)
        self.setObjectName("decisionPanel")
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.attribute = QComboBox()
        self.attribute.setObjectName("attribute")
        self.attribute.addItem(self.tr("— choose —"), "")
        for attribute in DisclosureAttribute:
            self.attribute.addItem(labels.attribute_name(attribute), str(attribute))
        self.suggestion = QLabel()
        self.suggestion.setWordWrap(True)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("reason")
        self.reason.setPlaceholderText(self.tr("Why this attribute (required unless proactive)"))
        self.reason.setMaximumHeight(70)
        self.ground = QComboBox()
        self.ground.setObjectName("ground")
        self.ground.setEditable(True)
        self.ground.setMinimumContentsLength(18)
        form.addRow(self.tr("Attribute"), self.attribute)
        form.addRow("", self.suggestion)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.tr("Legal ground"), self.ground)
        layout.addLayout(form)
        self.summary = QLabel()
        self.summary.setObjectName("redactionSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.manual_read = QPushButton(self.tr("I read the original in full"))
        self.manual_read.setObjectName("manualRead")
        self.manual_read.clicked.connect(self.manual_read_requested)
        layout.addWidget(self.manual_read)
        self.blockers = QLabel()
        self.blockers.setObjectName("blockers")
        self.blockers.setWordWrap(True)
        layout.addWidget(self.blockers)
        buttons = QHBoxLayout()
        self.save = QPushButton(self.tr("Save proposal"))
        self.save.setObjectName("saveProposal")
        self.submit = QPushButton(self.tr("Submit for sign-off"))
        self.submit.setObjectName("submit")
        buttons.addWidget(self.save)
        buttons.addStretch(1)
        buttons.addWidget(self.submit)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.save.clicked.connect(self._propose)
        self.submit.clicked.connect(self.submit_requested)

    def _propose(self) -> None:
        self.propose_requested.emit(self.attribute.currentData() or "",
                                    self.reason.toPlainText().strip(),
                                    self.ground.currentText().strip())

    def show_detail(self, detail: DocumentDetail, *, editable: bool) -> None:
        grounds = sorted({*DEFAULT_LEGAL_GROUND.values(),
                          *(h.legal_ground for h in detail.hits if h.legal_ground)})
        current = detail.proposal_ground or ""
        self.ground.clear()
        self.ground.addItem("")
        self.ground.addItems(grounds)
        self.ground.setCurrentText(current)
        index = self.attribute.findData(detail.row.proposed_attribute or "")
        self.attribute.setCurrentIndex(max(index, 0))
        self.reason.setPlainText(detail.proposal_reason or "")
        if detail.suggested_attribute:
            self.suggestion.setText(self.tr("Suggested by the scan: %1").replace(
                "%1", labels.attribute_name(detail.suggested_attribute)))
        else:
            self.suggestion.clear()
        self.summary.setText(self.redaction_summary(detail))
        needs_read = not detail.text_complete and not detail.manual_read_confirmed
        self.manual_read.setVisible(needs_read and editable)
        for widget in (self.attribute, self.reason, self.ground, self.save):
            widget.setEnabled(editable)
        blockers = list(detail.submit_blockers)
        self.submit.setEnabled(editable and not blockers)
        self.submit.setVisible(editable)
        if not editable:
            self.blockers.clear()
        elif blockers:
            lines = [error_text(code) or message for code, message in blockers]
            self.blockers.setText(self.tr("Submit is not possible yet:") + "\n"
                                  + "\n".join("• " + line for line in lines))
        else:
            self.blockers.setText(self.tr("Ready to submit."))

    def redaction_summary(self, detail: DocumentDetail) -> str:
        verdicts = Counter(h.verdict for h in detail.hits)
        redact_categories = Counter(h.category for h in detail.hits if h.verdict == "redact")
        text = self.tr("%1 hit(s): %2 to redact, %3 withholding, %4 dismissed, %5 undecided."
                       ).replace("%1", str(len(detail.hits))).replace(
            "%2", str(verdicts.get("redact", 0))).replace(
            "%3", str(verdicts.get("withhold", 0))).replace(
            "%4", str(verdicts.get("dismiss", 0))).replace("%5", str(verdicts.get(None, 0)))
        if redact_categories:
            text += "\n" + self.tr("Redactions: %1").replace("%1", "、".join(
                f"{labels.category_name(c)} {n}" for c, n in redact_categories.most_common()))
        return text
