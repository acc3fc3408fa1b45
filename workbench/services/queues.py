"""Read side for the GUI: queues with counts, a paged document list, one document's detail."""

from __future__ import annotations

from collections import Counter
from datetime import date

from workbench.core.errors import (
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
    WorkflowError,
)
from workbench.core.roles import Role
from workbench.core.workflow import Action, check, submit_blockers
from workbench.services.actors import CurrentUser
from workbench.services.facts import chain_of, review_facts
from workbench.services.guard import reading
from workbench.services.results import (
    DecisionView,
    DocumentDetail,
    DocumentPage,
    DocumentRow,
    HitView,
    QueueCounts,
    SignOffView,
)
from workbench.services.settings import load_settings
from workbench.services.workspace import Workspace
from workbench.storage import queries
from workbench.storage import repositories as repo

QUEUES = queries.QUEUES
SORT_KEYS = tuple(queries.SORT_KEYS)
MAX_PAGE = 500


def queue_counts(ws: Workspace, actor: CurrentUser, *, today: date | None = None
                 ) -> QueueCounts:
    """How many documents each queue holds for this person."""
    with reading(ws, actor) as (session, live):
        counts = queries.queue_counts(session, live.user_id or 0,
                                      supervisor=Role.SUPERVISOR in live.roles,
                                      today=today or date.today())
        return QueueCounts(**counts)


def list_documents(ws: Workspace, actor: CurrentUser, *, queue: str = "all", search: str = "",
                   sort: str = "updated_at", descending: bool = True, offset: int = 0,
                   limit: int = 50, today: date | None = None) -> DocumentPage:
    """One page of a queue, optionally narrowed by a search in title, 文号 and file name."""
    if queue not in QUEUES:
        raise ValidationError(f"Unknown queue '{queue}'.", code="queue_unknown")
    if sort not in queries.SORT_KEYS:
        raise ValidationError(f"Unknown sort key '{sort}'.", code="sort_unknown")
    if offset < 0 or not 1 <= limit <= MAX_PAGE:
        raise ValidationError("Bad page bounds.", code="page_invalid")
    with reading(ws, actor) as (session, live):
        condition = queries.queue_condition(queue, live.user_id or 0,
                                            supervisor=Role.SUPERVISOR in live.roles,
                                            today=today or date.today())
        total, documents = queries.page(session, condition, search=search, sort=sort,
                                        descending=descending, offset=offset, limit=limit)
        counts = queries.hit_counts(session, [d.id for d in documents])
        names = repo.user_names(session, [d.reviewer_id for d in documents])
        empty = queries.HitCounts()
        rows = tuple(_row(d, counts.get(d.id, empty), names) for d in documents)
        return DocumentPage(total=total, offset=offset, rows=rows)


def _row(document: repo.Document, counts: queries.HitCounts, names: dict[int, str]
         ) -> DocumentRow:
    return DocumentRow(
        document_id=document.id, title=document.title, doc_number=document.doc_number,
        filename=document.filename, state=document.state,
        reviewer=names.get(document.reviewer_id) if document.reviewer_id else None,
        proposed_attribute=document.proposed_attribute,
        final_attribute=document.final_attribute, current_step=document.current_step,
        step_due=document.step_due, re_review_due=document.re_review_due,
        updated_at=document.updated_at, version=document.version, hits=counts.total,
        undecided=counts.undecided, hits_by_category=counts.by_category)


