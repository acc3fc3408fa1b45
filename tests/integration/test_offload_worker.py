"""Extraction and scanning run in a worker process: used, cancelled, restarted, cleaned up."""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterator

import pytest
from argon2 import PasswordHasher

from tests.helpers.docs import docx_from_paragraphs, pdf_text
from workbench.core.errors import CancelledError, InputFileError
from workbench.services import documents, passwords, scans, users
from workbench.services.offload import WorkerProcess
from workbench.services.workspace import Workspace

pytestmark = pytest.mark.slow

PARAGRAPHS = [f"第{i}条：联系人王建华，电话1385162{i:04d}，地址青禾区杏林路{i}号。"
              for i in range(200)]


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A zombie still answers kill(0); ask the kernel whether it has exited.
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            return stat.read().split(") ", 1)[1][0] != "Z"
    except FileNotFoundError:
        return False


@pytest.fixture
def worker() -> Iterator[WorkerProcess]:
    process = WorkerProcess()
    yield process
    process.close()
    assert process.pids() == []


class CancelAfterFirstPage:
    def __init__(self) -> None:
        self.reports: list[tuple[int, int | None, str]] = []

    def update(self, done: int, total: int | None, message: str = "") -> None:
        self.reports.append((done, total, message))

    def cancelled(self) -> bool:
        return any(message == "page" and done >= 1 for done, _, message in self.reports)


def test_import_and_scan_use_the_worker_process_and_close_ends_it(
        tmp_path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    cheap = PasswordHasher(time_cost=1, memory_cost=64, parallelism=1)
    monkeypatch.setattr(passwords, "_hasher", lambda: cheap)
    ws = Workspace.open(f"sqlite:///{tmp_path / 'w.db'}")
    try:
        users.create_first_admin(ws, "admin", "admin-password")
        admin = users.login(ws, "admin", "admin-password")
        users.add_user(ws, admin, "li", ["reviewer"], "reviewer-password")
        li = users.login(ws, "li", "reviewer-password")
        result = documents.import_document(ws, li, docx_from_paragraphs(PARAGRAPHS), "a.docx")
        assert ws.worker is not None
        pids = ws.worker.pids()
        assert len(pids) == 1 and pids[0] != os.getpid()
        summary = scans.scan_document(ws, li, result.document_id, result.change.version or 0)
        assert summary.hits >= len(PARAGRAPHS)  # a mobile number in every paragraph
        assert ws.worker.pids() == pids  # the same process, reused
        # and it scanned with the very list the services record (no in-process fallback)
        assert not [r for r in caplog.records if r.name == "workbench.services.offload"]
    finally:
        ws.close()
    assert not _alive(pids[0])
    assert multiprocessing.active_children() == []


def test_the_worker_reports_page_progress(worker: WorkerProcess) -> None:
    sink = CancelAfterFirstPage()
    sink.cancelled = lambda: False  # type: ignore[method-assign]
    extracted = worker.extract(pdf_text([["第一页 电话13851620001"]] * 5), "a.pdf", sink)
    assert extracted.page_count == 5
    assert ("page" in {m for _, _, m in sink.reports}) and sink.reports[-1][2] == "done"


def test_cancel_ends_the_process_and_the_next_job_starts_a_fresh_one(
        worker: WorkerProcess) -> None:
    pages = [[f"第{p}页第{i}行 联系电话1385162{i:04d}" for i in range(40)] for p in range(300)]
    with pytest.raises(CancelledError):
        worker.extract(pdf_text(pages), "long.pdf", CancelAfterFirstPage())
    assert worker.pids() == []
    assert multiprocessing.active_children() == []
    again = worker.extract(docx_from_paragraphs(PARAGRAPHS[:3]), "b.docx")
    assert "王建华" in again.text


def test_a_crashing_reader_is_an_unreadable_file_and_the_worker_recovers(
        worker: WorkerProcess) -> None:
    with pytest.raises(InputFileError) as caught:
        worker._run(None, os._exit, 3)  # what a segfault in a native reader looks like
    assert caught.value.code == "corrupt_file"
    assert "王建华" in worker.extract(docx_from_paragraphs(PARAGRAPHS[:3]), "b.docx").text


def test_reader_errors_cross_the_process_boundary(worker: WorkerProcess) -> None:
    with pytest.raises(InputFileError) as caught:
        worker.extract(b"PK\x03\x04 not really a zip", "broken.docx")
    assert caught.value.code == "corrupt_file"
