"""What the window reads: hits per category in the list, four eyes for the acting user,
demo accounts, and the department's name setting."""

from __future__ import annotations

from tests.unit.services.conftest import PASSWORD, Team, import_text, scan, version_of
from workbench.services import review, settings, signoff, users
from workbench.services.queues import document_detail, list_documents
from workbench.services.workspace import Workspace


def test_rows_carry_hits_by_category(ws: Workspace, team: Team) -> None:
    doc = import_text(ws, team.rev)
    scan(ws, team.rev, doc, version_of(ws, team.rev, doc))
    empty = import_text(ws, team.rev, "无敏感内容。\n", name="b.txt")
    rows = {r.document_id: r for r in list_documents(ws, team.rev).rows}
    assert rows[doc].hits_by_category == (("personal_privacy", 2), ("process_info", 1))
    assert rows[doc].hits == 3 and rows[doc].undecided == 3
    assert rows[empty].hits_by_category == () and rows[empty].hits == 0
    assert document_detail(ws, team.rev, doc).row.hits_by_category == \
        rows[doc].hits_by_category


def test_took_part_follows_the_four_eyes_rule(ws: Workspace, team: Team) -> None:
    doc = import_text(ws, team.both)
    version = scan(ws, team.both, doc, version_of(ws, team.both, doc)).change.version
    for hit in document_detail(ws, team.both, doc).hits:
        version = review.decide_hit(ws, team.both, doc, hit.hit_id, "redact", version).version
    version = review.propose_attribute(ws, team.both, doc, version, "proactive").version
    version = signoff.submit_review(ws, team.both, doc, version).version
    assert document_detail(ws, team.both, doc).took_part  # reviewed it: no sign-off buttons
    assert not document_detail(ws, team.sup, doc).took_part
    assert not document_detail(ws, team.rev, doc).took_part


def test_took_part_counts_a_signed_step_of_this_round(ws: Workspace, team: Team) -> None:
    admin = team.admin
    settings.update_setting(ws, admin, "signoff_chain", ["初审", "终审"])
    doc = import_text(ws, team.rev)
    version = scan(ws, team.rev, doc, version_of(ws, team.rev, doc)).change.version
    for hit in document_detail(ws, team.rev, doc).hits:
        version = review.decide_hit(ws, team.rev, doc, hit.hit_id, "withhold", version).version
    version = review.propose_attribute(ws, team.rev, doc, version, "proactive").version
    version = signoff.submit_review(ws, team.rev, doc, version).version
    signoff.approve_step(ws, team.sup, doc, version)
    assert document_detail(ws, team.sup, doc).took_part  # may not sign the second step
    assert not document_detail(ws, team.sup2, doc).took_part


def test_editable_follows_the_rule_the_review_services_apply(ws: Workspace,
                                                           team: Team) -> None:
    doc = import_text(ws, team.rev)
    # An unclaimed import is open to any reviewer, never to a supervisor.
    assert document_detail(ws, team.rev2, doc).editable
    assert not document_detail(ws, team.sup, doc).editable
    version = scan(ws, team.rev, doc, version_of(ws, team.rev, doc)).change.version
    # Claimed by its reviewer: only they may edit, even when another shares the role.
    assert document_detail(ws, team.rev, doc).editable
    assert not document_detail(ws, team.rev2, doc).editable
    for hit in document_detail(ws, team.rev, doc).hits:
        version = review.decide_hit(ws, team.rev, doc, hit.hit_id, "redact", version).version
    version = review.propose_attribute(ws, team.rev, doc, version, "proactive").version
    signoff.submit_review(ws, team.rev, doc, version)
    # Submitted: nobody edits until it is returned or reopened.
    assert not document_detail(ws, team.rev, doc).editable


def test_demo_accounts_are_marked(ws: Workspace, team: Team) -> None:
    info = users.add_user(ws, team.admin, "demo_reviewer", ["reviewer"], PASSWORD, demo=True)
    assert info.is_demo
    listed = {u.username: u.is_demo for u in users.list_users(ws, team.admin)}
    assert listed["demo_reviewer"] and not listed["rev"]


def test_department_name_setting(ws: Workspace, team: Team) -> None:
    assert settings.get_settings(ws, team.rev).department_name == "政务公开保密审查工作台"
    settings.update_setting(ws, team.admin, "department_name", "  某区政府办公室 ")
    assert settings.get_settings(ws, team.rev).department_name == "某区政府办公室"
