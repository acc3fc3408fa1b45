"""Every transition of the review state machine, and every refusal."""

from __future__ import annotations

import itertools
from dataclasses import replace

import pytest

from workbench.core.attributes import DisclosureAttribute as A
from workbench.core.errors import PermissionDeniedError, WorkflowError
from workbench.core.roles import Role
from workbench.core.workflow import (
    EDITABLE_STATES,
    LOCKED_STATES,
    REQUIRED_ROLE,
    Action,
    Actor,
    DocumentState,
    ReviewFacts,
    check,
    submit_blockers,
)

S = DocumentState
REVIEWER = Actor(1, frozenset({Role.REVIEWER}))
OTHER_REVIEWER = Actor(4, frozenset({Role.REVIEWER}))
SUPERVISOR = Actor(2, frozenset({Role.SUPERVISOR}))
SECOND_SUPERVISOR = Actor(3, frozenset({Role.SUPERVISOR}))
BOTH = Actor(1, frozenset({Role.REVIEWER, Role.SUPERVISOR}))
ADMIN = Actor(9, frozenset({Role.ADMIN}))

READY = ReviewFacts(state=S.IN_REVIEW, reviewer_id=1, participant_ids=frozenset({1}),
                    proposed_attribute=A.PROACTIVE)
SUBMITTED = replace(READY, state=S.SUBMITTED)


def actor_for(action: Action) -> Actor:
    return REVIEWER if REQUIRED_ROLE[action] is Role.REVIEWER else SUPERVISOR


# ------------------------------------------------------------------ roles

@pytest.mark.parametrize("action", list(Action))
def test_every_action_refuses_an_actor_without_its_role(action: Action) -> None:
    with pytest.raises(PermissionDeniedError) as info:
        check(action, READY, ADMIN)
    assert info.value.code == "role_required"
    assert info.value.params["role"] == REQUIRED_ROLE[action]


@pytest.mark.parametrize("action", list(Action))
def test_a_disabled_account_can_do_nothing(action: Action) -> None:
    actor = replace(actor_for(action), active=False)
    with pytest.raises(PermissionDeniedError) as info:
        check(action, READY, actor)
    assert info.value.code == "account_disabled"


# ------------------------------------------------------------------ review and submit

@pytest.mark.parametrize("state", sorted(EDITABLE_STATES))
def test_review_is_allowed_in_editable_states(state: S) -> None:
    assert check(Action.REVIEW, replace(READY, state=state), REVIEWER) is S.IN_REVIEW


@pytest.mark.parametrize("state", [S.SUBMITTED, S.APPROVED, S.PUBLISHED])
def test_review_is_refused_once_submitted_or_locked(state: S) -> None:
    with pytest.raises(WorkflowError) as info:
        check(Action.REVIEW, replace(READY, state=state), REVIEWER)
    assert info.value.code == "locked"


def test_review_by_another_reviewer_is_refused_but_an_unclaimed_import_is_open() -> None:
    with pytest.raises(WorkflowError) as info:
        check(Action.REVIEW, READY, OTHER_REVIEWER)
    assert info.value.code == "not_your_review"
    imported = replace(READY, state=S.IMPORTED, reviewer_id=None)
    assert check(Action.REVIEW, imported, OTHER_REVIEWER) is S.IN_REVIEW


def test_submit_of_a_complete_review_leads_to_submitted() -> None:
    assert check(Action.SUBMIT, READY, REVIEWER) is S.SUBMITTED
    assert submit_blockers(READY) == []


def test_submit_from_a_returned_review_is_allowed() -> None:
    assert check(Action.SUBMIT, replace(READY, state=S.RETURNED), REVIEWER) is S.SUBMITTED


