"""`workbench user` and `workbench audit` as IT staff and inspectors run them, on both engines.

Includes the tamper test: with the append-only trigger dropped through raw SQL, one event is
changed, and `workbench audit verify` names exactly that event.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pdfplumber
import psycopg

from tests.unit.services.conftest import TEXT
from tests.unit.services.fakes import FakeScanner, extract_text
from workbench.services import documents, review, scans, signoff, users
from workbench.services.queues import document_detail
from workbench.services.workspace import Workspace

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "cli-pass-123"


def cli(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "workbench", *args], input=stdin,
                          capture_output=True, text=True, cwd=ROOT, env=env, check=False)


def _review_one(ws: Workspace) -> int:
    """The whole flow through the services, with accounts the CLI created."""
    rev = users.login(ws, "rita", PASSWORD)
    sup = users.login(ws, "sam", PASSWORD)
    imported = documents.import_document(ws, rev, TEXT.encode(), "notice.txt",
                                         extractor=extract_text)
    doc = imported.document_id
    v = scans.scan_document(ws, rev, doc, imported.change.version,
                            scanner=FakeScanner()).change.version
    while pending := [h for h in document_detail(ws, rev, doc).hits if h.verdict is None]:
        v = review.decide_hit(ws, rev, doc, pending[0].hit_id, "redact", v,
                              all_identical=True).version
    v = review.propose_attribute(ws, rev, doc, v, "proactive").version
    v = signoff.submit_review(ws, rev, doc, v).version
    signoff.approve_step(ws, sup, doc, v, comment="同意公开")
    return doc


def _tamper(db_url: str, seq: int) -> None:
    """Drop the append-only protection and rewrite one event's payload, as an intruder would."""
    if db_url.startswith("sqlite:///"):
        conn = sqlite3.connect(db_url.removeprefix("sqlite:///"))
        with conn:
            conn.execute("DROP TRIGGER audit_events_no_update")
            conn.execute("UPDATE audit_events SET payload = ? WHERE seq = ?",
                         ('{"comment":"changed later"}', seq))
        conn.close()
        return
    plain = db_url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(plain, autocommit=True) as conn:
        conn.execute("DROP TRIGGER audit_events_no_update_delete ON audit_events")
        conn.execute("UPDATE audit_events SET actor_name = 'someone else' WHERE seq = %s",
                     (seq,))


def test_user_add_list_then_verify_export_and_tamper(db_url: str, tmp_path: Path) -> None:
    assert cli("user", "list", "--db", db_url).returncode == 0  # empty database: a hint
    added = cli("user", "add", "ada", "--role", "admin", "--password-stdin", "--db", db_url,
                stdin=PASSWORD + "\n")
    assert added.returncode == 0, added.stderr
    assert "ada" in added.stdout
    assert cli("user", "add", "rita", "--role", "reviewer", "--password-stdin",
               "--db", db_url, stdin=PASSWORD + "\n").returncode == 0
    both = cli("user", "add", "sam", "--role", "supervisor", "--role", "reviewer,admin",
               "--password-stdin", "--db", db_url, stdin=PASSWORD + "\n")
    assert both.returncode == 0 and "admin, reviewer, supervisor" in both.stdout
    short = cli("user", "add", "bob", "--role", "reviewer", "--password-stdin", "--db", db_url,
                stdin="short\n")
    assert short.returncode == 1 and "at least 8" in short.stderr
    assert "Traceback" not in short.stderr
    bad_role = cli("user", "add", "bob", "--role", "boss", "--password-stdin", "--db", db_url,
                   stdin=PASSWORD + "\n")
    assert bad_role.returncode == 1 and "Unknown role" in bad_role.stderr
    assert cli("user", "add", "bob", "--role", "reviewer", "--password", PASSWORD,
               "--db", db_url).returncode == 2  # a password is never an argument
    listed = cli("user", "list", "--db", db_url)
    assert listed.returncode == 0 and "rita" in listed.stdout and "reviewer" in listed.stdout

    ws = Workspace.open(db_url)
    try:
        doc = _review_one(ws)
    finally:
        ws.close()

    verified = cli("audit", "verify", "--db", db_url)
    assert verified.returncode == 0, verified.stdout + verified.stderr
    assert "intact" in verified.stdout
    for fmt in ("csv", "xlsx", "pdf"):
        out = tmp_path / f"trail.{fmt}"
        exported = cli("audit", "export", "--format", fmt, "-o", str(out), "--db", db_url)
        assert exported.returncode == 0, exported.stderr
        assert out.stat().st_size > 0
    only_doc = cli("audit", "export", "--format", "csv", "-o", str(tmp_path / "doc.csv"),
                   "--document", str(doc), "--since", "2000-01-01", "--db", db_url)
    assert only_doc.returncode == 0
    # Read back with the extraction layer's own PDF reader (poppler may not be installed).
    with pdfplumber.open(tmp_path / "trail.pdf") as pdf:
        text = "".join(page.extract_text() or "" for page in pdf.pages)
    head_hash = verified.stdout.split("head hash ")[1].split(".")[0]
    assert head_hash[:16] in text.replace("\n", "").replace(" ", "")
    from workbench.reporting.audit_verify import verify_audit_csv

    assert verify_audit_csv(tmp_path / "trail.csv").intact

    target = 7
    _tamper(db_url, target)
    broken = cli("audit", "verify", "--db", db_url)
    assert broken.returncode not in (0, 2), broken.stdout
    assert f"event {target} " in broken.stdout
    assert "Traceback" not in broken.stderr


def test_verify_names_a_deleted_tail(tmp_path: Path) -> None:
    db = tmp_path / "tail.db"
    assert cli("user", "add", "ada", "--role", "admin", "--password-stdin", "--db", str(db),
               stdin=PASSWORD + "\n").returncode == 0
    assert cli("user", "list", "--db", str(db)).returncode == 0
    conn = sqlite3.connect(db)
    with conn:
        conn.execute("DROP TRIGGER audit_events_no_delete")
        conn.execute("DELETE FROM audit_events WHERE seq = 2")
    conn.close()
    broken = cli("audit", "verify", "--db", str(db))
    assert broken.returncode == 3 and "event 2 " in broken.stdout
