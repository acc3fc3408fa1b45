"""A dropped PostgreSQL connection between calls: the next call works, or fails cleanly."""

from __future__ import annotations

import psycopg
import pytest

from tests.helpers import postgres
from tests.unit.services.conftest import TEXT
from tests.unit.services.fakes import FakeScanner, extract_text
from workbench.core.errors import EnvironmentProblem
from workbench.services import documents, review, scans, users
from workbench.services.audit_trail import verify_audit
from workbench.services.queues import document_detail
from workbench.services.workspace import Workspace

PASSWORD = "drop-pass-12"


def _kill_pool_connections(ws: Workspace) -> int:
    """Terminate exactly this workspace's pooled server connections (other tests are left)."""
    pids = []
    with ws.db.engine.connect() as connection:
        pids.append(connection.exec_driver_sql("select pg_backend_pid()").scalar())
    base = postgres.server_url()
    assert base is not None
    with psycopg.connect(base, autocommit=True) as admin:
        for pid in pids:
            admin.execute("select pg_terminate_backend(%s)", (pid,))
    return len(pids)


def test_next_call_after_a_dropped_connection_works(pg_url: str) -> None:
    ws = Workspace.open(pg_url)
    try:
        users.create_first_admin(ws, "admin", PASSWORD)
        admin = users.login(ws, "admin", PASSWORD)
        users.add_user(ws, admin, "rev", "reviewer", PASSWORD)
        rev = users.login(ws, "rev", PASSWORD)
        imported = documents.import_document(ws, rev, TEXT.encode(), "n.txt",
                                             extractor=extract_text)
        doc = imported.document_id
        assert _kill_pool_connections(ws)
        # the pool notices the dead connection before use (pre-ping) and opens a new one
        v = scans.scan_document(ws, rev, doc, imported.change.version,
                                scanner=FakeScanner()).change.version
        hit = document_detail(ws, rev, doc).hits[0]
        assert _kill_pool_connections(ws)
        v = review.decide_hit(ws, rev, doc, hit.hit_id, "redact", v).version
        assert document_detail(ws, rev, doc).row.version == v
        assert verify_audit(ws).intact
    finally:
        ws.close()


def test_server_gone_is_an_environment_problem(pg_url: str) -> None:
    ws = Workspace.open(pg_url)
    users.create_first_admin(ws, "admin", PASSWORD)
    admin = users.login(ws, "admin", PASSWORD)
    ws.close()
    unreachable = Workspace.__new__(Workspace)
    try:
        bad = pg_url.replace("127.0.0.1:5432", "127.0.0.1:9")  # nothing listens there
        with pytest.raises(EnvironmentProblem) as info:
            unreachable = Workspace.open(bad)
            users.list_users(unreachable, admin)
        assert info.value.code == "db_unreachable"
        assert "Traceback" not in info.value.message
    finally:
        if getattr(unreachable, "db", None) is not None:
            unreachable.close()


def test_connection_lost_inside_an_action_writes_nothing(pg_url: str) -> None:
    from sqlalchemy import event
    from sqlalchemy.orm import Session

    ws = Workspace.open(pg_url)
    try:
        users.create_first_admin(ws, "admin", PASSWORD)
        admin = users.login(ws, "admin", PASSWORD)
        users.add_user(ws, admin, "rev", "reviewer", PASSWORD)
        rev = users.login(ws, "rev", PASSWORD)
        imported = documents.import_document(ws, rev, TEXT.encode(), "n.txt",
                                             extractor=extract_text)
        doc = imported.document_id
        v = scans.scan_document(ws, rev, doc, imported.change.version,
                                scanner=FakeScanner()).change.version
        hit = document_detail(ws, rev, doc).hits[0]
        events_before = verify_audit(ws).events

        def kill_own_backend(session: Session, _context: object) -> None:
            pid = session.connection().exec_driver_sql("select pg_backend_pid()").scalar()
            with psycopg.connect(postgres.server_url() or "", autocommit=True) as other:
                other.execute("select pg_terminate_backend(%s)", (pid,))

        event.listen(Session, "after_flush", kill_own_backend, once=True)
        try:
            with pytest.raises(EnvironmentProblem):
                review.decide_hit(ws, rev, doc, hit.hit_id, "redact", v)
        finally:
            if event.contains(Session, "after_flush", kill_own_backend):
                event.remove(Session, "after_flush", kill_own_backend)
        detail = document_detail(ws, rev, doc)
        assert detail.row.version == v and detail.hits[0].verdict is None
        assert verify_audit(ws).events == events_before  # not even a half event
        assert review.decide_hit(ws, rev, doc, hit.hit_id, "redact", v).version > v
    finally:
        ws.close()
