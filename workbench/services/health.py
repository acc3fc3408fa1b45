"""Installation health checks behind `workbench --self-test`: database, schema, audit chain."""

from __future__ import annotations

from dataclasses import dataclass

from workbench.services.audit_trail import verify_audit
from workbench.services.workspace import Workspace
from workbench.storage.migrations_runner import head_revision


@dataclass(frozen=True)
class DatabaseHealth:
    kind: str
    display: str
    revision: str | None
    head_revision: str
    migrated_now: list[str]
    integrity_problems: list[str]
    audit_events: int
    audit_break_seq: int | None

    @property
    def ok(self) -> bool:
        return (self.revision == self.head_revision and not self.integrity_problems
                and self.audit_break_seq is None)


def check_database(url: str | None = None) -> DatabaseHealth:
    """Open (and migrate) the database, then check schema revision, integrity and the chain."""
    workspace = Workspace.open(url, migrate=False)
    try:
        applied = workspace.db.upgrade()
        info = workspace.info()
        problems = workspace.db.check_integrity()
        report = verify_audit(workspace)  # also catches a deleted tail of events
        return DatabaseHealth(
            kind=info.kind, display=info.display, revision=info.schema_revision,
            head_revision=head_revision(), migrated_now=applied,
            integrity_problems=problems, audit_events=report.events,
            audit_break_seq=report.first_break.seq if report.first_break else None,
        )
    finally:
        workspace.close()
