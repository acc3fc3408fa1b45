"""The .docx reader: every part, its location, and offsets that map back into the XML."""

from __future__ import annotations

import io
import zipfile

import docx
import pytest
from lxml import etree

from tests.helpers import docs
from workbench.core.errors import InputFileError
from workbench.extraction import extract
from workbench.extraction.docx import read_docx

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@pytest.fixture(scope="module")
def result(full_docx):
    return read_docx(full_docx)


def _segments(result, part):
    return [(result.text[s.start:s.end], s.location) for s in result.segments
            if s.location.part == part]


def _texts(result, part):
    return [t for t, _ in _segments(result, part)]


def test_body_paragraphs_in_order_with_split_runs_joined(result):
    body = _texts(result, "body")
    assert body[:4] == [docs.TITLE, *docs.BODY]
    assert "".join(docs.SPLIT_RUNS) in body
    assert body.index(docs.TITLE) < body.index("".join(docs.SPLIT_RUNS))
    assert docs.SECTION2_BODY in body


def test_tables_and_nested_tables_are_located_by_row_and_column(result):
    cells = {t: (loc.table, loc.row, loc.col) for t, loc in _segments(result, "table")}
    assert cells["身份证号码"] == (0, 0, 1)
    assert cells["110105194912310028"] == (0, 1, 1)
    assert cells["嵌套甲"] == (1, 0, 0)
    assert cells["嵌套乙"] == (1, 0, 1)
    # One row is one tab-separated line: a name stays next to its ID number.
    assert "李建国\t110105194912310028\t朝阳区幸福路8号" in result.text


def test_headers_and_footers_of_every_section_and_variant(result):
    headers = {t: (loc.section, loc.variant, loc.xml_part) for t, loc in
               _segments(result, "header")}
    assert headers[docs.HEADER_DEFAULT][:2] == (0, "default")
    assert headers[docs.HEADER_FIRST][:2] == (0, "first")
    assert headers[docs.HEADER_EVEN][:2] == (0, "even")
    assert headers[docs.SECTION2_HEADER][:2] == (1, "default")
    assert all(part.startswith("word/header") for _, _, part in headers.values())
    assert _texts(result, "footer") == [docs.FOOTER_DEFAULT]


def test_notes_and_comments(result):
    (fn, fn_loc), = _segments(result, "footnote")
    assert (fn, fn_loc.note_id, fn_loc.xml_part) == (docs.FOOTNOTE, "1", "word/footnotes.xml")
    assert _texts(result, "endnote") == [docs.ENDNOTE]
    (comment, loc), = _segments(result, "comment")
    assert (comment, loc.author) == (docs.COMMENT, docs.COMMENT_AUTHOR)


def test_text_boxes_drawingml_and_vml_without_duplicating_the_fallback(result):
    assert _texts(result, "textbox") == [docs.TEXTBOX_DML, docs.TEXTBOX_VML_ONLY]
    assert result.text.count(docs.TEXTBOX_DML) == 1


def test_tracked_changes_inserted_and_deleted_text(result):
    assert docs.INSERTED in _texts(result, "inserted")
    assert docs.INSERTED_MIDDLE in _texts(result, "inserted")
    deleted = _segments(result, "deleted")
    assert [t for t, _ in deleted] == [docs.DELETED_MIDDLE, docs.DELETED]
    assert all(loc.author == "刘修改" for _, loc in deleted)
    # The current reading stays whole; the deleted text gets its own line after it.
    current = docs.KEPT_BEFORE + docs.INSERTED_MIDDLE + docs.KEPT_AFTER
    assert f"{current}\n{docs.DELETED_MIDDLE}\n" in result.text


def test_properties_are_metadata_and_scannable_text(result):
    md = result.metadata
    assert (md["author"], md["last_modified_by"], md["company"], md["manager"]) == (
        docs.AUTHOR, docs.LAST_MODIFIED_BY, docs.COMPANY, docs.MANAGER)
    assert md["custom:密级"] == "内部"
    meta = {loc.key: t for t, loc in _segments(result, "metadata")}
    assert meta["author"] == docs.AUTHOR
    assert meta["company"] == docs.COMPANY
    assert "created" not in meta  # dates cannot leak anything; they stay metadata only
    # Properties come after the document's own text, so body offsets start at 0.
    assert result.segments[0].location.part == "body"
    assert result.segments[0].start == 0