@pytest.mark.parametrize(
    ("change", "code"),
    [
        ({"undecided_hits": 3}, "undecided_hits"),
        ({"text_complete": False}, "manual_read_required"),
        ({"proposed_attribute": None}, "no_attribute"),
        ({"proposed_attribute": A.WITHHELD, "proposal_has_ground": True}, "reason_required"),
        ({"proposed_attribute": A.WITHHELD, "proposal_has_reason": True}, "ground_required"),
        ({"proposed_attribute": A.ON_REQUEST, "proposal_has_ground": True}, "reason_required"),
        ({"proposed_attribute": A.ON_REQUEST, "proposal_has_reason": True}, "ground_required"),
        ({"state": S.SUBMITTED}, "not_editable"),
        ({"state": S.APPROVED}, "not_editable"),
    ],
)
def test_submit_is_refused_for_each_blocker(change: dict, code: str) -> None:
    facts = replace(READY, **change)
    with pytest.raises(WorkflowError) as info:
        check(Action.SUBMIT, facts, REVIEWER)
    assert info.value.code == code
    assert code in [c for c, _ in submit_blockers(facts)]


def test_submit_blockers_lists_every_reason_at_once() -> None:
    facts = replace(READY, undecided_hits=2, text_complete=False, proposed_attribute=A.WITHHELD)
    codes = [c for c, _ in submit_blockers(facts)]
    assert codes == ["undecided_hits", "manual_read_required", "reason_required",
                     "ground_required"]


def test_incomplete_text_may_be_submitted_after_a_confirmed_manual_read() -> None:
    facts = replace(READY, text_complete=False, manual_read_confirmed=True)
    assert check(Action.SUBMIT, facts, REVIEWER) is S.SUBMITTED


def test_withheld_with_reason_and_ground_may_be_submitted() -> None:
    facts = replace(READY, proposed_attribute=A.WITHHELD, proposal_has_reason=True,
                    proposal_has_ground=True)
    assert check(Action.SUBMIT, facts, REVIEWER) is S.SUBMITTED


def test_only_the_owning_reviewer_submits() -> None:
    with pytest.raises(WorkflowError) as info:
        check(Action.SUBMIT, READY, OTHER_REVIEWER)
    assert info.value.code == "not_your_review"


# ------------------------------------------------------------------ sign-off

def test_approve_on_the_last_step_locks_the_decision() -> None:
    assert check(Action.APPROVE, SUBMITTED, SUPERVISOR) is S.APPROVED


def test_approve_on_an_earlier_step_moves_to_the_next_step() -> None:
    facts = replace(SUBMITTED, chain_length=3, current_step=0)
    assert check(Action.APPROVE, facts, SUPERVISOR) is S.SUBMITTED
    facts = replace(facts, current_step=2, participant_ids=frozenset({1, 2, 3}))
    assert check(Action.APPROVE, facts, Actor(5, frozenset({Role.SUPERVISOR}))) is S.APPROVED


@pytest.mark.parametrize("action", [Action.APPROVE, Action.RETURN])
def test_four_eyes_the_reviewer_never_signs_off(action: Action) -> None:
    facts = replace(SUBMITTED, has_comment=True)
    with pytest.raises(WorkflowError) as info:
        check(action, facts, BOTH)
    assert info.value.code == "four_eyes"


@pytest.mark.parametrize("action", [Action.APPROVE, Action.RETURN])
def test_four_eyes_a_signer_of_an_earlier_step_cannot_sign_again(action: Action) -> None:
    facts = replace(SUBMITTED, chain_length=2, current_step=1,
                    participant_ids=frozenset({1, 2}), has_comment=True)
    with pytest.raises(WorkflowError) as info:
        check(action, facts, SUPERVISOR)
    assert info.value.code == "four_eyes"
    assert check(action, facts, SECOND_SUPERVISOR) in (S.APPROVED, S.RETURNED)


def test_return_needs_a_comment_and_goes_back_to_the_reviewer() -> None:
    with pytest.raises(WorkflowError) as info:
        check(Action.RETURN, SUBMITTED, SUPERVISOR)
    assert info.value.code == "comment_required"
    assert check(Action.RETURN, replace(SUBMITTED, has_comment=True), SUPERVISOR) is S.RETURNED


