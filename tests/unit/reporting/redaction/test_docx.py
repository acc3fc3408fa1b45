"""The .docx copy: masks in every part, tracked changes/comments/authors gone, proof that fails."""

from __future__ import annotations

import io
import zipfile

import docx
import pytest

from tests.helpers import docs
from tests.unit.reporting.redaction.conftest import (
    FOOTER_PHONE,
    HEADER_PHONE,
    SPLIT_NUMBER,
    TABLE_ID,
    TABLE_NAME,
    find,
)
from workbench.extraction import ExtractedText, extract
from workbench.reporting import redaction
from workbench.reporting.redaction import RedactionLeakError, Stamp, attribute_stamp, redact
from workbench.reporting.redaction.masking import MaskPlan


def _xml(data: bytes) -> dict[str, str]:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return {n: z.read(n).decode("utf-8", "replace") for n in z.namelist()
                if n.endswith((".xml", ".rels"))}


@pytest.fixture(scope="module")
def full() -> tuple[bytes, ExtractedText]:
    data = docs.docx_full()
    return data, extract(data, "full.docx")


def test_every_part_is_masked_and_the_package_is_cleaned(full) -> None:
    data, ex = full
    redactions = [
        find(ex, "13912345678", subtype="mobile", hit_id=1),  # body
        find(ex, "110105194912310028", subtype="id_card", style="asterisks", hit_id=2),  # table
        find(ex, "李建国", subtype="person_name", style="placeholder", hit_id=3),  # table
        find(ex, docs.TEXTBOX_DML, category="state_secret", hit_id=4),  # text box
        find(ex, docs.HEADER_FIRST, category="state_secret", hit_id=5),  # header
        find(ex, docs.FOOTER_DEFAULT, category="internal_affairs", hit_id=6),  # footer
        find(ex, "各开发区管委会", category="internal_affairs", hit_id=7),  # footnote
        find(ex, "负责解释", category="internal_affairs", hit_id=8),  # endnote
    ]
    copy = redact(data, ex, redactions, stamp=attribute_stamp("proactive", "footer"))
    text = extract(copy.data, "copy.docx").text
    for r in redactions:
        assert r.text not in text
    assert "联系电话：■■■■■■■■■■■。" in text
    assert "1101**********0028" in text
    assert "【已删除】" in text
    assert "■■■■ ■■■■" in text  # the text box (its VML fallback copy is gone too)
    # Tracked changes accepted: inserted text stays, deleted text is gone from the file.
    assert docs.INSERTED in text and "自查和抽查" in text
    xml = "".join(_xml(copy.data).values())
    for gone in (docs.DELETED, "330106198001011234", docs.COMMENT, docs.COMMENT_AUTHOR,
                 docs.AUTHOR, docs.LAST_MODIFIED_BY, docs.COMPANY, docs.MANAGER,
                 docs.CUSTOM_PROP[0], "w:del ", "w:delText", "w:ins ", "commentReference",
                 "commentRangeStart", "comments.xml", "thumbnail"):
        assert gone not in xml, gone
    names = set(_xml(copy.data))
    assert not {"word/comments.xml", "docProps/custom.xml"} & names
    assert {"comments", "tracked_changes", "properties"} <= set(copy.report.cleaned)
    styles = {a.hit_id: a.style for a in copy.report.applied}
    assert (styles[1], styles[2], styles[3]) == ("block", "asterisks", "placeholder")
    assert copy.report.leak_check.needles == len(redactions)
    assert copy.report.leak_check.structure_checked

    # python-docx, the independent reader, opens the copy and sees the same.
    opened = docx.Document(io.BytesIO(copy.data))
    assert opened.core_properties.author == "" and opened.core_properties.last_modified_by == ""
    assert opened.core_properties.title == docs.TITLE
    body = "\n".join(p.text for p in opened.paragraphs)
    assert "13912345678" not in body and "■■■■■■■■■■■" in body
    cells = [c.text for row in opened.tables[0].rows for c in row.cells]
    assert "1101**********0028" in cells
    footers = [p.text for p in opened.sections[0].footer.paragraphs]
    assert footers == ["■■■■■", "（此件公开发布）"]


