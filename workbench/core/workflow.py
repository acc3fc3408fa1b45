"""The review state machine: who may do what to a document, and in which state.

Pure functions over plain values. The services load the facts, call :func:`check` and either
apply the returned state or turn the raised error into a refusal (with its audit event).

States::

    imported --scan/review--> in_review --submit--> submitted(step 0..n-1)
    submitted --approve (not last step)--> submitted(step+1)
    submitted --approve (last step)--> approved (decision locked)
    submitted --return--> returned --review--> in_review
    approved --publish (proactive/on_request only)--> published
    approved|published --reopen (supervisor, with reason)--> in_review
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from workbench.core.attributes import DisclosureAttribute
from workbench.core.errors import PermissionDeniedError, WorkflowError
from workbench.core.roles import Role


class DocumentState(StrEnum):
    IMPORTED = "imported"
    IN_REVIEW = "in_review"
    SUBMITTED = "submitted"
    RETURNED = "returned"
    APPROVED = "approved"
    PUBLISHED = "published"


class Action(StrEnum):
    """User actions that touch a document's review."""

    REVIEW = "review"  # scan, decide a hit, mark text, propose an attribute
    SUBMIT = "submit"
    APPROVE = "approve"
    RETURN = "return"
    PUBLISH = "publish"
    REOPEN = "reopen"


#: States in which the reviewer may still change hits and the proposal.
EDITABLE_STATES = frozenset({DocumentState.IMPORTED, DocumentState.IN_REVIEW,
                             DocumentState.RETURNED})
#: States in which the decision is locked (先审查、后公开: only these may be published/exported).
LOCKED_STATES = frozenset({DocumentState.APPROVED, DocumentState.PUBLISHED})

REQUIRED_ROLE: dict[Action, Role] = {
    Action.REVIEW: Role.REVIEWER,
    Action.SUBMIT: Role.REVIEWER,
    Action.APPROVE: Role.SUPERVISOR,
    Action.RETURN: Role.SUPERVISOR,
    Action.PUBLISH: Role.REVIEWER,
    Action.REOPEN: Role.SUPERVISOR,
}


@dataclass(frozen=True)
class Actor:
    """Who acts: an account id and its roles."""

    user_id: int
    roles: frozenset[Role]
    active: bool = True


@dataclass(frozen=True)
class ReviewFacts:
    """What the rules need to know about one document's review."""

    state: DocumentState
    reviewer_id: int | None = None
    #: Everyone who decided hits or proposed in this round, and who signed earlier steps.
    participant_ids: frozenset[int] = field(default_factory=frozenset)
    current_step: int = 0
    chain_length: int = 1
    undecided_hits: int = 0
    text_complete: bool = True
    manual_read_confirmed: bool = False
    proposed_attribute: DisclosureAttribute | None = None
    proposal_has_reason: bool = False
    proposal_has_ground: bool = False
    final_attribute: DisclosureAttribute | None = None
    has_comment: bool = False  # a return or reopen carries its comment/reason


def _refuse(code: str, message: str) -> WorkflowError:
    return WorkflowError(message, code=code)


def check_role(action: Action, actor: Actor) -> None:
    """Raise ``PermissionDeniedError`` unless the actor is active and holds the role."""
    if not actor.active:
        raise PermissionDeniedError("This account is disabled.", code="account_disabled")
    role = REQUIRED_ROLE[action]
    if role not in actor.roles:
        raise PermissionDeniedError(
            f"The action '{action}' needs the role '{role}'.", code="role_required",
            action=str(action), role=str(role),
        )


