"""Fixtures for the export tests: sample records, a chained trail, PDF font modes, pdftotext."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from workbench.core.audit_chain import GENESIS_HASH, ChainedEvent, canonical_json, event_hash
from workbench.reporting import pdf_fonts
from workbench.reporting.records import (
    AuditRow,
    AuditTrail,
    HitSummary,
    Opinion,
    RedactionSummary,
    ReviewFormRecord,
    SignOffStep,
)

DOC_SHA = "3f5a9c0e" * 8


@pytest.fixture
def review_record() -> ReviewFormRecord:
    """A withheld-in-part notice of a district housing office (invented for the tests)."""
    return ReviewFormRecord(
        document_id=31,
        title="关于做好2025年城区危旧房屋汛前排查工作的通知",
        file_name="危旧房屋汛前排查通知（送审稿）.docx",
        document_sha256=DOC_SHA,
        negative_list_version="2025.1+西城区补充2",
        proposed_attribute="on_request",
        final_attribute="withheld",
        doc_number="西住建发〔2025〕9号",
        drafting_unit="房屋安全管理科",
        department="西城区住房和城乡建设委员会",
        reason="附件含在建项目应急物资存放点位及住户身份信息",
        legal_ground="条例第十四条、第十五条",
        hits=(HitSummary("public_safety", 2, withheld=2),
              HitSummary("personal_privacy", 4, redacted=3, dismissed=1)),
        redactions=(RedactionSummary("personal_privacy", 3, "id_card"),),
        signoffs=(
            SignOffStep("初审", "孙立平", "returned", "请补充法律依据",
                        datetime(2025, 5, 6, 1, 0, tzinfo=UTC)),
            SignOffStep("初审", "孙立平", "approved", "", datetime(2025, 5, 7, 1, 0, tzinfo=UTC)),
            SignOffStep("终审", "周海燕", "approved", "同意不予公开",
                        datetime(2025, 5, 8, 1, 0, tzinfo=UTC)),
        ),
        reviewer=Opinion("陈晓东", "建议不予公开，一年后复查。",
                         datetime(2025, 5, 5, 2, tzinfo=UTC)),
        supervisor=Opinion("周海燕", "同意。", datetime(2025, 5, 8, 1, 0, tzinfo=UTC)),
        printed_at=datetime(2025, 5, 9, 3, 0, tzinfo=UTC),
    )


def chained_rows(count: int = 12) -> tuple[AuditRow, ...]:
    """A genuine chain computed with the core's hash, as storage writes it."""
    script = [
        ("login", "陈晓东", "reviewer", None, {}),
        ("import", "陈晓东", "reviewer", 31, {"file": "危旧房屋汛前排查通知.docx", "size": 40213}),
        ("scan", "陈晓东", "reviewer", 31, {"hits": 6, "negative_list_version": "2025.1"}),
        ("decide_hit", "陈晓东", "reviewer", 31, {"hit": 2, "verdict": "withhold"}),
        ("approve", "周海燕", "supervisor", 31, {"step": "终审", "comment": "同意, \"不予\"公开"}),
        ("export", "系统管理员", None, None, {"format": "csv", "note": "=SUM(A1)"}),
    ]
    rows, prev = [], GENESIS_HASH
    start = datetime(2025, 5, 5, 1, 0, tzinfo=UTC)
    for index in range(count):
        action, name, role, document, payload = script[index % len(script)]
        event = ChainedEvent(
            seq=index + 1,
            occurred_at=(start + timedelta(minutes=13 * index)).isoformat(timespec="microseconds"),
            actor_id=None if role is None else (4 if name == "陈晓东" else 5),
            actor_name=name, role=role, action=action,
            outcome="refused" if index == 7 else "ok",
            document_id=document, document_sha256=DOC_SHA if document else None,
            payload=canonical_json(payload), prev_hash=prev,
        )
        prev = event_hash(event)
        rows.append(AuditRow(hash=prev, **event.__dict__))
    return tuple(rows)


@pytest.fixture
def trail() -> AuditTrail:
    rows = chained_rows()
    return AuditTrail(rows=rows, head_hash=rows[-1].hash, head_seq=len(rows),
                      chain_verified=True, department="西城区住房和城乡建设委员会",
                      exported_by="陈晓东", exported_at=datetime(2025, 5, 9, 3, 0, tzinfo=UTC))


@pytest.fixture
def filtered_trail() -> AuditTrail:
    """Only the events of document 31: not a contiguous chain."""
    rows = chained_rows()
    chosen = tuple(row for row in rows if row.document_id == 31)
    return AuditTrail(rows=chosen, head_hash=rows[-1].hash, head_seq=len(rows),
                      chain_verified=True, filter_description="文档 31")


@pytest.fixture(params=["cid", "embedded"])
def pdf_font(request: pytest.FixtureRequest,
             monkeypatch: pytest.MonkeyPatch) -> Iterator[pdf_fonts.PdfFont]:
    """Run a PDF test with STSong-Light (no font file) and with an embedded TrueType font."""
    pdf_fonts.cjk_font.cache_clear()
    if request.param == "cid":
        monkeypatch.setattr(pdf_fonts, "candidate_files", list)
    font = pdf_fonts.cjk_font()
    if request.param == "embedded" and not font.embedded:
        pdf_fonts.cjk_font.cache_clear()
        pytest.skip("no embeddable CJK TrueType font on this machine (e.g. fonts-wqy-zenhei)")
    yield font
    pdf_fonts.cjk_font.cache_clear()


def pdftotext(path: Path, *args: str) -> str:
    """The text of a PDF as poppler reads it (what search, copy and screen readers get)."""
    binary = shutil.which("pdftotext")
    if binary is None:
        pytest.skip("pdftotext is not installed (apt-get install poppler-utils)")
    result = subprocess.run([binary, *args, str(path), "-"], capture_output=True, text=True,
                            check=False, timeout=60)
    if "Missing language pack" in result.stderr:
        pytest.fail("pdftotext cannot map the STSong-Light CID font: install poppler-data "
                    f"(apt-get install poppler-data). stderr: {result.stderr.strip()[:200]}")
    assert result.returncode == 0, result.stderr
    return result.stdout


def squeeze(text: str) -> str:
    """Text without any whitespace: table cells wrap lines wherever the column ends."""
    return "".join(text.split())


def pdfinfo(path: Path) -> dict[str, str]:
    """poppler's pdfinfo as a dict (Pages, Page size, Title, ...)."""
    binary = shutil.which("pdfinfo")
    if binary is None:
        pytest.skip("pdfinfo is not installed (apt-get install poppler-utils)")
    result = subprocess.run([binary, str(path)], capture_output=True, text=True, check=True,
                            timeout=60)
    pairs = (line.split(":", 1) for line in result.stdout.splitlines() if ":" in line)
    return {key.strip(): value.strip() for key, value in pairs}
