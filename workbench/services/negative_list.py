"""The negative list as people see it: categories, the department's own terms, versions."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from workbench.core.categories import Category
from workbench.core.errors import NotFoundError, ValidationError
from workbench.core.roles import Role
from workbench.reporting import term_tables
from workbench.reporting.atomic import check_target, write_atomically
from workbench.scanning import NegativeList, Scanner
from workbench.services import list_content
from workbench.services.actors import CurrentUser
from workbench.services.guard import Tx, action, reading, record_refusal, require_role
from workbench.services.list_content import CategoryDiff
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


@dataclass(frozen=True)
class CategoryView:
    """One category as the negative-list browser shows it."""

    category: str
    name_zh: str
    legal_ground: str
    withholding: str  # mandatory | discretionary
    description: str
    rule_count: int
    term_count: int  # baseline, profile overlay and department terms together


@dataclass(frozen=True)
class ListVersionView:
    version: str
    created_at: datetime
    description: str
    is_current: bool
    scans: int  # how many scans used it
    complete: bool  # False: recorded by an older build, only its overlays can be compared


@dataclass(frozen=True)
class ListDiff:
    old: str
    new: str
    categories: tuple[CategoryDiff, ...]
    #: False when a side was recorded without its baseline terms (only overlays compared).
    complete: bool


@dataclass(frozen=True)
class TermsImport:
    change: Change
    added: int
    unchanged: int
    removed: int
    version: str  # the list version the import produced


@dataclass(frozen=True)
class TermsExport:
    change: Change
    path: str
    sha256: str
    rows: int


def _rows(session: repo.Session) -> list[tuple[str, str, str]]:
    return [(t.category, t.kind, t.value) for t in repo.active_terms(session)]


def build_scanner(ws: Workspace) -> Scanner:
    """Baseline + the profile's overlay file + the terms administrators added in the database."""
    with ws.db.session(write=False) as session:
        rows = _rows(session)
    return list_content.scanner_for(rows)


def _record(tx: Tx, nl: NegativeList) -> None:
    repo.record_list_version(tx.session, nl.version, nl.description(),
                             list_content.full_snapshot(nl))


def _changing(tx: Tx) -> NegativeList:
    """The list before this change, recorded so the change can be shown as a diff later."""
    before = list_content.negative_list(_rows(tx.session))
    _record(tx, before)
    return before


def _changed(tx: Tx) -> NegativeList:
    tx.session.flush()
    after = list_content.negative_list(_rows(tx.session))
    _record(tx, after)
    return after


# ----------------------------------------------------------------------------- reading


def current_version(ws: Workspace, actor: CurrentUser) -> str:
    """The version a scan would record now (a content hash)."""
    with reading(ws, actor) as (session, _):
        return list_content.negative_list(_rows(session)).version


def list_categories(ws: Workspace, actor: CurrentUser) -> tuple[CategoryView, ...]:
    """The twelve categories with their legal ground and how many rules and terms they hold."""
    with reading(ws, actor) as (session, _):
        nl = list_content.negative_list(_rows(session))
    rules_by: dict[str, list] = {}
    for rule in nl.rules:
        rules_by.setdefault(rule.category.value, []).append(rule)
    out = []
    for spec in nl.categories:
        rules = rules_by.get(spec.category.value, [])
        out.append(CategoryView(
            category=spec.category.value, name_zh=spec.name_zh,
            legal_ground=spec.legal_ground.cite(), withholding=spec.withholding.value,
            description=spec.description, rule_count=len(rules),
            term_count=len({t for r in rules for t in r.terms})))
    order = [c.value for c in Category]
    return tuple(sorted(out, key=lambda v: order.index(v.category)))


def list_department_terms(ws: Workspace, actor: CurrentUser) -> tuple[DepartmentTermView, ...]:
    with reading(ws, actor) as (session, _):
        return tuple(DepartmentTermView(t.id, t.category, t.kind, t.value, t.note, t.added_at)
                     for t in repo.active_terms(session))


