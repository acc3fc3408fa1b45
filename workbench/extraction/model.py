"""ExtractedText: the full text of a file plus a map from every offset back into the file."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Any


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
    #: PDFs: one box per character of ``text`` (None for characters with no box, e.g. the
    #: newlines the reader inserts). Other formats: None.
    char_boxes: list[CharBox | None] | None = None
    encoding: str | None = None  # plain text: the detected encoding

    @property
    def text_complete(self) -> bool:
        """False when any warning says part of the text may be missing or garbled."""
        return not any(w.code in INCOMPLETE_WARNINGS for w in self.warnings)

    def location_at(self, offset: int) -> Location | None:
        """The location of the character at ``offset`` (None for separators between segments)."""
        starts = [s.start for s in self.segments]
        i = bisect.bisect_right(starts, offset) - 1
        if i >= 0 and self.segments[i].start <= offset < self.segments[i].end:
            return self.segments[i].location
        return None

    def boxes_for(self, start: int, end: int) -> list[CharBox]:
        """Boxes of the characters in ``[start, end)`` (PDF only; empty otherwise)."""
        if self.char_boxes is None:
            return []
        return [b for b in self.char_boxes[start:end] if b is not None]


#: Warning codes that make a document "text incomplete: needs manual review".
INCOMPLETE_WARNINGS = frozenset({
    "no_text_layer", "unmapped_glyphs", "encrypted", "part_unreadable", "truncated",
    "conversion_lossy",
})
