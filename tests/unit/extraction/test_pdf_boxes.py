"""PDF character boxes on demand: nothing asked of PDFium while reading, exact boxes later."""

from __future__ import annotations

import io
import threading

import pdfplumber
import pypdfium2.raw as pdfium_c
import pytest

from tests.helpers import docs
from tests.unit.extraction.boxcheck import assert_boxes_match_pdfplumber, hit_ranges
from workbench.extraction import pdf as pdf_reader
from workbench.extraction import pdf_boxes
from workbench.extraction.model import CharBox, ExtractedText, ListBoxes
from workbench.extraction.pdf import read_pdf
from workbench.extraction.pdf_boxes import PdfBoxes, load_boxes
from workbench.extraction.pdf_glyphs import PageCheck
from workbench.extraction.pdf_plumber import plumber_page

PHONE = "13700001111"


@pytest.fixture
def box_calls(monkeypatch):
    """Counts PDFium box look-ups."""
    calls = []
    real = pdfium_c.FPDFText_GetLooseCharBox

    def counting(textpage, index, rect):
        calls.append(index)
        return real(textpage, index, rect)

    monkeypatch.setattr(pdfium_c, "FPDFText_GetLooseCharBox", counting)
    return calls


def test_reading_asks_for_no_box_and_a_hit_for_only_its_own(text_pdf, box_calls):
    result = read_pdf(text_pdf)
    assert box_calls == []
    start = result.text.index(PHONE)
    assert len(result.boxes_for(start, start + len(PHONE))) == len(PHONE)
    assert len(box_calls) == len(PHONE)


def test_stored_index_gives_the_same_boxes_and_is_small(text_pdf):
    result = read_pdf(text_pdf)
    blob = result.box_source.to_bytes()
    assert len(blob) < 200  # a few integers a line, for 8 lines
    loaded = load_boxes(blob, text_pdf)
    whole = [(0, len(result.text))]
    assert loaded.boxes(result.text, whole) == result.boxes_at(whole)


def test_the_file_may_come_from_a_loader_called_only_when_boxes_are_needed(text_pdf):
    result = read_pdf(text_pdf)
    loads = []
    lazy = ExtractedText(result.text, "pdf", result.segments,
                         box_source=PdfBoxes(result.box_source.lines,
                                             lambda: loads.append(1) or text_pdf))
    assert loads == []
    start = result.text.index(PHONE)
    assert lazy.boxes_for(start, start + 3) == result.boxes_for(start, start + 3)
    assert loads == [1]


def test_boxes_stored_by_earlier_versions_still_load(text_pdf):
    import json
    import zlib

    result = read_pdf(text_pdf)
    old = zlib.compress(json.dumps(
        [None if b is None else [b.page, b.x0, b.top, b.x1, b.bottom]
         for b in result.char_boxes]).encode())
    loaded = load_boxes(old, text_pdf)
    assert isinstance(loaded, ListBoxes)
    assert loaded.boxes(result.text, [(0, len(result.text))])[0] == result.char_boxes
    assert loaded.boxes(result.text, [(len(result.text) - 1, len(result.text) + 2)])[0][1:] \
        == [None, None]


def test_an_index_that_does_not_fit_the_file_gives_no_box_never_a_wrong_one(text_pdf):
    result = read_pdf(text_pdf)
    other = docs.pdf_text([[line[::-1] for line in page] for page in docs.PDF_PAGES])
    wrong = load_boxes(result.box_source.to_bytes(), other)
    boxes = wrong.boxes(result.text, [(0, len(result.text))])[0]
    with pdfplumber.open(io.BytesIO(other)) as pdf:
        chars = {n + 1: page.chars for n, page in enumerate(pdf.pages)}
    boxed = [(ch, box) for ch, box in zip(result.text, boxes, strict=True) if box is not None]
    assert len(boxed) < len(result.text) // 5  # only where a reversed line reads the same
    for ch, box in boxed:
        cx, cy = (box.x0 + box.x1) / 2, (box.top + box.bottom) / 2
        under = [c["text"] for c in chars[box.page]
                 if c["x0"] <= cx <= c["x1"] and c["top"] <= cy <= c["bottom"]]
        assert under in ([ch], []), (ch, box)  # [] for a space


def test_pages_pdfplumber_read_keep_its_boxes(monkeypatch, text_pdf):
    """A page where pdfplumber's reading won: its boxes come from pdfplumber, aligned."""
    monkeypatch.setattr(PageCheck, "unmapped_flag", lambda self, limits: True)
    monkeypatch.setattr(pdf_reader, "_second_opinion",
                        lambda data, index, check: plumber_page(data, index))
    result = read_pdf(text_pdf)
    assert all(line.boxes is not None for line in result.box_source.lines)
    assert_boxes_match_pdfplumber(text_pdf, result, hit_ranges(result))
    stored = load_boxes(result.box_source.to_bytes(), b"")  # no file needed for these
    whole = [(0, len(result.text))]
    assert stored.boxes(result.text, whole) == result.boxes_at(whole)


def test_non_pdf_and_out_of_range_offsets_have_no_boxes(text_pdf):
    assert ExtractedText("abc", "txt").boxes_at([(0, 3)]) == [[None, None, None]]
    assert ExtractedText("abc", "txt").char_boxes is None
    result = read_pdf(text_pdf)
    assert result.boxes_for(len(result.text) - 2, len(result.text) + 50) == []  # metadata
    assert result.boxes_at([(3, 3), (5, 2)]) == [[], []]


def test_look_ups_hold_the_pdfium_lock_and_run_from_several_threads(monkeypatch, text_pdf):
    result = read_pdf(text_pdf)
    start = result.text.index(PHONE)
    expected = result.boxes_for(start, start + len(PHONE))

    class Recording:
        def __init__(self):
            self.lock, self.entered = threading.RLock(), 0

        def __enter__(self):
            self.lock.acquire()
            self.entered += 1

        def __exit__(self, *exc):
            self.lock.release()

    lock = Recording()
    monkeypatch.setattr(pdf_boxes, "PDFIUM_LOCK", lock)
    found: list[list[CharBox]] = []
    threads = [threading.Thread(target=lambda: found.append(
        result.boxes_for(start, start + len(PHONE)))) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert found == [expected] * 4
    assert lock.entered == 4
