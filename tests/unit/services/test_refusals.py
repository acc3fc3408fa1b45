"""Every refusal is an error the front end can show AND a 'refused' event in the trail."""

from __future__ import annotations

import json
from datetime import date

import pytest

from tests.unit.services.conftest import Team, events, import_text, scan, version_of
from workbench.core.errors import (
    ConflictError,
    PermissionDeniedError,
    ValidationError,
    WorkflowError,
)
from workbench.services import review, signoff, users
from workbench.services.audit_trail import verify_audit
from workbench.services.queues import document_detail
from workbench.services.workspace import Workspace


def _last_refusal(ws: Workspace) -> tuple:
    refused = [e for e in events(ws) if e[2] == "refused"]
    assert refused, "no refused event was written"
    return refused[-1]


def _submitted(ws: Workspace, team: Team, attribute: str = "proactive") -> tuple[int, int]:
    doc = import_text(ws, team.rev, "没有命中的文本。\n")
    v = scan(ws, team.rev, doc, version_of(ws, team.rev, doc)).change.version
    v = review.propose_attribute(ws, team.rev, doc, v, attribute, reason="理由",
                                 legal_ground="依据").version
    return doc, signoff.submit_review(ws, team.rev, doc, v).version


def test_wrong_role_is_refused_and_audited(ws: Workspace, team: Team) -> None:
    doc, v = _submitted(ws, team)
    before = len(events(ws))
    with pytest.raises(PermissionDeniedError) as info:
        signoff.approve_step(ws, team.rev2, doc, v)
    assert info.value.code == "role_required"
    _seq, action, outcome, actor, document_id, payload = _last_refusal(ws)
    assert (action, outcome, actor, document_id) == ("document.approve", "refused", "rev2", doc)
    assert json.loads(payload)["code"] == "role_required"
    assert len(events(ws)) == before + 1  # the refusal, nothing else
    assert document_detail(ws, team.rev, doc).row.state == "submitted"
    with pytest.raises(PermissionDeniedError):
        users.add_user(ws, team.sup, "mallory", "admin", "password123")
    assert _last_refusal(ws)[1] == "user.add"
    assert verify_audit(ws).intact


def test_reviewer_cannot_sign_own_review(ws: Workspace, team: Team) -> None:
    doc = import_text(ws, team.both, "文本。\n")
    v = scan(ws, team.both, doc, version_of(ws, team.both, doc)).change.version
    v = review.propose_attribute(ws, team.both, doc, v, "proactive").version
    v = signoff.submit_review(ws, team.both, doc, v).version
    with pytest.raises(WorkflowError) as info:
        signoff.approve_step(ws, team.both, doc, v)
    assert info.value.code == "four_eyes"
    assert json.loads(_last_refusal(ws)[5])["code"] == "four_eyes"


def test_one_person_never_signs_two_steps(ws: Workspace, team: Team) -> None:
    from workbench.services.settings import update_setting

    update_setting(ws, team.admin, "signoff_chain", ["初审", "终审"])
    doc, v = _submitted(ws, team)
    v = signoff.approve_step(ws, team.sup, doc, v).version
    with pytest.raises(WorkflowError) as info:
        signoff.approve_step(ws, team.sup, doc, v)
    assert info.value.code == "four_eyes"


def test_a_supervisor_who_decided_a_hit_cannot_sign(ws: Workspace, team: Team) -> None:
    doc = import_text(ws, team.both)  # imported by a reviewer-supervisor...
    v = scan(ws, team.both, doc, version_of(ws, team.both, doc)).change.version
    hit = document_detail(ws, team.both, doc).hits[0]
    v = review.decide_hit(ws, team.both, doc, hit.hit_id, "redact", v).version
    # ...then a second reviewer takes the document over? Not while it is in review.
    with pytest.raises(WorkflowError) as info:
        review.decide_hit(ws, team.rev, doc, hit.hit_id, "redact", v)
    assert info.value.code == "not_your_review"


