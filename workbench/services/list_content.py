"""What a negative-list version contains (per category) and how two versions differ.

A version is a content hash; its snapshot is stored once in ``negative_list_versions`` so a
later build, with another baseline, can still show what the department's list was.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from workbench.core.categories import Category
from workbench.core.errors import ValidationError
from workbench.departments import active_profile
from workbench.scanning import (
    NegativeList,
    Overlay,
    OverlayException,
    OverlayTerm,
    Scanner,
    load_default_negative_list,
    load_overlay,
)

log = logging.getLogger("workbench.services")

SNAPSHOT_FORMAT = 2
DEPARTMENT_OVERLAY = "本单位补充"
KINDS = ("terms", "exceptions", "rules")


def overlay_from_rows(rows: Iterable[tuple[str, str, str]]) -> Overlay | None:
    """One overlay from (category, kind, value) rows; None when the department added nothing."""
    terms: dict[str, list[str]] = {}
    exceptions: dict[str, list[str]] = {}
    for category, kind, value in rows:
        (terms if kind == "term" else exceptions).setdefault(category, []).append(value)
    if not terms and not exceptions:
        return None
    return Overlay(
        name=DEPARTMENT_OVERLAY,
        terms=tuple(OverlayTerm(Category(c), tuple(v)) for c, v in sorted(terms.items())),
        exceptions=tuple(OverlayException(tuple(v), Category(c) if c != "*" else None)
                         for c, v in sorted(exceptions.items())),
        source="database")


def profile_overlays() -> tuple[Overlay, ...]:
    try:
        path = active_profile().negative_list_overlay
        return tuple(load_overlay(path)) if path else ()
    except ValidationError as exc:
        log.warning("department overlay not used: %s", exc)
        return ()


@functools.cache
def _baseline() -> NegativeList:
    return load_default_negative_list()


def category_names() -> dict[str, str]:
    """Category code -> its Chinese name in the shipped list."""
    return {spec.category.value: spec.name_zh for spec in _baseline().categories}


def negative_list(rows: Iterable[tuple[str, str, str]]) -> NegativeList:
    """Baseline + the profile's overlay file + the department's database rows."""
    db_overlay = overlay_from_rows(rows)
    overlays = profile_overlays() + ((db_overlay,) if db_overlay else ())
    return _baseline().with_overlays(*overlays)


class ListScanner(Scanner):
    """The scanner, with a snapshot that lists every term so versions can be compared."""

    @property
    def snapshot(self) -> dict[str, object]:
        return full_snapshot(self.negative_list)


@functools.lru_cache(maxsize=4)
def cached_scanner(overlays: tuple[Overlay, ...]) -> ListScanner:
    # Building the automaton takes a moment: reuse it until the department's terms change.
    return ListScanner(_baseline().with_overlays(*overlays))


def scanner_for(rows: Iterable[tuple[str, str, str]]) -> ListScanner:
    db_overlay = overlay_from_rows(rows)
    return cached_scanner(profile_overlays() + ((db_overlay,) if db_overlay else ()))


# ----------------------------------------------------------------------------- content


def _empty() -> dict[str, dict[str, str]]:
    return {kind: {} for kind in KINDS}


def content_of(nl: NegativeList) -> dict[str, dict[str, dict[str, str]]]:
    """Per category: terms and exceptions (text -> where it comes from), rules (id -> pattern).

    The source is the baseline rule's id and/or the overlay's name ("a, overlay:b" when both
    list it), so moving a term from the department's list into the baseline, or adding one
    the baseline already has, shows as "changed" rather than as nothing or as removed+added.
    """
    out: dict[str, dict[str, dict[str, str]]] = {}
    for spec in nl.categories:
        cat = out.setdefault(spec.category.value, _empty())
        for phrase in spec.exceptions:
            _put(cat["exceptions"], phrase, "baseline")
        for rule in spec.rules:
            for term in rule.terms:
                _put(cat["terms"], term, rule.id)
            for phrase in rule.exceptions:
                _put(cat["exceptions"], phrase, rule.id)
            if rule.pattern:
                cat["rules"][rule.id] = rule.pattern
            elif rule.recognizer:
                cat["rules"][rule.id] = f"recognizer:{rule.recognizer}"
    for overlay in nl.overlays:
        _add_overlay(out, overlay.name, overlay)
    return out


def _put(entries: dict[str, str], text: str, source: str) -> None:
    sources = entries[text].split(", ") if text in entries else []
    if source not in sources:
        entries[text] = ", ".join(sorted([*sources, source]))


def _add_overlay(out: dict, name: str, overlay: Overlay) -> None:
    for term in overlay.terms:
        cat = out.setdefault(term.category.value, _empty())
        for value in term.terms:
            _put(cat["terms"], value, f"overlay:{name}")
    for exc in overlay.exceptions:
        cat = out.setdefault(exc.category.value if exc.category else "*", _empty())
        for value in exc.phrases:
            _put(cat["exceptions"], value, f"overlay:{name}")


def full_snapshot(nl: NegativeList) -> dict[str, Any]:
    """The scanner's own snapshot (kept as it is) plus the content of every category."""
    snapshot = dict(nl.snapshot())
    snapshot["format"] = SNAPSHOT_FORMAT
    snapshot["content"] = content_of(nl)
    return snapshot


