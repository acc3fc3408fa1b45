"""pdfplumber's reading of one page, as a second opinion when PDFium's looks wrong."""

from __future__ import annotations

import io
import logging
import re

from workbench.extraction.pdf_glyphs import REPLACEMENT, PageCheck, is_unmapped_char

log = logging.getLogger(__name__)

#: (character, (x0, top, x1, bottom) or None) in reading order, "\n" between lines.
PageChars = list[tuple[str, tuple[float, float, float, float] | None]]

_CID = re.compile(r"^\(cid:\d+\)$")


def plumber_page(data: bytes, index: int) -> tuple[PageChars, PageCheck] | None:
    """Characters of page ``index`` as pdfplumber sees them; None if it cannot read the page."""
    try:
        import pdfplumber  # imported late: only bad pages pay for pdfminer

        with pdfplumber.open(io.BytesIO(data)) as pdf:
            page = pdf.pages[index]
            lines = page.extract_text_lines(return_chars=True)
            return _convert(lines)
    except Exception:  # any failure just means "no second opinion"
        log.debug("pdfplumber could not read page %d", index + 1, exc_info=True)
        return None


def _convert(lines: list[dict]) -> tuple[PageChars, PageCheck]:
    chars: PageChars = []
    check = PageCheck()
    for line in lines:
        for c in line["chars"]:
            text = c["text"]
            if _CID.match(text) or len(text) != 1 or is_unmapped_char(text):
                text = REPLACEMENT
                check.unmapped += 1
            if not text.isspace():
                check.chars += 1
            chars.append((text, (c["x0"], c["top"], c["x1"], c["bottom"])))
        chars.append(("\n", None))
    return chars, check
