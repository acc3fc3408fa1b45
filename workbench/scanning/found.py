"""What a recogniser reports before the engine applies context, exceptions and the threshold."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Found:
    """A recogniser's finding in the coordinates of the view it ran on.

    ``adjust`` is added to the rule's score (evidence stronger or weaker than a clean match);
    ``needs_context`` means report it only if a context word of the rule is near or the
    document mentions one; ``evidence`` is a short reviewer-readable reason.
    """

    recognizer: str
    start: int
    end: int
    adjust: float
    evidence: str
    needs_context: bool = False
    subtype: str | None = None
