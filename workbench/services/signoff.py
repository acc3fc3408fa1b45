"""Submit, sign off step by step (four eyes), lock, publish, reopen and re-review (定期自查)."""

from __future__ import annotations

from datetime import date

from workbench.core.attributes import DisclosureAttribute, HitVerdict
from workbench.core.errors import ValidationError
from workbench.core.roles import Role
from workbench.core.workflow import Action, DocumentState
from workbench.services.actors import CurrentUser
from workbench.services.facts import chain_of, check_action
from workbench.services.guard import Tx, action, load_document
from workbench.services.results import Change
from workbench.services.settings import DepartmentSettings, load_settings
from workbench.services.workdays import add_months, add_working_days
from workbench.services.workspace import Workspace
from workbench.storage import repositories as repo


def _due(tx: Tx, settings: DepartmentSettings) -> date:
    return add_working_days(tx.now.date(), settings.step_deadline_days, settings.holidays,
                            settings.extra_workdays)


def submit_review(ws: Workspace, actor: CurrentUser, document_id: int,
                  expected_version: int) -> Change:
    """Submit the proposal for sign-off (the document's reviewer).

    Refused with every blocker at once (``WorkflowError.params["blockers"]``): undecided hits,
    an unconfirmed manual read of incomplete text, a missing attribute, reason or ground.
    """
    with action(ws, actor, "document.submit", role=Role.REVIEWER,
                document_id=document_id) as tx:
        document = load_document(tx, document_id, expected_version)
        settings = load_settings(tx.session)
        state = check_action(tx, Action.SUBMIT, document)
        chain = settings.signoff_chain
        redactions = sum(1 for h in repo.hits_of(tx.session, document.id)
                         if h.verdict == HitVerdict.REDACT)
        tx.session.add(repo.Decision(
            document_id=document.id, round=document.round,
            attribute=document.proposed_attribute or "",
            reason=document.proposal_reason or "", legal_ground=document.proposal_ground or "",
            needs_redaction=redactions > 0, proposed_by=tx.actor.user_id,
            submitted_at=tx.now, document_sha256=document.sha256))
        document.state = str(state)
        document.reviewer_id = tx.actor.user_id
        document.signoff_chain = list(chain)
        document.current_step = 0
        document.submitted_at = tx.now
        document.step_due = _due(tx, settings)
        repo.add_participant(tx.session, document.id, tx.actor.user_id or 0, "review",
                             document.round)
        repo.touch(document, tx.now)
        seq = tx.audit(document=document, payload={
            "round": document.round, "attribute": document.proposed_attribute,
            "reason": document.proposal_reason, "legal_ground": document.proposal_ground,
            "redactions": redactions, "chain": list(chain)})
        return tx.change(document, seq, step=chain[0])


def approve_step(ws: Workspace, actor: CurrentUser, document_id: int, expected_version: int,
                 *, comment: str = "") -> Change:
    """Sign the current step (supervisor; never someone who took part in the review).

    The last step locks the decision: the proposal becomes the final attribute and a
    withheld document gets its re-review date.
    """
    with action(ws, actor, "document.approve", role=Role.SUPERVISOR,
                document_id=document_id) as tx:
        document = load_document(tx, document_id, expected_version)
        settings = load_settings(tx.session)
        chain = chain_of(document, settings.signoff_chain)
        state = check_action(tx, Action.APPROVE, document, chain_length=len(chain))
        step = document.current_step
        _sign(tx, document, chain[step], "approved", comment)
        if state is DocumentState.APPROVED:
            document.final_attribute = document.proposed_attribute
            document.locked_at = tx.now
            document.step_due = None
            if document.final_attribute == DisclosureAttribute.WITHHELD:
                document.re_review_due = add_months(tx.now.date(), settings.re_review_months)
        else:
            document.current_step = step + 1
            document.step_due = _due(tx, settings)
        document.state = str(state)
        repo.touch(document, tx.now)
        seq = tx.audit(document=document, payload={
            "round": document.round, "step": step, "step_name": chain[step],
            "comment": comment.strip(), "locked": state is DocumentState.APPROVED,
            "final_attribute": document.final_attribute,
            "re_review_due": document.re_review_due.isoformat()
            if document.re_review_due else None})
        return tx.change(document, seq, step=chain[step],
                         locked=state is DocumentState.APPROVED)


