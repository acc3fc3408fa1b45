"""Verify the audit hash chain and export the trail (CSV, XLSX, PDF) with its head hash."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime

from workbench.core.audit_chain import ChainBreak, ChainedEvent, ChainReport, verify_chain
from workbench.core.errors import PermissionDeniedError, ValidationError
from workbench.core.roles import Role
from workbench.reporting.records import AuditRow, AuditTrail
from workbench.services.actors import CurrentUser
from workbench.services.guard import action, reading
from workbench.services.results import Change
from workbench.services.workspace import Workspace
from workbench.storage import repositories as repo
from workbench.storage.audit import head, iter_events, to_chained
from workbench.storage.models import AuditEvent

FORMATS = ("csv", "xlsx", "pdf")
#: Who may read the whole trail: administrators and supervisors (inspectors sign in as one).
EXPORT_ROLES = frozenset({Role.ADMIN, Role.SUPERVISOR})


def _chain(session: repo.Session) -> Iterator[tuple[ChainedEvent, str]]:
    for row in iter_events(session):
        yield to_chained(row), row.hash


def _verify(session: repo.Session) -> ChainReport:
    report = verify_chain(_chain(session))
    if not report.intact:
        return report
    head_seq, head_hash = head(session)
    # The head row remembers the last event: a deleted tail would leave the chain "intact".
    if head_seq != report.events:
        return ChainReport(report.events, report.head_hash,
                           ChainBreak(min(head_seq, report.events) + 1, "missing"))
    if head_hash != report.head_hash:
        return ChainReport(report.events, report.head_hash,
                           ChainBreak(report.events, "head_mismatch"))
    return report


def verify_audit(ws: Workspace) -> ChainReport:
    """Recompute the whole chain; ``first_break.seq`` names the first event that fails.

    Open to anyone holding the database (the check changes nothing and is not audited).
    """
    with ws.db.session(write=False) as session:
        return _verify(session)


@dataclass(frozen=True)
class AuditExport:
    change: Change
    path: str
    file_sha256: str
    rows: int
    head_seq: int
    head_hash: str
    chain_intact: bool


def _roles(ws: Workspace, actor: CurrentUser, name: str) -> CurrentUser:
    with reading(ws, actor, name) as (_, live):
        if not live.roles & EXPORT_ROLES:
            raise PermissionDeniedError(
                "Exporting the audit trail needs the role 'supervisor' or 'admin'.",
                code="role_required", action=name, role="supervisor")
        return live


def export_audit(ws: Workspace, actor: CurrentUser, fmt: str, path: str | os.PathLike[str], *,
                 document_id: int | None = None, since: date | None = None,
                 department: str = "") -> AuditExport:
    """Write the trail (optionally one document's, or from a day on) and audit the export."""
    if fmt not in FORMATS:
        raise ValidationError(f"Unknown export format '{fmt}' (csv, xlsx or pdf).",
                              code="format_unknown")
    live = _roles(ws, actor, "audit.export")
    with ws.db.session(write=False) as session:
        report = _verify(session)
        head_seq, head_hash = head(session)
        rows = tuple(_row(e) for e in iter_events(
            session, document_id=document_id, since=since.isoformat() if since else None))
    parts = []
    if document_id is not None:
        parts.append(f"文档 {document_id}")
    if since is not None:
        parts.append(f"自 {since.isoformat()} 起")
    trail = AuditTrail(rows=rows, head_hash=head_hash, head_seq=head_seq,
                       chain_verified=report.intact, filter_description="；".join(parts),
                       department=department, exported_at=datetime.now(UTC),
                       exported_by=live.label)
    digest = _writer(fmt)(trail, path)
    with action(ws, actor, "audit.export") as tx:
        tx.role = next(iter(sorted(live.roles & EXPORT_ROLES)))
        seq = tx.audit(document_id=document_id, payload={
            "format": fmt, "rows": len(rows), "document_id": document_id,
            "since": since.isoformat() if since else None, "file_sha256": digest,
            "head_seq": head_seq, "head_hash": head_hash, "chain_intact": report.intact})
        change = Change(tx.action, document_id, None, None, tx.actor.username, tx.now, seq)
    return AuditExport(change=change, path=os.fspath(path), file_sha256=digest,
                       rows=len(rows), head_seq=head_seq, head_hash=head_hash,
                       chain_intact=report.intact)


def _writer(fmt: str):
    if fmt == "csv":
        from workbench.reporting.audit_csv import write_audit_csv

        return write_audit_csv
    if fmt == "xlsx":
        from workbench.reporting.audit_xlsx import write_audit_xlsx

        return write_audit_xlsx
    from workbench.reporting.audit_pdf import write_audit_pdf  # reportlab: load only when used

    return write_audit_pdf


def _row(event: AuditEvent) -> AuditRow:
    # The hashed fields exactly as the chain reads them, plus the stored hash.
    return AuditRow(**vars(to_chained(event)), hash=event.hash)
