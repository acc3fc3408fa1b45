"""Plain records the exports are written from (filled by the services, never by the database)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass(frozen=True)
class HitSummary:
    """Scanner hits and manual marks of one negative-list category, by the reviewer's verdict."""

    category: str  # a ``workbench.core.categories.Category`` id
    total: int
    withheld: int = 0  # confirmed as a ground to withhold the document
    redacted: int = 0  # confirmed, to be masked in the publishable copy (区分处理)
    dismissed: int = 0  # not a problem (with a reason in the review record)


@dataclass(frozen=True)
class RedactionSummary:
    """How many spans of one kind are masked in the publishable copy."""

    category: str
    count: int
    subtype: str | None = None  # e.g. ``id_card`` for personal_privacy


@dataclass(frozen=True)
class SignOffStep:
    """One step of the sign-off chain as it was signed."""

    step_name: str  # as configured by the department, e.g. 初审 / 复审 / 终审 / 审核
    person: str
    outcome: str  # ``approved`` | ``returned``
    comment: str = ""
    signed_at: datetime | None = None


@dataclass(frozen=True)
class Opinion:
    """An opinion block of the form: who wrote it, what it says, when (signature = name)."""

    person: str
    opinion: str = ""
    signed_at: datetime | None = None


@dataclass(frozen=True)
class ReviewFormRecord:
    """Everything the 保密审查表 / 公开属性审核单 shows for one document."""

    document_id: int
    title: str
    file_name: str
    document_sha256: str
    negative_list_version: str
    proposed_attribute: str | None  # a ``DisclosureAttribute`` value, None before a proposal
    final_attribute: str | None  # None until the last sign-off locked the decision
    doc_number: str = ""  # 文号, e.g. 某政办发〔2025〕3号
    drafting_unit: str = ""  # 起草单位 / 承办科室
    department: str = ""  # the office the form belongs to (printed under the heading)
    reason: str = ""  # reason for on_request / withheld
    legal_ground: str = ""  # e.g. 条例第十五条
    hits: tuple[HitSummary, ...] = ()
    redactions: tuple[RedactionSummary, ...] = ()
    signoffs: tuple[SignOffStep, ...] = ()
    reviewer: Opinion | None = None
    supervisor: Opinion | None = None
    printed_at: datetime | None = None  # None: the moment of writing
    form_title: str = "政府信息公开保密审查表"
    form_subtitle: str = "（公开属性审核单）"


@dataclass(frozen=True)
class AuditRow:
    """One audit event exactly as stored (every field the chain hash covers, plus the hash)."""

    seq: int
    occurred_at: str  # ISO 8601 UTC text, exactly as stored and hashed
    actor_id: int | None
    actor_name: str
    role: str | None
    action: str
    outcome: str
    document_id: int | None
    document_sha256: str | None
    payload: str  # canonical JSON text, exactly as stored and hashed
    prev_hash: str
    hash: str


@dataclass(frozen=True)
class AuditTrail:
    """A selection of the audit trail and the facts about the whole chain it was taken from."""

    rows: tuple[AuditRow, ...]
    head_hash: str  # the hash of the last event of the whole chain at export time
    head_seq: int  # how many events the whole chain had at export time
    chain_verified: bool  # the workbench recomputed the whole chain before exporting
    filter_description: str = ""  # empty: the whole trail; else e.g. 文档 12；自 2025-01-01 起
    department: str = ""
    exported_at: datetime | None = None  # None: the moment of writing
    exported_by: str = ""


@dataclass(frozen=True)
class DocumentOutcome:
    """One reviewed document's final decision, as the annual statistics count it."""

    document_id: int
    final_attribute: str  # a ``DisclosureAttribute`` value
    decided_on: date  # day of the last sign-off
    #: Categories cited as the ground to withhold (or to release only on request).
    ground_categories: tuple[str, ...] = ()
    redaction_categories: tuple[str, ...] = ()  # categories masked in the publishable copy
    published: bool = False


@dataclass(frozen=True)
class StatisticsRecord:
    """The documents decided in a period, for the 政府信息公开工作年度报告 tables."""

    period_start: date
    period_end: date  # inclusive
    documents: tuple[DocumentOutcome, ...] = field(default_factory=tuple)
    department: str = ""
    generated_at: datetime | None = None  # None: the moment of writing
