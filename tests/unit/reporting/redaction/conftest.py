"""Fixtures of the redaction tests: invented documents with something to mask in every part."""

from __future__ import annotations

import io

import docx
import pytest

from workbench.extraction import ExtractedText, extract
from workbench.reporting.redaction import Redaction

SPLIT_NUMBER = "13912345678"  # written as three runs: 139 (bold) | 1234 | 5678 (italic)
HEADER_PHONE = "13700001111"
FOOTER_PHONE = "13600002222"
TABLE_ID = "110105194912310028"
TABLE_NAME = "赵一鸣"


def find(extracted: ExtractedText, text: str, *, subtype: str | None = None,
         style: str | None = None, category: str = "personal_privacy",
         hit_id: int | None = None) -> Redaction:
    """A redaction of the first occurrence of ``text``."""
    start = extracted.text.index(text)
    return Redaction(start, start + len(text), text, category, subtype, style, hit_id)


def split_runs_docx() -> bytes:
    d = docx.Document()
    d.add_paragraph("关于核实值班联系方式的通知")
    p = d.add_paragraph()
    p.add_run("联系电话：139").bold = True
    p.add_run("1234")
    p.add_run("5678").italic = True
    p.add_run("，请核实。")
    table = d.add_table(rows=2, cols=2)
    for (r, c), value in {(0, 0): "姓名", (0, 1): "身份证号码", (1, 0): TABLE_NAME,
                          (1, 1): TABLE_ID}.items():
        table.cell(r, c).text = value
    section = d.sections[0]
    section.header.paragraphs[0].text = f"值班手机{HEADER_PHONE}"
    section.footer.paragraphs[0].text = f"举报电话{FOOTER_PHONE}"
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


@pytest.fixture
def split_docx() -> tuple[bytes, ExtractedText]:
    data = split_runs_docx()
    return data, extract(data, "split.docx")
