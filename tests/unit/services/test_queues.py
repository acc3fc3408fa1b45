"""Queues and the paged document list, including 10,000 documents."""

from __future__ import annotations

import time
from datetime import UTC, date, datetime, timedelta

import pytest

from tests.unit.services.conftest import Team, import_text, scan, version_of
from workbench.core.errors import ValidationError
from workbench.services import review, signoff
from workbench.services.queues import list_documents, overdue, queue_counts
from workbench.services.workspace import Workspace


def test_queues_follow_the_review(ws: Workspace, team: Team) -> None:
    a = import_text(ws, team.rev, "甲文件。\n", "a.txt")
    b = import_text(ws, team.rev, "乙文件。\n", "b.txt", title="乙文件")
    import_text(ws, team.rev2, "丙文件。\n", "c.txt")
    v = scan(ws, team.rev, b, version_of(ws, team.rev, b)).change.version
    v = review.propose_attribute(ws, team.rev, b, v, "proactive").version
    signoff.submit_review(ws, team.rev, b, v)
    counts = queue_counts(ws, team.rev)
    assert (counts.my_reviews, counts.all) == (1, 3)
    assert queue_counts(ws, team.sup).awaiting_my_signoff == 1
    assert [r.document_id for r in list_documents(ws, team.rev, queue="my_reviews").rows] == [a]
    page = list_documents(ws, team.rev, search="乙", sort="title", descending=False)
    assert page.total == 1 and page.rows[0].filename == "b.txt"
    late = date.today() + timedelta(days=30)
    assert overdue(ws, team.sup, today=late).total == 3
    with pytest.raises(ValidationError):
        list_documents(ws, team.rev, sort="password_hash")


def test_ten_thousand_documents_page_fast(ws: Workspace, team: Team) -> None:
    """Bulk rows straight into storage (the service path is covered elsewhere)."""
    from workbench.storage import repositories as repo

    now = datetime.now(UTC)
    with ws.db.session() as session:
        repo.ensure_file(session, "0" * 64, b"x")
        session.add_all(repo.Document(
            title=f"通知 {i:05d}", doc_number=f"某办发〔2026〕{i}号", filename=f"{i}.txt",
            format="txt", sha256="0" * 64, state="in_review" if i % 3 else "submitted",
            reviewer_id=team.rev.user_id, imported_at=now, updated_at=now + timedelta(
                seconds=i), step_due=date.today() - timedelta(days=i % 2))
            for i in range(10_000))
    started = time.perf_counter()
    counts = queue_counts(ws, team.sup)
    first = list_documents(ws, team.sup, queue="all", limit=100)
    deep = list_documents(ws, team.sup, queue="awaiting_my_signoff", offset=3000, limit=100,
                          sort="title")
    found = list_documents(ws, team.rev, search="09999")
    elapsed = time.perf_counter() - started
    assert counts.all == 10_000 and counts.awaiting_my_signoff == 3334
    assert first.total == 10_000 and first.rows[0].title == "通知 09999"
    assert deep.total == 3334 and len(deep.rows) == 100
    assert found.total == 1
    print(f"\n4 list/count queries over 10,000 documents: {elapsed * 1000:.0f} ms "
          f"({ws.db.engine.dialect.name})")
