"""The audit trail as an A4 landscape PDF: a table whose header and chain facts repeat per page.

Every page carries the head hash, the event counts, the filter and the page number, so any page
of a printout can be matched to its file. Every hashed value is printed in full (hashes in
monospace, in four lines of 16 characters), except payloads longer than
``PAYLOAD_PRINT_LIMIT`` characters, which are cut and marked: those rows are verified from the
CSV/XLSX export, whose head hash the printout shows.
"""

from __future__ import annotations

import os
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import SimpleDocTemplate, Spacer, Table, TableStyle

from workbench.reporting import audit_format
from workbench.reporting.atomic import check_target, write_atomically
from workbench.reporting.labels import PRODUCT_NAME
from workbench.reporting.pdf_fonts import MONO_FONT, cjk_font
from workbench.reporting.pdf_layout import PageDecorator, numbered_canvas, para, style
from workbench.reporting.records import AuditRow, AuditTrail

PAGE = landscape(A4)
PAYLOAD_PRINT_LIMIT = 1500
_MARGIN = 12 * mm
_TOP = 30 * mm  # room for the three header lines
_COLUMNS = (  # (title, width in mm)
    ("序号\nseq", 10), ("时间(UTC)\noccurred_at", 32), ("操作人\nactor_id / name / role", 26),
    ("操作 / 结果\naction / outcome", 26), ("文档\ndocument_id / sha256", 27),
    ("内容\npayload", 0), ("前一事件哈希\nprev_hash", 26), ("本事件哈希\nhash", 26),
)


def _quarters(digest: str | None) -> str:
    """Four lines of 16: narrow columns, and easy to compare group by group with a file."""
    return "" if not digest else "\n".join(digest[i:i + 16] for i in range(0, len(digest), 16))


def _time(occurred_at: str) -> str:
    # Break before the time of day only; every character is printed as stored.
    return occurred_at.replace("T", "\nT", 1)


def _payload(text: str) -> str:
    if len(text) <= PAYLOAD_PRINT_LIMIT:
        return text
    return (f"{text[:PAYLOAD_PRINT_LIMIT]}…\n（共 {len(text)} 字符，此处截断；"
            "全文及核验见 CSV/XLSX 导出）")


def _row(row: AuditRow) -> list[object]:
    small, mono = style(6.5), style(6.5, mono=True)
    actor = "\n".join(part for part in (
        "" if row.actor_id is None else f"#{row.actor_id}", row.actor_name, row.role or "") if part)
    document = "" if row.document_id is None else f"#{row.document_id}"
    return [
        para(str(row.seq), small),
        para(_time(row.occurred_at), mono),
        para(actor, small),
        para(f"{row.action}\n{row.outcome}", small),
        para("\n".join(x for x in (document, _quarters(row.document_sha256)) if x), mono),
        para(_payload(row.payload), small),
        para(_quarters(row.prev_hash), mono),
        para(_quarters(row.hash), mono),
    ]


def _table(trail: AuditTrail) -> Table:
    fixed = sum(width for _, width in _COLUMNS) * mm
    widths = [width * mm if width else PAGE[0] - 2 * _MARGIN - fixed for _, width in _COLUMNS]
    header = [para(title, style(6.5)) for title, _ in _COLUMNS]
    data = [header] + [_row(row) for row in trail.rows]
    if not trail.rows:
        data.append([para("（所选范围内没有审计事件）", style(8))] + [""] * (len(_COLUMNS) - 1))
    table = Table(data, colWidths=widths, repeatRows=1)
    commands = [
        ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde4ee")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
    ]
    if not trail.rows:
        commands.append(("SPAN", (0, 1), (-1, 1)))
    table.setStyle(TableStyle(commands))
    return table


def _decorator(trail: AuditTrail) -> PageDecorator:
    summary = audit_format.summary(trail)
    title = f"{PRODUCT_NAME} 审计记录"
    facts = (f"筛选：{summary.get('filter')}　本文件事件数：{len(trail.rows)}　"
             f"全链事件数：{trail.head_seq}　导出时全链校验：{summary.get('chain_verified')}　"
             f"导出时间：{audit_format.exported_at_text(trail)}")
    department = "　".join(x for x in (trail.department, trail.exported_by and
                                      f"导出人：{trail.exported_by}") if x)

    def decorate(canvas: Canvas, page: int, pages: int) -> None:
        width, height = PAGE
        font = cjk_font().name
        canvas.saveState()
        canvas.setFont(font, 12)
        canvas.drawString(_MARGIN, height - 12 * mm, title)
        canvas.setFont(font, 8)
        if department:
            canvas.drawRightString(width - _MARGIN, height - 12 * mm, department)
        canvas.drawString(_MARGIN, height - 17.5 * mm, facts)
        canvas.drawString(_MARGIN, height - 22.5 * mm, "链头哈希 head_hash：")
        canvas.setFont(MONO_FONT, 8.5)
        canvas.drawString(_MARGIN + 30 * mm, height - 22.5 * mm, trail.head_hash)
        canvas.setFont(font, 7.5)
        canvas.drawCentredString(width / 2, 7 * mm, f"第 {page} 页 共 {pages} 页")
        canvas.drawString(_MARGIN, 7 * mm, "本文件由工作台根据审计记录生成；核验方法见末页")
        canvas.restoreState()

    return decorate


def write_audit_pdf(trail: AuditTrail, path: str | os.PathLike[str]) -> str:
    """Write the audit rows as an A4 landscape PDF for printing and filing.

    Args:
        trail: The selected events and the facts about the whole chain.
        path: The .pdf file to create or replace (written atomically).

    Returns:
        The SHA-256 of the written file.

    Raises:
        ValidationError: The rows are out of order or carry malformed digests.
        EnvironmentProblem: The file cannot be written.
    """
    check_target(path)
    audit_format.validate(trail)
    story = [_table(trail), Spacer(1, 4 * mm),
             para(audit_format.HOW_TO_VERIFY_ZH, style(7.5))]

    def write(temp: Path) -> None:
        document = SimpleDocTemplate(
            str(temp), pagesize=PAGE, leftMargin=_MARGIN, rightMargin=_MARGIN,
            topMargin=_TOP, bottomMargin=13 * mm, title="审计记录导出", author=PRODUCT_NAME,
            creator=PRODUCT_NAME,
        )
        document.build(story, canvasmaker=numbered_canvas(_decorator(trail)))

    return write_atomically(path, write)
