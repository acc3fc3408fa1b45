"""Plain frozen records the services return (never ORM objects); the GUI builds on these."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from workbench.core.roles import Role


@dataclass(frozen=True)
class Change:
    """What a mutation did (STYLE habit 7): views refresh from this record.

    ``version`` is the document's new version: pass it as ``expected_version`` next time.
    """

    action: str
    document_id: int | None
    version: int | None
    state: str | None
    actor: str
    at: datetime
    audit_seq: int
    details: tuple[tuple[str, Any], ...] = ()

    def detail(self, key: str, default: Any = None) -> Any:
        return dict(self.details).get(key, default)


@dataclass(frozen=True)
class UserInfo:
    user_id: int
    username: str
    display_name: str
    roles: frozenset[Role]
    active: bool
    locked_until: datetime | None
    last_login_at: datetime | None
    created_at: datetime
    #: A demo account (first-run demo workspace): shown marked as DEMO everywhere.
    is_demo: bool = False


@dataclass(frozen=True)
class ImportResult:
    change: Change
    document_id: int
    sha256: str
    text_complete: bool
    warnings: tuple[str, ...]
    #: Same bytes were imported before: the earlier review this one is linked to.
    duplicate_of_id: int | None
    #: Same 文号/title, other bytes: the previous draft, and what changed since.
    previous_draft_id: int | None
    draft_diff: DraftDiff | None


@dataclass(frozen=True)
class DraftDiff:
    """What changed between a previous draft and this one, paragraph by paragraph."""

    previous_document_id: int
    paragraphs_added: int
    paragraphs_removed: int
    paragraphs_changed: int
    paragraphs_unchanged: int
    #: A few (kind, old text, new text) examples for the reviewer, each shortened.
    samples: tuple[tuple[str, str, str], ...] = ()

    @property
    def unchanged(self) -> bool:
        return not (self.paragraphs_added or self.paragraphs_removed or self.paragraphs_changed)


@dataclass(frozen=True)
class ScanSummary:
    change: Change
    negative_list_version: str
    hits: int
    kept_decisions: int  # rescan: decisions kept on hits whose text and span did not change
    carried_decisions: int  # new draft: decisions carried over from unchanged text
    dropped_hits: int  # rescan: earlier hits the new list no longer finds
    suggested_attribute: str | None
    needs_redaction: bool


@dataclass(frozen=True)
class HitView:
    hit_id: int
    category: str
    subtype: str | None
    rule: str
    start: int
    end: int
    text: str
    score: float
    legal_ground: str
    explanation: str
    location: dict[str, Any]
    negative_list_version: str | None
    is_manual: bool
    verdict: str | None
    verdict_reason: str | None
    mask_style: str | None
    decided_by: str | None
    decided_at: datetime | None


@dataclass(frozen=True)
class SignOffView:
    round: int
    step_index: int
    step_name: str
    actor: str
    outcome: str
    comment: str
    signed_at: datetime


@dataclass(frozen=True)
class DecisionView:
    round: int
    attribute: str
    reason: str
    legal_ground: str
    needs_redaction: bool
    proposed_by: str
    submitted_at: datetime


@dataclass(frozen=True)
class DocumentRow:
    """One row of a document list."""

    document_id: int
    title: str
    doc_number: str | None
    filename: str
    state: str
    reviewer: str | None
    proposed_attribute: str | None
    final_attribute: str | None
    current_step: int
    step_due: date | None
    re_review_due: date | None
    updated_at: datetime
    version: int
    hits: int
    undecided: int
    #: (category, hits), most frequent first: the table's compact per-category column.
    hits_by_category: tuple[tuple[str, int], ...] = ()


@dataclass(frozen=True)
class DocumentPage:
    total: int
    offset: int
    rows: tuple[DocumentRow, ...]


@dataclass(frozen=True)
class QueueCounts:
    my_reviews: int
    returned_to_me: int
    awaiting_my_signoff: int
    signed_off: int
    re_review_due: int
    overdue: int
    all: int


@dataclass(frozen=True)
class DocumentDetail:
    """Everything the review screen shows for one document."""

    row: DocumentRow
    drafting_unit: str | None
    sha256: str
    format: str
    text: str
    text_complete: bool
    warnings: tuple[str, ...]
    manual_read_confirmed: bool
    negative_list_version: str | None
    suggested_attribute: str | None
    proposal_reason: str | None
    proposal_ground: str | None
    duplicate_of_id: int | None
    previous_draft_id: int | None
    signoff_chain: tuple[str, ...]
    round: int
    published_at: date | None
    published_where: str | None
    hits: tuple[HitView, ...]
    decisions: tuple[DecisionView, ...]
    signoffs: tuple[SignOffView, ...]
    #: Why Submit is disabled now, as (code, message); empty when it may be submitted.
    submit_blockers: tuple[tuple[str, str], ...]
    #: Four eyes: the acting user reviewed this document (any round), is its reviewer, or
    #: signed a step of the current round, so they may not sign it off.
    took_part: bool = False
    #: The acting user may change hits and the proposal now (core.workflow, Action.REVIEW).
    editable: bool = False