def submit_blockers(facts: ReviewFacts) -> list[tuple[str, str]]:
    """Every reason a submit would be refused now, as (code, message); empty means allowed.

    The GUI shows these next to a disabled Submit button, so they must be complete.
    """
    blockers: list[tuple[str, str]] = []
    if facts.state not in EDITABLE_STATES:
        blockers.append(("not_editable", (f"A document in state '{facts.state}' cannot be "
                                         "submitted.")))
    if facts.undecided_hits:
        blockers.append(("undecided_hits",
                         f"{facts.undecided_hits} hit(s) are not decided yet."))
    if not facts.text_complete and not facts.manual_read_confirmed:
        blockers.append(("manual_read_required",
                         ("The text could not be fully extracted: confirm that you read the "
                         "original in full.")))
    if facts.proposed_attribute is None:
        blockers.append(("no_attribute", "No disclosure attribute has been proposed."))
    elif facts.proposed_attribute.needs_ground:
        if not facts.proposal_has_reason:
            blockers.append(("reason_required",
                             f"'{facts.proposed_attribute}' needs a reason."))
        if not facts.proposal_has_ground:
            blockers.append(("ground_required",
                             f"'{facts.proposed_attribute}' needs a legal ground."))
    return blockers


def check(action: Action, facts: ReviewFacts, actor: Actor) -> DocumentState:
    """Check that ``actor`` may do ``action`` now and return the state it leads to.

    Raises:
        PermissionDeniedError: the actor lacks the role, or is disabled.
        WorkflowError: the state or the review's content forbids the action.
    """
    check_role(action, actor)
    state = facts.state
    if action is Action.REVIEW:
        if state not in EDITABLE_STATES:
            raise _refuse("locked", f"The review is '{state}' and cannot be changed; "
                                    "a supervisor must reopen it first."
                          if state in LOCKED_STATES else
                          f"The review is '{state}' and awaits sign-off.")
        if (facts.reviewer_id is not None and facts.reviewer_id != actor.user_id
                and state is not DocumentState.IMPORTED):
            raise _refuse("not_your_review", "Another reviewer owns this review.")
        return DocumentState.IN_REVIEW
    if action is Action.SUBMIT:
        if facts.reviewer_id is not None and facts.reviewer_id != actor.user_id:
            raise _refuse("not_your_review", "Only the reviewer of this document can submit it.")
        blockers = submit_blockers(facts)
        if blockers:
            # The code is the first blocker (stable for callers); ``blockers`` carries them all
            # so one refusal tells the reviewer everything that is still missing.
            code = blockers[0][0]
            raise WorkflowError(" ".join(message for _, message in blockers), code=code,
                                blockers=tuple(blockers))
        return DocumentState.SUBMITTED
    if action in (Action.APPROVE, Action.RETURN):
        if state is not DocumentState.SUBMITTED:
            raise _refuse("not_submitted", "Only a submitted review can be signed off.")
        if actor.user_id in facts.participant_ids or actor.user_id == facts.reviewer_id:
            raise _refuse("four_eyes", "You took part in this review, so you cannot sign it "
                                       "off (four-eyes rule).")
        if action is Action.RETURN:
            if not facts.has_comment:
                raise _refuse("comment_required", "Returning a review needs a comment.")
            return DocumentState.RETURNED
        last = facts.current_step >= facts.chain_length - 1
        return DocumentState.APPROVED if last else DocumentState.SUBMITTED
    if action is Action.PUBLISH:
        if state is not DocumentState.APPROVED:
            raise _refuse("not_signed_off" if state is not DocumentState.PUBLISHED
                          else "already_published",
                          "Only a signed-off decision can be published (先审查、后公开)."
                          if state is not DocumentState.PUBLISHED
                          else "The document is already marked as published.")
        if facts.final_attribute is None or not facts.final_attribute.publishable:
            raise _refuse("not_publishable", "A document decided as 'withheld' cannot be "
                                             "published.")
        return DocumentState.PUBLISHED
    if action is Action.REOPEN:
        if state not in LOCKED_STATES:
            raise _refuse("not_locked", "Only a signed-off decision can be reopened.")
        if not facts.has_comment:
            raise _refuse("reason_required", "Reopening a decision needs a reason.")
        return DocumentState.IN_REVIEW
    raise AssertionError(f"unhandled action {action!r}")  # pragma: no cover
