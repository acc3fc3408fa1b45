"""Open a database (embedded SQLite or shared PostgreSQL), migrate it, run transactions.

Environment failures (server unreachable, file locked, disk full) become ``EnvironmentProblem``;
a stale write becomes ``ConflictError``. Neither leaves a half-written change behind: every
unit of work is one transaction.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import (
    ArgumentError,
    DBAPIError,
    IntegrityError,
    InterfaceError,
    NoSuchModuleError,
    OperationalError,
)
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from workbench.core.errors import (
    ConflictError,
    EnvironmentProblem,
    PermissionDeniedError,
    ValidationError,
)

log = logging.getLogger("workbench.storage")

SQLITE_BUSY_TIMEOUT_MS = 15_000


@dataclass(frozen=True)
class DatabaseInfo:
    """What the status bar and the self-test show about the open database."""

    kind: str  # "local" (SQLite) or "server" (PostgreSQL)
    display: str  # URL with any password hidden, or the file path
    schema_revision: str | None


def normalise_url(url_or_path: str) -> str:
    """Accept a SQLite path, a ``sqlite:///`` URL or a ``postgresql://`` URL.

    A plain ``postgresql://`` URL is given the psycopg 3 driver that ships with the product.
    """
    value = url_or_path.strip()
    if not value:
        raise ValidationError("No database given.", code="db_url_empty")
    if "://" not in value:
        return f"sqlite:///{Path(value).expanduser().resolve()}"
    try:
        url = make_url(value)
    except ArgumentError as exc:
        raise ValidationError(f"Not a database URL: {value}", code="db_url_invalid") from exc
    if url.drivername in ("postgresql", "postgres"):
        url = url.set(drivername="postgresql+psycopg")
    if url.get_backend_name() not in ("sqlite", "postgresql"):
        raise ValidationError(
            f"Unsupported database '{url.get_backend_name()}': use a SQLite file or PostgreSQL.",
            code="db_unsupported")
    return url.render_as_string(hide_password=False)


def _install_sqlite_pragmas(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:
        # Take over transaction control from pysqlite so BEGIN IMMEDIATE can be issued.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection) -> None:
        # Writers take the write lock up front: a deferred transaction that reads and then
        # writes fails with SQLITE_BUSY under WAL instead of waiting for the other writer.
        begin = connection.get_execution_options().get("sqlite_begin", "BEGIN")
        connection.exec_driver_sql(begin)


def translate_db_error(exc: Exception) -> Exception:
    """Map a driver error to the workbench error a person can act on."""
    if isinstance(exc, StaleDataError):
        return ConflictError(
            "Someone else changed this document in the meantime. Reload it and try again; "
            "nothing was overwritten.", code="stale_document")
    if "append-only" in _first_line(exc):
        return PermissionDeniedError("The audit trail cannot be changed or deleted.",
                                     code="audit_append_only")
    if isinstance(exc, IntegrityError):
        return ConflictError(f"The change conflicts with stored data ({_first_line(exc)}).",
                             code="integrity")
    if isinstance(exc, OperationalError | InterfaceError):
        detail = _first_line(exc)
        lowered = detail.lower()
        if "locked" in lowered or "busy" in lowered:
            return EnvironmentProblem("The database is busy (another user is writing). "
                                      "Try again in a moment.", code="db_busy")
        if "disk" in lowered or "full" in lowered or "no space" in lowered:
            return EnvironmentProblem("The disk holding the database is full.", code="disk_full")
        if "readonly" in lowered or "read-only" in lowered:
            return EnvironmentProblem("The database file is read-only.", code="db_readonly")
        return EnvironmentProblem(
            f"The database could not be reached: {detail}. Check the network or the server, "
            "then try again; nothing was saved from the interrupted action.",
            code="db_unreachable")
    if isinstance(exc, DBAPIError):
        return EnvironmentProblem(
            f"The database refused the operation: {_first_line(exc)}. The database may have "
            "been changed outside the workbench; run `workbench db upgrade` or ask IT.",
            code="db_error")
    return exc


def _first_line(exc: Exception) -> str:
    original = getattr(exc, "orig", None) or exc
    return str(original).strip().splitlines()[0] if str(original).strip() else type(exc).__name__


class Database:
    """One open database. Thread-safe: each unit of work gets its own session."""

    def __init__(self, url: str, *, migrate: bool = True, echo: bool = False) -> None:
        self.url = normalise_url(url)
        parsed = make_url(self.url)
        self.is_sqlite = parsed.get_backend_name() == "sqlite"
        try:
            if self.is_sqlite:
                if parsed.database and parsed.database != ":memory:":
                    Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
                self.engine = create_engine(self.url, echo=echo)
                _install_sqlite_pragmas(self.engine)
                write_engine = self.engine.execution_options(sqlite_begin="BEGIN IMMEDIATE")
            else:
                self.engine = create_engine(
                    self.url, echo=echo, pool_pre_ping=True,
                    connect_args={"connect_timeout": 10, "application_name": "workbench"})
                write_engine = self.engine
        except (NoSuchModuleError, ArgumentError) as exc:
            raise ValidationError(f"Cannot open {self.display_url}: {exc}",
                                  code="db_url_invalid") from exc
        self._read_sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._write_sessions = sessionmaker(write_engine, expire_on_commit=False)
        self._migrate_lock = threading.Lock()
        if migrate:
            self.upgrade()

    @property
    def display_url(self) -> str:
        parsed = make_url(self.url)
        if self.is_sqlite:
            return parsed.database or ":memory:"
        return parsed.render_as_string(hide_password=True)

    def info(self) -> DatabaseInfo:
        from workbench.storage.migrations_runner import current_revision

        return DatabaseInfo(kind="local" if self.is_sqlite else "server",
                            display=self.display_url,
                            schema_revision=current_revision(self))

    def upgrade(self) -> list[str]:
        """Apply pending migrations; returns the revisions applied (empty if already current)."""
        from workbench.storage.migrations_runner import upgrade

        with self._migrate_lock:
            try:
                return upgrade(self)
            except (OperationalError, DBAPIError) as exc:
                raise translate_db_error(exc) from exc

    @contextmanager
    def session(self, *, write: bool = True) -> Iterator[Session]:
        """A unit of work: commits on success, rolls back on any error, maps driver errors."""
        factory = self._write_sessions if write else self._read_sessions
        try:
            with factory() as session, session.begin():
                yield session
        except (StaleDataError, IntegrityError, OperationalError, DBAPIError) as exc:
            raise translate_db_error(exc) from exc

    def check_integrity(self) -> list[str]:
        """Problems the engine itself finds (SQLite ``integrity_check``); empty when sound."""
        if not self.is_sqlite:
            with self.session(write=False) as session:
                session.execute(text("select 1"))
            return []
        with self.session(write=False) as session:
            rows = [r[0] for r in session.execute(text("PRAGMA integrity_check"))]
            fk = list(session.execute(text("PRAGMA foreign_key_check")))
        problems = [] if rows == ["ok"] else rows
        problems += [f"foreign key: {tuple(r)}" for r in fk]
        return problems

    def dispose(self) -> None:
        self.engine.dispose()