def list_versions(ws: Workspace, actor: CurrentUser) -> tuple[ListVersionView, ...]:
    """Every version scans or list changes recorded, newest first."""
    with reading(ws, actor) as (session, _):
        current = list_content.negative_list(_rows(session)).version
        return tuple(ListVersionView(
            version=row.version, created_at=row.created_at, description=row.description,
            is_current=row.version == current, scans=scans,
            complete=list_content.content_from_snapshot(row.snapshot or {})[1])
            for row, scans in repo.list_versions(session))


def diff_versions(ws: Workspace, actor: CurrentUser, old: str, new: str) -> ListDiff:
    """Terms, exceptions and rules added, removed or changed per category from old to new."""
    with reading(ws, actor) as (session, _):
        rows = {v: repo.get_list_version(session, v) for v in (old, new)}
        missing = [v for v, row in rows.items() if row is None]
        if missing:
            raise NotFoundError(f"No negative-list version {missing[0]}.", code="no_version")
        snapshots = {v: dict(row.snapshot or {}) for v, row in rows.items() if row}
    old_content, old_complete = list_content.content_from_snapshot(snapshots[old])
    new_content, new_complete = list_content.content_from_snapshot(snapshots[new])
    return ListDiff(old=old, new=new,
                    categories=list_content.diff_content(old_content, new_content),
                    complete=old_complete and new_complete)


# ----------------------------------------------------------------------------- changes


def _check_entry(category: str, kind: str, value: str) -> str:
    """The cleaned value; raises the ValidationError a person can act on."""
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
    return text


def _add(tx: Tx, category: str, kind: str, text: str, note: str) -> repo.DepartmentTerm:
    term = repo.DepartmentTerm(category=category, kind=kind, value=text, note=note.strip(),
                               added_by=tx.actor.user_id, added_at=tx.now)
    tx.session.add(term)
    tx.session.flush()
    return term


def add_department_term(ws: Workspace, actor: CurrentUser, *, category: str, kind: str,
                        value: str, note: str = "") -> Change:
    """Add a term (or an exception: ``category`` "*" for all categories); audited (admin)."""
    with action(ws, actor, "negative_list.add", role=Role.ADMIN) as tx:
        text = _check_entry(category, kind, value)
        before = _changing(tx)
        term = _add(tx, category, kind, text, note)
        after = _changed(tx)
        seq = tx.audit(payload={"term_id": term.id, "category": category, "kind": kind,
                                "value": text, "note": note.strip(),
                                "old_version": before.version, "new_version": after.version})
        return Change(tx.action, None, None, None, tx.actor.username, tx.now, seq,
                      (("term_id", term.id), ("version", after.version)))


def remove_department_term(ws: Workspace, actor: CurrentUser, term_id: int) -> Change:
    with action(ws, actor, "negative_list.remove", role=Role.ADMIN) as tx:
        term = repo.get_term(tx.session, term_id)
        if term is None or term.removed_at is not None:
            raise NotFoundError(f"No active term with id {term_id}.", code="no_term")
        before = _changing(tx)
        term.removed_at = tx.now
        term.removed_by = tx.actor.user_id
        after = _changed(tx)
        seq = tx.audit(payload={"term_id": term.id, "category": term.category,
                                "kind": term.kind, "value": term.value,
                                "old_version": before.version, "new_version": after.version})
        return Change(tx.action, None, None, None, tx.actor.username, tx.now, seq,
                      (("term_id", term.id), ("version", after.version)))


# ----------------------------------------------------------------------------- files


