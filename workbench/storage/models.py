"""ORM models: users, documents and their bytes and text, hits, decisions, sign-offs, audit."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# Explicit constraint names so Alembic migrations are the same on SQLite and PostgreSQL.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC)


class UtcDateTime(TypeDecorator[datetime]):
    """Timezone-aware UTC datetimes on both engines (SQLite would drop the zone)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict] = {datetime: UtcDateTime, dict: JSON, list: JSON}


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(128), default="")
    password_hash: Mapped[str] = mapped_column(String(255))
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)
    is_demo: Mapped[bool] = mapped_column(Boolean, default=False)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None]
    last_login_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    roles: Mapped[list[UserRole]] = relationship(
        back_populates="user", cascade="all, delete-orphan", lazy="selectin"
    )

    @property
    def role_names(self) -> frozenset[str]:
        return frozenset(r.role for r in self.roles)


class UserRole(Base):
    __tablename__ = "user_roles"

    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"),
                                         primary_key=True)
    role: Mapped[str] = mapped_column(String(16), primary_key=True)

    user: Mapped[User] = relationship(back_populates="roles")


class DocumentFile(Base):
    """The original bytes, stored once per SHA-256 so every PC sees the same file."""

    __tablename__ = "document_files"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(Integer)
    # Deferred: lists and queues never pull the bytes, only the review and exports do.
    content: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Document(Base):
    """One document under review, with its state, proposal and final decision."""

    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(500))
    doc_number: Mapped[str | None] = mapped_column(String(200))  # 文号
    drafting_unit: Mapped[str | None] = mapped_column(String(200))
    filename: Mapped[str] = mapped_column(String(500))
    format: Mapped[str] = mapped_column(String(16))
    sha256: Mapped[str] = mapped_column(ForeignKey("document_files.sha256"), index=True)
    duplicate_of_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id"))
    previous_draft_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id"))

    state: Mapped[str] = mapped_column(String(16), index=True)
    reviewer_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    imported_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    imported_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    text_complete: Mapped[bool] = mapped_column(Boolean, default=True)
    manual_read_confirmed: Mapped[bool] = mapped_column(Boolean, default=False)
    negative_list_version: Mapped[str | None] = mapped_column(String(64))
    suggested_attribute: Mapped[str | None] = mapped_column(String(16))

    proposed_attribute: Mapped[str | None] = mapped_column(String(16))
    proposal_reason: Mapped[str | None] = mapped_column(Text)
    proposal_ground: Mapped[str | None] = mapped_column(Text)
    proposed_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    final_attribute: Mapped[str | None] = mapped_column(String(16))

    round: Mapped[int] = mapped_column(Integer, default=1)  # review rounds (returns, reopens)
    current_step: Mapped[int] = mapped_column(Integer, default=0)
    step_due: Mapped[date | None] = mapped_column(Date)
    submitted_at: Mapped[datetime | None]
    locked_at: Mapped[datetime | None]
    re_review_due: Mapped[date | None] = mapped_column(Date, index=True)
    published_at: Mapped[date | None] = mapped_column(Date)
    published_where: Mapped[str | None] = mapped_column(String(500))

    #: The sign-off chain (step names) fixed when the review was submitted, so a later change
    #: of the department setting never reshapes a review already in sign-off.
    signoff_chain: Mapped[list | None] = mapped_column(JSON)

    #: Optimistic concurrency: every UPDATE checks and bumps it (a stale writer gets a conflict).
    version: Mapped[int] = mapped_column(Integer, default=1)

    file: Mapped[DocumentFile] = relationship()
    text: Mapped[DocumentText | None] = relationship(
        back_populates="document", cascade="all, delete-orphan", uselist=False
    )
    hits: Mapped[list[Hit]] = relationship(
        back_populates="document", cascade="all, delete-orphan", order_by="Hit.start_offset"
    )

    __mapper_args__: ClassVar[dict] = {"version_id_col": version}
    __table_args__ = (
        Index("ix_documents_doc_number", "doc_number"),
        Index("ix_documents_updated_at", "updated_at"),
        Index("ix_documents_step_due", "step_due"),
        Index("ix_documents_title", "title"),
    )


class DocumentText(Base):
    """Extracted text and its layout map (offsets -> parts, PDF box index)."""

    __tablename__ = "document_texts"

    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"),
                                             primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    segments: Mapped[list] = mapped_column(JSON, default=list)
    meta: Mapped[dict] = mapped_column(JSON, default=dict)
    warnings: Mapped[list] = mapped_column(JSON, default=list)
    page_count: Mapped[int | None]
    encoding: Mapped[str | None] = mapped_column(String(32))
    #: PDFs: where each line's characters sit in the stored file (``PdfBoxes.to_bytes``, zlib
    #: JSON, a few bytes a line); boxes are looked up from it on demand (services.page_boxes).
    #: Rows stored by earlier versions hold every box instead; ``load_boxes`` reads both.
    char_boxes: Mapped[bytes | None] = mapped_column(LargeBinary)

    document: Mapped[Document] = relationship(back_populates="text")


