"""Exporting the publishable copy, on SQLite and PostgreSQL: only after sign-off, audited."""

from __future__ import annotations

import hashlib
import json
from datetime import date
from pathlib import Path

import pytest

from tests.unit.services.conftest import Team, events, import_text, scan, version_of
from workbench.core.errors import PermissionDeniedError, WorkflowError
from workbench.services import review, signoff
from workbench.services.audit_trail import verify_audit
from workbench.services.publishing import export_publishable_copy
from workbench.services.queues import document_detail
from workbench.services.workspace import Workspace


def _reviewed(ws: Workspace, team: Team, attribute: str = "proactive") -> tuple[int, int]:
    """A document whose mobile number is redacted and whose proposal is submitted."""
    doc = import_text(ws, team.rev)
    v = scan(ws, team.rev, doc, version_of(ws, team.rev, doc)).change.version
    hits = document_detail(ws, team.rev, doc).hits
    mobile = next(h for h in hits if h.subtype == "mobile")
    process = next(h for h in hits if h.category == "process_info")
    v = review.decide_hit(ws, team.rev, doc, mobile.hit_id, "redact", v,
                          all_identical=True).version
    v = review.decide_hit(ws, team.rev, doc, process.hit_id, "dismiss", v,
                          reason="定稿时删除").version
    extra = {} if attribute == "proactive" else {"reason": "涉及内部事务",
                                                 "legal_ground": "条例第十六条第一款"}
    v = review.propose_attribute(ws, team.rev, doc, v, attribute, **extra).version
    return doc, signoff.submit_review(ws, team.rev, doc, v).version


def _export_events(ws: Workspace, doc: int) -> list[tuple[str, dict]]:
    return [(e[2], json.loads(e[5])) for e in events(ws)
            if e[1] == "document.export_copy" and e[4] == doc]


def test_refused_before_sign_off_then_allowed_after(ws: Workspace, team: Team,
                                                    tmp_path: Path) -> None:
    doc, v = _reviewed(ws, team)
    target = tmp_path / "公开版.txt"
    with pytest.raises(WorkflowError) as err:
        export_publishable_copy(ws, team.rev, doc, target)
    assert err.value.code == "not_signed_off"
    assert not target.exists()
    assert _export_events(ws, doc) == [("refused", {"code": "not_signed_off",
                                                    "reason": err.value.message})]

    signoff.approve_step(ws, team.sup, doc, v, comment="同意")
    result = export_publishable_copy(ws, team.rev, doc, target, stamp="footer")
    written = target.read_bytes()
    assert result.sha256 == hashlib.sha256(written).hexdigest()
    text = written.decode("utf-8")
    assert "13812345678" not in text
    assert text.count("■" * 11) == 2
    assert text.endswith("（此件公开发布）\n")
    assert result.redactions == 2 and {s for _, s in result.mask_styles} == {"block"}

    outcome, payload = _export_events(ws, doc)[-1]
    assert outcome == "ok"
    assert payload["sha256"] == result.sha256 and payload["redactions"] == 2
    assert payload["styles"] == {"block": 2}
    assert [m["style"] for m in payload["mask_styles"]] == ["block", "block"]
    assert payload["stamp"] == "footer" and payload["file"] == "公开版.txt"
    assert result.change.audit_seq == max(e[0] for e in events(ws))
    assert verify_audit(ws).intact


def test_mask_styles_chosen_at_export_and_published_documents(ws: Workspace, team: Team,
                                                              tmp_path: Path) -> None:
    doc, v = _reviewed(ws, team)
    v = signoff.approve_step(ws, team.sup, doc, v).version
    signoff.mark_published(ws, team.rev, doc, v, published_on=date(2026, 3, 2),
                           where="门户网站")
    result = export_publishable_copy(ws, team.sup, doc, tmp_path / "copy.txt",
                                     mask_styles={"mobile": "asterisks"}, stamp="none")
    text = (tmp_path / "copy.txt").read_text("utf-8")
    assert text.count("138****5678") == 2 and "此件" not in text
    assert result.stamp is None and {s for _, s in result.mask_styles} == {"asterisks"}


def test_a_withheld_document_has_no_publishable_copy(ws: Workspace, team: Team,
                                                     tmp_path: Path) -> None:
    doc, v = _reviewed(ws, team, "withheld")
    signoff.approve_step(ws, team.sup, doc, v)
    with pytest.raises(WorkflowError) as err:
        export_publishable_copy(ws, team.rev, doc, tmp_path / "copy.txt")
    assert err.value.code == "not_publishable"
    assert not (tmp_path / "copy.txt").exists()
    assert [o for o, _ in _export_events(ws, doc)] == ["refused"]


def test_admin_without_review_roles_is_refused(ws: Workspace, team: Team,
                                               tmp_path: Path) -> None:
    doc, v = _reviewed(ws, team)
    signoff.approve_step(ws, team.sup, doc, v)
    with pytest.raises(PermissionDeniedError):
        export_publishable_copy(ws, team.admin, doc, tmp_path / "copy.txt")
    assert [o for o, _ in _export_events(ws, doc)] == ["refused"]


def test_a_leaking_copy_is_not_written_and_the_failure_is_audited(
        ws: Workspace, team: Team, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from workbench.reporting import redaction
    from workbench.reporting.redaction import RedactionLeakError

    doc, v = _reviewed(ws, team)
    signoff.approve_step(ws, team.sup, doc, v)
    monkeypatch.setattr(redaction, "write_text", lambda data, ex, plan, stamp: (data, []))
    with pytest.raises(RedactionLeakError):
        export_publishable_copy(ws, team.rev, doc, tmp_path / "copy.txt")
    assert not (tmp_path / "copy.txt").exists()
    outcome, payload = _export_events(ws, doc)[-1]
    assert outcome == "failed" and payload["code"] == "redaction_leak"
    assert "13812345678" not in json.dumps(payload, ensure_ascii=False)
    assert verify_audit(ws).intact
