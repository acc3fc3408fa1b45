"""Printed records from the database's own data: the review form and annual statistics."""

from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass
from datetime import date

from workbench.core.attributes import HitVerdict
from workbench.core.errors import NotFoundError, PermissionDeniedError, ValidationError
from workbench.reporting.records import (
    DocumentOutcome,
    HitSummary,
    Opinion,
    RedactionSummary,
    ReviewFormRecord,
    SignOffStep,
    StatisticsRecord,
)
from workbench.services.actors import CurrentUser
from workbench.services.guard import action, reading
from workbench.services.results import Change
from workbench.services.workspace import Workspace
from workbench.storage import repositories as repo


@dataclass(frozen=True)
class ExportResult:
    change: Change
    path: str
    file_sha256: str


def _review_form_record(session: repo.Session, document: repo.Document) -> ReviewFormRecord:
    hits = repo.hits_of(session, document.id)
    signoffs = [s for s in repo.signoffs_of(session, document.id) if s.round == document.round]
    names = repo.user_names(session, [document.reviewer_id, *(s.actor_id for s in signoffs)])
    by_category: dict[str, Counter[str]] = {}
    redactions: Counter[tuple[str, str | None]] = Counter()
    for hit in hits:
        counter = by_category.setdefault(hit.category, Counter())
        counter["total"] += 1
        counter[hit.verdict or "open"] += 1
        if hit.verdict == HitVerdict.REDACT:
            redactions[(hit.category, hit.subtype)] += 1
    decisions = [d for d in repo.decisions_of(session, document.id)
                 if d.round == document.round]
    last = signoffs[-1] if signoffs else None
    return ReviewFormRecord(
        document_id=document.id, title=document.title, file_name=document.filename,
        document_sha256=document.sha256,
        negative_list_version=document.negative_list_version or "",
        proposed_attribute=document.proposed_attribute,
        final_attribute=document.final_attribute, doc_number=document.doc_number or "",
        drafting_unit=document.drafting_unit or "", reason=document.proposal_reason or "",
        legal_ground=document.proposal_ground or "",
        hits=tuple(HitSummary(category=c, total=n["total"], withheld=n["withhold"],
                              redacted=n["redact"], dismissed=n["dismiss"])
                   for c, n in sorted(by_category.items())),
        redactions=tuple(RedactionSummary(category=c, count=n, subtype=s)
                         for (c, s), n in sorted(redactions.items(),
                                                 key=lambda kv: (kv[0][0], kv[0][1] or ""))),
        signoffs=tuple(SignOffStep(step_name=s.step_name, person=names.get(s.actor_id, ""),
                                   outcome=s.outcome, comment=s.comment, signed_at=s.signed_at)
                       for s in signoffs),
        reviewer=Opinion(person=names.get(document.reviewer_id or 0, ""),
                         opinion=document.proposal_reason or "",
                         signed_at=decisions[-1].submitted_at if decisions else None)
        if document.reviewer_id else None,
        supervisor=Opinion(person=names.get(last.actor_id, ""), opinion=last.comment,
                           signed_at=last.signed_at) if last else None)


def export_review_form(ws: Workspace, actor: CurrentUser, document_id: int, fmt: str,
                       path: str | os.PathLike[str]) -> ExportResult:
    """The 保密审查表 for one document as .docx or .pdf (anyone signed in); audited."""
    if fmt not in ("docx", "pdf"):
        raise ValidationError(f"Unknown review form format '{fmt}'.", code="format_unknown")
    with reading(ws, actor, "export.review_form", document_id=document_id) as (session, _):
        document = repo.get_document(session, document_id)
        if document is None:
            raise NotFoundError(f"Document {document_id} does not exist.", code="no_document")
        record = _review_form_record(session, document)
    if fmt == "docx":
        from workbench.reporting.review_form_docx import write_review_form_docx as write
    else:
        from workbench.reporting.review_form_pdf import write_review_form_pdf as write
    digest = write(record, path)
    with action(ws, actor, "export.review_form", document_id=document_id) as tx:
        document = repo.get_document(tx.session, document_id)
        seq = tx.audit(document=document, payload={"format": fmt, "file_sha256": digest})
    change = Change(tx.action, document_id, None, None, tx.actor.username, tx.now, seq)
    return ExportResult(change, os.fspath(path), digest)


def export_statistics(ws: Workspace, actor: CurrentUser, start: date, end: date,
                      path: str | os.PathLike[str], *, department: str = "") -> ExportResult:
    """Documents decided in ``[start, end]`` by final attribute and ground, as .xlsx; audited."""
    if end < start:
        raise ValidationError("The period ends before it starts.", code="period_invalid")
    with reading(ws, actor, "export.statistics") as (session, live):
        if not live.roles & {"supervisor", "admin"}:
            raise PermissionDeniedError("Statistics need the role 'supervisor' or 'admin'.",
                                        code="role_required")
        outcomes = []
        for document in repo.decided_between(session, start, end):
            hits = repo.hits_of(session, document.id)
            outcomes.append(DocumentOutcome(
                document_id=document.id, final_attribute=document.final_attribute or "",
                decided_on=document.locked_at.date() if document.locked_at else start,
                ground_categories=tuple(sorted({h.category for h in hits
                                                if h.verdict == HitVerdict.WITHHOLD})),
                redaction_categories=tuple(sorted({h.category for h in hits
                                                   if h.verdict == HitVerdict.REDACT})),
                published=document.published_at is not None))
    from workbench.reporting.statistics_xlsx import write_statistics_xlsx

    digest = write_statistics_xlsx(StatisticsRecord(
        period_start=start, period_end=end, documents=tuple(outcomes), department=department),
        path)
    with action(ws, actor, "export.statistics") as tx:
        seq = tx.audit(payload={"start": start.isoformat(), "end": end.isoformat(),
                                "documents": len(outcomes), "file_sha256": digest})
    change = Change(tx.action, None, None, None, tx.actor.username, tx.now, seq)
    return ExportResult(change, os.fspath(path), digest)