class NegativeListVersion(Base):
    """A version of the negative list (baseline + overlay) identified by its content hash."""

    __tablename__ = "negative_list_versions"

    version: Mapped[str] = mapped_column(String(64), primary_key=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    description: Mapped[str] = mapped_column(Text, default="")
    snapshot: Mapped[dict] = mapped_column(JSON, default=dict)  # for diffs between versions


class DepartmentTerm(Base):
    """A department's own term or exception, layered over the baseline list."""

    __tablename__ = "department_terms"

    id: Mapped[int] = mapped_column(primary_key=True)
    category: Mapped[str] = mapped_column(String(32))
    kind: Mapped[str] = mapped_column(String(16))  # term | exception
    value: Mapped[str] = mapped_column(String(200))
    note: Mapped[str] = mapped_column(Text, default="")
    added_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    added_at: Mapped[datetime] = mapped_column(default=utcnow)
    removed_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    removed_at: Mapped[datetime | None]


class Scan(Base):
    __tablename__ = "scans"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"),
                                             index=True)
    negative_list_version: Mapped[str] = mapped_column(
        ForeignKey("negative_list_versions.version"))
    scanned_at: Mapped[datetime] = mapped_column(default=utcnow)
    scanned_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    suggested_attribute: Mapped[str | None] = mapped_column(String(16))
    needs_redaction: Mapped[bool] = mapped_column(Boolean, default=False)
    suggestion_reason: Mapped[str] = mapped_column(Text, default="")
    hit_count: Mapped[int] = mapped_column(Integer, default=0)


class Hit(Base):
    """A scanner hit or a reviewer's manual mark, with the reviewer's verdict."""

    __tablename__ = "hits"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"),
                                             index=True)
    scan_id: Mapped[int | None] = mapped_column(ForeignKey("scans.id", ondelete="SET NULL"))
    category: Mapped[str] = mapped_column(String(32))
    subtype: Mapped[str | None] = mapped_column(String(32))
    rule_id: Mapped[str] = mapped_column(String(100))
    start_offset: Mapped[int] = mapped_column(Integer)
    end_offset: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    score: Mapped[float] = mapped_column(Float, default=1.0)
    legal_ground: Mapped[str] = mapped_column(Text, default="")
    explanation: Mapped[str] = mapped_column(Text, default="")
    location: Mapped[dict] = mapped_column(JSON, default=dict)
    negative_list_version: Mapped[str | None] = mapped_column(String(64))
    is_manual: Mapped[bool] = mapped_column(Boolean, default=False)
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))

    verdict: Mapped[str | None] = mapped_column(String(16))  # withhold | redact | dismiss
    verdict_reason: Mapped[str | None] = mapped_column(Text)
    mask_style: Mapped[str | None] = mapped_column(String(32))
    decided_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    decided_at: Mapped[datetime | None]

    document: Mapped[Document] = relationship(back_populates="hits")


class Decision(Base):
    """A submitted proposal (one per submit), kept as history across review rounds."""

    __tablename__ = "decisions"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"),
                                             index=True)
    round: Mapped[int] = mapped_column(Integer)
    attribute: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str] = mapped_column(Text, default="")
    legal_ground: Mapped[str] = mapped_column(Text, default="")
    needs_redaction: Mapped[bool] = mapped_column(Boolean, default=False)
    proposed_by: Mapped[int] = mapped_column(ForeignKey("users.id"))
    submitted_at: Mapped[datetime] = mapped_column(default=utcnow)
    document_sha256: Mapped[str] = mapped_column(String(64))


class SignOff(Base):
    """One step of the sign-off chain: approved or returned, by whom, with what comment."""

    __tablename__ = "signoffs"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"),
                                             index=True)
    round: Mapped[int] = mapped_column(Integer)
    step_index: Mapped[int] = mapped_column(Integer)
    step_name: Mapped[str] = mapped_column(String(64))
    actor_id: Mapped[int] = mapped_column(ForeignKey("users.id"))
    outcome: Mapped[str] = mapped_column(String(16))  # approved | returned
    comment: Mapped[str] = mapped_column(Text, default="")
    signed_at: Mapped[datetime] = mapped_column(default=utcnow)
    document_sha256: Mapped[str] = mapped_column(String(64))

    __table_args__ = (
        UniqueConstraint("document_id", "round", "step_index",
                         name="uq_signoffs_document_round_step"),
    )


class Setting(Base):
    """Department settings shared by every PC on the database (sign-off chain, intervals)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[dict] = mapped_column(JSON)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    updated_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class AuditEvent(Base):
    """Append-only (UPDATE and DELETE refused by triggers); each row chains to the previous."""

    __tablename__ = "audit_events"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    occurred_at: Mapped[str] = mapped_column(String(40))  # ISO UTC text, exactly as hashed
    actor_id: Mapped[int | None] = mapped_column(Integer)  # no FK: events outlive accounts
    actor_name: Mapped[str] = mapped_column(String(128))
    role: Mapped[str | None] = mapped_column(String(16))
    action: Mapped[str] = mapped_column(String(64), index=True)
    outcome: Mapped[str] = mapped_column(String(16))  # ok | refused | failed
    document_id: Mapped[int | None] = mapped_column(Integer, index=True)
    document_sha256: Mapped[str | None] = mapped_column(String(64))
    payload: Mapped[str] = mapped_column(Text)  # canonical JSON, exactly as hashed
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class AuditHead(Base):
    """One row: the last sequence number and hash. Locking it serialises appends."""

    __tablename__ = "audit_head"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    seq: Mapped[int] = mapped_column(Integer, default=0)
    hash: Mapped[str] = mapped_column(String(64))


class ReviewParticipant(Base):
    """Who took part in a document's review (four eyes: they may not sign it off).

    ``kind`` is ``review`` (decided hits, marked text, proposed, submitted: counts in every
    round) or ``signoff`` (signed a step: counts only within that round, so one person never
    signs two steps of the same round).
    """

    __tablename__ = "review_participants"

    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"),
                                             primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), primary_key=True)
    kind: Mapped[str] = mapped_column(String(16), primary_key=True)
    round: Mapped[int] = mapped_column(Integer, primary_key=True)
