"""An open workspace: the database plus what every service needs next to it."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from workbench.config import resolve_db_url
from workbench.storage.database import Database, DatabaseInfo

log = logging.getLogger("workbench.services")


@dataclass(frozen=True)
class UpgradeResult:
    database: DatabaseInfo
    applied: list[str]


class Workspace:
    """The services' handle on one database. Create one per process and share it."""

    def __init__(self, db: Database) -> None:
        self.db = db

    @classmethod
    def open(cls, url: str | None = None, *, migrate: bool = True) -> Workspace:
        """Open (and by default migrate) the database named by ``url`` or the configuration."""
        return cls(Database(resolve_db_url(url), migrate=migrate))

    def info(self) -> DatabaseInfo:
        return self.db.info()

    def close(self) -> None:
        self.db.dispose()


def upgrade_database(url: str | None = None) -> UpgradeResult:
    """Create or migrate the schema; a no-op (empty ``applied``) when already current."""
    workspace = Workspace.open(url, migrate=False)
    try:
        applied = workspace.db.upgrade()
        return UpgradeResult(database=workspace.info(), applied=applied)
    finally:
        workspace.close()
