"""The real extractor and scanner behind the services, and department terms (audited)."""

from __future__ import annotations

from tests.unit.services.conftest import Team, events
from workbench.services import documents, scans
from workbench.services.negative_list import (
    add_department_term,
    list_department_terms,
    remove_department_term,
)
from workbench.services.queues import document_detail
from workbench.services.workspace import Workspace

TEXT = ("关于开展年度检查工作的通知\n"
        "联系人：李某某，身份证号110101199003074514，手机13912345678。\n"
        "本次检查涉及青松计划的实施情况。\n")


def test_import_and_scan_with_the_shipped_list(ws: Workspace, team: Team) -> None:
    result = documents.import_document(ws, team.rev, TEXT.encode("utf-8"), "通知.txt")
    assert result.text_complete
    summary = scans.scan_document(ws, team.rev, result.document_id, result.change.version)
    detail = document_detail(ws, team.rev, result.document_id)
    subtypes = {h.subtype for h in detail.hits}
    assert {"id_card", "mobile"} <= subtypes
    assert summary.negative_list_version == detail.negative_list_version

    # the department adds its own project code name: a rescan finds it, under a new version
    add_department_term(ws, team.admin, category="internal_affairs", kind="term",
                        value="青松计划", note="内部项目代号")
    assert events(ws)[-1][1] == "negative_list.add"
    rescan = scans.scan_document(ws, team.rev, result.document_id, summary.change.version)
    assert rescan.negative_list_version != summary.negative_list_version
    assert "青松计划" in {h.text for h in document_detail(ws, team.rev,
                                                      result.document_id).hits}
    term = list_department_terms(ws, team.rev)[0]
    remove_department_term(ws, team.admin, term.term_id)
    assert events(ws)[-1][1] == "negative_list.remove"
    assert list_department_terms(ws, team.rev) == ()
