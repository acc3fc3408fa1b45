"""Append to the audit hash chain and read it back, inside the caller's transaction."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from workbench.core.audit_chain import ChainedEvent, canonical_json, event_hash
from workbench.storage.models import AuditEvent, AuditHead

HEAD_ID = 1


def append_event(
    session: Session,
    *,
    action: str,
    actor_id: int | None,
    actor_name: str,
    role: str | None = None,
    outcome: str = "ok",
    document_id: int | None = None,
    document_sha256: str | None = None,
    payload: Mapping[str, Any] | None = None,
    occurred_at: datetime | None = None,
) -> AuditEvent:
    """Append one event in the caller's transaction.

    The head row is locked first (``SELECT ... FOR UPDATE`` on PostgreSQL; SQLite writers hold
    the database write lock from ``BEGIN IMMEDIATE``), so appends from several processes form
    one unbroken chain. The event commits or rolls back together with the change it records.
    """
    head = session.execute(
        select(AuditHead).where(AuditHead.id == HEAD_ID).with_for_update()
    ).scalar_one()
    when = (occurred_at or datetime.now(UTC)).astimezone(UTC)
    chained = ChainedEvent(
        seq=head.seq + 1,
        occurred_at=when.isoformat(timespec="microseconds"),
        actor_id=actor_id,
        actor_name=actor_name,
        role=role,
        action=action,
        outcome=outcome,
        document_id=document_id,
        document_sha256=document_sha256,
        payload=canonical_json(payload),
        prev_hash=head.hash,
    )
    digest = event_hash(chained)
    row = AuditEvent(hash=digest, **chained.__dict__)
    session.add(row)
    head.seq = chained.seq
    head.hash = digest
    session.flush()
    return row


def to_chained(row: AuditEvent) -> ChainedEvent:
    return ChainedEvent(
        seq=row.seq, occurred_at=row.occurred_at, actor_id=row.actor_id,
        actor_name=row.actor_name, role=row.role, action=row.action, outcome=row.outcome,
        document_id=row.document_id, document_sha256=row.document_sha256,
        payload=row.payload, prev_hash=row.prev_hash,
    )


def iter_events(session: Session, *, batch: int = 2000, document_id: int | None = None,
                since: str | None = None) -> Iterator[AuditEvent]:
    """Events in sequence order, fetched in batches (the trail may be long)."""
    last = 0
    while True:
        query = select(AuditEvent).where(AuditEvent.seq > last)
        if document_id is not None:
            query = query.where(AuditEvent.document_id == document_id)
        if since is not None:
            query = query.where(AuditEvent.occurred_at >= since)
        rows = session.execute(query.order_by(AuditEvent.seq).limit(batch)).scalars().all()
        if not rows:
            return
        yield from rows
        last = rows[-1].seq


def head(session: Session) -> tuple[int, str]:
    row = session.get(AuditHead, HEAD_ID)
    assert row is not None
    return row.seq, row.hash
