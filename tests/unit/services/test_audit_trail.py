"""Audit verify and export through the services (the export itself is audited)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.unit.services.conftest import Team, events, import_text
from workbench.core.errors import PermissionDeniedError
from workbench.reporting.audit_verify import verify_audit_csv, verify_audit_xlsx
from workbench.services.audit_trail import export_audit, verify_audit
from workbench.services.workspace import Workspace


def test_exports_verify_on_their_own(ws: Workspace, team: Team, tmp_path: Path) -> None:
    doc = import_text(ws, team.rev)
    report = verify_audit(ws)
    assert report.intact and report.events == len(events(ws))
    csv_result = export_audit(ws, team.sup, "csv", tmp_path / "trail.csv")
    assert csv_result.chain_intact and csv_result.head_hash == report.head_hash
    assert verify_audit_csv(tmp_path / "trail.csv").intact
    export_audit(ws, team.admin, "xlsx", tmp_path / "trail.xlsx")
    assert verify_audit_xlsx(tmp_path / "trail.xlsx").intact
    load_workbook(tmp_path / "trail.xlsx", read_only=True).close()
    one = export_audit(ws, team.admin, "pdf", tmp_path / "doc.pdf", document_id=doc)
    assert one.rows == 1 and (tmp_path / "doc.pdf").read_bytes().startswith(b"%PDF")
    assert [e[1] for e in events(ws)][-3:] == ["audit.export"] * 3
    later = export_audit(ws, team.admin, "csv", tmp_path / "none.csv",
                         since=date.today() + timedelta(days=1))
    assert later.rows == 0
    assert verify_audit(ws).intact


def test_reviewers_cannot_export(ws: Workspace, team: Team, tmp_path: Path) -> None:
    with pytest.raises(PermissionDeniedError):
        export_audit(ws, team.rev, "csv", tmp_path / "t.csv")
    assert events(ws)[-1][1:3] == ("audit.export", "refused")
    assert not (tmp_path / "t.csv").exists()