@pytest.mark.parametrize("state", [s for s in S if s is not S.SUBMITTED])
@pytest.mark.parametrize("action", [Action.APPROVE, Action.RETURN])
def test_sign_off_needs_a_submitted_review(state: S, action: Action) -> None:
    with pytest.raises(WorkflowError) as info:
        check(action, replace(SUBMITTED, state=state, has_comment=True), SUPERVISOR)
    assert info.value.code == "not_submitted"


# ------------------------------------------------------------------ publish and reopen

@pytest.mark.parametrize("attribute", [A.PROACTIVE, A.ON_REQUEST])
def test_publish_after_sign_off(attribute: A) -> None:
    facts = replace(READY, state=S.APPROVED, final_attribute=attribute)
    assert check(Action.PUBLISH, facts, REVIEWER) is S.PUBLISHED


def test_withheld_documents_are_never_published() -> None:
    facts = replace(READY, state=S.APPROVED, final_attribute=A.WITHHELD)
    with pytest.raises(WorkflowError) as info:
        check(Action.PUBLISH, facts, REVIEWER)
    assert info.value.code == "not_publishable"


@pytest.mark.parametrize("state", [S.IMPORTED, S.IN_REVIEW, S.SUBMITTED, S.RETURNED])
def test_publish_before_sign_off_is_refused(state: S) -> None:
    facts = replace(READY, state=state, final_attribute=A.PROACTIVE)
    with pytest.raises(WorkflowError) as info:
        check(Action.PUBLISH, facts, REVIEWER)
    assert info.value.code == "not_signed_off"


def test_publishing_twice_is_refused() -> None:
    facts = replace(READY, state=S.PUBLISHED, final_attribute=A.PROACTIVE)
    with pytest.raises(WorkflowError) as info:
        check(Action.PUBLISH, facts, REVIEWER)
    assert info.value.code == "already_published"


@pytest.mark.parametrize("state", sorted(LOCKED_STATES))
def test_reopen_a_locked_decision_with_a_reason(state: S) -> None:
    facts = replace(READY, state=state, has_comment=True)
    assert check(Action.REOPEN, facts, SUPERVISOR) is S.IN_REVIEW
    with pytest.raises(WorkflowError) as info:
        check(Action.REOPEN, replace(facts, has_comment=False), SUPERVISOR)
    assert info.value.code == "reason_required"


@pytest.mark.parametrize("state", sorted(EDITABLE_STATES | {S.SUBMITTED}))
def test_reopen_needs_a_locked_decision(state: S) -> None:
    with pytest.raises(WorkflowError) as info:
        check(Action.REOPEN, replace(READY, state=state, has_comment=True), SUPERVISOR)
    assert info.value.code == "not_locked"


# ------------------------------------------------------------------ exhaustive sweep

def test_every_action_in_every_state_either_transitions_or_refuses_with_a_code() -> None:
    """No combination crashes or returns an unknown state; refusals always carry a code."""
    outcomes = {}
    for state, action, attribute in itertools.product(S, Action, [*A, None]):
        facts = ReviewFacts(state=state, reviewer_id=1, participant_ids=frozenset({1}),
                            proposed_attribute=attribute, final_attribute=attribute,
                            proposal_has_reason=True, proposal_has_ground=True,
                            has_comment=True)
        try:
            result = check(action, facts, actor_for(action))
        except WorkflowError as exc:
            assert exc.code and exc.message
            outcomes[state, action, attribute] = exc.code
        else:
            assert result in S
            outcomes[state, action, attribute] = result
    assert outcomes[S.IN_REVIEW, Action.SUBMIT, A.PROACTIVE] is S.SUBMITTED
    assert outcomes[S.APPROVED, Action.PUBLISH, A.WITHHELD] == "not_publishable"
    assert outcomes[S.IN_REVIEW, Action.SUBMIT, None] == "no_attribute"


def test_a_submit_refusal_carries_every_blocker() -> None:
    facts = replace(READY, undecided_hits=1, proposed_attribute=A.WITHHELD)
    with pytest.raises(WorkflowError) as info:
        check(Action.SUBMIT, facts, REVIEWER)
    assert info.value.code == "undecided_hits"
    assert [c for c, _ in info.value.params["blockers"]] == [
        "undecided_hits", "reason_required", "ground_required"]

