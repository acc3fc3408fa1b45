"""A reviewer's process killed with SIGKILL mid-review loses at most the action in flight."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from tests.unit.services.conftest import TEXT
from tests.unit.services.fakes import FakeScanner, extract_text
from workbench.services import documents, review, scans, signoff, users
from workbench.services.audit_trail import verify_audit
from workbench.services.queues import document_detail
from workbench.services.workspace import Workspace

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "crash-pass-1"
REPORTED_BEFORE_KILL = 25


def review_loop(db_url: str) -> None:
    """Review documents forever; print one line after each committed action."""
    ws = Workspace.open(db_url)
    me = users.login(ws, "rev", PASSWORD)
    sup = users.login(ws, "sup", PASSWORD)

    def done(what: str) -> None:
        print(what, flush=True)

    n = 0
    while True:
        n += 1
        data = TEXT.replace("月底", f"第{n}周").encode()
        result = documents.import_document(ws, me, data, f"n{n}.txt", extractor=extract_text)
        done("import")
        doc = result.document_id
        v = scans.scan_document(ws, me, doc, result.change.version,
                                scanner=FakeScanner()).change.version
        done("scan")
        for hit in document_detail(ws, me, doc).hits:
            v = review.decide_hit(ws, me, doc, hit.hit_id, "redact", v).version
            done("decide")
        v = review.propose_attribute(ws, me, doc, v, "proactive").version
        done("propose")
        v = signoff.submit_review(ws, me, doc, v).version
        done("submit")
        signoff.approve_step(ws, sup, doc, v)
        done("approve")


def test_sigkill_mid_review_loses_at_most_the_action_in_flight(db_url: str) -> None:
    ws = Workspace.open(db_url)
    users.create_first_admin(ws, "admin", PASSWORD)
    admin = users.login(ws, "admin", PASSWORD)
    users.add_user(ws, admin, "rev", "reviewer", PASSWORD)
    users.add_user(ws, admin, "sup", "supervisor", PASSWORD)
    before = verify_audit(ws).events
    ws.close()

    child = subprocess.Popen(
        [sys.executable, "-c",
         ("import sys; from tests.integration.test_crash_review import review_loop; "
          "review_loop(sys.argv[1])"), db_url],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    reported = 0
    assert child.stdout is not None
    for _line in child.stdout:  # blocks on the child's output: no sleeping, no polling
        reported += 1
        if reported == REPORTED_BEFORE_KILL:
            child.send_signal(signal.SIGKILL)
            break
    child.wait()
    # the child may have run ahead of our reading: count every line it managed to print
    reported += len(child.stdout.read().splitlines())
    assert child.returncode == -signal.SIGKILL, child.stderr.read() if child.stderr else ""
    child.stdout.close()
    if child.stderr:
        child.stderr.close()

    ws = Workspace.open(db_url)
    try:
        assert ws.db.check_integrity() == []
        report = verify_audit(ws)
        assert report.intact, report.first_break
        committed = report.events - before - 2  # the two sign-ins
        # every reported action is there; at most one more (committed, not yet printed)
        assert reported <= committed <= reported + 1
        # and the database still works for the next action
        rev = users.login(ws, "rev", PASSWORD)
        assert documents.import_document(ws, rev, b"after the crash\n", "after.txt",
                                         extractor=extract_text).document_id
    finally:
        ws.close()
