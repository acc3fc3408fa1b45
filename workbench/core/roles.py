"""User roles; one person may hold several."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    REVIEWER = "reviewer"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"


def parse_roles(values: str | list[str] | tuple[str, ...]) -> frozenset[Role]:
    """Parse ``"reviewer,supervisor"`` or a list of role names; unknown names raise ValueError."""
    items = values.split(",") if isinstance(values, str) else list(values)
    return frozenset(Role(item.strip()) for item in items if item.strip())
