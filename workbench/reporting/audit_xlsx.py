"""The audit trail as XLSX: an events sheet with a frozen header, and a summary sheet.

Sheet ``审计记录``: row 1 the chain's head hash, event counts, filter and verification result;
row 2 Chinese column names; row 3 the hashed field names; one row per event from row 4, frozen
below the header, every value as stored (times and hashes as text). Its printed pages repeat the
header rows and carry the head hash and "第 n 页 共 m 页". Sheet ``导出信息``: the same summary as
the CSV (``标签 (key)`` / value) and how to recompute the chain
(:mod:`workbench.reporting.audit_format`); :func:`~workbench.reporting.audit_verify.
verify_audit_xlsx` reads both back.
"""

from __future__ import annotations

import os
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from workbench.core.errors import ValidationError
from workbench.reporting import audit_format
from workbench.reporting.atomic import check_target, write_atomically
from workbench.reporting.labels import PRODUCT_NAME
from workbench.reporting.records import AuditTrail

#: Excel's limit for one cell; a longer payload cannot be stored (the CSV has no limit).
MAX_CELL_CHARS = 32767
HEADER_ROWS = 3
_WIDTHS = {"seq": 8, "occurred_at": 33, "actor_id": 9, "actor_name": 12, "role": 11,
           "action": 18, "outcome": 9, "document_id": 9, "document_sha256": 30, "payload": 50,
           "prev_hash": 30, "hash": 30}
_HEADER_FILL = PatternFill("solid", fgColor="DDE4EE")
_BOLD = Font(name="宋体", bold=True)
_MONO = Font(name="Consolas", size=9)


def _text(cell: Cell, value: str) -> None:
    # openpyxl would store text starting with "=" as a formula; every value here is data.
    cell.value = value
    cell.data_type = "s"


def _events_sheet(sheet: Worksheet, trail: AuditTrail) -> None:
    summary = audit_format.summary(trail)
    sheet.title = audit_format.ROWS_SHEET
    line = (f"链头哈希 {trail.head_hash}　全链事件数 {trail.head_seq}　本表事件数 {len(trail.rows)}"
            f"　筛选：{summary.get('filter')}　导出时全链校验：{summary.get('chain_verified')}"
            f"　导出时间：{audit_format.exported_at_text(trail)}")
    _text(sheet.cell(row=1, column=1), line)
    sheet.cell(row=1, column=1).font = _BOLD
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(audit_format.FIELDS))
    for column, name in enumerate(audit_format.FIELDS, start=1):
        for row, text in ((2, audit_format.FIELD_LABELS_ZH[name]), (3, name)):
            cell = sheet.cell(row=row, column=column)
            _text(cell, text)
            cell.font, cell.fill = _BOLD, _HEADER_FILL
            cell.alignment = Alignment(horizontal="center")
        sheet.column_dimensions[get_column_letter(column)].width = _WIDTHS[name]
    for row_number, row in enumerate(trail.rows, start=HEADER_ROWS + 1):
        for column, name in enumerate(audit_format.FIELDS, start=1):
            value = getattr(row, name)
            cell = sheet.cell(row=row_number, column=column)
            if value is None:
                continue  # an empty cell is NULL
            if name in audit_format.INT_FIELDS:
                cell.value = value
            else:
                if len(value) > MAX_CELL_CHARS:
                    raise ValidationError(
                        f"Event {row.seq}: the {name} is longer than an XLSX cell holds; "
                        "export the trail as CSV.", code="export_cell_too_long", seq=row.seq)
                _text(cell, value)
                if name.endswith("hash") or name == "document_sha256":
                    cell.font = _MONO
    sheet.freeze_panes = sheet.cell(row=HEADER_ROWS + 1, column=2)  # header and seq stay put
    sheet.auto_filter.ref = (f"A{HEADER_ROWS}:{get_column_letter(len(audit_format.FIELDS))}"
                             f"{HEADER_ROWS + len(trail.rows)}")
    sheet.print_title_rows = f"1:{HEADER_ROWS}"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.oddHeader.center.text = f"{PRODUCT_NAME} 审计记录  链头哈希 {trail.head_hash}"
    sheet.oddFooter.center.text = f"第 &P 页 共 &N 页  本表事件数 {len(trail.rows)}"


def _info_sheet(sheet: Worksheet, trail: AuditTrail) -> None:
    summary = audit_format.summary(trail)
    _text(sheet.cell(row=1, column=1), f"{PRODUCT_NAME} 审计记录导出")
    sheet.cell(row=1, column=1).font = _BOLD
    for row, (key, value) in enumerate(summary.items, start=2):
        _text(sheet.cell(row=row, column=1), audit_format.summary_key_label(key))
        _text(sheet.cell(row=row, column=2), value)
    note = sheet.cell(row=len(summary.items) + 3, column=1)
    _text(note, audit_format.HOW_TO_VERIFY_ZH)
    note.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.merge_cells(start_row=note.row, start_column=1, end_row=note.row, end_column=2)
    sheet.row_dimensions[note.row].height = 110
    sheet.column_dimensions["A"].width = 26
    sheet.column_dimensions["B"].width = 70


def write_audit_xlsx(trail: AuditTrail, path: str | os.PathLike[str]) -> str:
    """Write the audit rows with the chain's summary as an XLSX workbook.

    Args:
        trail: The selected events and the facts about the whole chain.
        path: The .xlsx file to create or replace (written atomically).

    Returns:
        The SHA-256 of the written file.

    Raises:
        ValidationError: Malformed rows, or a payload longer than an XLSX cell holds.
        EnvironmentProblem: The file cannot be written.
    """
    check_target(path)
    audit_format.validate(trail)
    workbook = Workbook()
    _events_sheet(workbook.active, trail)
    _info_sheet(workbook.create_sheet(audit_format.INFO_SHEET), trail)
    workbook.properties.creator = PRODUCT_NAME
    workbook.properties.title = "审计记录导出"

    def write(temp: Path) -> None:
        workbook.save(temp)

    return write_atomically(path, write)