def _inside(el, p, tags) -> bool:
    """Whether an element between ``el`` and its paragraph ``p`` has one of ``tags``."""
    for ancestor in el.iterancestors():
        if ancestor is p:
            return False
        if ancestor.tag in tags:
            return True
    return False


def _raw_paragraph_text(p) -> str:
    """Independent re-read: w:t/w:delText/tab/br in order, skipping text-box content."""
    out = []
    for el in p.iter(f"{W}t", f"{W}delText", f"{W}tab", f"{W}br", f"{W}cr"):
        if _inside(el, p, {f"{W}txbxContent", f"{W}rPr", f"{W}pPr"}):
            continue
        out.append({f"{W}tab": "\t", f"{W}br": "\n", f"{W}cr": "\n"}.get(el.tag, el.text or ""))
    return "".join(out)


def test_every_docx_segment_maps_back_to_its_paragraph(full_docx, result):
    z = zipfile.ZipFile(io.BytesIO(full_docx))
    roots = {}
    checked = 0
    for seg in result.segments:
        loc = seg.location
        text = result.text[seg.start:seg.end]
        assert result.location_at(seg.start) == loc
        if loc.part == "metadata":
            assert text in z.read(loc.xml_part).decode()
            continue
        root = roots.setdefault(loc.xml_part, etree.fromstring(z.read(loc.xml_part)))
        paragraph = list(root.iter(f"{W}p"))[loc.paragraph]
        raw = _raw_paragraph_text(paragraph)
        assert raw[loc.column:loc.column + len(text)] == text, (loc, raw)
        if loc.table is not None:
            table = list(root.iter(f"{W}tbl"))[loc.table]
            cell = table.findall(f"{W}tr")[loc.row].findall(f"{W}tc")[loc.col]
            assert paragraph in list(cell.iter(f"{W}p"))
        checked += 1
    assert checked >= 25


def test_python_docx_sees_nothing_we_miss(full_docx, result):
    """Cross-check against python-docx for what it can read (body paragraphs, table cells)."""
    d = docx.Document(io.BytesIO(full_docx))
    lines = set(result.text.split("\n")) | set(result.text.replace("\t", "\n").split("\n"))
    for p in d.paragraphs:
        if p.text and not p._p.xpath(".//w:ins|.//w:del"):
            assert p.text in lines
    for row in d.tables[0].rows:
        for cell in row.cells:
            assert cell.paragraphs[0].text in lines


def test_damaged_optional_part_is_a_warning_not_a_failure(full_docx):
    data = docs.rewrite_zip(full_docx, {"word/footnotes.xml": b"<w:footnotes><broken"})
    result = read_docx(data)
    assert not result.text_complete
    assert [w.code for w in result.warnings] == ["part_unreadable"]
    assert docs.ENDNOTE in result.text


def test_damaged_main_part_is_an_error(full_docx):
    data = docs.rewrite_zip(full_docx, {"word/document.xml": b"<w:document><w:body>"})
    with pytest.raises(InputFileError) as err:
        read_docx(data)
    assert err.value.code == "corrupt_file"


def test_zip_without_word_document_is_not_a_docx():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("word/other.xml", "<x/>")
    with pytest.raises(InputFileError) as err:
        extract(out.getvalue(), "a.docx")
    assert err.value.code == "not_a_docx"


def test_entities_are_not_expanded(full_docx):
    evil = (b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "AAAAAAAAAA">'
            b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
            b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            b"<w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>")
    result = read_docx(docs.rewrite_zip(full_docx, {"word/document.xml": evil}))
    assert "AAAAAAAAAA" not in result.text


def test_plain_docx_from_paragraphs():
    result = extract(docs.docx_from_paragraphs(["第一段", "", "第三段"]), "a.docx")
    assert result.text.startswith("第一段\n第三段")
    assert result.text_complete
