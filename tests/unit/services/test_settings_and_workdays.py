"""Department settings (declared, validated, audited) and working-day deadlines."""

from __future__ import annotations

from datetime import date

import pytest

from tests.unit.services.conftest import Team, events
from workbench.core.errors import PermissionDeniedError, ValidationError
from workbench.services.settings import get_settings, update_setting
from workbench.services.workdays import add_months, add_working_days
from workbench.services.workspace import Workspace


def test_defaults_come_from_the_department_profile(ws: Workspace, team: Team) -> None:
    settings = get_settings(ws, team.rev)
    assert settings.signoff_chain == ("审核",)
    assert settings.re_review_months == 12
    assert settings.step_deadline_days == 5


def test_admin_changes_a_setting_with_an_audit_event(ws: Workspace, team: Team) -> None:
    update_setting(ws, team.admin, "re_review_months", 6)
    assert get_settings(ws, team.rev).re_review_months == 6
    assert events(ws)[-1][1] == "settings.update"
    with pytest.raises(PermissionDeniedError):
        update_setting(ws, team.sup, "re_review_months", 3)
    for key, value in [("signoff_chain", []), ("signoff_chain", ["初审", "初审"]),
                       ("re_review_months", 0), ("holidays", ["not a date"]), ("nope", 1)]:
        with pytest.raises(ValidationError):
            update_setting(ws, team.admin, key, value)


def test_working_days_skip_weekends_and_holidays() -> None:
    friday = date(2026, 10, 30)
    assert add_working_days(friday, 1) == date(2026, 11, 2)  # Monday
    assert add_working_days(friday, 5) == date(2026, 11, 6)
    assert add_working_days(friday, 1, holidays={date(2026, 11, 2)}) == date(2026, 11, 3)
    saturday = date(2026, 10, 31)
    assert add_working_days(friday, 1, extra_workdays={saturday}) == saturday  # 调休


def test_months_clamp_to_the_month_end() -> None:
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2026, 11, 22), 12) == date(2027, 11, 22)
