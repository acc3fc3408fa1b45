"""Audit trail exports: what they contain, and that the chain recomputes from the file alone."""

from __future__ import annotations

import csv
import dataclasses
import hashlib
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.unit.reporting.conftest import pdfinfo, pdftotext, squeeze
from workbench.core.audit_chain import GENESIS_HASH
from workbench.core.errors import ValidationError
from workbench.reporting import (
    verify_audit_csv,
    verify_audit_xlsx,
    write_audit_csv,
    write_audit_pdf,
    write_audit_xlsx,
)
from workbench.reporting.audit_format import FIELDS, INFO_SHEET, ROWS_SHEET
from workbench.reporting.audit_verify import Links
from workbench.reporting.records import AuditTrail


def _csv_rows(path: Path) -> tuple[list[list[str]], list[dict[str, str]]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        lines = list(csv.reader(handle))
    header = lines.index(list(FIELDS))
    return lines[:header], [dict(zip(FIELDS, line, strict=True)) for line in lines[header + 1:]]


def test_csv_has_bom_summary_and_exact_values(tmp_path: Path, trail: AuditTrail) -> None:
    target = tmp_path / "审计.csv"
    digest = write_audit_csv(trail, target)

    raw = target.read_bytes()
    assert digest == hashlib.sha256(raw).hexdigest()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel/WPS read the BOM as "this is UTF-8"
    summary, rows = _csv_rows(target)
    facts = {line[0]: line[1] for line in summary if len(line) == 2}
    assert facts["链头哈希 (head_hash)"] == trail.head_hash
    assert facts["本文件事件数 (rows)"] == "12"
    assert facts["筛选条件 (filter)"] == "全部（完整链）"
    assert facts["导出时全链校验 (chain_verified)"] == "通过"
    assert len(rows) == 12
    first, export_row = rows[0], rows[5]
    assert first["prev_hash"] == GENESIS_HASH
    assert first["occurred_at"] == trail.rows[0].occurred_at
    assert export_row["role"] == "" and export_row["actor_id"] == ""  # NULL as empty cells
    assert export_row["payload"] == trail.rows[5].payload
    assert rows[4]["payload"] == '{"comment":"同意, \\"不予\\"公开","step":"终审"}'


def test_csv_round_trip_recomputes_the_chain(tmp_path: Path, trail: AuditTrail) -> None:
    target = tmp_path / "trail.csv"
    write_audit_csv(trail, target)

    report = verify_audit_csv(target)

    assert report.intact
    assert report.links is Links.COMPLETE
    assert (report.rows, report.stated_rows, report.links_checked) == (12, 12, 12)
    assert report.head_hash == trail.head_hash


def test_tampered_csv_row_is_named_by_seq(tmp_path: Path, trail: AuditTrail) -> None:
    target = tmp_path / "trail.csv"
    write_audit_csv(trail, target)
    text = target.read_text(encoding="utf-8-sig")
    original = next(line for line in text.splitlines() if line.startswith("4,"))
    target.write_text(text.replace(original, original.replace("withhold", "dismiss")),
                      encoding="utf-8-sig")

    report = verify_audit_csv(target)

    assert not report.intact
    assert report.first_bad_seq == 4
    assert [(p.seq, p.reason) for p in report.problems] == [(4, "hash_mismatch")]


def test_rehashed_tampering_breaks_the_next_link(tmp_path: Path, trail: AuditTrail) -> None:
    """A forger who also recomputes the row's own hash is caught by the next row's link."""
    from workbench.core.audit_chain import event_hash
    from workbench.reporting.audit_format import row_from_cells

    target = tmp_path / "trail.csv"
    write_audit_csv(trail, target)
    summary, rows = _csv_rows(target)
    rows[6]["actor_name"] = "周海燕"
    event, _ = row_from_cells(rows[6], 0)
    rows[6]["hash"] = event_hash(event)
    with target.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerows([*summary, list(FIELDS)])
        writer.writerows([row[name] for name in FIELDS] for row in rows)

    report = verify_audit_csv(target)

    assert [(p.seq, p.reason) for p in report.problems] == [(8, "prev_mismatch")]


def test_removed_last_row_is_reported(tmp_path: Path, trail: AuditTrail) -> None:
    target = tmp_path / "trail.csv"
    write_audit_csv(trail, target)
    lines = target.read_text(encoding="utf-8-sig").splitlines(keepends=True)
    target.write_text("".join(lines[:-1]), encoding="utf-8-sig")

    report = verify_audit_csv(target)

    assert not report.intact  # 11 rows where the summary says 12, and the head is not reached
    assert report.links is Links.PARTIAL


def test_filtered_export_checks_rows_and_reports_partial_links(
        tmp_path: Path, filtered_trail: AuditTrail) -> None:
    target = tmp_path / "doc31.csv"
    write_audit_csv(filtered_trail, target)

    report = verify_audit_csv(target)

    assert report.intact
    assert report.links is Links.PARTIAL
    assert report.rows == 8
    assert report.links_checked == 6  # 3<-2, 4<-3, 5<-4, 9<-8, 10<-9, 11<-10


def test_xlsx_layout_and_round_trip(tmp_path: Path, trail: AuditTrail) -> None:
    target = tmp_path / "审计.xlsx"
    digest = write_audit_xlsx(trail, target)
    assert digest == hashlib.sha256(target.read_bytes()).hexdigest()

    workbook = load_workbook(target)
    sheet = workbook[ROWS_SHEET]
    assert sheet.freeze_panes == "B4"
    assert trail.head_hash in sheet["A1"].value and "本表事件数 12" in sheet["A1"].value
    assert [cell.value for cell in sheet[3]] == list(FIELDS)
    assert sheet.column_dimensions["L"].width == 30
    assert sheet["A4"].value == 1 and sheet["L15"].value == trail.head_hash
    assert sheet["J9"].data_type == "s"  # "=SUM(A1)" inside the payload stays text
    assert trail.head_hash in sheet.oddHeader.center.text
    info = {row[0].value: row[1].value for row in workbook[INFO_SHEET].iter_rows(min_row=2)
            if row[0].value and row[1].value}
    assert info["链头哈希 (head_hash)"] == trail.head_hash
    workbook.close()

    report = verify_audit_xlsx(target)
    assert report.intact and report.links is Links.COMPLETE and report.rows == 12


def test_tampered_xlsx_cell_is_named_by_seq(tmp_path: Path, trail: AuditTrail) -> None:
    target = tmp_path / "trail.xlsx"
    write_audit_xlsx(trail, target)
    workbook = load_workbook(target)
    workbook[ROWS_SHEET]["G6"] = "ok" if workbook[ROWS_SHEET]["G6"].value != "ok" else "failed"
    workbook.save(target)

    report = verify_audit_xlsx(target)

    assert report.first_bad_seq == 3


def test_pdf_prints_head_hash_on_every_page(tmp_path: Path, pdf_font) -> None:
    from tests.unit.reporting.conftest import chained_rows

    rows = chained_rows(60)
    trail = AuditTrail(rows=rows, head_hash=rows[-1].hash, head_seq=60, chain_verified=False,
                       filter_description="自 2025-05-05 起")
    target = tmp_path / "审计.pdf"
    digest = write_audit_pdf(trail, target)
    assert digest == hashlib.sha256(target.read_bytes()).hexdigest()

    info = pdfinfo(target)
    pages = int(info["Pages"])
    assert pages > 1
    assert info["Page size"].startswith("841.89 x 595.276 pts (A4)")  # landscape
    for page in range(1, pages + 1):
        text = squeeze(pdftotext(target, "-f", str(page), "-l", str(page)))
        assert trail.head_hash in text
        assert "筛选：自2025-05-05起" in text and "全链事件数：60" in text
        assert "导出时全链校验：未通过" in text
        assert f"第{page}页共{pages}页" in text
        assert "序号" in text and "本事件哈希" in text  # the repeated header row
    whole = squeeze(pdftotext(target))
    assert "危旧房屋汛前排查通知.docx" in whole and "陈晓东" in whole
    for quarter in (rows[30].hash[i:i + 16] for i in range(0, 64, 16)):
        assert quarter in whole
    assert "核验方法" in whole


def test_empty_selection_still_exports(tmp_path: Path, trail: AuditTrail) -> None:
    empty = dataclasses.replace(trail, rows=(), filter_description="文档 99")
    write_audit_pdf(empty, tmp_path / "e.pdf")
    write_audit_csv(empty, tmp_path / "e.csv")
    report = verify_audit_csv(tmp_path / "e.csv")
    assert report.intact and report.rows == 0 and report.links is Links.PARTIAL
    assert "没有审计事件" in pdftotext(tmp_path / "e.pdf")


@pytest.mark.parametrize("writer", [write_audit_csv, write_audit_xlsx, write_audit_pdf])
def test_out_of_order_rows_are_refused(tmp_path: Path, trail: AuditTrail, writer) -> None:
    shuffled = dataclasses.replace(trail, rows=(trail.rows[1], trail.rows[0]))
    with pytest.raises(ValidationError):
        writer(shuffled, tmp_path / "x")
    assert list(tmp_path.iterdir()) == []


def test_not_an_export_is_refused(tmp_path: Path) -> None:
    other = tmp_path / "other.csv"
    other.write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(ValidationError):
        verify_audit_csv(other)
    with pytest.raises(ValidationError):
        verify_audit_xlsx(other)
