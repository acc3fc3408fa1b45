"""Review form and annual statistics filled from the records, and audited."""

from __future__ import annotations

import zipfile
from datetime import date, timedelta
from pathlib import Path

from tests.unit.services.conftest import Team, events, import_text, scan, version_of
from workbench.services import review, signoff
from workbench.services.exports import export_review_form, export_statistics
from workbench.services.queues import document_detail
from workbench.services.workspace import Workspace


def test_review_form_and_statistics(ws: Workspace, team: Team, tmp_path: Path) -> None:
    doc = import_text(ws, team.rev, doc_number="某政办发〔2026〕9号")
    v = scan(ws, team.rev, doc, version_of(ws, team.rev, doc)).change.version
    for hit in document_detail(ws, team.rev, doc).hits:
        v = review.decide_hit(ws, team.rev, doc, hit.hit_id, "redact", v).version
    v = review.propose_attribute(ws, team.rev, doc, v, "proactive").version
    v = signoff.approve_step(ws, team.sup, doc, signoff.submit_review(ws, team.rev, doc,
                                                                      v).version).version
    form = export_review_form(ws, team.rev, doc, "docx", tmp_path / "form.docx")
    with zipfile.ZipFile(form.path) as package:
        body = package.read("word/document.xml").decode("utf-8")
    assert "某政办发〔2026〕9号" in body and "SUP" in body
    pdf = export_review_form(ws, team.sup, doc, "pdf", tmp_path / "form.pdf")
    assert Path(pdf.path).read_bytes().startswith(b"%PDF")
    today = date.today()
    stats = export_statistics(ws, team.sup, today - timedelta(days=1), today + timedelta(days=1),
                              tmp_path / "stats.xlsx")
    assert Path(stats.path).stat().st_size > 0
    assert [e[1] for e in events(ws)][-3:] == ["export.review_form", "export.review_form",
                                               "export.statistics"]