def test_a_number_split_across_runs_keeps_each_runs_formatting(split_docx) -> None:
    data, ex = split_docx
    redactions = [find(ex, SPLIT_NUMBER, subtype="mobile"),
                  find(ex, HEADER_PHONE, subtype="mobile", style="asterisks"),
                  find(ex, FOOTER_PHONE, subtype="mobile"),
                  find(ex, TABLE_ID, subtype="id_card"),
                  find(ex, TABLE_NAME, subtype="person_name", style="asterisks")]
    copy = redact(data, ex, redactions, stamp=Stamp("（此件依申请公开）", "header"))
    opened = docx.Document(io.BytesIO(copy.data))
    runs = [(r.text, r.bold, r.italic) for r in opened.paragraphs[1].runs]
    assert runs == [("联系电话：■■■", True, None), ("■■■■", None, None),
                    ("■■■■", None, True), ("，请核实。", None, None)]
    header = [p.text for p in opened.sections[0].header.paragraphs]
    assert header == ["值班手机137****1111", "（此件依申请公开）"]
    assert opened.sections[0].footer.paragraphs[0].text == "举报电话■■■■■■■■■■■"
    assert opened.tables[0].cell(1, 0).text == "赵**"
    assert opened.tables[0].cell(1, 1).text == "■" * 18


def test_placeholder_over_split_runs_goes_into_the_first_run(split_docx) -> None:
    data, ex = split_docx
    copy = redact(data, ex, [find(ex, SPLIT_NUMBER, style="placeholder")])
    runs = [(r.text, r.bold) for r in docx.Document(io.BytesIO(copy.data)).paragraphs[1].runs]
    assert runs[:3] == [("联系电话：【已删除】", True), ("", None), ("", None)]


def test_no_stamp_when_the_profile_says_none(split_docx) -> None:
    data, ex = split_docx
    assert attribute_stamp("proactive", "none") is None
    copy = redact(data, ex, [])
    assert "此件" not in extract(copy.data, "copy.docx").text
    assert copy.report.applied == ()


def test_a_document_without_footers_gets_one_for_the_stamp() -> None:
    data = docs.docx_from_paragraphs(["一份没有页脚的通知。"])
    copy = redact(data, extract(data, "plain.docx"), [],
                  stamp=attribute_stamp("proactive", "footer"))
    opened = docx.Document(io.BytesIO(copy.data))
    assert [p.text for p in opened.sections[0].footer.paragraphs] == ["（此件公开发布）"]


def test_the_proof_catches_a_writer_that_skips_a_span(split_docx, monkeypatch) -> None:
    data, ex = split_docx
    real = redaction.write_docx

    def skips_last(original, extracted, plan: MaskPlan, stamp):
        return real(original, extracted, MaskPlan(plan.groups[:-1], plan.applied), stamp)

    monkeypatch.setattr(redaction, "write_docx", skips_last)
    with pytest.raises(RedactionLeakError) as err:
        redact(data, ex, [find(ex, SPLIT_NUMBER, subtype="mobile", hit_id=41),
                          find(ex, FOOTER_PHONE, subtype="mobile", hit_id=42)])
    assert err.value.code == "redaction_leak"
    assert err.value.params["hit_id"] == 42
    assert FOOTER_PHONE not in str(err.value)  # the error never spreads what it protects


def test_the_proof_finds_a_number_left_with_separators(split_docx, monkeypatch) -> None:
    data, ex = split_docx
    real = redaction.write_docx

    def spaced(original, extracted, plan, stamp):
        out, cleaned = real(original, extracted, plan, stamp)
        z = zipfile.ZipFile(io.BytesIO(out))
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as dst:
            for name in z.namelist():
                body = z.read(name)
                if name == "word/document.xml":
                    body = body.replace("赵一鸣".encode(), b"1101 0519-4912 310028")
                dst.writestr(name, body)
        return buffer.getvalue(), cleaned

    monkeypatch.setattr(redaction, "write_docx", spaced)
    with pytest.raises(RedactionLeakError) as err:
        redact(data, ex, [find(ex, TABLE_ID, subtype="id_card", hit_id=7)])
    assert err.value.params["hit_id"] == 7


def test_the_proof_catches_comments_left_in_the_copy(full, monkeypatch) -> None:
    data, ex = full
    from workbench.reporting.redaction import docx_clean

    monkeypatch.setattr(docx_clean, "remove_comment_marks", lambda root: 0)
    with pytest.raises(RedactionLeakError) as err:
        redact(data, ex, [])
    assert err.value.params["found_by"] == "structure"
    assert "comment" in err.value.params["what"]


def test_text_left_unredacted_elsewhere_is_named_as_such(full) -> None:
    data, ex = full
    # 市政务公开办公室 is in the default header and again in the endnote: redacting one
    # occurrence would still publish it.
    with pytest.raises(RedactionLeakError) as err:
        redact(data, ex, [find(ex, docs.HEADER_DEFAULT, category="internal_affairs")])
    assert err.value.params["also_unredacted"] is True
