"""Four writer processes act at once: the audit trail stays one unbroken chain (both engines)."""

from __future__ import annotations

import multiprocessing

from argon2 import PasswordHasher

from tests.unit.services.fakes import FakeScanner, extract_text
from workbench.services import documents, passwords, scans, users
from workbench.services.audit_trail import verify_audit
from workbench.services.workspace import Workspace

WORKERS = 4
ROUNDS = 15
PASSWORD = "worker-pass-1"


def _cheap_hashing() -> None:
    cheap = PasswordHasher(time_cost=1, memory_cost=64, parallelism=1)
    passwords._hasher = lambda: cheap  # test speed only; the product keeps the defaults


def worker(db_url: str, index: int, barrier) -> None:
    _cheap_hashing()
    ws = Workspace.open(db_url)
    try:
        me = users.login(ws, f"writer{index}", PASSWORD)
        barrier.wait()  # everyone starts appending at the same moment
        for n in range(ROUNDS):
            data = f"第{index}号写入者的第{n}份文件，电话1381234{index:02d}{n:02d}。\n".encode()
            result = documents.import_document(ws, me, data, f"w{index}-{n}.txt",
                                               extractor=extract_text)
            scans.scan_document(ws, me, result.document_id, result.change.version,
                                scanner=FakeScanner())
    finally:
        ws.close()


def test_four_processes_keep_one_chain(db_url: str) -> None:
    _cheap_hashing()
    ws = Workspace.open(db_url)
    users.create_first_admin(ws, "admin", PASSWORD)
    admin = users.login(ws, "admin", PASSWORD)
    for index in range(WORKERS):
        users.add_user(ws, admin, f"writer{index}", "reviewer", PASSWORD)
    before = verify_audit(ws).events
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(WORKERS)
    processes = [context.Process(target=worker, args=(db_url, i, barrier))
                 for i in range(WORKERS)]
    for process in processes:
        process.start()
    for process in processes:
        process.join()
    assert [p.exitcode for p in processes] == [0] * WORKERS
    report = verify_audit(ws)
    ws.close()
    assert report.intact, report.first_break
    # one login plus an import and a scan per round, per writer: nothing lost, nothing doubled
    assert report.events == before + WORKERS * (1 + 2 * ROUNDS)
