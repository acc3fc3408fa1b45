"""Load what the workflow rules need about a document and apply ``core.workflow.check``."""

from __future__ import annotations

from workbench.core.attributes import DisclosureAttribute
from workbench.core.workflow import Action, DocumentState, ReviewFacts, check
from workbench.services.guard import Tx
from workbench.storage import repositories as repo


def chain_of(document: repo.Document, default: tuple[str, ...]) -> tuple[str, ...]:
    """The steps this review is signed along: fixed at submit, else the current setting."""
    return tuple(document.signoff_chain) if document.signoff_chain else default


def review_facts(session: repo.Session, document: repo.Document, *, chain_length: int = 1,
                 has_comment: bool = False) -> ReviewFacts:
    proposed = (DisclosureAttribute(document.proposed_attribute)
                if document.proposed_attribute else None)
    final = DisclosureAttribute(document.final_attribute) if document.final_attribute else None
    return ReviewFacts(
        state=DocumentState(document.state),
        reviewer_id=document.reviewer_id,
        participant_ids=repo.participants(session, document.id, document.round),
        current_step=document.current_step,
        chain_length=chain_length,
        undecided_hits=repo.undecided_count(session, document.id),
        text_complete=document.text_complete,
        manual_read_confirmed=document.manual_read_confirmed,
        proposed_attribute=proposed,
        proposal_has_reason=bool((document.proposal_reason or "").strip()),
        proposal_has_ground=bool((document.proposal_ground or "").strip()),
        final_attribute=final,
        has_comment=has_comment,
    )


def check_action(tx: Tx, act: Action, document: repo.Document, *, chain_length: int = 1,
                 has_comment: bool = False) -> DocumentState:
    """Raise the rule's refusal, or return the state the action leads to."""
    facts = review_facts(tx.session, document, chain_length=chain_length,
                         has_comment=has_comment)
    return check(act, facts, tx.actor.as_actor())


def start_reviewing(tx: Tx, document: repo.Document) -> None:
    """A review edit: the document is (now) the actor's review, and they took part in it."""
    state = check_action(tx, Action.REVIEW, document)
    document.state = str(state)
    document.reviewer_id = tx.actor.user_id
    repo.add_participant(tx.session, document.id, tx.actor.user_id or 0, "review",
                         document.round)
    repo.touch(document, tx.now)
