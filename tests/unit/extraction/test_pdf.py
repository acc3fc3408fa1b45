"""The PDF reader: text in order with boxes, scans, unmapped glyphs, encryption, damage."""

from __future__ import annotations

import pytest

from tests.helpers import docs
from tests.unit.extraction.boxcheck import assert_boxes_match_pdfplumber, hit_ranges
from workbench.core.errors import InputFileError
from workbench.extraction import extract
from workbench.extraction.pdf import read_pdf


@pytest.fixture(scope="module")
def result(text_pdf):
    return read_pdf(text_pdf)


def test_text_in_reading_order_with_pages_and_lines(result):
    page_lines = [(s.location.page, s.location.line, result.text[s.start:s.end])
                  for s in result.segments if s.location.part == "page"]
    expected = [(p + 1, i + 1, line) for p, lines in enumerate(docs.PDF_PAGES)
                for i, line in enumerate(lines)]
    assert page_lines == expected
    assert result.page_count == 2
    assert result.text_complete


def test_one_box_per_character_and_none_for_separators(result):
    # char_boxes is the compatibility view: every character, looked up on first access.
    assert result.char_boxes is not None
    assert len(result.char_boxes) == len(result.text)
    assert result.char_boxes == result.boxes_at([(0, len(result.text))])[0]
    for i, ch in enumerate(result.text):
        loc = result.location_at(i)
        if loc is None:
            assert ch == "\n" and result.char_boxes[i] is None
        elif loc.part == "page":
            assert result.char_boxes[i] is not None
            assert result.char_boxes[i].page == loc.page


def test_every_box_of_every_hit_range_holds_the_same_character_in_pdfplumber(text_pdf, result):
    ranges = hit_ranges(result)
    checked = assert_boxes_match_pdfplumber(text_pdf, result, ranges)
    assert checked >= sum(len(line.replace(" ", "")) for page in docs.PDF_PAGES for line in page)


def test_boxes_with_an_embedded_font_match_pdfplumber(embedded_font):
    """The Word/WPS kind of PDF the speed goal is about (a font subset embedded)."""
    data = docs.pdf_text(embed_font=embedded_font)
    ours = read_pdf(data)
    assert_boxes_match_pdfplumber(data, ours, hit_ranges(ours))


def test_boxes_for_a_hit_cover_its_characters(result):
    start = result.text.index("13700001111")
    boxes = result.boxes_for(start, start + 11)
    assert len(boxes) == 11
    assert all(b.page == 1 for b in boxes)
    assert boxes == sorted(boxes, key=lambda b: b.x0)


def test_metadata_author_is_extracted_and_scannable():
    result = read_pdf(docs.pdf_text(author="钱起草"))
    assert result.metadata["author"] == "钱起草"
    (seg,) = [s for s in result.segments if s.location.key == "author"]
    assert result.text[seg.start:seg.end] == "钱起草"


def test_page_without_text_layer_is_reported():
    result = read_pdf(docs.pdf_scan())
    assert [(w.code, w.page) for w in result.warnings] == [("no_text_layer", 2)]
    assert not result.text_complete
    assert "第一页有文字层" in result.text


def test_scan_with_a_stray_stamp_is_still_a_scan():
    result = read_pdf(docs.pdf_scan(stray_text="扫描件"))
    assert ("no_text_layer", 2) in [(w.code, w.page) for w in result.warnings]


def test_unmapped_glyphs_are_reported_and_never_passed_off_as_text():
    result = read_pdf(docs.pdf_unmapped())
    assert [(w.code, w.page) for w in result.warnings] == [("unmapped_glyphs", 1)]
    assert not result.text_complete
    first_line = result.text.split("\n")[0]
    assert first_line == "\ufffd" * 7  # PDFium's raw codes (ā, Ȃ, ...) would be garbage
    assert docs.UNMAPPED_VISIBLE in result.text


def test_a_few_symbol_glyphs_do_not_mark_a_page_incomplete():
    from workbench.extraction.limits import Limits
    from workbench.extraction.pdf_glyphs import PageCheck

    check = PageCheck(chars=400, unmapped=1)
    assert not check.unmapped_flag(Limits())
    assert PageCheck(chars=400, unmapped=3).unmapped_flag(Limits())
    assert PageCheck(chars=10, unmapped=1).unmapped_flag(Limits())


def test_password_protected_pdf_is_a_clear_error():
    with pytest.raises(InputFileError) as err:
        extract(docs.pdf_encrypted(), "a.pdf")
    assert err.value.code == "encrypted"
    assert "password" in err.value.message


def test_encrypted_pdf_that_opens_without_a_password_is_read():
    result = extract(docs.pdf_encrypted(user=""), "a.pdf")
    assert docs.PDF_PAGES[0][0] in result.text


@pytest.mark.parametrize("cut", [0.5, 0.9])
def test_truncated_pdf_is_a_clear_error_or_flagged(text_pdf, cut):
    data = text_pdf[: int(len(text_pdf) * cut)]
    try:
        result = extract(data, "a.pdf")
    except InputFileError as err:
        assert err.code == "corrupt_file"
        assert "cut off" in err.message
    else:
        assert "truncated" in [w.code for w in result.warnings]


def test_garbage_after_pdf_header_is_corrupt():
    with pytest.raises(InputFileError) as err:
        extract(b"%PDF-1.7\n" + bytes(range(256)) * 20, "a.pdf")
    assert err.value.code == "corrupt_file"


def test_progress_reports_pages_and_can_cancel(text_pdf):
    from workbench.core.errors import CancelledError

    class Sink:
        def __init__(self, stop_after):
            self.calls, self.stop_after = [], stop_after

        def update(self, done, total, message=""):
            self.calls.append((done, total))

        def cancelled(self):
            return len(self.calls) > self.stop_after

    sink = Sink(stop_after=99)
    extract(text_pdf, "a.pdf", progress=sink)
    assert (0, 2) in sink.calls and (2, 2) in sink.calls
    with pytest.raises(CancelledError):
        extract(text_pdf, "a.pdf", progress=Sink(stop_after=0))
