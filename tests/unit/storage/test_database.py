"""The database layer on both engines: migrations, pragmas, conflicts, append-only audit."""

from __future__ import annotations

import hashlib
import threading

import pytest
from sqlalchemy import select, text

from workbench.core.audit_chain import GENESIS_HASH, verify_chain
from workbench.core.errors import (
    ConflictError,
    EnvironmentProblem,
    PermissionDeniedError,
    ValidationError,
)
from workbench.storage.audit import append_event, head, iter_events, to_chained
from workbench.storage.database import Database, normalise_url
from workbench.storage.migrations_runner import current_revision, head_revision
from workbench.storage.models import Document, DocumentFile, User


def _add_document(db: Database, title: str = "关于开展春季植树活动的通知") -> int:
    content = title.encode()
    digest = hashlib.sha256(content).hexdigest()
    with db.session() as session:
        session.add(DocumentFile(sha256=digest, size=len(content), content=content))
        doc = Document(title=title, filename="notice.txt", format="txt", sha256=digest,
                       state="imported")
        session.add(doc)
        session.flush()
        return doc.id


def test_upgrade_creates_the_schema_and_is_a_no_op_the_second_time(db_url: str) -> None:
    db = Database(db_url, migrate=False)
    assert current_revision(db) is None
    applied = db.upgrade()
    assert applied[0] == "0001" and applied[-1] == head_revision()
    assert current_revision(db) == head_revision()
    assert db.upgrade() == []
    db.dispose()
    # Opening again (as the application does at start-up) migrates nothing either.
    reopened = Database(db_url)
    assert reopened.upgrade() == []
    assert reopened.check_integrity() == []
    reopened.dispose()


def test_sqlite_runs_in_wal_mode_with_foreign_keys(tmp_path) -> None:
    db = Database(str(tmp_path / "wb.db"))
    with db.session(write=False) as session:
        assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
    with pytest.raises(ConflictError), db.session() as session:
        session.add(Document(title="x", filename="x", format="txt", sha256="0" * 64,
                             state="imported"))
    db.dispose()


def test_sqlite_path_and_postgres_urls_are_normalised(tmp_path) -> None:
    assert normalise_url(str(tmp_path / "a.db")).startswith("sqlite:////")
    assert normalise_url("postgresql://u@h/db").startswith("postgresql+psycopg://")
    with pytest.raises(ValidationError):
        normalise_url("mysql://u@h/db")
    with pytest.raises(ValidationError):
        normalise_url("  ")


def test_second_writer_of_a_document_gets_a_conflict_and_nothing_is_lost(db_url: str) -> None:
    db = Database(db_url)
    doc_id = _add_document(db)
    # Two people load the same document...
    with db.session(write=False) as session:
        first = session.get(Document, doc_id)
    with db.session(write=False) as session:
        second = session.get(Document, doc_id)
    assert first.version == second.version == 1
    # ...the first saves,
    with db.session() as session:
        mine = session.merge(first, load=True)
        mine.proposal_reason = "第一位审查人的意见"
    # the second, who still holds version 1, must not overwrite it.
    with pytest.raises(ConflictError) as info, db.session() as session:
        theirs = session.merge(second, load=False)
        theirs.proposal_reason = "第二位审查人的意见"
    assert info.value.code == "stale_document"
    with db.session(write=False) as session:
        stored = session.get(Document, doc_id)
        assert stored.proposal_reason == "第一位审查人的意见"
        assert stored.version == 2
    db.dispose()


