"""The review form as a Word document (.docx), editable in WPS and Word."""

from __future__ import annotations

import os
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.table import _Cell
from docx.text.run import Run

from workbench.reporting import review_form
from workbench.reporting.atomic import check_target, write_atomically
from workbench.reporting.records import ReviewFormRecord
from workbench.reporting.review_form import CellKind, FormContent

#: Font names as offices have them; WPS and Word fall back to 宋体 when one is missing.
HEADING_FONT = "方正小标宋简体"
BODY_FONT = "宋体"
MONO_FONT = "Consolas"
_TEXT_WIDTH_CM = 15.6  # A4 (21 cm) less 2.7 cm left and 2.7 cm right margins


def _set_font(run: Run, east_asian: str, *, size: float, bold: bool = False,
              latin: str | None = None) -> None:
    # Word picks the CJK font from w:eastAsia, which python-docx's font.name does not set.
    run.font.name = latin or east_asian
    run.font.size = Pt(size)
    run.font.bold = bold
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), east_asian)


def _page_setup(document: Document) -> None:
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.top_margin, section.bottom_margin = Cm(2.5), Cm(2.5)
    section.left_margin = section.right_margin = Cm(2.7)


def _heading(document: Document, text: str, size: float, *, bold: bool) -> None:
    paragraph = document.add_paragraph()
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _set_font(paragraph.add_run(text), HEADING_FONT if bold else BODY_FONT, size=size, bold=bold)


def _fill(cell: _Cell, text: str, kind: CellKind) -> None:
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    paragraph = cell.paragraphs[0]
    if kind in (CellKind.LABEL, CellKind.SECTION):
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for index, line in enumerate(text.split("\n")):
        run = paragraph.add_run()
        if index:
            run.add_break()  # a line break inside the cell, not a new paragraph
        run.add_text(line)
        if kind is CellKind.MONO:
            _set_font(run, BODY_FONT, size=9, latin=MONO_FONT)
        else:
            _set_font(run, BODY_FONT, size=11, bold=kind in (CellKind.LABEL, CellKind.SECTION))


def _table(document: Document, content: FormContent) -> None:
    table = document.add_table(rows=len(content.rows), cols=review_form.COLUMNS)
    table.style = "Table Grid"  # single-line borders on every cell, as on the paper form
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = [Cm(_TEXT_WIDTH_CM * weight) for weight in review_form.COLUMN_WEIGHTS]
    for row_cells, row in zip(content.rows, table.rows, strict=True):
        column = 0
        for cell in row_cells:
            target = row.cells[column]
            if cell.span > 1:
                target = target.merge(row.cells[column + cell.span - 1])
            _fill(target, cell.text, cell.kind)
            column += cell.span
        for index, docx_cell in enumerate(row.cells):
            docx_cell.width = widths[index]


def _document(content: FormContent) -> Document:
    document = Document()
    _page_setup(document)
    _heading(document, content.heading, 20, bold=True)
    if content.subheading:
        _heading(document, content.subheading, 14, bold=False)
    if content.department:
        paragraph = document.add_paragraph()
        _set_font(paragraph.add_run(f"填报单位：{content.department}"), BODY_FONT, size=11)
    _table(document, content)
    paragraph = document.add_paragraph()
    _set_font(paragraph.add_run(content.footer), BODY_FONT, size=9)
    return document


def write_review_form_docx(record: ReviewFormRecord, path: str | os.PathLike[str]) -> str:
    """Write the review form of one document as .docx.

    Args:
        record: The document's review, as the services read it from the database.
        path: The .docx file to create or replace (written atomically).

    Returns:
        The SHA-256 of the written file.

    Raises:
        ValidationError: The record is incomplete or carries unknown codes.
        EnvironmentProblem: The file cannot be written.
    """
    check_target(path)
    content = review_form.build(record)
    document = _document(content)

    def write(temp: Path) -> None:
        document.save(str(temp))

    return write_atomically(path, write)
