"""The whole review, through the services, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date

from tests.unit.services.conftest import Team, events, import_text, scan, version_of
from workbench.core.audit_chain import ChainReport
from workbench.services import review, signoff
from workbench.services.audit_trail import verify_audit
from workbench.services.queues import document_detail, list_documents, queue_counts
from workbench.services.settings import update_setting
from workbench.services.workspace import Workspace


def test_review_sign_off_publish(ws: Workspace, team: Team) -> None:
    doc = import_text(ws, team.rev)
    summary = scan(ws, team.rev, doc, version_of(ws, team.rev, doc))
    assert summary.hits == 3  # 讨论稿 + the same mobile number twice
    assert summary.change.state == "in_review"
    detail = document_detail(ws, team.rev, doc)
    assert [b[0] for b in detail.submit_blockers] == ["undecided_hits", "no_attribute"]
    mobile = next(h for h in detail.hits if h.subtype == "mobile")
    process = next(h for h in detail.hits if h.category == "process_info")

    change = review.decide_hit(ws, team.rev, doc, mobile.hit_id, "redact",
                               summary.change.version, all_identical=True)
    assert len(change.detail("hit_ids")) == 2  # both occurrences of the number
    change = review.decide_hit(ws, team.rev, doc, process.hit_id, "dismiss", change.version,
                               reason="标题中的讨论稿字样将在定稿时删除")
    change = review.propose_attribute(ws, team.rev, doc, change.version, "proactive")
    assert document_detail(ws, team.rev, doc).submit_blockers == ()
    change = signoff.submit_review(ws, team.rev, doc, change.version)
    assert change.state == "submitted"
    assert queue_counts(ws, team.sup).awaiting_my_signoff == 1
    assert queue_counts(ws, team.rev).awaiting_my_signoff == 0

    change = signoff.approve_step(ws, team.sup, doc, change.version, comment="同意")
    assert change.state == "approved" and change.detail("locked")
    detail = document_detail(ws, team.rev, doc)
    assert detail.row.final_attribute == "proactive"
    assert detail.row.re_review_due is None  # only withheld documents come back
    assert [s.step_name for s in detail.signoffs] == ["审核"]

    change = signoff.mark_published(ws, team.rev, doc, change.version,
                                    published_on=date(2026, 11, 23), where="门户网站")
    assert change.state == "published"
    assert verify_audit(ws).intact
    actions = [e[1] for e in events(ws) if e[4] == doc]
    assert actions == ["document.import", "document.scan", "hit.decide_all_identical",
                       "hit.decide", "document.propose", "document.submit",
                       "document.approve", "document.publish"]


def test_three_step_chain_needs_three_different_supervisors(ws: Workspace, team: Team,
                                                            ) -> None:
    update_setting(ws, team.admin, "signoff_chain", ["初审", "复审", "终审"])
    doc = import_text(ws, team.rev, "一份没有敏感内容的通知。\n")
    v = scan(ws, team.rev, doc, version_of(ws, team.rev, doc)).change.version
    v = review.propose_attribute(ws, team.rev, doc, v, "withheld", reason="涉及内部事务",
                                 legal_ground="条例第十六条第一款").version
    v = signoff.submit_review(ws, team.rev, doc, v).version
    v = signoff.approve_step(ws, team.sup, doc, v).version
    assert document_detail(ws, team.sup, doc).row.current_step == 1
    # sup signed 初审, so 复审 is not theirs; it is still in sup2's queue
    assert queue_counts(ws, team.sup).awaiting_my_signoff == 0
    assert queue_counts(ws, team.sup2).awaiting_my_signoff == 1
    v = signoff.approve_step(ws, team.sup2, doc, v).version
    change = signoff.approve_step(ws, team.sup3, doc, v)
    assert change.state == "approved"
    detail = document_detail(ws, team.rev, doc)
    assert [s.step_name for s in detail.signoffs] == ["初审", "复审", "终审"]
    assert detail.row.re_review_due is not None  # withheld: 定期自查 date set
    assert detail.row.re_review_due.year == change.at.year + 1


def test_return_then_resubmit(ws: Workspace, team: Team) -> None:
    doc = import_text(ws, team.rev, "没有命中的文本。\n")
    v = scan(ws, team.rev, doc, version_of(ws, team.rev, doc)).change.version
    v = review.propose_attribute(ws, team.rev, doc, v, "proactive").version
    v = signoff.submit_review(ws, team.rev, doc, v).version
    change = signoff.return_review(ws, team.sup, doc, v, comment="请补充公开依据")
    assert change.state == "returned"
    assert queue_counts(ws, team.rev).returned_to_me == 1
    v = review.propose_attribute(ws, team.rev, doc, change.version, "on_request",
                                 reason="仅涉及特定对象", legal_ground="条例第二十七条").version
    v = signoff.submit_review(ws, team.rev, doc, v).version
    # the supervisor who returned it signs the new round
    assert signoff.approve_step(ws, team.sup, doc, v).state == "approved"
    detail = document_detail(ws, team.rev, doc)
    assert [(s.round, s.outcome) for s in detail.signoffs] == [(1, "returned"),
                                                               (2, "approved")]
    assert [d.attribute for d in detail.decisions] == ["proactive", "on_request"]


def test_reopen_and_re_review(ws: Workspace, team: Team) -> None:
    doc = import_text(ws, team.rev, "文本。\n")
    v = scan(ws, team.rev, doc, version_of(ws, team.rev, doc)).change.version
    v = review.propose_attribute(ws, team.rev, doc, v, "withheld", reason="r",
                                 legal_ground="g").version
    v = signoff.submit_review(ws, team.rev, doc, v).version
    v = signoff.approve_step(ws, team.sup, doc, v).version
    due = document_detail(ws, team.sup, doc).row.re_review_due
    assert due is not None
    page = list_documents(ws, team.sup, queue="re_review_due", today=due)
    assert [r.document_id for r in page.rows] == [doc]
    assert queue_counts(ws, team.sup, today=due).re_review_due == 1
    v = signoff.confirm_re_review(ws, team.sup, doc, v, note="仍涉及内部事务").version
    # re-reviewed today: the next one is one interval from today (the same day here)
    assert document_detail(ws, team.sup, doc).row.re_review_due == due
    assert "document.re_review" in [e[1] for e in events(ws)]
    change = signoff.reopen_review(ws, team.sup2, doc, v, reason="情况变化，可转为主动公开")
    assert change.state == "in_review"
    detail = document_detail(ws, team.rev, doc)
    assert detail.row.final_attribute is None and detail.round == 2
    assert isinstance(verify_audit(ws), ChainReport)
