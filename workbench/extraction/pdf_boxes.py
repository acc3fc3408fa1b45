"""Character boxes of a PDF, looked up in the file on demand for just the offsets asked for.

The reader records, per line of text, the page and the PDFium char index of its first
character (a few integers a line); a box is fetched only when a hit is drawn or redacted.
Asking PDFium for every character's box while reading cost more than everything else together.
"""

from __future__ import annotations

import bisect
import json
import zlib
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import pypdfium2.raw as pdfium_c

from workbench.extraction.model import CharBox, ListBoxes
from workbench.extraction.pdf_glyphs import REPLACEMENT
from workbench.extraction.pdfium_doc import PDFIUM_LOCK, open_pdf, page_text

Box = tuple[float, float, float, float]  # x0, top, x1, bottom (points, top-left origin)
_FORMAT = "pdf-lines/1"


@dataclass(frozen=True)
class PdfLine:
    """One line of the extracted text: ``length`` characters from offset ``start``.

    ``first_char`` is the PDFium char index (on ``page``) of the line's first character; the
    rest follow one index each. Lines pdfplumber read instead carry their ``boxes``.
    """

    start: int
    length: int
    page: int  # 1-based
    first_char: int = -1
    boxes: tuple[Box | None, ...] | None = None


def make_box(page: int, b: Box) -> CharBox:
    """A CharBox without the frozen dataclass's per-field ``object.__setattr__``."""
    box = object.__new__(CharBox)
    box.__dict__.update(page=page, x0=b[0], top=b[1], x1=b[2], bottom=b[3])
    return box


class PdfBoxes:
    """The box source of a PDF's ExtractedText (``ExtractedText.box_source``)."""

    def __init__(self, lines: list[PdfLine], data: bytes | Callable[[], bytes]) -> None:
        self.lines = lines
        self._starts = [line.start for line in lines]
        self._data = data  # the file, or a loader for it (e.g. from the database)

    def boxes(self, text: str, ranges: Sequence[tuple[int, int]]) -> list[list[CharBox | None]]:
        """One box or None per offset of each range; the file is opened once for all."""
        out: list[list[CharBox | None]] = [[None] * max(end - start, 0) for start, end in ranges]
        wanted: dict[int, list[tuple[int, int, int, PdfLine]]] = defaultdict(list)
        for r, (start, end) in enumerate(ranges):
            i = max(bisect.bisect_right(self._starts, start) - 1, 0)
            while i < len(self.lines) and self.lines[i].start < end:
                line = self.lines[i]
                a, b = max(start, line.start), min(end, line.start + line.length)
                if a < b:
                    if line.boxes is not None:
                        for off in range(a, b):
                            box = line.boxes[off - line.start]
                            out[r][off - start] = None if box is None else make_box(line.page,
                                                                                   box)
                    else:
                        wanted[line.page].append((r, a, b, line))
                i += 1
        if wanted:
            self._from_pdfium(text, ranges, wanted, out)
        return out

    def _from_pdfium(self, text: str, ranges: Sequence[tuple[int, int]],
                     wanted: dict[int, list[tuple[int, int, int, PdfLine]]],
                     out: list[list[CharBox | None]]) -> None:
        data = self._data if isinstance(self._data, bytes) else self._data()
        get_box, generated = pdfium_c.FPDFText_GetLooseCharBox, pdfium_c.FPDFText_IsGenerated
        rect = pdfium_c.FS_RECTF()
        with PDFIUM_LOCK:
            doc = open_pdf(data)
            try:
                for number, requests in sorted(wanted.items()):
                    page = doc[number - 1]
                    textpage = page.get_textpage()
                    try:
                        left, _, _, top = page.get_mediabox()
                        chars = page_text(textpage)
                        for r, a, b, line in requests:
                            for off in range(a, b):
                                i = line.first_char + off - line.start
                                ch = chars[i] if i < len(chars) else ""
                                # A character that reads differently now (another PDFium, or
                                # index and file out of step) gets no box: never a wrong one.
                                if ch != text[off] and text[off] != REPLACEMENT:
                                    continue
                                if ch.isspace() and generated(textpage, i):
                                    continue  # spaces and line breaks PDFium inferred
                                # Loose boxes cover the font's full height; tight ones are
                                # empty for fonts that are not embedded (no glyph outline).
                                if get_box(textpage, i, rect):
                                    out[r][off - ranges[r][0]] = make_box(number, (
                                        rect.left - left, top - rect.top, rect.right - left,
                                        top - rect.bottom))
                    finally:
                        textpage.close()
                        page.close()
            finally:
                doc.close()

    def to_bytes(self) -> bytes:
        """The index for storage (zlib JSON; a few bytes a line, no boxes but pdfplumber's)."""
        plain = {"format": _FORMAT,
                 "lines": [[x.start, x.length, x.page, x.first_char] for x in self.lines],
                 "boxes": {str(n): x.boxes for n, x in enumerate(self.lines)
                           if x.boxes is not None}}
        return zlib.compress(json.dumps(plain, separators=(",", ":")).encode("utf-8"))


def load_boxes(blob: bytes, data: bytes | Callable[[], bytes]) -> PdfBoxes | ListBoxes:
    """The box source stored by ``PdfBoxes.to_bytes`` (or, from older versions, every box)."""
    plain = json.loads(zlib.decompress(blob))
    if isinstance(plain, list):  # stored before boxes were lazy: [page, x0, top, x1, bottom]
        return ListBoxes([None if b is None else make_box(b[0], tuple(b[1:])) for b in plain])
    if plain.get("format") != _FORMAT:
        raise ValueError(f"unknown box index format {plain.get('format')!r}")
    boxes = plain.get("boxes", {})
    return PdfBoxes([PdfLine(s, n, p, f, _boxes(boxes.get(str(k))))
                     for k, (s, n, p, f) in enumerate(plain["lines"])], data)


def _boxes(plain: list | None) -> tuple[Box | None, ...] | None:
    return None if plain is None else tuple(None if b is None else tuple(b) for b in plain)
