"""The review form as .docx and .pdf: every fact of the record ends up in the file."""

from __future__ import annotations

import dataclasses
import hashlib
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn

from tests.unit.reporting.conftest import DOC_SHA, pdfinfo, pdftotext, squeeze
from workbench.core.errors import ValidationError
from workbench.reporting import write_review_form_docx, write_review_form_pdf
from workbench.reporting.records import HitSummary, ReviewFormRecord, SignOffStep


def _docx_cells(path: Path) -> list[str]:
    document = Document(str(path))
    cells = []
    for table in document.tables:
        for row in table.rows:
            cells += [cell.text for cell in row.cells]
    return cells


def _docx_text(path: Path) -> str:
    document = Document(str(path))
    return "\n".join(p.text for p in document.paragraphs)


def test_docx_cells_hold_the_record(tmp_path: Path, review_record: ReviewFormRecord) -> None:
    target = tmp_path / "审查表.docx"
    digest = write_review_form_docx(review_record, target)

    assert digest == hashlib.sha256(target.read_bytes()).hexdigest()
    cells = _docx_cells(target)

    def right_of(label: str) -> str:
        return cells[cells.index(label) + 1]

    assert right_of("信息名称") == review_record.title
    assert right_of("文号") == "西住建发〔2025〕9号"
    assert right_of("起草单位") == "房屋安全管理科"
    assert right_of("文件名称") == review_record.file_name
    assert right_of("文件 SHA-256") == DOC_SHA
    assert right_of("负面清单版本") == "2025.1+西城区补充2"
    assert right_of("拟定公开属性") == "依申请公开"
    assert right_of("最终公开属性") == "不予公开"
    assert right_of("法律依据") == "条例第十四条、第十五条"
    assert "应急物资存放点位" in right_of("公开属性\n认定理由")
    hits = right_of("负面清单命中\n（按类别）")
    assert "危及公共安全：2 处（不予公开 2）" in hits
    assert "个人隐私：4 处（遮盖 3，排除 1）" in hits
    assert "个人隐私（身份证号）：3 处" in right_of("区分处理\n（遮盖）情况")
    # Sign-off steps: 环节, 意见, 签署人, 日期 — every step, the return included.
    steps = cells[cells.index("日期") + 1:]
    assert steps[:4] == ["初审", "退回：请补充法律依据", "孙立平", "2025年5月6日"]
    assert steps[8:12] == ["终审", "同意：同意不予公开", "周海燕", "2025年5月8日"]
    reviewer = right_of("审查人意见")
    assert "建议不予公开" in reviewer and "签名：陈晓东" in reviewer and "2025年5月5日" in reviewer
    assert "签名：周海燕" in right_of("分管领导\n审核意见")
    text = _docx_text(target)
    assert "政府信息公开保密审查表" in text
    assert "本表由政务公开保密审查工作台根据系统审查记录生成" in text
    assert "打印时间：2025年5月9日" in text


def test_docx_is_a4_with_cjk_font(tmp_path: Path, review_record: ReviewFormRecord) -> None:
    target = tmp_path / "form.docx"
    write_review_form_docx(review_record, target)
    document = Document(str(target))
    section = document.sections[0]
    assert (round(section.page_width.cm, 1), round(section.page_height.cm, 1)) == (21.0, 29.7)
    heading = document.paragraphs[0].runs[0]
    assert heading.bold
    east_asian = heading._element.rPr.rFonts.get(qn("w:eastAsia"))
    assert east_asian == "方正小标宋简体"
    assert document.tables[0].style.name == "Table Grid"


def test_pdf_text_extracts(tmp_path: Path, review_record: ReviewFormRecord, pdf_font) -> None:
    target = tmp_path / "审查表.pdf"
    digest = write_review_form_pdf(review_record, target)

    assert digest == hashlib.sha256(target.read_bytes()).hexdigest()
    text = squeeze(pdftotext(target))
    for expected in ("政府信息公开保密审查表", review_record.title, "西住建发〔2025〕9号",
                     "房屋安全管理科", DOC_SHA, "依申请公开", "不予公开", "条例第十四条、第十五条",
                     "危及公共安全：2处", "个人隐私（身份证号）：3处", "孙立平", "周海燕",
                     "退回：请补充法律依据", "2025年5月8日", "签名：陈晓东",
                     "本表由政务公开保密审查工作台根据系统审查记录生成", "第1页共1页"):
        assert squeeze(expected) in text, expected


def test_pdf_is_one_a4_page(tmp_path: Path, review_record: ReviewFormRecord) -> None:
    target = tmp_path / "form.pdf"
    write_review_form_pdf(review_record, target)
    info = pdfinfo(target)
    assert info["Pages"] == "1"
    assert info["Page size"].startswith("595.276 x 841.89 pts (A4)")


def test_undecided_form_prints_blanks(tmp_path: Path, review_record: ReviewFormRecord) -> None:
    record = dataclasses.replace(review_record, final_attribute=None, signoffs=(),
                                 supervisor=None, hits=(), redactions=())
    target = tmp_path / "draft.docx"
    write_review_form_docx(record, target)
    cells = _docx_cells(target)
    assert cells[cells.index("最终公开属性") + 1] == "尚未签发"
    assert "尚无签署记录" in cells
    assert "未发现负面清单事项" in cells
    assert cells[cells.index("分管领导\n审核意见") + 1].strip().startswith("签名：")


@pytest.mark.parametrize("change", [
    {"document_sha256": "not-a-digest"},
    {"final_attribute": "partial"},
    {"title": "  "},
    {"hits": (HitSummary("no_such_category", 1),)},
    {"signoffs": (SignOffStep("终审", "周海燕", "signed"),)},
])
def test_bad_records_are_refused(tmp_path: Path, review_record: ReviewFormRecord,
                                 change: dict) -> None:
    record = dataclasses.replace(review_record, **change)
    for writer, name in ((write_review_form_docx, "f.docx"), (write_review_form_pdf, "f.pdf")):
        with pytest.raises(ValidationError):
            writer(record, tmp_path / name)
        assert list(tmp_path.iterdir()) == []
