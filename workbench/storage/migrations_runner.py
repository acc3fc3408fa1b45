"""Apply the packaged Alembic migrations to an open database."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

if TYPE_CHECKING:
    from workbench.storage.database import Database

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    return ScriptDirectory.from_config(_config()).get_current_head() or ""


def current_revision(db: Database) -> str | None:
    with db.engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(db: Database) -> list[str]:
    """Migrate to head in one transaction; return the revisions that were applied."""
    script = ScriptDirectory.from_config(_config())
    before = current_revision(db)
    head = script.get_current_head()
    if before == head:
        return []
    config = _config()
    with db.engine.begin() as connection:
        if db.is_sqlite:
            # Migrations on SQLite rebuild tables; foreign keys must be checked only at the end.
            connection.exec_driver_sql("PRAGMA defer_foreign_keys=ON")
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    applied = []
    for rev in script.iterate_revisions(head, before):
        applied.append(rev.revision)
    return list(reversed(applied))
