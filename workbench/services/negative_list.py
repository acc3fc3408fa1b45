"""The department's own terms and exceptions over the baseline list, and the scanner on them."""

from __future__ import annotations

import functools
import logging
from dataclasses import dataclass
from datetime import datetime

from workbench.core.categories import Category
from workbench.core.errors import NotFoundError, ValidationError
from workbench.core.roles import Role
from workbench.departments import active_profile
from workbench.scanning import Overlay, OverlayException, OverlayTerm, Scanner, load_overlay
from workbench.scanning import default_scanner as _scanner_for
from workbench.services.actors import CurrentUser
from workbench.services.guard import action, reading
from workbench.services.results import Change
from workbench.services.workspace import Workspace
from workbench.storage import repositories as repo

log = logging.getLogger("workbench.services")
KINDS = ("term", "exception")


@dataclass(frozen=True)
class DepartmentTermView:
    term_id: int
    category: str
    kind: str  # term | exception
    value: str
    note: str
    added_at: datetime


def _overlay_from_rows(rows: list[tuple[str, str, str]]) -> Overlay | None:
    """One overlay from (category, kind, value) rows; None when the department added nothing."""
    terms: dict[str, list[str]] = {}
    exceptions: dict[str, list[str]] = {}
    for category, kind, value in rows:
        (terms if kind == "term" else exceptions).setdefault(category, []).append(value)
    if not terms and not exceptions:
        return None
    return Overlay(
        name="本单位补充",
        terms=tuple(OverlayTerm(Category(c), tuple(v)) for c, v in sorted(terms.items())),
        exceptions=tuple(OverlayException(tuple(v), Category(c) if c != "*" else None)
                         for c, v in sorted(exceptions.items())),
        source="database")


@functools.lru_cache(maxsize=4)
def _cached_scanner(overlays: tuple[Overlay, ...]) -> Scanner:
    # Building the automaton takes a moment: reuse it until the department's terms change.
    return _scanner_for(overlays)


def _profile_overlays() -> tuple[Overlay, ...]:
    try:
        path = active_profile().negative_list_overlay
        return tuple(load_overlay(path)) if path else ()
    except ValidationError as exc:
        log.warning("department overlay not used: %s", exc)
        return ()


def build_scanner(ws: Workspace) -> Scanner:
    """Baseline + the profile's overlay file + the terms administrators added in the database."""
    with ws.db.session(write=False) as session:
        rows = [(t.category, t.kind, t.value) for t in repo.active_terms(session)]
    db_overlay = _overlay_from_rows(rows)
    overlays = _profile_overlays() + ((db_overlay,) if db_overlay else ())
    return _cached_scanner(overlays)


def list_department_terms(ws: Workspace, actor: CurrentUser) -> tuple[DepartmentTermView, ...]:
    with reading(ws, actor) as (session, _):
        return tuple(DepartmentTermView(t.id, t.category, t.kind, t.value, t.note, t.added_at)
                     for t in repo.active_terms(session))


def add_department_term(ws: Workspace, actor: CurrentUser, *, category: str, kind: str,
                        value: str, note: str = "") -> Change:
    """Add a term (or an exception: ``category`` "*" for all categories); audited (admin)."""
    with action(ws, actor, "negative_list.add", role=Role.ADMIN) as tx:
        if kind not in KINDS:
            raise ValidationError(f"Unknown kind '{kind}' (term or exception).",
                                  code="kind_unknown")
        if category != "*" or kind == "term":
            try:
                Category(category)
            except ValueError as exc:
                raise ValidationError(f"Unknown category '{category}'.",
                                      code="category_unknown") from exc
        text = value.strip()
        if not 1 <= len(text) <= 200:
            raise ValidationError("A term has 1 to 200 characters.", code="term_invalid")
        term = repo.DepartmentTerm(category=category, kind=kind, value=text, note=note.strip(),
                                   added_by=tx.actor.user_id, added_at=tx.now)
        tx.session.add(term)
        tx.session.flush()
        seq = tx.audit(payload={"term_id": term.id, "category": category, "kind": kind,
                                "value": text, "note": note.strip()})
        return Change(tx.action, None, None, None, tx.actor.username, tx.now, seq,
                      (("term_id", term.id),))


def remove_department_term(ws: Workspace, actor: CurrentUser, term_id: int) -> Change:
    with action(ws, actor, "negative_list.remove", role=Role.ADMIN) as tx:
        term = repo.get_term(tx.session, term_id)
        if term is None or term.removed_at is not None:
            raise NotFoundError(f"No active term with id {term_id}.", code="no_term")
        term.removed_at = tx.now
        term.removed_by = tx.actor.user_id
        seq = tx.audit(payload={"term_id": term.id, "category": term.category,
                                "kind": term.kind, "value": term.value})
        return Change(tx.action, None, None, None, tx.actor.username, tx.now, seq,
                      (("term_id", term.id),))
