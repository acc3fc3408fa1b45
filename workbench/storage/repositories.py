"""Row access for the services: small, named queries inside the caller's transaction."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from workbench.storage.audit import HEAD_ID
from workbench.storage.models import (
    AuditHead,
    Decision,
    DepartmentTerm,
    Document,
    DocumentFile,
    DocumentText,
    Hit,
    NegativeListVersion,
    ReviewParticipant,
    Scan,
    Setting,
    SignOff,
    User,
    UserRole,
)

__all__ = [
    "Decision",
    "DepartmentTerm",
    "Document",
    "DocumentText",
    "Hit",
    "NegativeListVersion",
    "Scan",
    "Session",
    "SignOff",
    "User",
]

# ----------------------------------------------------------------------------- serialising


def lock_audit_head(session: Session) -> None:
    """Take the audit head lock now (PostgreSQL), so check-then-insert work is serialised.

    SQLite writers already hold the database write lock (BEGIN IMMEDIATE).
    """
    session.execute(select(AuditHead.id).where(AuditHead.id == HEAD_ID).with_for_update())


# ----------------------------------------------------------------------------- users


def count_users(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(User)) or 0


def get_user(session: Session, user_id: int) -> User | None:
    return session.get(User, user_id)


def get_user_by_name(session: Session, username: str, *, for_update: bool = False
                     ) -> User | None:
    query = select(User).where(User.username == username)
    if for_update:
        query = query.with_for_update()
    return session.scalars(query).one_or_none()


def list_users(session: Session) -> Sequence[User]:
    return session.scalars(select(User).order_by(User.username)).all()


def add_user(session: Session, *, username: str, display_name: str, password_hash: str,
             roles: Iterable[str], demo: bool = False) -> User:
    user = User(username=username, display_name=display_name, password_hash=password_hash,
                is_active=True, is_demo=demo, failed_logins=0)
    user.roles = [UserRole(role=r) for r in sorted(set(roles))]
    session.add(user)
    session.flush()
    return user


def set_user_roles(user: User, roles: Iterable[str]) -> None:
    wanted = set(roles)
    user.roles = [r for r in user.roles if r.role in wanted] + [
        UserRole(role=r) for r in sorted(wanted - user.role_names)]


def active_admin_ids(session: Session) -> set[int]:
    query = (select(User.id).join(UserRole, UserRole.user_id == User.id)
             .where(UserRole.role == "admin", User.is_active.is_(True)))
    return set(session.scalars(query))


def user_names(session: Session, ids: Iterable[int | None]) -> dict[int, str]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    rows = session.execute(select(User.id, User.display_name, User.username)
                           .where(User.id.in_(wanted)))
    return {uid: (display or username) for uid, display, username in rows}


# ----------------------------------------------------------------------------- settings


def setting_values(session: Session) -> dict[str, Any]:
    return {row.key: row.value.get("value") for row in session.scalars(select(Setting))}


def put_setting(session: Session, key: str, value: Any, user_id: int | None) -> None:
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value={"value": value}, updated_by=user_id))
    else:
        row.value = {"value": value}
        row.updated_by = user_id
    session.flush()


# ----------------------------------------------------------------------------- documents


def get_document(session: Session, document_id: int, *, lock: bool = False) -> Document | None:
    """Load a document; ``lock`` takes its row lock first (PostgreSQL) so that concurrent
    writers queue on the document before the audit head, always in that order."""
    query = select(Document).where(Document.id == document_id)
    if lock:
        query = query.with_for_update()
    return session.scalars(query).one_or_none()


def _insert_if_absent(session: Session, model: type, values: dict[str, Any]) -> bool:
    """INSERT ... ON CONFLICT DO NOTHING: two writers adding the same key never collide."""
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    result = session.execute(insert(model).values(**values).on_conflict_do_nothing())
    return bool(result.rowcount)


def ensure_file(session: Session, sha256: str, content: bytes) -> bool:
    """Store the bytes once per SHA-256; True when they were new."""
    return _insert_if_absent(session, DocumentFile, {
        "sha256": sha256, "size": len(content), "content": content,
        "created_at": datetime.now(UTC)})


def file_content(session: Session, sha256: str) -> bytes | None:
    row = session.get(DocumentFile, sha256)
    return None if row is None else row.content


def first_document_with_sha(session: Session, sha256: str) -> Document | None:
    query = (select(Document).where(Document.sha256 == sha256, Document.duplicate_of_id.is_(None))
             .order_by(Document.id).limit(1))
    return session.scalars(query).first()


def latest_draft_candidate(session: Session, *, title: str, doc_number: str | None,
                           exclude_sha: str) -> Document | None:
    """The newest document with the same 文号 (or, without one, the same title) but other bytes."""
    query = select(Document).where(Document.sha256 != exclude_sha,
                                   Document.duplicate_of_id.is_(None))
    if doc_number:
        query = query.where(Document.doc_number == doc_number)
    else:
        query = query.where(Document.title == title)
    return session.scalars(query.order_by(Document.id.desc()).limit(1)).first()


def document_text(session: Session, document_id: int) -> DocumentText | None:
    return session.get(DocumentText, document_id)


# ----------------------------------------------------------------------------- hits


def hits_of(session: Session, document_id: int) -> Sequence[Hit]:
    query = select(Hit).where(Hit.document_id == document_id).order_by(
        Hit.start_offset, Hit.end_offset, Hit.id)
    return session.scalars(query).all()


def get_hit(session: Session, hit_id: int) -> Hit | None:
    return session.get(Hit, hit_id)


def undecided_count(session: Session, document_id: int) -> int:
    query = select(func.count()).select_from(Hit).where(Hit.document_id == document_id,
                                                        Hit.verdict.is_(None))
    return session.scalar(query) or 0


def insert_hits(session: Session, rows: Sequence[dict[str, Any]], *, batch: int = 1000
                ) -> None:
    """Insert new hits from plain rows (every row with the same keys).

    A first scan writes thousands: through the ORM each became an object with its own state
    and the flush held the GIL long enough to stall the window; an executemany per batch
    does not (and is several times faster).
    """
    for i in range(0, len(rows), batch):
        session.execute(insert(Hit), list(rows[i:i + batch]))


def delete_hits(session: Session, hit_ids: Iterable[int]) -> None:
    ids = list(hit_ids)
    if ids:
        session.execute(delete(Hit).where(Hit.id.in_(ids)))


def ensure_list_version(session: Session, version: str, description: str,
                        snapshot: dict[str, Any]) -> bool:
    """Record a negative-list version the first time a scan uses it; True when new."""
    return _insert_if_absent(session, NegativeListVersion, {
        "version": version, "description": description, "snapshot": snapshot,
        "created_at": datetime.now(UTC)})


def record_list_version(session: Session, version: str, description: str,
                        snapshot: dict[str, Any]) -> None:
    """Like :func:`ensure_list_version`, and complete a snapshot stored without content."""
    if ensure_list_version(session, version, description, snapshot):
        return
    row = session.get(NegativeListVersion, version)
    if row is not None and "content" not in (row.snapshot or {}) and "content" in snapshot:
        row.snapshot = snapshot


def list_versions(session: Session) -> list[tuple[NegativeListVersion, int]]:
    """Every recorded version, newest first, with how many scans used it (one query)."""
    used = (select(Scan.negative_list_version, func.count().label("n"))
            .group_by(Scan.negative_list_version).subquery())
    query = (select(NegativeListVersion, func.coalesce(used.c.n, 0))
             .outerjoin(used, used.c.negative_list_version == NegativeListVersion.version)
             .order_by(NegativeListVersion.created_at.desc(), NegativeListVersion.version))
    return [(row, int(n)) for row, n in session.execute(query)]


def get_list_version(session: Session, version: str) -> NegativeListVersion | None:
    return session.get(NegativeListVersion, version)


def scans_of(session: Session, document_id: int) -> Sequence[Scan]:
    return session.scalars(select(Scan).where(Scan.document_id == document_id)
                           .order_by(Scan.id)).all()


# ----------------------------------------------------------------------------- review history


def add_participant(session: Session, document_id: int, user_id: int, kind: str,
                    round_: int) -> None:
    key = {"document_id": document_id, "user_id": user_id, "kind": kind, "round": round_}
    if session.get(ReviewParticipant, key) is None:
        session.add(ReviewParticipant(**key))
        session.flush()


def participants(session: Session, document_id: int, round_: int) -> frozenset[int]:
    """Everyone who worked on the review (any round) or signed a step in ``round_``."""
    query = select(ReviewParticipant.user_id).where(
        ReviewParticipant.document_id == document_id,
        (ReviewParticipant.kind == "review")
        | ((ReviewParticipant.kind == "signoff") & (ReviewParticipant.round == round_)))
    return frozenset(session.scalars(query))


def signoffs_of(session: Session, document_id: int) -> Sequence[SignOff]:
    return session.scalars(select(SignOff).where(SignOff.document_id == document_id)
                           .order_by(SignOff.round, SignOff.step_index, SignOff.id)).all()


def decisions_of(session: Session, document_id: int) -> Sequence[Decision]:
    return session.scalars(select(Decision).where(Decision.document_id == document_id)
                           .order_by(Decision.id)).all()


def touch(document: Document, when: datetime) -> None:
    """Mark the document changed: the UPDATE checks and bumps its version (optimistic lock)."""
    document.updated_at = when


# ----------------------------------------------------------------------------- department terms


def active_terms(session: Session) -> Sequence[DepartmentTerm]:
    return session.scalars(select(DepartmentTerm).where(DepartmentTerm.removed_at.is_(None))
                           .order_by(DepartmentTerm.id)).all()


def get_term(session: Session, term_id: int) -> DepartmentTerm | None:
    return session.get(DepartmentTerm, term_id)


def decided_between(session: Session, start: date, end: date) -> Sequence[Document]:
    """Documents whose decision was locked on a day in ``[start, end]`` (UTC days)."""
    low = datetime.combine(start, time.min, tzinfo=UTC)
    high = datetime.combine(end + timedelta(days=1), time.min, tzinfo=UTC)
    return session.scalars(select(Document).where(
        Document.locked_at.is_not(None), Document.locked_at >= low, Document.locked_at < high,
        Document.final_attribute.is_not(None)).order_by(Document.id)).all()
