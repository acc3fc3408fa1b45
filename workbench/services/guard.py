"""One user action = one checked transaction with its audit event; refusals are audited too."""

from __future__ import annotations

import logging
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from workbench.core.errors import (
    ConflictError,
    EnvironmentProblem,
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
    WorkbenchError,
    WorkflowError,
)
from workbench.core.roles import Role
from workbench.services.actors import CurrentUser
from workbench.services.results import Change
from workbench.services.workspace import Workspace
from workbench.storage import repositories as repo
from workbench.storage.audit import append_event

log = logging.getLogger("workbench.services")

#: Errors that mean "the request was refused": each leaves an audit event with outcome
#: ``refused``, written in its own transaction because the action's own one rolled back.
REFUSALS = (PermissionDeniedError, WorkflowError, ConflictError, ValidationError)


@dataclass
class Tx:
    """The open transaction of one action, with the acting account re-read from the database."""

    session: repo.Session
    actor: CurrentUser
    action: str
    role: Role | None
    now: datetime

    def audit(self, *, document: repo.Document | None = None, document_id: int | None = None,
              payload: Mapping[str, Any] | None = None, outcome: str = "ok") -> int:
        """Append this action's event in this transaction; returns its sequence number."""
        event = append_event(
            self.session, action=self.action, actor_id=self.actor.user_id,
            actor_name=self.actor.username, role=str(self.role) if self.role else None,
            outcome=outcome,
            document_id=document.id if document is not None else document_id,
            document_sha256=document.sha256 if document is not None else None,
            payload=payload, occurred_at=self.now)
        return event.seq

    def change(self, document: repo.Document, seq: int, **extra: Any) -> Change:
        """The change record of a document mutation (flushes so the new version is known)."""
        self.session.flush()
        return Change(action=self.action, document_id=document.id, version=document.version,
                      state=document.state, actor=self.actor.username, at=self.now,
                      audit_seq=seq, details=tuple(sorted(extra.items())))


def verify_actor(session: repo.Session, actor: CurrentUser) -> CurrentUser:
    """Re-read the account: disabled accounts cannot act, roles are the stored ones."""
    if actor.via == "console" and actor.user_id is None:
        return actor
    if actor.user_id is None:
        raise PermissionDeniedError("Sign in first.", code="not_signed_in")
    user = repo.get_user(session, actor.user_id)
    if user is None or not user.is_active:
        raise PermissionDeniedError("This account is disabled.", code="account_disabled")
    roles = frozenset(Role(r) for r in user.role_names)
    return CurrentUser(user_id=user.id, username=user.username, display_name=user.display_name,
                       roles=roles, signed_in_at=actor.signed_in_at, via=actor.via)


def require_role(actor: CurrentUser, role: Role, action: str) -> None:
    if role not in actor.roles:
        raise PermissionDeniedError(f"The action '{action}' needs the role '{role}'.",
                                    code="role_required", action=action, role=str(role))


@contextmanager
def action(ws: Workspace, actor: CurrentUser, name: str, *, role: Role | None = None,
           document_id: int | None = None) -> Iterator[Tx]:
    """Run the body as action ``name`` in one write transaction.

    Checks that the actor's account is active and (when ``role`` is given) holds the role.
    A refusal raised anywhere in the body rolls the transaction back, is recorded as a
    ``refused`` event, and is re-raised for the front end.
    """
    try:
        with ws.db.session() as session:
            live = verify_actor(session, actor)
            if role is not None:
                require_role(live, role, name)
            yield Tx(session=session, actor=live, action=name, role=role,
                     now=datetime.now(UTC))
    except REFUSALS as exc:
        record_refusal(ws, actor, name, role, document_id, exc)
        raise


@contextmanager
def reading(ws: Workspace, actor: CurrentUser, name: str = "read", *,
            role: Role | None = None, document_id: int | None = None,
            ) -> Iterator[tuple[repo.Session, CurrentUser]]:
    """A read-only unit of work for a signed-in, active account.

    Queries are not audited, but a disabled account trying one is (as a refusal of ``name``).
    """
    try:
        with ws.db.session(write=False) as session:
            yield session, verify_actor(session, actor)
    except PermissionDeniedError as exc:
        record_refusal(ws, actor, name, role, document_id, exc)
        raise


def record_refusal(ws: Workspace, actor: CurrentUser, name: str, role: Role | None,
                   document_id: int | None, exc: WorkbenchError) -> None:
    """Append the ``refused`` event; never let a failure here hide the refusal itself."""
    payload: dict[str, Any] = {"code": exc.code, "reason": exc.message}
    blockers = exc.params.get("blockers")
    if blockers:
        payload["blockers"] = [code for code, _ in blockers]
    try:
        with ws.db.session() as session:
            document = repo.get_document(session, document_id) if document_id else None
            append_event(session, action=name, actor_id=actor.user_id,
                         actor_name=actor.username, role=str(role) if role else None,
                         outcome="refused", document_id=document_id,
                         document_sha256=document.sha256 if document else None,
                         payload=payload)
    except EnvironmentProblem:
        log.warning("could not record the refusal of %s by %s", name, actor.username)


def load_document(tx: Tx, document_id: int, expected_version: int | None) -> repo.Document:
    """Lock and return the document; a stale ``expected_version`` is a conflict."""
    document = repo.get_document(tx.session, document_id, lock=True)
    if document is None:
        raise NotFoundError(f"Document {document_id} does not exist.", code="no_document")
    if expected_version is not None and document.version != expected_version:
        raise ConflictError(
            "Someone else changed this document in the meantime (version "
            f"{document.version}, you had {expected_version}). Reload it; nothing was "
            "overwritten.", code="stale_document", current=document.version)
    return document
