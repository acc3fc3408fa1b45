"""One open document: highlighted text, hit list, legend, and the decision or sign-off panel."""

from __future__ import annotations

import logging

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from workbench.core.roles import Role
from workbench.gui import labels, ops, prompts, publish_panel
from workbench.gui.context import AppContext
from workbench.gui.decision_panel import DecisionPanel
from workbench.gui.hit_model import HitTableModel
from workbench.gui.operations import change_of
from workbench.gui.publish_panel import PublishPanel
from workbench.gui.signoff_panel import SignOffPanel
from workbench.gui.text_pane import TextPane
from workbench.services.results import DocumentDetail, HitView

log = logging.getLogger("workbench.gui.review")


class DocumentView(QWidget):
    """Review (reviewer) or sign-off (supervisor) of one document, driven by the keyboard."""

    title_changed = Signal(str)
    closed = Signal()
    loaded = Signal(object)  # the DocumentDetail shown

    def __init__(self, ctx: AppContext, document_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("documentView")
        self.ctx = ctx
        self.document_id = document_id
        self.detail: DocumentDetail | None = None
        self._undo: list[int] = []  # hit ids decided in this view, most recent last
        self.header = QLabel()
        self.header.setObjectName("documentHeader")
        self.header.setWordWrap(True)
        self.warning = QLabel()
        self.warning.setObjectName("blockers")
        self.warning.setWordWrap(True)
        for label in (self.header, self.warning):
            label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.text = TextPane()
        self.legend = QLabel()
        self.legend.setObjectName("legend")
        self.legend.setWordWrap(True)
        self.hit_model = HitTableModel(self)
        self.hit_table = QTableView()
        self.hit_table.setObjectName("hits")
        self.hit_table.setModel(self.hit_model)
        self.hit_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.hit_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.hit_table.verticalHeader().hide()
        self.hit_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.hit_table.horizontalHeader().setStretchLastSection(True)
        self.decision = DecisionPanel()
        self.side = QWidget()
        self.side_layout = QVBoxLayout(self.side)
        self.side_layout.setContentsMargins(0, 0, 0, 0)
        self.side_layout.addWidget(self.decision)
        self.signoff: SignOffPanel | None = None
        self.publication: PublishPanel | None = None

        self.pages = QTabWidget()
        self.pages.setObjectName("documentPages")
        self.pages.addTab(self.text, self.tr("Text"))
        self.page_view = None
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.pages, 3)
        left_layout.addWidget(self.legend)
        left_layout.addWidget(self.hit_table, 2)
        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([800, 360])
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.header, 1)
        layout.addLayout(top)
        layout.addWidget(self.warning)
        layout.addWidget(self.splitter, 1)

        self.hit_table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.text.hit_clicked.connect(self.select_hit)
        self.text.mark_requested.connect(self.mark)
        self.decision.propose_requested.connect(self.propose)
        self.decision.submit_requested.connect(self.submit)
        self.decision.manual_read_requested.connect(self.confirm_manual_read)
        ctx.changed.connect(self._on_change)
        self._build_shortcuts()

    # ---------------------------------------------------------------- keyboard

    def _build_shortcuts(self) -> None:
        def add(name: str, keys: str | QKeySequence, slot, object_name: str) -> QAction:
            action = QAction(name, self)
            action.setObjectName(object_name)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
            return action

        self.next_action = add(self.tr("Next hit"), "J", self.next_hit, "nextHit")
        self.prev_action = add(self.tr("Previous hit"), "K", self.previous_hit, "prevHit")
        self.withhold_action = add(self.tr("Confirm: withhold"), "W",
                                   lambda: self.decide("withhold"), "withhold")
        self.redact_action = add(self.tr("Confirm: redact"), "R",
                                 lambda: self.decide("redact"), "redact")
        self.dismiss_action = add(self.tr("Dismiss…"), "D", lambda: self.decide("dismiss"),
                                  "dismiss")
        self.all_action = add(self.tr("Apply to all identical"), "A", self.apply_to_identical,
                              "applyAll")
        self.undo_action = add(self.tr("Undo decision"), QKeySequence.StandardKey.Undo,
                               self.undo, "undo")
        self.mark_action = add(self.tr("Mark selection…"), "M", self.mark_menu, "markText")
        self.hit_table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for action in (self.withhold_action, self.redact_action, self.dismiss_action,
                       self.all_action, self.undo_action):
            self.hit_table.addAction(action)

    # ---------------------------------------------------------------- loading

    def load(self) -> None:
        ops.document_detail(ctx=self.ctx, parent=self, document_id=self.document_id).success(
            self.show_detail).run_in_background()

    def _on_change(self, change: object) -> None:
        record = change_of(change)
        if record is not None and record.document_id == self.document_id:
            self.load()

    def show_detail(self, detail: DocumentDetail) -> None:
        current = self.current_hit()
        self.detail = detail
        row = detail.row
        self.title_changed.emit(row.title)
        self.header.setText(f"<b>{row.title}</b>　{row.doc_number or ''}　·　"
                            f"{labels.state_name(row.state)}　·　{row.filename}")
        problems = []
        if not detail.text_complete:
            problems.append(self.tr("The text could not be extracted in full: read the "
                                    "original document as well."))
        problems.extend(detail.warnings)
        self.warning.setText("\n".join(problems))
        self.warning.setVisible(bool(problems))
        hits = sorted(detail.hits, key=lambda h: (h.start, h.end))
        self.text.set_document(detail.text, hits)
        self.hit_model.set_hits(hits)
        self.legend.setText(self._legend(hits))
        editable = self.editable
        self.decision.show_detail(detail, editable=editable)
        self.decision.setVisible(editable or row.state not in ("submitted",))
        for action in (self.withhold_action, self.redact_action, self.dismiss_action,
                       self.all_action, self.undo_action, self.mark_action):
            action.setEnabled(editable)
        self._build_signoff(detail)
        if detail.format == "pdf" and self.page_view is None:
            from workbench.gui.pdf_view import PdfPageView

            self.page_view = PdfPageView(self.ctx, self.document_id, self)
            self.pages.addTab(self.page_view, self.tr("Page image"))
        if self.page_view is not None:
            self.page_view.set_hits(hits)
        if current is not None and self.hit_model.row_of(current.hit_id) >= 0:
            self.select_hit(current.hit_id)
        elif hits:
            self.select_hit(self._first_undecided(hits).hit_id)
        self.loaded.emit(detail)

    @property
    def editable(self) -> bool:
        # Decided by the service with the rule its edits apply (core.workflow), not here.
        return self.detail is not None and self.ctx.user is not None and self.detail.editable

    def _build_signoff(self, detail: DocumentDetail) -> None:
        for panel in (self.signoff, self.publication):
            if panel is not None:
                panel.setParent(None)
                panel.deleteLater()
        self.signoff = self.publication = None
        user = self.ctx.user
        if user is None:
            return
        if detail.row.state in ("approved", "published"):
            self.publication = PublishPanel(detail, user)
            self.publication.publish_requested.connect(self.mark_published)
            self.publication.export_requested.connect(self.export_copy)
            self.publication.reopen_requested.connect(self.reopen)
            self.side_layout.insertWidget(0, self.publication)
            return
        if detail.row.state != "submitted" or not user.has(Role.SUPERVISOR):
            return
        # The services decide four eyes (took_part); the panel only follows their answer.
        self.signoff = SignOffPanel(detail, may_sign=not detail.took_part,
                                    took_part=detail.took_part)
        self.signoff.approve_requested.connect(self.approve)
        self.signoff.return_requested.connect(self.send_back)
        self.side_layout.insertWidget(0, self.signoff)

    def _legend(self, hits: list[HitView]) -> str:
        categories = sorted({h.category for h in hits})
        if not categories:
            return self.tr("No hits: nothing on the negative list was found.")
        return "　".join(
            f'<span style="background:{labels.category_colour(c).name()}">&nbsp;&nbsp;&nbsp;'
            f"</span> {labels.category_name(c)}" for c in categories)

    @staticmethod
    def _first_undecided(hits: list[HitView]) -> HitView:
        return next((h for h in hits if h.verdict is None), hits[0])

    # ---------------------------------------------------------------- navigation

    def current_hit(self) -> HitView | None:
        index = self.hit_table.currentIndex()
        return self.hit_model.hit_at(index.row()) if index.isValid() else None

    def select_hit(self, hit_id: int) -> None:
        row = self.hit_model.row_of(hit_id)
        if row < 0:
            return
        index = self.hit_model.index(row, 0)
        self.hit_table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.hit_table.scrollTo(index)

    def _row_changed(self, current, _previous) -> None:
        hit = self.hit_model.hit_at(current.row())
        self.text.set_current(hit.hit_id if hit else None)
        if hit is not None and self.page_view is not None:
            self.page_view.show_hit(hit)

    def next_hit(self) -> None:
        self._step(+1)

    def previous_hit(self) -> None:
        self._step(-1)

    def _step(self, delta: int) -> None:
        count = self.hit_model.rowCount()
        if not count:
            return
        row = self.hit_table.currentIndex().row()
        row = 0 if row < 0 else max(0, min(count - 1, row + delta))
        hit = self.hit_model.hit_at(row)
        if hit is not None:
            self.select_hit(hit.hit_id)

    # ---------------------------------------------------------------- actions

    def _version(self) -> int:
        assert self.detail is not None
        return self.detail.row.version

    def decide(self, verdict: str, *, all_identical: bool = False) -> None:
        hit = self.current_hit()
        if hit is None or not self.editable:
            return
        reason = ""
        if verdict == "dismiss":
            answer = prompts.ask_text(self, self.tr("Dismiss hit"),
                                      self.tr("Why is “%1” not a problem?").replace(
                                          "%1", hit.text[:40]))
            if not answer:
                return
            reason = answer
        ops.decide_hit(ctx=self.ctx, parent=self, document_id=self.document_id,
                       hit_id=hit.hit_id, verdict=verdict, version=self._version(),
                       reason=reason, all_identical=all_identical).success(
            lambda change, h=hit: self._decided(h, change)).run_in_background()

    def _decided(self, hit: HitView, change) -> None:
        self._undo.append(hit.hit_id)
        for other in change.detail("hit_ids", ()) or ():
            if other != hit.hit_id:
                self._undo.append(other)
        # Move on to the next undecided hit, the way a reviewer works down the list.
        hits = self.hit_model.hits()
        later = [h for h in hits if h.start > hit.start and h.verdict is None
                 and h.hit_id != hit.hit_id]
        if later:
            self.select_hit(later[0].hit_id)

    def apply_to_identical(self) -> None:
        hit = self.current_hit()
        if hit is None or hit.verdict is None:
            return
        ops.decide_hit(ctx=self.ctx, parent=self, document_id=self.document_id,
                       hit_id=hit.hit_id, verdict=hit.verdict, version=self._version(),
                       reason=hit.verdict_reason or "", all_identical=True).success(
            lambda change, h=hit: self._decided(h, change)).run_in_background()

    def undo(self) -> None:
        if not self._undo or not self.editable:
            return
        hit_id = self._undo.pop()
        ops.undo_decision(ctx=self.ctx, parent=self, document_id=self.document_id,
                          hit_id=hit_id, version=self._version()).success(
            lambda _c: self.select_hit(hit_id)).run_in_background()

    def mark_menu(self) -> None:
        menu = self.text.category_menu(self)
        menu.popup(self.text.mapToGlobal(self.text.cursorRect().bottomRight()))

    def mark(self, category: str, start: int, end: int) -> None:
        if not self.editable:
            return
        ops.mark_text(ctx=self.ctx, parent=self, document_id=self.document_id,
                      version=self._version(), category=category, start=start, end=end,
                      verdict="redact").run_in_background()

    def propose(self, attribute: str, reason: str, ground: str) -> None:
        ops.propose(ctx=self.ctx, parent=self, document_id=self.document_id,
                    version=self._version(), attribute=attribute, reason=reason,
                    legal_ground=ground).run_in_background()

    def confirm_manual_read(self) -> None:
        ops.confirm_manual_read(ctx=self.ctx, parent=self, document_id=self.document_id,
                                version=self._version()).run_in_background()

    def submit(self) -> None:
        ops.submit(ctx=self.ctx, parent=self, document_id=self.document_id,
                   version=self._version()).run_in_background()

    def approve(self, comment: str) -> None:
        ops.approve(ctx=self.ctx, parent=self, document_id=self.document_id,
                    version=self._version(), comment=comment).run_in_background()

    def send_back(self, comment: str) -> None:
        if not comment:
            answer = prompts.ask_text(self, self.tr("Return to reviewer"),
                                      self.tr("What should the reviewer change?"))
            if not answer:
                return
            comment = answer
        ops.return_review(ctx=self.ctx, parent=self, document_id=self.document_id,
                          version=self._version(), comment=comment).run_in_background()

    def mark_published(self) -> None:
        answer = publish_panel.ask_publication(self)
        if answer is None:
            return
        published_on, where = answer
        ops.mark_published(ctx=self.ctx, parent=self, document_id=self.document_id,
                           version=self._version(), published_on=published_on,
                           where=where).run_in_background()

    def export_copy(self) -> None:
        from workbench.gui import exports

        if self.detail is not None:
            exports.export_publishable_copy(self, self.ctx, self.detail)

    def reopen(self) -> None:
        reason = prompts.ask_text(self, self.tr("Reopen the review"),
                                  self.tr("Why is the decision reopened?"))
        if not reason:
            return
        ops.reopen(ctx=self.ctx, parent=self, document_id=self.document_id,
                   version=self._version(), reason=reason).run_in_background()