def document_detail(ws: Workspace, actor: CurrentUser, document_id: int) -> DocumentDetail:
    """Text, hits with decisions, proposal history, sign-offs and what blocks a submit."""
    with reading(ws, actor) as (session, live):
        document = repo.get_document(session, document_id)
        if document is None:
            raise NotFoundError(f"Document {document_id} does not exist.", code="no_document")
        settings = load_settings(session)
        text_row = repo.document_text(session, document_id)
        hits = repo.hits_of(session, document_id)
        signoffs = repo.signoffs_of(session, document_id)
        decisions = repo.decisions_of(session, document_id)
        names = repo.user_names(session, [document.reviewer_id,
                                          *(h.decided_by for h in hits),
                                          *(s.actor_id for s in signoffs),
                                          *(d.proposed_by for d in decisions)])
        counts = Counter(h.category for h in hits)
        row_counts = queries.HitCounts(
            total=len(hits), undecided=sum(1 for h in hits if h.verdict is None),
            by_category=tuple(sorted(counts.items(), key=lambda p: (-p[1], p[0]))))
        facts = review_facts(session, document)
        me = live.user_id
        # The same test as the sign-off rule (core.workflow), so the buttons match it.
        took_part = me is not None and (me == facts.reviewer_id
                                        or me in facts.participant_ids)
        try:  # the rule the review services apply, so the window never offers a refused edit
            check(Action.REVIEW, facts, live.as_actor())
            editable = True
        except (WorkflowError, PermissionDeniedError):
            editable = False
        return DocumentDetail(
            row=_row(document, row_counts, names),
            drafting_unit=document.drafting_unit, sha256=document.sha256,
            format=document.format, text=text_row.text if text_row else "",
            text_complete=document.text_complete,
            warnings=tuple(w["message"] for w in (text_row.warnings if text_row else [])),
            manual_read_confirmed=document.manual_read_confirmed,
            negative_list_version=document.negative_list_version,
            suggested_attribute=document.suggested_attribute,
            proposal_reason=document.proposal_reason, proposal_ground=document.proposal_ground,
            duplicate_of_id=document.duplicate_of_id,
            previous_draft_id=document.previous_draft_id,
            signoff_chain=chain_of(document, settings.signoff_chain), round=document.round,
            published_at=document.published_at, published_where=document.published_where,
            hits=tuple(_hit(h, names) for h in hits),
            decisions=tuple(DecisionView(
                round=d.round, attribute=d.attribute, reason=d.reason,
                legal_ground=d.legal_ground, needs_redaction=d.needs_redaction,
                proposed_by=names.get(d.proposed_by, str(d.proposed_by)),
                submitted_at=d.submitted_at) for d in decisions),
            signoffs=tuple(SignOffView(
                round=s.round, step_index=s.step_index, step_name=s.step_name,
                actor=names.get(s.actor_id, str(s.actor_id)), outcome=s.outcome,
                comment=s.comment, signed_at=s.signed_at) for s in signoffs),
            submit_blockers=tuple(submit_blockers(facts)), took_part=took_part,
            editable=editable)


def _hit(hit: repo.Hit, names: dict[int, str]) -> HitView:
    return HitView(
        hit_id=hit.id, category=hit.category, subtype=hit.subtype, rule=hit.rule_id,
        start=hit.start_offset, end=hit.end_offset, text=hit.text, score=hit.score,
        legal_ground=hit.legal_ground, explanation=hit.explanation,
        location=dict(hit.location or {}), negative_list_version=hit.negative_list_version,
        is_manual=hit.is_manual, verdict=hit.verdict, verdict_reason=hit.verdict_reason,
        mask_style=hit.mask_style,
        decided_by=names.get(hit.decided_by) if hit.decided_by else None,
        decided_at=hit.decided_at)


def re_review_due(ws: Workspace, actor: CurrentUser, *, today: date | None = None,
                  offset: int = 0, limit: int = 100) -> DocumentPage:
    """定期自查: withheld documents whose re-review date has come."""
    return list_documents(ws, actor, queue="re_review_due", sort="re_review_due",
                          descending=False, offset=offset, limit=limit, today=today)


def overdue(ws: Workspace, actor: CurrentUser, *, today: date | None = None, offset: int = 0,
            limit: int = 100) -> DocumentPage:
    """Open reviews whose current step is past its working-day deadline."""
    return list_documents(ws, actor, queue="overdue", sort="step_due", descending=False,
                          offset=offset, limit=limit, today=today)