def test_concurrent_read_modify_write_loses_no_update(db_url: str) -> None:
    """Two writers increment the same document field; every increment survives.

    On PostgreSQL (READ COMMITTED) a stale writer hits the version check and retries; on SQLite
    the writers are serialised by BEGIN IMMEDIATE. Either way nothing is silently overwritten.
    """
    db = Database(db_url)
    doc_id = _add_document(db)
    per_thread = 20
    conflicts: list[str] = []

    def writer() -> None:
        done = 0
        while done < per_thread:
            try:
                with db.session() as session:
                    doc = session.get(Document, doc_id, populate_existing=True)
                    doc.round = doc.round + 1
                done += 1
            except ConflictError as exc:
                conflicts.append(exc.code)

    threads = [threading.Thread(target=writer) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    with db.session(write=False) as session:
        stored = session.get(Document, doc_id)
    assert stored.round == 1 + 2 * per_thread
    assert stored.version == 1 + 2 * per_thread
    assert set(conflicts) <= {"stale_document"}
    db.dispose()


def test_audit_chain_appends_and_verifies(db_url: str) -> None:
    db = Database(db_url)
    with db.session() as session:
        assert head(session) == (0, GENESIS_HASH)
        for i in range(5):
            append_event(session, action="test.event", actor_id=None, actor_name="测试",
                         payload={"i": i, "text": "身份证号"})
    with db.session(write=False) as session:
        report = verify_chain((to_chained(e), e.hash) for e in iter_events(session, batch=2))
        seq, head_hash = head(session)
    assert report.intact and report.events == 5
    assert seq == 5 and head_hash == report.head_hash
    db.dispose()


def test_an_event_rolls_back_with_the_change_it_records(db_url: str) -> None:
    db = Database(db_url)
    with pytest.raises(RuntimeError), db.session() as session:
        append_event(session, action="doomed", actor_id=None, actor_name="x")
        raise RuntimeError("the action failed after writing its event")
    with db.session(write=False) as session:
        assert head(session) == (0, GENESIS_HASH)
        assert list(iter_events(session)) == []
    db.dispose()


@pytest.mark.parametrize("statement", [
    "UPDATE audit_events SET actor_name = 'someone else'",
    "DELETE FROM audit_events",
])
def test_the_database_refuses_to_change_the_audit_trail(db_url: str, statement: str) -> None:
    db = Database(db_url)
    with db.session() as session:
        append_event(session, action="login", actor_id=None, actor_name="审查员")
    with pytest.raises(PermissionDeniedError) as info, db.session() as session:
        session.execute(text(statement))
    assert info.value.code == "audit_append_only"
    with db.session(write=False) as session:
        events = list(iter_events(session))
    assert [e.actor_name for e in events] == ["审查员"]
    db.dispose()


def test_a_dropped_server_connection_is_recovered_by_the_next_unit_of_work(pg_url: str) -> None:
    db = Database(pg_url)
    with db.session() as session:
        session.add(User(username="reviewer", password_hash="x"))
    with db.session(write=False) as session:
        pid = session.execute(text("select pg_backend_pid()")).scalar()
    # The server (or a network blip) kills the pooled connection between two actions.
    killer = Database(pg_url, migrate=False)
    with killer.session() as session:
        session.execute(text("select pg_terminate_backend(:pid)"), {"pid": pid})
    killer.dispose()
    with db.session(write=False) as session:  # pool_pre_ping replaces the dead connection
        assert session.execute(select(User.username)).scalar() == "reviewer"
    db.dispose()


def test_a_connection_dropped_mid_transaction_is_a_clear_error_and_writes_nothing(
        pg_url: str) -> None:
    db = Database(pg_url)
    killer = Database(pg_url, migrate=False)
    with pytest.raises(EnvironmentProblem) as info, db.session() as session:
        session.add(User(username="half-written", password_hash="x"))
        session.flush()
        pid = session.execute(text("select pg_backend_pid()")).scalar()
        with killer.session() as other:
            other.execute(text("select pg_terminate_backend(:pid)"), {"pid": pid})
        session.add(User(username="second", password_hash="x"))
        session.flush()
    assert info.value.code == "db_unreachable"
    with db.session(write=False) as session:
        assert session.execute(select(User)).first() is None
    killer.dispose()
    db.dispose()


def test_an_unreachable_server_is_an_environment_problem() -> None:
    with pytest.raises(EnvironmentProblem) as info:
        Database("postgresql://nobody@127.0.0.1:1/none")
    assert info.value.code == "db_unreachable"
    assert "could not be reached" in info.value.message
