"""Checks that PDF character boxes sit where pdfplumber sees the same characters."""

from __future__ import annotations

import io

import pdfplumber

from workbench.extraction.model import ExtractedText


def hit_ranges(result: ExtractedText) -> list[tuple[int, int]]:
    """Every line, every occurrence of the hits the scanner finds in the fixture, and ranges
    across line and page breaks."""
    ranges = [(s.start, s.end) for s in result.segments if s.location.part == "page"]
    for needle in ("孙丽华", "13700001111", "政府信息公开", "20个工作日", "。"):
        at = result.text.find(needle)
        while at != -1:
            ranges.append((at, at + len(needle)))
            at = result.text.find(needle, at + 1)
    page2 = next(s.start for s in result.segments if s.location.page == 2)
    ranges += [(5, 40), (page2 - 6, page2 + 5)]
    return ranges


def assert_boxes_match_pdfplumber(data: bytes, result: ExtractedText,
                                  ranges: list[tuple[int, int]]) -> int:
    """Offsets map back: pdfplumber's character at each box of a range is our character, and
    every non-space character of the page text has a box."""
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        chars = {n + 1: page.chars for n, page in enumerate(pdf.pages)}
    checked = 0
    for (start, end), boxes in zip(ranges, result.boxes_at(ranges), strict=True):
        assert len(boxes) == end - start
        assert result.boxes_for(start, end) == [b for b in boxes if b is not None]
        for offset, box in zip(range(start, end), boxes, strict=True):
            ch = result.text[offset]
            loc = result.location_at(offset)
            if ch.isspace() or loc is None or loc.part != "page":
                continue
            assert box is not None and box.page == loc.page, (offset, ch)
            cx, cy = (box.x0 + box.x1) / 2, (box.top + box.bottom) / 2
            hits = [c["text"] for c in chars[box.page]
                    if c["x0"] - 0.5 <= cx <= c["x1"] + 0.5
                    and c["top"] - 0.5 <= cy <= c["bottom"] + 0.5]
            assert hits == [ch], (offset, ch, box)
            checked += 1
    return checked
