"""Same bytes twice, new drafts, rescans: decisions on unchanged text are never lost."""

from __future__ import annotations

from tests.unit.services.conftest import TEXT, Team, events, import_text, scan, version_of
from tests.unit.services.fakes import FakeScanner, extract_text
from workbench.core.categories import Category
from workbench.services import documents, review
from workbench.services.queues import document_detail
from workbench.services.workspace import Workspace


def _decide_all(ws: Workspace, team: Team, doc: int, version: int) -> int:
    for hit in document_detail(ws, team.rev, doc).hits:
        if hit.verdict is None:
            version = review.decide_hit(ws, team.rev, doc, hit.hit_id, "redact", version,
                                        reason="见原件").version
    return version


def test_same_bytes_are_linked_and_inherit_decisions(ws: Workspace, team: Team) -> None:
    first = import_text(ws, team.rev)
    _decide_all(ws, team, first,
                scan(ws, team.rev, first, version_of(ws, team.rev, first)).change.version)
    again = documents.import_document(ws, team.rev2, TEXT.encode(), "copy.txt",
                                      extractor=extract_text)
    assert again.duplicate_of_id == first
    assert again.sha256 == document_detail(ws, team.rev, first).sha256
    summary = scan(ws, team.rev2, again.document_id, again.change.version)
    assert summary.carried_decisions == 3
    assert document_detail(ws, team.rev2, again.document_id).submit_blockers[0][0] \
        == "no_attribute"


def test_new_draft_shows_changes_and_carries_decisions(ws: Workspace, team: Team) -> None:
    old = import_text(ws, team.rev, doc_number="某政办发〔2026〕7号")
    v = scan(ws, team.rev, old, version_of(ws, team.rev, old)).change.version
    v = _decide_all(ws, team, old, v)
    review.add_manual_mark(ws, team.rev, old, v, category=Category.PERSONAL_PRIVACY,
                           start=TEXT.index("王某"), end=TEXT.index("王某") + 2,
                           subtype="person_name")
    new_text = TEXT.replace("各单位请于月底前报送材料。", "各单位请于下月五日前报送材料。") \
        .replace("咨询电话13812345678。", "咨询电话13900001111。")
    result = documents.import_document(ws, team.rev, new_text.encode(), "notice-v2.txt",
                                       doc_number="某政办发〔2026〕7号",
                                       extractor=extract_text)
    assert result.previous_draft_id == old and result.duplicate_of_id is None
    diff = result.draft_diff
    assert diff is not None and diff.paragraphs_changed == 2 and diff.paragraphs_unchanged == 2
    summary = scan(ws, team.rev, result.document_id, result.change.version)
    detail = document_detail(ws, team.rev, result.document_id)
    decided = {(h.text, h.verdict) for h in detail.hits}
    # unchanged paragraphs keep their decisions, the changed number waits for a person
    assert ("13812345678", "redact") in decided and ("王某", "redact") in decided
    assert ("13900001111", None) in decided
    assert summary.carried_decisions == 3  # 讨论稿, first number, the manual mark
    import_event = next(e for e in events(ws) if e[1] == "document.import"
                        and e[4] == result.document_id)
    assert '"changed":2' in import_event[5]


def test_rescan_keeps_decisions_on_unchanged_hits(ws: Workspace, team: Team) -> None:
    doc = import_text(ws, team.rev)
    v = scan(ws, team.rev, doc, version_of(ws, team.rev, doc)).change.version
    v = _decide_all(ws, team, doc, v)
    newer = FakeScanner(version="v2-" + "1" * 61,
                        skip_categories=frozenset({Category.PROCESS_INFO}))
    summary = scan(ws, team.rev, doc, v, newer)
    assert (summary.kept_decisions, summary.dropped_hits) == (2, 1)
    detail = document_detail(ws, team.rev, doc)
    assert detail.negative_list_version == newer.version
    assert {h.negative_list_version for h in detail.hits} == {newer.version}
    assert all(h.verdict == "redact" for h in detail.hits)


def test_manual_mark_undo_and_remove(ws: Workspace, team: Team) -> None:
    doc = import_text(ws, team.rev)
    v = scan(ws, team.rev, doc, version_of(ws, team.rev, doc)).change.version
    change = review.add_manual_mark(ws, team.rev, doc, v, category="internal_affairs",
                                    start=0, end=4, verdict="withhold", note="内部分工")
    mark_id = change.detail("hit_ids")[0]
    hit = next(h for h in document_detail(ws, team.rev, doc).hits if h.hit_id == mark_id)
    assert hit.is_manual and hit.text == TEXT[:4] and hit.location == {"part": "text",
                                                                         "line": 1}
    v = review.undo_decision(ws, team.rev, doc, mark_id, change.version).version
    assert next(h for h in document_detail(ws, team.rev, doc).hits
                if h.hit_id == mark_id).verdict is None
    v = review.remove_manual_mark(ws, team.rev, doc, mark_id, v).version
    assert mark_id not in [h.hit_id for h in document_detail(ws, team.rev, doc).hits]
