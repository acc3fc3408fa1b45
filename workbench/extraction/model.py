"""ExtractedText: the full text of a file plus a map from every offset back into the file."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol


@dataclass(frozen=True)
class Location:
    """Where a stretch of text sits in the file.

    ``part`` is one of: body, table, header, footer, footnote, endnote, comment, textbox,
    deleted, inserted, metadata, page (PDF), text (plain text). The optional fields narrow it down.

    Structural indexes (``paragraph``, ``section``, ``table``, ``row``, ``col``, ``column``) are
    0-based, because they address the file for redaction in place; ``page`` and ``line`` are
    1-based, because people read them. In a .docx, ``paragraph`` is the index of the ``w:p``
    element among all ``w:p`` elements of ``xml_part`` in document order, ``table`` likewise for
    ``w:tbl``; ``row``/``col`` count ``w:tr``/``w:tc`` inside that (innermost) table, and
    ``column`` is where the segment starts inside the paragraph's raw text (every ``w:t`` and
    ``w:delText`` of the paragraph, in order, tabs as ``\t`` and breaks as ``\n``).
    """

    part: str
    paragraph: int | None = None
    section: int | None = None
    variant: str | None = None  # header/footer: default, first, even
    table: int | None = None
    row: int | None = None
    col: int | None = None
    page: int | None = None  # 1-based PDF page
    line: int | None = None  # 1-based line in a plain-text file
    xml_part: str | None = None  # the zip member it came from (docx), for redaction in place
    note_id: str | None = None  # footnote/endnote/comment id
    author: str | None = None  # comment or tracked-change author
    column: int | None = None  # start of the segment inside its paragraph's raw text (docx)
    key: str | None = None  # metadata: which document property (author, company, title, ...)

    def to_dict(self) -> dict[str, Any]:
        """Only the fields that are set (the ``location`` object of the scan JSON contract)."""
        return {k: v for k, v in self.__dict__.items() if v is not None}


@dataclass(frozen=True)
class Segment:
    """Text offsets ``[start, end)`` that all sit at one location."""

    start: int
    end: int
    location: Location


@dataclass(frozen=True)
class CharBox:
    """A character's box on a PDF page, in PDF points with the origin at the top-left."""

    page: int
    x0: float
    top: float
    x1: float
    bottom: float


class BoxSource(Protocol):
    """Where a PDF's character boxes come from (``pdf_boxes.PdfBoxes`` looks them up lazily)."""

    def boxes(self, text: str, ranges: Sequence[tuple[int, int]]
              ) -> list[list[CharBox | None]]:
        """For each ``[start, end)`` of ``text``, one box or None per offset."""
        ...


class ListBoxes:
    """Boxes already known, one (or None) per character of the text."""

    def __init__(self, boxes: list[CharBox | None]) -> None:
        self.all = boxes

    def boxes(self, text: str, ranges: Sequence[tuple[int, int]]
              ) -> list[list[CharBox | None]]:
        return [self.all[start:end] + [None] * max(end - max(start, len(self.all)), 0)
                for start, end in ranges]


@dataclass(frozen=True)
class ExtractionWarning:
    """Why the text may be incomplete. ``code`` is stable; ``message`` is one readable line."""

    code: str  # e.g. no_text_layer, unmapped_glyphs, encrypted, part_unreadable
    message: str
    page: int | None = None


@dataclass
class ExtractedText:
    """The one result every reader returns."""

    text: str
    format: str  # docx, pdf, txt, ...
    segments: list[Segment] = field(default_factory=list)
    metadata: dict[str, str] = field(default_factory=dict)
    warnings: list[ExtractionWarning] = field(default_factory=list)
    page_count: int | None = None
    encoding: str | None = None  # plain text: the detected encoding
    #: PDFs: where character boxes come from, on demand (they cost more than the text to
    #: read, and only hits need them). Other formats: None.
    box_source: BoxSource | None = field(default=None, repr=False, compare=False)
    _all_boxes: list[CharBox | None] | None = field(default=None, init=False, repr=False,
                                                    compare=False)
    _starts: tuple[int, int, list[int]] | None = field(default=None, init=False, repr=False,
                                                      compare=False)

    @property
    def text_complete(self) -> bool:
        """False when any warning says part of the text may be missing or garbled."""
        return not any(w.code in INCOMPLETE_WARNINGS for w in self.warnings)

    def location_at(self, offset: int) -> Location | None:
        """The location of the character at ``offset`` (None for separators between segments)."""
        # The scanner asks once per hit: rebuilding the start list each time made scanning
        # a 300-page document (11,700 hits, 10,800 segments) quadratic, 2.3 s of its 2.8 s.
        key = (id(self.segments), len(self.segments))
        if self._starts is None or self._starts[:2] != key:
            self._starts = (*key, [s.start for s in self.segments])
        starts = self._starts[2]
        i = bisect.bisect_right(starts, offset) - 1
        if i >= 0 and self.segments[i].start <= offset < self.segments[i].end:
            return self.segments[i].location
        return None

    def boxes_for(self, start: int, end: int) -> list[CharBox]:
        """Boxes of the characters in ``[start, end)`` (PDF only; empty otherwise)."""
        return [b for b in self.boxes_at([(start, end)])[0] if b is not None]

    def boxes_at(self, ranges: Sequence[tuple[int, int]]) -> list[list[CharBox | None]]:
        """For each ``[start, end)``, one box or None per offset (None: separators, generated
        spaces, metadata, non-PDF formats). One look-up in the file for all ranges."""
        ranges = [(max(start, 0), min(end, len(self.text))) for start, end in ranges]
        if self.box_source is None:
            return [[None] * max(end - start, 0) for start, end in ranges]
        return self.box_source.boxes(self.text, ranges)

    @property
    def char_boxes(self) -> list[CharBox | None] | None:
        """PDFs: one box (or None) per character of ``text``; other formats: None.

        For compatibility only: the first access looks up every character of the document
        (what reading used to cost). Use ``boxes_for``/``boxes_at`` for hits.
        """
        if self.box_source is None:
            return None
        if self._all_boxes is None:
            self._all_boxes = self.boxes_at([(0, len(self.text))])[0]
        return self._all_boxes


#: Warning codes that make a document "text incomplete: needs manual review".
INCOMPLETE_WARNINGS = frozenset({
    "no_text_layer", "unmapped_glyphs", "encrypted", "part_unreadable", "truncated",
    "conversion_lossy",
})
