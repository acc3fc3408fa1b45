"""Department overlays: extra terms and exceptions applied on top of the baseline list."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field

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

    def canonical(self) -> str:
        """A stable text of the content (the source path is not content), for the version hash."""
        data = asdict(self)
        data.pop("source")
        return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
