"""`workbench db upgrade [--db URL]`: create or migrate the database."""

from __future__ import annotations

import argparse

from workbench.services.workspace import upgrade_database


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    upgrade = sub.add_parser("upgrade", help="create or migrate the schema (no-op when current)")
    upgrade.add_argument("--db", metavar="URL",
                         help="SQLite file path or postgresql:// URL (default: configured)")


def run(args: argparse.Namespace) -> int:
    result = upgrade_database(args.db)
    where = f"{result.database.kind} database {result.database.display}"
    if result.applied:
        print(f"Migrated the {where} to revision {result.database.schema_revision} "
              f"(applied: {', '.join(result.applied)}).")
    else:
        print(f"The {where} is already at revision {result.database.schema_revision}; "
              "nothing to do.")
    return 0
