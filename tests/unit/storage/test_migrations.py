"""Upgrades keep data: a database made by the first release migrates to head intact."""

from __future__ import annotations

from datetime import UTC, datetime

from alembic import command
from sqlalchemy import text

from workbench.core.audit_chain import (
    GENESIS_HASH,
    ChainedEvent,
    canonical_json,
    event_hash,
    verify_chain,
)
from workbench.storage.audit import iter_events, to_chained
from workbench.storage.database import Database
from workbench.storage.migrations_runner import _config, head_revision

FIRST_REVISION = "0001"


def _upgrade_to(db: Database, revision: str) -> None:
    config = _config()
    with db.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def _insert_first_release_data(db: Database) -> str:
    """Rows written with plain SQL, as the first release's schema had them."""
    now = datetime(2026, 1, 5, 9, 30, tzinfo=UTC)
    prev = GENESIS_HASH
    with db.engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO users (id, username, display_name, password_hash, is_active, is_demo, "
            "failed_logins, created_at) VALUES (1, 'zhangsan', '张三', 'x', :t, :f, 0, :now)"),
            {"t": True, "f": False, "now": now})
        conn.execute(text("INSERT INTO user_roles (user_id, role) VALUES (1, 'reviewer')"))
        conn.execute(text("INSERT INTO document_files (sha256, size, content, created_at) "
                          "VALUES (:h, 3, :c, :now)"), {"h": "a" * 64, "c": b"abc", "now": now})
        conn.execute(text(
            "INSERT INTO documents (id, title, filename, format, sha256, state, imported_at, "
            "updated_at, text_complete, manual_read_confirmed, round, current_step, version) "
            "VALUES (1, '年度工作要点', 'a.txt', 'txt', :h, 'in_review', :now, :now, :t, :f, "
            "1, 0, 1)"), {"h": "a" * 64, "now": now, "t": True, "f": False})
        for seq in (1, 2):
            event = ChainedEvent(seq=seq, occurred_at=now.isoformat(timespec="microseconds"),
                                 actor_id=1, actor_name="张三", role="reviewer",
                                 action="document.import", outcome="ok", document_id=1,
                                 document_sha256="a" * 64, payload=canonical_json({"n": seq}),
                                 prev_hash=prev)
            digest = event_hash(event)
            conn.execute(text(
                "INSERT INTO audit_events (seq, occurred_at, actor_id, actor_name, role, action, "
                "outcome, document_id, document_sha256, payload, prev_hash, hash) VALUES "
                "(:seq, :occurred_at, :actor_id, :actor_name, :role, :action, :outcome, "
                ":document_id, :document_sha256, :payload, :prev_hash, :hash)"),
                {**event.__dict__, "hash": digest})
            prev = digest
        conn.execute(text("UPDATE audit_head SET seq = 2, hash = :h WHERE id = 1"), {"h": prev})
    return prev


def test_a_first_release_database_migrates_to_head_and_keeps_its_data(db_url: str) -> None:
    db = Database(db_url, migrate=False)
    _upgrade_to(db, FIRST_REVISION)
    head_hash = _insert_first_release_data(db)
    applied = db.upgrade()  # what the new build does on its first start
    if head_revision() == FIRST_REVISION:
        assert applied == []
    else:
        assert applied[-1] == head_revision()
    assert db.upgrade() == []
    with db.session(write=False) as session:
        report = verify_chain((to_chained(e), e.hash) for e in iter_events(session))
        title = session.execute(text("SELECT title FROM documents WHERE id = 1")).scalar()
        user = session.execute(text("SELECT username FROM users WHERE id = 1")).scalar()
    assert report.intact and report.events == 2 and report.head_hash == head_hash
    assert (title, user) == ("年度工作要点", "zhangsan")
    assert db.check_integrity() == []
    db.dispose()


def test_every_migration_downgrades_cleanly(db_url: str) -> None:
    """Downgrades exist for a support engineer rolling back a failed upgrade on a copy."""
    db = Database(db_url)
    config = _config()
    with db.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "base")
    with db.engine.connect() as conn:
        tables = conn.execute(text(
            "SELECT name FROM sqlite_master WHERE type='table' AND name='documents'"
            if db.is_sqlite else
            "SELECT tablename FROM pg_tables WHERE tablename='documents' "
            "AND schemaname = current_schema()")).fetchall()
    assert tables == []
    assert db.upgrade()[-1] == head_revision()
    db.dispose()
