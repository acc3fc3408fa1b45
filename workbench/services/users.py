"""Accounts: first run, sign-in with lockout, and account management by an administrator."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta

from workbench.core.errors import AuthenticationError, NotFoundError, ValidationError
from workbench.core.roles import Role, parse_roles
from workbench.services import passwords
from workbench.services.actors import CurrentUser
from workbench.services.guard import action
from workbench.services.results import Change, UserInfo
from workbench.services.settings import load_settings
from workbench.services.workspace import Workspace
from workbench.storage import repositories as repo
from workbench.storage.audit import append_event

USERNAME_RE = re.compile(r"^[\w.@-]{2,64}$")


def _info(user: repo.User) -> UserInfo:
    return UserInfo(user_id=user.id, username=user.username, display_name=user.display_name,
                    roles=frozenset(Role(r) for r in user.role_names), active=user.is_active,
                    locked_until=user.locked_until, last_login_at=user.last_login_at,
                    created_at=user.created_at, is_demo=bool(user.is_demo))


def _clean_username(username: str) -> str:
    name = username.strip()
    if not USERNAME_RE.match(name):
        raise ValidationError("A user name has 2 to 64 letters, digits or . _ @ - characters.",
                              code="username_invalid")
    return name


def _clean_roles(roles: Iterable[str | Role] | str) -> frozenset[Role]:
    try:
        parsed = parse_roles(roles if isinstance(roles, str) else [str(r) for r in roles])
    except ValueError as exc:
        raise ValidationError(f"Unknown role ({exc}); use reviewer, supervisor or admin.",
                              code="role_unknown") from exc
    if not parsed:
        raise ValidationError("Give the account at least one role.", code="role_missing")
    return parsed


def needs_first_admin(ws: Workspace) -> bool:
    """True on first run: no account exists yet, so the GUI asks for the first administrator."""
    with ws.db.session(write=False) as session:
        return repo.count_users(session) == 0


def create_first_admin(ws: Workspace, username: str, password: str,
                       display_name: str = "") -> UserInfo:
    """Create the first administrator; refused once any account exists."""
    name = _clean_username(username)
    passwords.check_strength(password)
    digest = passwords.hash_password(password)  # slow: outside the transaction
    with ws.db.session() as session:
        repo.lock_audit_head(session)  # two first runs at once: only one wins
        if repo.count_users(session):
            raise AuthenticationError("Accounts exist already; ask an administrator.",
                                      code="first_admin_exists")
        user = repo.add_user(session, username=name, display_name=display_name.strip(),
                             password_hash=digest, roles=[Role.ADMIN])
        append_event(session, action="user.first_admin", actor_id=user.id, actor_name=name,
                     role=str(Role.ADMIN), payload={"username": name, "roles": ["admin"]})
        return _info(user)


def login(ws: Workspace, username: str, password: str) -> CurrentUser:
    """Check the password; audit success and failure; lock after repeated failures.

    Raises:
        AuthenticationError: unknown user, wrong password, locked or disabled account (the
            message does not say which of the first two, so names cannot be probed).
    """
    name = username.strip()[:64]
    now = datetime.now(UTC)
    refusal: AuthenticationError | None = None
    with ws.db.session() as session:
        settings = load_settings(session)
        user = repo.get_user_by_name(session, name, for_update=True)
        reason: str | None = None
        payload: dict[str, object] = {}
        if user is None:
            passwords.burn_time(password)
            reason = "unknown_user"
        elif user.locked_until is not None and user.locked_until > now:
            reason = "locked"
            payload["locked_until"] = user.locked_until.isoformat()
        elif not passwords.verify_password(user.password_hash, password):
            reason = "wrong_password"
            user.failed_logins += 1
            if user.failed_logins >= settings.login_max_failures:
                user.locked_until = now + timedelta(minutes=settings.login_lockout_minutes)
                user.failed_logins = 0
                payload["locked_until"] = user.locked_until.isoformat()
        elif not user.is_active:
            reason = "disabled"
        if reason is not None:
            payload["reason"] = reason
            append_event(session, action="login", actor_id=user.id if user else None,
                         actor_name=name, outcome="failed", payload=payload, occurred_at=now)
            refusal = _login_error(reason, settings.login_lockout_minutes)
        else:
            assert user is not None
            user.failed_logins = 0
            user.locked_until = None
            user.last_login_at = now
            if passwords.needs_rehash(user.password_hash):
                user.password_hash = passwords.hash_password(password)
            append_event(session, action="login", actor_id=user.id, actor_name=user.username,
                         payload={"roles": sorted(user.role_names)}, occurred_at=now)
            current = CurrentUser(user_id=user.id, username=user.username,
                                  display_name=user.display_name,
                                  roles=frozenset(Role(r) for r in user.role_names),
                                  signed_in_at=now)
    if refusal is not None:  # raised after the commit: the failed attempt stays recorded
        raise refusal
    return current


def _login_error(reason: str, minutes: int) -> AuthenticationError:
    if reason == "locked":
        return AuthenticationError(
            f"Too many failed sign-ins: the account is locked for up to {minutes} minutes.",
            code="account_locked")
    if reason == "disabled":
        return AuthenticationError("This account is disabled; ask an administrator.",
                                   code="account_disabled")
    return AuthenticationError("Wrong user name or password.", code="bad_credentials")


def logout(ws: Workspace, actor: CurrentUser) -> Change:
    with action(ws, actor, "logout") as tx:
        seq = tx.audit()
        return Change("logout", None, None, None, tx.actor.username, tx.now, seq)


def add_user(ws: Workspace, actor: CurrentUser, username: str,
             roles: Iterable[str | Role] | str, password: str,
             display_name: str = "", *, demo: bool = False) -> UserInfo:
    """Create an account (administrator, or IT staff at the console).

    ``demo`` marks an account of the first-run demo workspace (shown as DEMO everywhere).
    """
    with action(ws, actor, "user.add", role=Role.ADMIN) as tx:
        name = _clean_username(username)
        wanted = _clean_roles(roles)
        passwords.check_strength(password)
        if repo.get_user_by_name(tx.session, name) is not None:
            raise ValidationError(f"The user name '{name}' is taken.", code="username_taken")
        user = repo.add_user(tx.session, username=name, display_name=display_name.strip(),
                             password_hash=passwords.hash_password(password), roles=wanted,
                             demo=demo)
        tx.audit(payload={"user_id": user.id, "username": name, "roles": sorted(wanted),
                          "demo": demo})
        return _info(user)


def list_users(ws: Workspace, actor: CurrentUser) -> tuple[UserInfo, ...]:
    """All accounts (administrator); the listing itself is audited."""
    with action(ws, actor, "user.list", role=Role.ADMIN) as tx:
        users = tuple(_info(u) for u in repo.list_users(tx.session))
        tx.audit(payload={"count": len(users)})
        return users


def _target(tx, user_id: int) -> repo.User:
    user = repo.get_user(tx.session, user_id)
    if user is None:
        raise NotFoundError(f"No account with id {user_id}.", code="no_user")
    return user


def _keep_an_admin(tx, user: repo.User, *, losing: bool) -> None:
    if losing and repo.active_admin_ids(tx.session) <= {user.id}:
        raise ValidationError("The last active administrator cannot be disabled or demoted.",
                              code="last_admin")


def set_user_active(ws: Workspace, actor: CurrentUser, user_id: int, active: bool) -> UserInfo:
    with action(ws, actor, "user.enable" if active else "user.disable", role=Role.ADMIN) as tx:
        user = _target(tx, user_id)
        _keep_an_admin(tx, user, losing=not active and "admin" in user.role_names)
        user.is_active = active
        tx.audit(payload={"user_id": user.id, "username": user.username})
        return _info(user)


def set_user_roles(ws: Workspace, actor: CurrentUser, user_id: int,
                   roles: Iterable[str | Role] | str) -> UserInfo:
    with action(ws, actor, "user.roles", role=Role.ADMIN) as tx:
        user = _target(tx, user_id)
        wanted = _clean_roles(roles)
        _keep_an_admin(tx, user, losing=Role.ADMIN not in wanted and "admin" in user.role_names)
        old = sorted(user.role_names)
        repo.set_user_roles(user, [str(r) for r in wanted])
        tx.session.flush()
        tx.audit(payload={"user_id": user.id, "username": user.username, "old": old,
                          "new": sorted(wanted)})
        return _info(user)


def reset_password(ws: Workspace, actor: CurrentUser, user_id: int, password: str) -> UserInfo:
    """Set a new password (administrator); also lifts a lockout."""
    with action(ws, actor, "user.reset_password", role=Role.ADMIN) as tx:
        passwords.check_strength(password)
        user = _target(tx, user_id)
        user.password_hash = passwords.hash_password(password)
        user.failed_logins = 0
        user.locked_until = None
        tx.audit(payload={"user_id": user.id, "username": user.username})
        return _info(user)


def change_password(ws: Workspace, actor: CurrentUser, old_password: str,
                    new_password: str) -> Change:
    with action(ws, actor, "user.change_password") as tx:
        user = _target(tx, actor.user_id or 0)
        if not passwords.verify_password(user.password_hash, old_password):
            raise ValidationError("The current password is wrong.", code="bad_credentials")
        passwords.check_strength(new_password)
        user.password_hash = passwords.hash_password(new_password)
        seq = tx.audit(payload={"user_id": user.id})
        return Change(tx.action, None, None, None, tx.actor.username, tx.now, seq)
