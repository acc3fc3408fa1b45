"""Who is acting: the signed-in user a front end passes to every service call."""

from __future__ import annotations

import getpass
from dataclasses import dataclass
from datetime import datetime

from workbench.core.roles import Role
from workbench.core.workflow import Actor


@dataclass(frozen=True)
class CurrentUser:
    """Returned by :func:`workbench.services.users.login`; passed back as ``actor``.

    The services re-read the account on every call, so a user disabled or stripped of a role
    after signing in is refused at once; ``roles`` here is what the front end shows.
    """

    user_id: int | None
    username: str
    display_name: str
    roles: frozenset[Role]
    signed_in_at: datetime | None = None
    #: "login" for a person who signed in; "console" for IT staff at the command line, who
    #: already hold the database's credentials (the trail names them by their OS account).
    via: str = "login"

    @property
    def label(self) -> str:
        return self.display_name or self.username

    def has(self, role: Role) -> bool:
        return role in self.roles

    def as_actor(self) -> Actor:
        return Actor(user_id=self.user_id if self.user_id is not None else -1,
                     roles=self.roles)


def console_operator() -> CurrentUser:
    """The administrator at a terminal (``workbench user add``, ``audit export``)."""
    try:
        who = getpass.getuser()
    except (OSError, KeyError):  # no login name in some service/container environments
        who = "unknown"
    return CurrentUser(user_id=None, username=f"console:{who}", display_name="",
                       roles=frozenset({Role.ADMIN}), via="console")
