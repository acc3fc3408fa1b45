"""The review form as an A4 PDF: a bordered table like the paper form, for printing and filing."""

from __future__ import annotations

import os
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from workbench import __version__
from workbench.reporting import review_form
from workbench.reporting.atomic import check_target, write_atomically
from workbench.reporting.labels import PRODUCT_NAME
from workbench.reporting.pdf_fonts import cjk_font
from workbench.reporting.pdf_layout import BoldHeading, numbered_canvas, para, style
from workbench.reporting.records import ReviewFormRecord
from workbench.reporting.review_form import Cell, CellKind, FormContent

_MARGIN = 20 * mm


def _cell_flowable(cell: Cell) -> Paragraph:
    if cell.kind is CellKind.MONO:
        return para(cell.text, style(9, mono=True))
    if cell.kind is CellKind.SECTION:
        return para(cell.text, style(11.5, align=TA_CENTER))
    if cell.kind is CellKind.LABEL:
        return para(cell.text, style(10.5, align=TA_CENTER))
    return para(cell.text, style(10.5))


def _table(content: FormContent, width: float) -> Table:
    data: list[list[object]] = []
    commands: list[tuple[object, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
        ("BOX", (0, 0), (-1, -1), 1.2, colors.black),  # heavier outer frame, as printed forms
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    for row_index, row in enumerate(content.rows):
        line: list[object] = []
        column = 0
        for cell in row:
            line.append(_cell_flowable(cell))
            line += [""] * (cell.span - 1)
            if cell.span > 1:
                commands.append(("SPAN", (column, row_index),
                                 (column + cell.span - 1, row_index)))
            if cell.kind in (CellKind.LABEL, CellKind.SECTION):
                commands.append(("BACKGROUND", (column, row_index),
                                 (column + cell.span - 1, row_index), colors.HexColor("#f2f2f2")))
            column += cell.span
        data.append(line)
    widths = [width * weight for weight in review_form.COLUMN_WEIGHTS]
    # Opinion rows get room for a handwritten signature next to the printed name.
    heights: list[float | None] = [None] * len(data)
    heights[-1] = heights[-2] = 24 * mm
    table = Table(data, colWidths=widths, rowHeights=heights)
    table.setStyle(TableStyle(commands))
    return table


def _footer(canvas: Canvas, page: int, pages: int) -> None:
    canvas.setFont(cjk_font().name, 8)
    canvas.drawCentredString(A4[0] / 2, 12 * mm, f"第 {page} 页 共 {pages} 页")
    canvas.drawRightString(A4[0] - _MARGIN, 12 * mm, f"{PRODUCT_NAME} {__version__}")


def write_review_form_pdf(record: ReviewFormRecord, path: str | os.PathLike[str]) -> str:
    """Write the review form of one document as an A4 PDF.

    Args:
        record: The document's review, as the services read it from the database.
        path: The .pdf file to create or replace (written atomically).

    Returns:
        The SHA-256 of the written file.

    Raises:
        ValidationError: The record is incomplete or carries unknown codes.
        EnvironmentProblem: The file cannot be written.
    """
    check_target(path)
    content = review_form.build(record)
    width = A4[0] - 2 * _MARGIN
    story: list[object] = [BoldHeading(content.heading, 20, space_after=2)]
    if content.subheading:
        story.append(para(content.subheading, style(13, align=TA_CENTER)))
    story.append(Spacer(1, 4 * mm))
    if content.department:
        story.append(para(f"填报单位：{content.department}", style(10.5)))
        story.append(Spacer(1, 2 * mm))
    story += [_table(content, width), Spacer(1, 3 * mm), para(content.footer, style(8.5))]

    def write(temp: Path) -> None:
        document = SimpleDocTemplate(
            str(temp), pagesize=A4, leftMargin=_MARGIN, rightMargin=_MARGIN,
            topMargin=18 * mm, bottomMargin=20 * mm, title=content.heading,
            author=PRODUCT_NAME, subject=record.title, creator=PRODUCT_NAME,
        )
        document.build(story, canvasmaker=numbered_canvas(_footer))

    return write_atomically(path, write)