def export_terms(ws: Workspace, actor: CurrentUser, path: str | Path,
                 fmt: str | None = None) -> TermsExport:
    """Write the department's terms and exceptions as .xlsx or .csv (UTF-8 with BOM); audited."""
    with action(ws, actor, "negative_list.export") as tx:
        chosen = fmt or term_tables.file_format(path)
        if chosen not in term_tables.FORMATS:
            raise ValidationError(f"Unknown format '{chosen}' (xlsx or csv).",
                                  code="terms_format_unsupported")
        target = check_target(path)
        names = list_content.category_names()
        rows = [(t.category, t.kind, t.value, t.note, names.get(t.category, ""))
                for t in repo.active_terms(tx.session)]
        digest = write_atomically(target, lambda temp: term_tables.write_terms(
            temp, chosen, rows))
        seq = tx.audit(payload={"file": target.name, "format": chosen, "rows": len(rows),
                                "sha256": digest})
        change = Change(tx.action, None, None, None, tx.actor.username, tx.now, seq,
                        (("path", str(target)),))
        return TermsExport(change=change, path=str(target), sha256=digest, rows=len(rows))


def _validated(rows: list[term_tables.TermRow]) -> list[tuple[str, str, str, str]]:
    """(category, kind, value, note) per row; the first bad row raises with its number."""
    # A cell may hold the code or the Chinese name (people edit these files in Excel).
    by_name = {name: code for code, name in list_content.category_names().items()}
    by_name.update({"全部": "*", "所有类别": "*"})
    kinds = {"term": "term", "词条": "term", "exception": "exception", "例外": "exception"}
    out = []
    for row in rows:
        category = by_name.get(row.category, row.category)
        kind = kinds.get(row.kind.lower(), row.kind)
        try:
            value = _check_entry(category, kind, row.value)
        except ValidationError as exc:
            raise ValidationError(f"Row {row.row}: {exc.message}", code="terms_row_invalid",
                                  row=row.row, reason=exc.code) from exc
        out.append((category, kind, value, row.note[:1000]))
    return out


def import_terms(ws: Workspace, actor: CurrentUser, path: str | Path, *,
                 replace: bool = False) -> TermsImport:
    """Add the terms and exceptions of a .xlsx/.csv file (admin); all rows or none.

    Rows already on the list are counted as unchanged. With ``replace`` the department's
    terms missing from the file are removed too, so the file becomes the whole list.

    Raises:
        ValidationError: terms_row_invalid (``params["row"]``: the file's row number),
            terms_header_missing, terms_file_unreadable, terms_format_unsupported.
    """
    name = "negative_list.import"
    with reading(ws, actor, name, role=Role.ADMIN) as (_, live):
        require_role(live, Role.ADMIN, name)  # before reading a file a refusal would ignore
    try:
        wanted = _validated(term_tables.read_terms(path))
    except ValidationError as exc:
        record_refusal(ws, actor, name, Role.ADMIN, None, exc)
        raise
    except OSError as exc:
        error = ValidationError(f"{Path(path).name}: {exc.strerror or exc}",
                                code="terms_file_unreadable")
        record_refusal(ws, actor, name, Role.ADMIN, None, error)
        raise error from exc
    with action(ws, actor, name, role=Role.ADMIN) as tx:
        before = _changing(tx)
        active = {(t.category, t.kind, t.value): t for t in repo.active_terms(tx.session)}
        seen: set[tuple[str, str, str]] = set()
        added = unchanged = 0
        for category, kind, value, note in wanted:
            key = (category, kind, value)
            if key in seen:
                continue
            seen.add(key)
            if key in active:
                unchanged += 1
                continue
            _add(tx, category, kind, value, note)
            added += 1
        removed = 0
        if replace:
            for key, term in active.items():
                if key not in seen:
                    term.removed_at = tx.now
                    term.removed_by = tx.actor.user_id
                    removed += 1
        after = _changed(tx)
        seq = tx.audit(payload={"file": Path(path).name, "rows": len(wanted), "added": added,
                                "unchanged": unchanged, "removed": removed,
                                "replace": replace, "old_version": before.version,
                                "new_version": after.version})
        change = Change(tx.action, None, None, None, tx.actor.username, tx.now, seq,
                        (("version", after.version),))
        return TermsImport(change=change, added=added, unchanged=unchanged, removed=removed,
                           version=after.version)
