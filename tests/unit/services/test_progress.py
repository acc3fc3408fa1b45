"""Import and scan report their phases and stop at a phase boundary, leaving no trace."""

from __future__ import annotations

import pytest

from tests.unit.services.conftest import Team, events, import_text, scan, version_of
from tests.unit.services.fakes import FakeScanner
from workbench.core.errors import CancelledError
from workbench.services import queues, scans
from workbench.services.workspace import Workspace


class Recorder:
    """A ProgressSink that records phases and cancels once it has seen ``cancel_at``."""

    def __init__(self, cancel_at: str | None = None) -> None:
        self.reports: list[tuple[int, int | None, str]] = []
        self.cancel_at = cancel_at

    def update(self, done: int, total: int | None, message: str = "") -> None:
        self.reports.append((done, total, message))

    def cancelled(self) -> bool:
        return any(m == self.cancel_at for _, _, m in self.reports)

    @property
    def phases(self) -> list[str]:
        out: list[str] = []
        for _, _, message in self.reports:
            if not out or out[-1] != message:
                out.append(message)
        return out


def _document_count(ws: Workspace, team: Team) -> int:
    return queues.list_documents(ws, team.rev).total


def test_import_reports_its_phases(ws: Workspace, team: Team) -> None:
    sink = Recorder()
    import_text(ws, team.rev, progress=sink)
    assert sink.phases == ["reading", "extracting", "saving"]


def test_scan_reports_its_phases(ws: Workspace, team: Team) -> None:
    doc = import_text(ws, team.rev)
    sink = Recorder()
    scans.scan_document(ws, team.rev, doc, version_of(ws, team.rev, doc),
                        scanner=FakeScanner(), progress=sink)
    assert sink.phases == ["reading", "scanning", "saving"]


@pytest.mark.parametrize("cancel_at", ["reading", "extracting"])
def test_a_cancelled_import_stores_and_audits_nothing(ws: Workspace, team: Team,
                                                      cancel_at: str) -> None:
    before = events(ws)
    count = _document_count(ws, team)
    with pytest.raises(CancelledError):
        import_text(ws, team.rev, progress=Recorder(cancel_at))
    assert _document_count(ws, team) == count
    # The user changed nothing: no document, no file, and no audit event (not even a refusal).
    assert events(ws) == before


@pytest.mark.parametrize("cancel_at", ["reading", "scanning"])
def test_a_cancelled_scan_stores_and_audits_nothing(ws: Workspace, team: Team,
                                                    cancel_at: str) -> None:
    doc = import_text(ws, team.rev)
    version = version_of(ws, team.rev, doc)
    before = events(ws)
    with pytest.raises(CancelledError):
        scans.scan_document(ws, team.rev, doc, version, scanner=FakeScanner(),
                            progress=Recorder(cancel_at))
    assert events(ws) == before
    assert version_of(ws, team.rev, doc) == version
    summary = scan(ws, team.rev, doc, version)  # and the document can still be scanned
    assert summary.hits > 0


def test_a_first_scan_writes_thousands_of_hits_in_bulk(ws: Workspace, team: Team) -> None:
    text = "".join(f"第{i}行，联系电话1381234{i:04d}。\n" for i in range(3000))
    doc = import_text(ws, team.rev, text)
    summary = scan(ws, team.rev, doc, version_of(ws, team.rev, doc))
    assert summary.hits == 3000
    hits = queues.document_detail(ws, team.rev, doc).hits
    assert len(hits) == 3000
    assert hits[0].text == "13812340000" and hits[-1].text == "13812342999"
