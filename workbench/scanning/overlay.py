"""Department overlays: extra terms and exceptions applied on top of the baseline list."""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass, field

from workbench.core.categories import Category


@dataclass(frozen=True)
class OverlayTerm:
    """Terms a department adds to one category (e.g. its own project code names)."""

    category: Category
    terms: tuple[str, ...]
    subtype: str | None = None
    score: float = 0.8
    context_plus: tuple[str, ...] = ()
    context_minus: tuple[str, ...] = ()
    note: str = ""


@dataclass(frozen=True)
class OverlayException:
    """Phrases that are never a hit, e.g. the office's published phone number or address.

    ``category`` None means the phrases suppress hits of every category.
    """

    phrases: tuple[str, ...]
    category: Category | None = None
    note: str = ""


@dataclass(frozen=True)
class Overlay:
    """One department's additions. Services build it from database rows; files load into it."""

    name: str
    terms: tuple[OverlayTerm, ...] = ()
    exceptions: tuple[OverlayException, ...] = ()
    source: str = field(default="<memory>", compare=False)

    @functools.cached_property
    def _canonical(self) -> str:
        data = {
            "name": self.name,
            "terms": [[t.category.value, list(t.terms), t.subtype, t.score, list(t.context_plus),
                       list(t.context_minus), t.note] for t in self.terms],
            "exceptions": [[list(e.phrases), e.category.value if e.category else None, e.note]
                           for e in self.exceptions],
        }
        return json.dumps(data, ensure_ascii=False, separators=(",", ":"))

    def canonical(self) -> str:
        """A stable text of the content (the source path is not content), for the version hash."""
        return self._canonical
