"""`workbench user add|list`: accounts for IT staff setting up a department (audited)."""

from __future__ import annotations

import argparse
import getpass
import sys
from datetime import UTC, datetime

from workbench.core.errors import ValidationError
from workbench.core.roles import Role
from workbench.services.actors import console_operator
from workbench.services.users import add_user, list_users
from workbench.services.workspace import Workspace

ROLE_CHOICES = ", ".join(r.value for r in Role)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="user_command", metavar="ACTION", required=True)
    add = sub.add_parser("add", help="create an account (the password is asked for, never "
                                     "given as an argument)")
    add.add_argument("name", metavar="NAME", help="the user name to sign in with")
    add.add_argument("--role", action="append", required=True, metavar="ROLE",
                     help=f"{ROLE_CHOICES}; repeat or separate by commas for several")
    add.add_argument("--display-name", default="", metavar="TEXT",
                     help="the name printed on review forms (e.g. 张三)")
    add.add_argument("--password-stdin", action="store_true",
                     help="read the password from the first line of standard input")
    add.add_argument("--db", metavar="URL",
                     help="SQLite file path or postgresql:// URL (default: configured)")
    listing = sub.add_parser("list", help="list accounts and their roles (audited)")
    listing.add_argument("--db", metavar="URL",
                         help="SQLite file path or postgresql:// URL (default: configured)")


def _roles(values: list[str]) -> list[str]:
    return [item.strip() for value in values for item in value.split(",") if item.strip()]


def _password(from_stdin: bool) -> str:
    if from_stdin:
        line = sys.stdin.readline()
        return line.rstrip("\r\n")
    if not sys.stdin.isatty():
        raise ValidationError("No terminal to ask for the password: use --password-stdin.",
                              code="password_missing")
    first = getpass.getpass("Password: ")
    second = getpass.getpass("Repeat the password: ")
    if first != second:
        raise ValidationError("The two passwords differ; nothing was created.",
                              code="password_mismatch")
    return first


def run(args: argparse.Namespace) -> int:
    if args.user_command == "add":
        roles = _roles(args.role)
        password = _password(args.password_stdin)
        workspace = Workspace.open(args.db)
        try:
            info = add_user(workspace, console_operator(), args.name, roles, password,
                            display_name=args.display_name)
        finally:
            workspace.close()
        print(f"Created account '{info.username}' (id {info.user_id}) with roles: "
              f"{', '.join(sorted(info.roles))}.")
        return 0
    workspace = Workspace.open(args.db)
    try:
        users = list_users(workspace, console_operator())
    finally:
        workspace.close()
    if not users:
        print("No accounts yet. Create the first administrator with "
              "`workbench user add NAME --role admin`.")
        return 0
    now = datetime.now(UTC)
    print(f"{'ID':>4}  {'NAME':<20} {'ROLES':<28} {'STATUS':<9} LAST SIGN-IN")
    for user in users:
        status = "active" if user.active else "disabled"
        if user.active and user.locked_until is not None and user.locked_until > now:
            status = "locked"
        last = user.last_login_at.strftime("%Y-%m-%d %H:%M UTC") if user.last_login_at else "-"
        print(f"{user.user_id:>4}  {user.username:<20} {','.join(sorted(user.roles)):<28} "
              f"{status:<9} {last}")
    return 0
