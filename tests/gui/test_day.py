"""A reviewer's and a supervisor's day, through the real window on a temporary database."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from workbench.gui import demo
from workbench.gui.document_view import DocumentView
from workbench.gui.main_window import MainWindow

pytestmark = pytest.mark.gui


def _window(qtbot, ctx, user) -> MainWindow:
    ctx.set_user(user)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.start()
    return window


def _focus(qtbot, window, widget) -> None:
    """Keyboard shortcuts need an active window (a closed dialog may leave none active)."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


def _close_dialogs(window) -> None:
    dialog = getattr(window, "last_import_dialog", None)
    if dialog is not None:
        dialog.done(0)


def test_reviewer_and_supervisor_day(qtbot, qtmodeltester, ctx, people, answer):
    window = _window(qtbot, ctx, people["reviewer"])
    assert window.user_label.text().endswith("李审查")
    assert "local" in window.db_label.text()

    # Import the four demo drafts through the same path as the toolbar and drag-and-drop.
    with qtbot.waitSignal(window.imported) as imported:
        window.import_paths(demo.sample_files())
    outcomes = imported.args[0]
    assert len(outcomes) == 4 and all(o[1] is not None and o[3] is None for o in outcomes)
    _close_dialogs(window)
    qtbot.waitUntil(lambda: window.model.rowCount() == 4)
    qtmodeltester.check(window.model)
    assert window.queues.counts.my_reviews == 4

    # Open the relief list (the one with personal data) and work down its hits by keyboard.
    row = next(i for i in range(4) if "临时救助" in window.model.row_at(i).title)
    view = window.open_document(window.model.row_at(row).document_id)
    assert isinstance(view, DocumentView)
    qtbot.waitUntil(lambda: view.detail is not None)
    qtmodeltester.check(view.hit_model)
    hits = view.hit_model.hits()
    assert hits and view.decision.submit.isEnabled() is False
    assert "undecided" in view.decision.blockers.text().lower() or view.decision.blockers.text()

    _focus(qtbot, window, view.hit_table)
    first = view.current_hit()
    qtbot.keyClick(view.hit_table, Qt.Key.Key_R)  # redact
    qtbot.waitUntil(lambda: next(h for h in view.hit_model.hits()
                                 if h.hit_id == first.hit_id).verdict == "redact")
    # Undo brings it back to undecided.
    qtbot.keyClick(view.hit_table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: next(h for h in view.hit_model.hits()
                                 if h.hit_id == first.hit_id).verdict is None)
    # Decide every hit: process markers dismissed with a reason, personal data redacted.
    for _ in range(len(hits) * 2):
        hit = next((h for h in view.hit_model.hits() if h.verdict is None), None)
        if hit is None:
            break
        view.select_hit(hit.hit_id)
        if hit.category == "personal_privacy":
            qtbot.keyClick(view.hit_table, Qt.Key.Key_R)
        else:
            answer.append("公示时删除该标注")
            qtbot.keyClick(view.hit_table, Qt.Key.Key_D)
    assert all(h.verdict for h in view.hit_model.hits())

    # Propose 主动公开 with redactions, then submit.
    view.decision.attribute.setCurrentIndex(view.decision.attribute.findData("proactive"))
    view.decision.save.click()
    qtbot.waitUntil(lambda: view.decision.submit.isEnabled())
    view.decision.submit.click()
    qtbot.waitUntil(lambda: view.detail.row.state == "submitted")
    assert not view.decision.submit.isVisible()
    # The reviewer is not offered sign-off buttons for their own review.
    assert view.signoff is None or view.signoff.approve is None
    document_id = view.document_id

    # The supervisor signs it off in the same window after switching accounts.
    window.close_tab(window.tabs.indexOf(view))
    ctx.set_user(people["supervisor"])
    qtbot.waitUntil(lambda: window.queues.counts is not None
                    and window.queues.counts.awaiting_my_signoff == 1)
    window.queues.select("awaiting_my_signoff")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    view = window.open_document(document_id)
    qtbot.waitUntil(lambda: view.detail is not None and view.signoff is not None)
    assert view.signoff.approve is not None
    view.signoff.comment.setPlainText("同意公开，按区分处理意见删除个人信息。")
    view.signoff.approve.click()
    qtbot.waitUntil(lambda: view.detail.row.state == "approved")
    assert view.signoff is None
    qtbot.waitUntil(lambda: window.queues.counts.awaiting_my_signoff == 0)


def test_return_needs_a_comment_and_reaches_the_reviewer(qtbot, ctx, people, answer):
    from workbench.services import documents, queues, review, scans, signoff

    ws, reviewer = ctx.workspace, people["reviewer"]
    path = demo.sample_files()[0]  # the self-inspection notice: no personal data
    result = documents.import_document(ws, reviewer, path.read_bytes(), path.name)
    summary = scans.scan_document(ws, reviewer, result.document_id, result.change.version)
    version = summary.change.version
    detail = queues.document_detail(ws, reviewer, result.document_id)
    for hit in detail.hits:
        version = review.decide_hit(ws, reviewer, result.document_id, hit.hit_id, "dismiss",
                                    version, reason="公开联系方式").version
    version = review.propose_attribute(ws, reviewer, result.document_id, version,
                                       "proactive").version
    signoff.submit_review(ws, reviewer, result.document_id, version)

    window = _window(qtbot, ctx, people["supervisor"])
    view = window.open_document(result.document_id)
    qtbot.waitUntil(lambda: view.signoff is not None)
    answer.append("请补充公开依据")
    view.signoff.send_back.click()
    qtbot.waitUntil(lambda: view.detail.row.state == "returned")
    ctx.set_user(reviewer)
    qtbot.waitUntil(lambda: window.queues.counts is not None
                    and window.queues.counts.returned_to_me == 1)
