"""Department settings, declared in one place with type, default and validation (STYLE habit 8).

They live in the database's ``settings`` table so every PC sharing the database agrees.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, fields
from datetime import date
from typing import Any

from workbench.core.errors import ValidationError
from workbench.core.roles import Role
from workbench.departments import active_profile
from workbench.services.actors import CurrentUser
from workbench.services.guard import action, reading
from workbench.services.results import Change
from workbench.services.workspace import Workspace
from workbench.storage import repositories as repo

log = logging.getLogger("workbench.services")


@dataclass(frozen=True)
class SettingSpec:
    key: str
    label: str  # English label; the GUI translates it
    default: Any
    check: Callable[[Any], Any]  # returns the normalised value or raises ValidationError


def _int_between(low: int, high: int) -> Callable[[Any], int]:
    def check(value: Any) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise ValidationError(f"Expected a whole number from {low} to {high}.",
                                  code="setting_invalid")
        return value
    return check


def _chain(value: Any) -> list[str]:
    if (not isinstance(value, list | tuple) or not 1 <= len(value) <= 5
            or not all(isinstance(v, str) and v.strip() for v in value)):
        raise ValidationError("The sign-off chain needs one to five named steps.",
                              code="setting_invalid")
    names = [v.strip() for v in value]
    if len(set(names)) != len(names):
        raise ValidationError("Each step of the sign-off chain needs its own name.",
                              code="setting_invalid")
    return names


def _dates(value: Any) -> list[str]:
    if not isinstance(value, list | tuple):
        raise ValidationError("Expected a list of dates (YYYY-MM-DD).", code="setting_invalid")
    try:
        return sorted({date.fromisoformat(str(v)).isoformat() for v in value})
    except ValueError as exc:
        raise ValidationError(f"Not a date: {exc}.", code="setting_invalid") from exc


def _name(value: Any) -> str:
    if not isinstance(value, str) or not 1 <= len(value.strip()) <= 100:
        raise ValidationError("The department's name has 1 to 100 characters.",
                              code="setting_invalid")
    return value.strip()


SPECS: tuple[SettingSpec, ...] = (
    SettingSpec("department_name", "Department name", "政务公开办公室", _name),
    SettingSpec("signoff_chain", "Sign-off steps after the reviewer", ["审核"], _chain),
    SettingSpec("re_review_months", "Re-review interval for withheld documents (months)", 12,
                _int_between(1, 60)),
    SettingSpec("step_deadline_days", "Working days allowed per step", 5,
                _int_between(1, 60)),
    SettingSpec("holidays", "Public holidays (not working days)", [], _dates),
    SettingSpec("extra_workdays", "Weekend days worked (调休)", [], _dates),
    SettingSpec("login_max_failures", "Failed sign-ins before the account locks", 5,
                _int_between(1, 100)),
    SettingSpec("login_lockout_minutes", "Lockout after too many failed sign-ins (minutes)", 15,
                _int_between(1, 24 * 60)),
)
SPEC_BY_KEY = {spec.key: spec for spec in SPECS}


@dataclass(frozen=True)
class DepartmentSettings:
    department_name: str = "政务公开办公室"
    signoff_chain: tuple[str, ...] = ("审核",)
    re_review_months: int = 12
    step_deadline_days: int = 5
    holidays: frozenset[date] = frozenset()
    extra_workdays: frozenset[date] = frozenset()
    login_max_failures: int = 5
    login_lockout_minutes: int = 15


def profile_defaults() -> dict[str, Any]:
    """The department profile's values: the defaults until an administrator changes them."""
    try:
        profile = active_profile()
    except ValidationError as exc:  # a broken profile must not stop reviews: built-ins apply
        log.warning("department profile not used: %s", exc)
        return {}
    return {"department_name": profile.display_name,
            "signoff_chain": list(profile.signoff_chain),
            "re_review_months": profile.re_review_months,
            "step_deadline_days": profile.step_deadline_days}


def _build(stored: dict[str, Any]) -> DepartmentSettings:
    defaults = profile_defaults()
    values: dict[str, Any] = {}
    for spec in SPECS:
        default = defaults.get(spec.key, spec.default)
        try:
            value = spec.check(stored.get(spec.key, default))
        except ValidationError:  # a value edited by hand in the database: fall back, loudly
            log.warning("setting %s has an invalid stored value; using the default", spec.key)
            value = spec.check(default)
        values[spec.key] = value
    values["signoff_chain"] = tuple(values["signoff_chain"])
    for key in ("holidays", "extra_workdays"):
        values[key] = frozenset(date.fromisoformat(v) for v in values[key])
    assert set(values) == {f.name for f in fields(DepartmentSettings)}
    return DepartmentSettings(**values)


def load_settings(session: repo.Session) -> DepartmentSettings:
    """The settings inside an open transaction (defaults for anything never set)."""
    return _build(repo.setting_values(session))


def get_settings(ws: Workspace, actor: CurrentUser) -> DepartmentSettings:
    with reading(ws, actor) as (session, _):
        return load_settings(session)


def update_setting(ws: Workspace, actor: CurrentUser, key: str, value: Any) -> Change:
    """Change one department setting (admin); audited with the old and new value."""
    with action(ws, actor, "settings.update", role=Role.ADMIN) as tx:
        spec = SPEC_BY_KEY.get(key)
        if spec is None:
            raise ValidationError(f"Unknown setting '{key}'.", code="setting_unknown")
        new = spec.check(value)
        old = repo.setting_values(tx.session).get(key, spec.default)
        repo.put_setting(tx.session, key, new, actor.user_id)
        seq = tx.audit(payload={"key": key, "old": old, "new": new})
        return Change(action=tx.action, document_id=None, version=None, state=None,
                      actor=tx.actor.username, at=tx.now, audit_seq=seq,
                      details=(("key", key), ("value", new)))
