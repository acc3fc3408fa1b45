"""An open workspace: the database plus what every service needs next to it."""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass

from workbench.config import resolve_db_url
from workbench.services.offload import WorkerProcess
from workbench.storage.database import Database, DatabaseInfo

log = logging.getLogger("workbench.services")


@dataclass(frozen=True)
class UpgradeResult:
    database: DatabaseInfo
    applied: list[str]


class Workspace:
    """The services' handle on one database. Create one per process and share it.

    Args:
        db: the database.
        offload: read and scan files in a worker process (``services.offload``), started on
            the first import; off, they run on the calling thread.
    """

    def __init__(self, db: Database, *, offload: bool = False) -> None:
        self.db = db
        self.offload = offload
        self._worker: WorkerProcess | None = None
        self._worker_lock = threading.Lock()

    @classmethod
    def open(cls, url: str | None = None, *, migrate: bool = True,
             offload: bool = True) -> Workspace:
        """Open (and by default migrate) the database named by ``url`` or the configuration."""
        return cls(Database(resolve_db_url(url), migrate=migrate), offload=offload)

    @property
    def worker(self) -> WorkerProcess | None:
        """The worker process for extraction and scanning, or None to work in-thread."""
        if not self.offload:
            return None
        with self._worker_lock:
            if self._worker is None:
                self._worker = WorkerProcess()  # the process itself starts on the first job
            return self._worker

    def info(self) -> DatabaseInfo:
        """Kind, address and schema revision (reads the database: not on the GUI thread)."""
        return self.db.info()

    @property
    def kind(self) -> str:
        """"local" (SQLite) or "server" (PostgreSQL), without touching the database."""
        return "local" if self.db.is_sqlite else "server"

    @property
    def display(self) -> str:
        """The address as shown to people (no password), without touching the database."""
        return self.db.display_url

    def close(self) -> None:
        with self._worker_lock:
            worker, self._worker = self._worker, None
        if worker is not None:
            worker.close()
        self.db.dispose()


def upgrade_database(url: str | None = None) -> UpgradeResult:
    """Create or migrate the schema; a no-op (empty ``applied``) when already current."""
    workspace = Workspace.open(url, migrate=False, offload=False)
    try:
        applied = workspace.db.upgrade()
        return UpgradeResult(database=workspace.info(), applied=applied)
    finally:
        workspace.close()
