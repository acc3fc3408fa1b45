"""Document lists and queue counts: paged, sorted and filtered in SQL (fast at 10,000 rows)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, and_, case, exists, false, func, or_, select
from sqlalchemy.orm import Session

from workbench.storage.models import Document, Hit, ReviewParticipant, SignOff

QUEUES = ("my_reviews", "returned_to_me", "awaiting_my_signoff", "signed_off", "re_review_due",
          "overdue", "all")
OPEN_STATES = ("imported", "in_review", "returned", "submitted")
SORT_KEYS = {
    "updated_at": Document.updated_at,
    "imported_at": Document.imported_at,
    "title": Document.title,
    "doc_number": Document.doc_number,
    "state": Document.state,
    "step_due": Document.step_due,
    "re_review_due": Document.re_review_due,
    "id": Document.id,
}


def queue_condition(queue: str, user_id: int, *, supervisor: bool,
                    today: date) -> ColumnElement[bool]:
    """The WHERE clause of one queue as seen by ``user_id``."""
    mine = Document.reviewer_id == user_id
    if queue == "my_reviews":
        return and_(mine, Document.state.in_(("imported", "in_review")))
    if queue == "returned_to_me":
        return and_(mine, Document.state == "returned")
    if queue == "awaiting_my_signoff":
        if not supervisor:
            return false()
        took_part = exists().where(
            ReviewParticipant.document_id == Document.id,
            ReviewParticipant.user_id == user_id,
            or_(ReviewParticipant.kind == "review",
                and_(ReviewParticipant.kind == "signoff",
                     ReviewParticipant.round == Document.round)))
        return and_(Document.state == "submitted",
                    or_(Document.reviewer_id.is_(None), Document.reviewer_id != user_id),
                    ~took_part)
    if queue == "signed_off":
        signed = exists().where(SignOff.document_id == Document.id, SignOff.actor_id == user_id)
        return and_(Document.state.in_(("approved", "published")), or_(mine, signed))
    if queue == "re_review_due":
        return and_(Document.state == "approved", Document.final_attribute == "withheld",
                    Document.re_review_due <= today)
    if queue == "overdue":
        return and_(Document.state.in_(OPEN_STATES), Document.step_due < today)
    if queue == "all":
        return Document.id.is_not(None)
    raise ValueError(f"unknown queue {queue!r}")


def queue_counts(session: Session, user_id: int, *, supervisor: bool,
                 today: date) -> dict[str, int]:
    """Every queue's size in one round trip."""
    columns = [func.coalesce(func.sum(case(
        (queue_condition(q, user_id, supervisor=supervisor, today=today), 1), else_=0)), 0)
        .label(q) for q in QUEUES]
    row = session.execute(select(*columns).select_from(Document)).one()
    return {q: int(getattr(row, q)) for q in QUEUES}


def search_condition(text: str) -> ColumnElement[bool]:
    term = text.strip()
    return or_(Document.title.icontains(term, autoescape=True),
               Document.doc_number.icontains(term, autoescape=True),
               Document.filename.icontains(term, autoescape=True))


def page(session: Session, condition: ColumnElement[bool], *, search: str = "",
         sort: str = "updated_at", descending: bool = True, offset: int = 0,
         limit: int = 50) -> tuple[int, Sequence[Document]]:
    """(total matching, one page of documents) in a stable order."""
    where = [condition]
    if search.strip():
        where.append(search_condition(search))
    total = session.scalar(select(func.count()).select_from(Document).where(*where)) or 0
    column = SORT_KEYS[sort]
    order = column.desc() if descending else column.asc()
    # NULLs last on both engines, and the id as tie-breaker so pages never overlap.
    rows = session.scalars(
        select(Document).where(*where)
        .order_by(column.is_(None), order, Document.id.desc() if descending
                  else Document.id.asc())
        .offset(offset).limit(limit)).all()
    return total, rows


@dataclass(frozen=True)
class HitCounts:
    total: int = 0
    undecided: int = 0
    #: (category, hits) with the most frequent first, ties by category code.
    by_category: tuple[tuple[str, int], ...] = ()


def hit_counts(session: Session, document_ids: Sequence[int]) -> dict[int, HitCounts]:
    """Hits, undecided hits and hits per category for the rows of one page, in one query."""
    if not document_ids:
        return {}
    query = (select(Hit.document_id, Hit.category, func.count(),
                    func.sum(case((Hit.verdict.is_(None), 1), else_=0)))
             .where(Hit.document_id.in_(document_ids))
             .group_by(Hit.document_id, Hit.category))
    per_doc: dict[int, list[tuple[str, int, int]]] = {}
    for doc, category, total, undecided in session.execute(query):
        per_doc.setdefault(doc, []).append((category, int(total), int(undecided or 0)))
    return {doc: HitCounts(
        total=sum(n for _, n, _ in parts), undecided=sum(u for _, _, u in parts),
        by_category=tuple((c, n) for c, n, _ in sorted(parts, key=lambda p: (-p[1], p[0]))))
        for doc, parts in per_doc.items()}