def content_from_snapshot(snapshot: Mapping[str, Any]) -> tuple[dict, bool]:
    """(content, complete) of a stored snapshot.

    Snapshots written before the content was stored hold only the overlays; their baseline is
    rebuilt when it is the one this build ships, otherwise only the overlays can be compared.
    """
    if "content" in snapshot:
        return dict(snapshot["content"]), True
    overlays = [_overlay_from_json(o) for o in snapshot.get("overlays") or []]
    if snapshot.get("baseline_version") == _baseline().baseline_version:
        return content_of(_baseline().with_overlays(*overlays)), True
    out: dict = {}
    for overlay in overlays:
        _add_overlay(out, overlay.name, overlay)
    return out, False


def _overlay_from_json(data: Mapping[str, Any]) -> Overlay:
    """An overlay from its canonical JSON (``Overlay.canonical``)."""
    return Overlay(
        name=str(data.get("name", "")),
        terms=tuple(OverlayTerm(Category(t[0]), tuple(t[1])) for t in data.get("terms", [])),
        exceptions=tuple(OverlayException(tuple(e[0]), Category(e[1]) if e[1] else None)
                         for e in data.get("exceptions", [])))


# ----------------------------------------------------------------------------- diff


@dataclass(frozen=True)
class EntryDiff:
    """Entries of one kind in one category: added, removed, and (text, old, new) changed."""

    added: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    changed: tuple[tuple[str, str, str], ...] = ()

    def __bool__(self) -> bool:
        return bool(self.added or self.removed or self.changed)


@dataclass(frozen=True)
class CategoryDiff:
    category: str  # a category code, or "*" for exceptions that apply to every category
    terms: EntryDiff
    exceptions: EntryDiff
    rules: EntryDiff


def _entry_diff(old: Mapping[str, str], new: Mapping[str, str]) -> EntryDiff:
    return EntryDiff(
        added=tuple(sorted(set(new) - set(old))),
        removed=tuple(sorted(set(old) - set(new))),
        changed=tuple((k, old[k], new[k]) for k in sorted(set(old) & set(new))
                      if old[k] != new[k]))


def diff_content(old: Mapping[str, Any], new: Mapping[str, Any]) -> tuple[CategoryDiff, ...]:
    """Only the categories where something changed, in the contract's category order."""
    order = [c.value for c in Category] + ["*"]
    keys = sorted(set(old) | set(new), key=lambda c: order.index(c) if c in order else 99)
    out = []
    for category in keys:
        a, b = old.get(category) or {}, new.get(category) or {}
        parts = {kind: _entry_diff(a.get(kind) or {}, b.get(kind) or {}) for kind in KINDS}
        if any(parts.values()):
            out.append(CategoryDiff(category, **parts))
    return tuple(out)

