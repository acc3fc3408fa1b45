"""Accounts: first admin, sign-in, lockout, disabled accounts; passwords never in the trail."""

from __future__ import annotations

import pytest

from tests.unit.services.conftest import PASSWORD, Team, events
from workbench.core.errors import AuthenticationError, ValidationError
from workbench.core.roles import Role
from workbench.services import users
from workbench.services.settings import update_setting
from workbench.services.workspace import Workspace


def test_first_admin_only_once(ws: Workspace) -> None:
    assert users.needs_first_admin(ws)
    info = users.create_first_admin(ws, "root", PASSWORD, display_name="IT")
    assert info.roles == frozenset({Role.ADMIN})
    assert not users.needs_first_admin(ws)
    with pytest.raises(AuthenticationError) as raised:
        users.create_first_admin(ws, "second", PASSWORD)
    assert raised.value.code == "first_admin_exists"


def test_login_success_and_failure_are_audited(ws: Workspace, team: Team) -> None:
    with pytest.raises(AuthenticationError) as raised:
        users.login(ws, "rev", "wrong-password")
    assert raised.value.code == "bad_credentials"
    with pytest.raises(AuthenticationError) as unknown:
        users.login(ws, "nobody", "wrong-password")
    assert unknown.value.code == "bad_credentials"  # same answer: names cannot be probed
    logins = [e for e in events(ws) if e[1] == "login"]
    assert [e[2] for e in logins[-2:]] == ["failed", "failed"]
    assert all("wrong-password" not in e[5] and PASSWORD not in e[5] for e in events(ws))
    assert users.login(ws, "rev", PASSWORD).roles == frozenset({Role.REVIEWER})


def test_lockout_after_repeated_failures(ws: Workspace, team: Team) -> None:
    update_setting(ws, team.admin, "login_max_failures", 3)
    for _ in range(3):
        with pytest.raises(AuthenticationError):
            users.login(ws, "rev", "wrong-password")
    with pytest.raises(AuthenticationError) as raised:
        users.login(ws, "rev", PASSWORD)  # the right password no longer helps
    assert raised.value.code == "account_locked"
    users.reset_password(ws, team.admin, team.rev.user_id, "another-pass")
    assert users.login(ws, "rev", "another-pass").username == "rev"


def test_disabled_account_cannot_sign_in(ws: Workspace, team: Team) -> None:
    users.set_user_active(ws, team.admin, team.sup.user_id, False)
    with pytest.raises(AuthenticationError) as raised:
        users.login(ws, "sup", PASSWORD)
    assert raised.value.code == "account_disabled"


def test_last_admin_is_kept(ws: Workspace, team: Team) -> None:
    with pytest.raises(ValidationError) as raised:
        users.set_user_active(ws, team.admin, team.admin.user_id, False)
    assert raised.value.code == "last_admin"
    with pytest.raises(ValidationError):
        users.set_user_roles(ws, team.admin, team.admin.user_id, "reviewer")
    info = users.set_user_roles(ws, team.admin, team.rev.user_id, ["reviewer", "supervisor"])
    assert info.roles == frozenset({Role.REVIEWER, Role.SUPERVISOR})


def test_account_input_is_validated(ws: Workspace, team: Team) -> None:
    with pytest.raises(ValidationError) as raised:
        users.add_user(ws, team.admin, "x y", "reviewer", PASSWORD)
    assert raised.value.code == "username_invalid"
    with pytest.raises(ValidationError) as raised:
        users.add_user(ws, team.admin, "newbie", "reviewer", "short")
    assert raised.value.code == "password_too_short"
    with pytest.raises(ValidationError) as raised:
        users.add_user(ws, team.admin, "rev", "reviewer", PASSWORD)
    assert raised.value.code == "username_taken"
    with pytest.raises(ValidationError) as raised:
        users.add_user(ws, team.admin, "newbie", "boss", PASSWORD)
    assert raised.value.code == "role_unknown"


def test_user_list_is_audited(ws: Workspace, team: Team) -> None:
    listed = users.list_users(ws, team.admin)
    assert [u.username for u in listed] == sorted(u.username for u in listed)
    assert events(ws)[-1][1] == "user.list"


def test_change_own_password(ws: Workspace, team: Team) -> None:
    users.change_password(ws, team.rev, PASSWORD, "brand-new-pass")
    assert users.login(ws, "rev", "brand-new-pass").username == "rev"