def test_submit_lists_every_blocker(ws: Workspace, team: Team) -> None:
    doc = import_text(ws, team.rev, "#incomplete\n电话13812345678\n")
    v = scan(ws, team.rev, doc, version_of(ws, team.rev, doc)).change.version
    v = review.propose_attribute(ws, team.rev, doc, v, "withheld").version
    with pytest.raises(WorkflowError) as info:
        signoff.submit_review(ws, team.rev, doc, v)
    codes = [c for c, _ in info.value.params["blockers"]]
    assert codes == ["undecided_hits", "manual_read_required", "reason_required",
                     "ground_required"]
    assert json.loads(_last_refusal(ws)[5])["blockers"] == codes
    # fix them one by one
    hit = document_detail(ws, team.rev, doc).hits[0]
    v = review.decide_hit(ws, team.rev, doc, hit.hit_id, "withhold", v).version
    v = review.confirm_manual_read(ws, team.rev, doc, v).version
    v = review.propose_attribute(ws, team.rev, doc, v, "withheld", reason="含个人信息",
                                 legal_ground="条例第十五条").version
    assert signoff.submit_review(ws, team.rev, doc, v).state == "submitted"


def test_publish_only_after_sign_off_and_never_withheld(ws: Workspace, team: Team) -> None:
    doc, v = _submitted(ws, team)
    with pytest.raises(WorkflowError) as info:
        signoff.mark_published(ws, team.rev, doc, v, published_on=date.today(), where="网站")
    assert info.value.code == "not_signed_off"
    withheld, wv = _submitted(ws, team, "withheld")
    wv = signoff.approve_step(ws, team.sup, withheld, wv).version
    with pytest.raises(WorkflowError) as info:
        signoff.mark_published(ws, team.rev, withheld, wv, published_on=date.today(),
                               where="网站")
    assert info.value.code == "not_publishable"


def test_locked_decision_cannot_be_edited(ws: Workspace, team: Team) -> None:
    doc, v = _submitted(ws, team)
    v = signoff.approve_step(ws, team.sup, doc, v).version
    with pytest.raises(WorkflowError) as info:
        review.propose_attribute(ws, team.rev, doc, v, "withheld", reason="r", legal_ground="g")
    assert info.value.code == "locked"
    with pytest.raises(WorkflowError) as info:
        signoff.reopen_review(ws, team.sup, doc, v, reason="  ")
    assert info.value.code == "reason_required"


def test_stale_version_is_a_conflict_and_nothing_is_overwritten(ws: Workspace,
                                                                team: Team) -> None:
    doc = import_text(ws, team.rev)
    v = scan(ws, team.rev, doc, version_of(ws, team.rev, doc)).change.version
    hits = document_detail(ws, team.rev, doc).hits
    review.decide_hit(ws, team.rev, doc, hits[0].hit_id, "redact", v)
    with pytest.raises(ConflictError) as info:  # a second window still holding version v
        review.decide_hit(ws, team.rev, doc, hits[0].hit_id, "withhold", v)
    assert info.value.code == "stale_document"
    assert document_detail(ws, team.rev, doc).hits[0].verdict == "redact"
    assert json.loads(_last_refusal(ws)[5])["code"] == "stale_document"


def test_dismiss_needs_a_reason(ws: Workspace, team: Team) -> None:
    doc = import_text(ws, team.rev)
    v = scan(ws, team.rev, doc, version_of(ws, team.rev, doc)).change.version
    hit = document_detail(ws, team.rev, doc).hits[0]
    with pytest.raises(ValidationError) as info:
        review.decide_hit(ws, team.rev, doc, hit.hit_id, "dismiss", v, reason=" ")
    assert info.value.code == "reason_required"


def test_disabled_account_cannot_act(ws: Workspace, team: Team) -> None:
    doc = import_text(ws, team.rev)
    v = version_of(ws, team.rev, doc)
    users.set_user_active(ws, team.admin, team.rev.user_id, False)
    with pytest.raises(PermissionDeniedError) as info:
        scan(ws, team.rev, doc, v)
    assert info.value.code == "account_disabled"
    assert _last_refusal(ws)[3] == "rev"


def test_return_needs_a_comment(ws: Workspace, team: Team) -> None:
    doc, v = _submitted(ws, team)
    with pytest.raises(WorkflowError) as info:
        signoff.return_review(ws, team.sup, doc, v, comment="")
    assert info.value.code == "comment_required"