def return_review(ws: Workspace, actor: CurrentUser, document_id: int, expected_version: int,
                  *, comment: str) -> Change:
    """Return the review to its reviewer with a comment (supervisor, four eyes)."""
    with action(ws, actor, "document.return", role=Role.SUPERVISOR,
                document_id=document_id) as tx:
        document = load_document(tx, document_id, expected_version)
        settings = load_settings(tx.session)
        chain = chain_of(document, settings.signoff_chain)
        state = check_action(tx, Action.RETURN, document, chain_length=len(chain),
                             has_comment=bool(comment.strip()))
        step = document.current_step
        _sign(tx, document, chain[step], "returned", comment)
        document.state = str(state)
        document.round += 1  # a new round: the next submit is signed from the first step
        document.current_step = 0
        document.step_due = _due(tx, settings)
        repo.touch(document, tx.now)
        seq = tx.audit(document=document, payload={
            "round": document.round - 1, "step": step, "step_name": chain[step],
            "comment": comment.strip()})
        return tx.change(document, seq, step=chain[step])


def _sign(tx: Tx, document: repo.Document, step_name: str, outcome: str, comment: str) -> None:
    tx.session.add(repo.SignOff(
        document_id=document.id, round=document.round, step_index=document.current_step,
        step_name=step_name, actor_id=tx.actor.user_id, outcome=outcome,
        comment=comment.strip(), signed_at=tx.now, document_sha256=document.sha256))
    repo.add_participant(tx.session, document.id, tx.actor.user_id or 0, "signoff",
                         document.round)


def mark_published(ws: Workspace, actor: CurrentUser, document_id: int, expected_version: int,
                   *, published_on: date, where: str) -> Change:
    """Record publication (only after the last sign-off, only proactive/on_request)."""
    with action(ws, actor, "document.publish", role=Role.REVIEWER,
                document_id=document_id) as tx:
        document = load_document(tx, document_id, expected_version)
        state = check_action(tx, Action.PUBLISH, document)
        if not where.strip():
            raise ValidationError("Say where the document was published.",
                                  code="where_required")
        document.state = str(state)
        document.published_at = published_on
        document.published_where = where.strip()[:500]
        repo.touch(document, tx.now)
        seq = tx.audit(document=document, payload={
            "published_on": published_on.isoformat(), "where": where.strip(),
            "attribute": document.final_attribute})
        return tx.change(document, seq)


def reopen_review(ws: Workspace, actor: CurrentUser, document_id: int, expected_version: int,
                  *, reason: str) -> Change:
    """Unlock a signed-off decision for a new review round (supervisor, with a reason)."""
    with action(ws, actor, "document.reopen", role=Role.SUPERVISOR,
                document_id=document_id) as tx:
        document = load_document(tx, document_id, expected_version)
        settings = load_settings(tx.session)
        state = check_action(tx, Action.REOPEN, document, has_comment=bool(reason.strip()))
        previous = {"state": document.state, "final_attribute": document.final_attribute}
        document.state = str(state)
        document.final_attribute = None
        document.locked_at = None
        document.re_review_due = None
        document.round += 1
        document.current_step = 0
        document.step_due = _due(tx, settings)
        repo.touch(document, tx.now)
        seq = tx.audit(document=document, payload={"reason": reason.strip(), **previous})
        return tx.change(document, seq)


def confirm_re_review(ws: Workspace, actor: CurrentUser, document_id: int,
                      expected_version: int, *, note: str) -> Change:
    """定期自查: a supervisor confirms a withheld document stays withheld for another interval.

    To release it instead, reopen the review (:func:`reopen_review`).
    """
    with action(ws, actor, "document.re_review", role=Role.SUPERVISOR,
                document_id=document_id) as tx:
        document = load_document(tx, document_id, expected_version)
        settings = load_settings(tx.session)
        if (document.state != DocumentState.APPROVED
                or document.final_attribute != DisclosureAttribute.WITHHELD):
            from workbench.core.errors import WorkflowError

            raise WorkflowError("Only a signed-off withheld document is re-reviewed.",
                                code="not_withheld")
        if not note.strip():
            raise ValidationError("Record why the document stays withheld.",
                                  code="reason_required")
        old = document.re_review_due
        document.re_review_due = add_months(tx.now.date(), settings.re_review_months)
        repo.touch(document, tx.now)
        seq = tx.audit(document=document, payload={
            "note": note.strip(), "old_due": old.isoformat() if old else None,
            "new_due": document.re_review_due.isoformat()})
        return tx.change(document, seq)
