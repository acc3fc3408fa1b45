"""The PDF reader: PDFium (pypdfium2) for text, with checks for scans, unmapped glyphs,
encryption and truncation; pdfplumber as a second opinion on bad pages.

PDFium gives text at 10-50x the speed of pdfplumber's plain text (README, "Extraction");
pdfplumber (pdfminer) decodes some font encodings differently, so a page where PDFium finds
unmapped glyphs is read again by pdfplumber and the better reading is kept. Character boxes
are not read here: ``pdf_boxes`` looks them up in the file when a hit needs them.
"""

from __future__ import annotations

import ctypes
import functools
import logging
import re

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from workbench.core.errors import InputFileError
from workbench.core.progress import NullProgress, ProgressSink, check_cancelled
from workbench.extraction._common_hanzi import COMMON
from workbench.extraction.builder import TextBuilder
from workbench.extraction.limits import DEFAULT_LIMITS, Limits
from workbench.extraction.model import ExtractedText, ExtractionWarning, Location
from workbench.extraction.pdf_boxes import PdfBoxes, PdfLine
from workbench.extraction.pdf_fonts import strip_subset, unmapped_fonts
from workbench.extraction.pdf_glyphs import REPLACEMENT, PageCheck, is_unmapped_char
from workbench.extraction.pdf_plumber import PageChars, plumber_page
from workbench.extraction.pdfium_doc import PDFIUM_LOCK, open_pdf, page_text

log = logging.getLogger(__name__)

__all__ = ["PDFIUM_LOCK", "read_pdf"]  # the lock is re-exported for the redaction writer

_META_KEYS = {"Title": "title", "Author": "author", "Subject": "subject",
              "Keywords": "keywords", "Creator": "creator", "Producer": "producer",
              "CreationDate": "created", "ModDate": "modified"}
_TEXT_KEYS = ("title", "author", "subject", "keywords")
_ORDINARY = COMMON | frozenset(map(chr, range(0x21, 0x7F))) | frozenset("，。、；：？！（）《》“”")
_LINE = re.compile(r"[^\r\n]+")
_IMAGE, _FORM = pdfium_c.FPDF_PAGEOBJ_IMAGE, pdfium_c.FPDF_PAGEOBJ_FORM
_FORM_DEPTH = 3  # levels of Form XObjects searched for images (the page itself is level 0)


@functools.cache
def _unusual() -> re.Pattern[str]:
    """Characters outside ordinary Chinese text: only these can be unmapped glyphs (compiled
    on first use; the class has ~3,600 members)."""
    return re.compile("[^" + "".join(sorted(re.escape(c) for c in _ORDINARY)) + "]")


def _font_name(textpage: pdfium.PdfTextPage, index: int, buf: ctypes.Array) -> str:
    n = pdfium_c.FPDFText_GetFontInfo(textpage, index, buf, len(buf), None)
    return strip_subset(buf.raw[:max(n - 1, 0)].decode("utf-8", "replace")) if n else ""


def _page_text(page: pdfium.PdfPage, bad_fonts: set[str]) -> tuple[str, PageCheck]:
    """The page's text in PDFium's order (one character per char index, unmapped glyphs as
    U+FFFD) and the page's checks.

    Ordinary Chinese text needs no per-character call: only the characters the ``_unusual``
    pattern finds (spaces, line breaks, rare code points) are asked whether PDFium generated
    them or could not map them; every character only on pages using a font pdf_fonts flags.
    """
    textpage = page.get_textpage()
    check = PageCheck()
    try:
        text = page_text(textpage)
        check.chars = sum(map(len, text.split()))  # non-space characters
        generated, map_error = pdfium_c.FPDFText_IsGenerated, pdfium_c.FPDFText_HasUnicodeMapError
        font_buf = ctypes.create_string_buffer(256)
        suspects = range(len(text)) if bad_fonts else [m.start() for m in
                                                        _unusual().finditer(text)]
        replaced: list[str] | None = None
        for i in suspects:
            ch = text[i]
            if ch.isspace() and generated(textpage, i):
                continue  # spaces and line breaks PDFium inferred
            # Raw codes that happen to land among ordinary characters come from fonts
            # pdf_fonts already flags.
            if ((ch not in _ORDINARY and map_error(textpage, i) == 1) or is_unmapped_char(ch)
                    or (bad_fonts and _font_name(textpage, i, font_buf) in bad_fonts)):
                check.unmapped += 1
                if replaced is None:
                    replaced = list(text)
                replaced[i] = REPLACEMENT  # never pass a raw glyph code off as text
        if replaced is not None:
            text = "".join(replaced)
    finally:
        textpage.close()
    check.images, check.image_area = _images(page)
    return text, check


def _images(page: pdfium.PdfPage) -> tuple[int, float]:
    """Image objects on the page (and in its forms) and the share of the page they cover.

    Raw calls rather than ``page.get_objects``, which builds a Python object per text object.
    """
    width, height = page.get_size()
    area = max(width * height, 1.0)
    count, cover = 0, 0.0
    bounds = [ctypes.c_float() for _ in range(4)]
    pending = [(page.raw, pdfium_c.FPDFPage_CountObjects, pdfium_c.FPDFPage_GetObject, 0)]
    while pending:
        parent, count_objects, get_object, level = pending.pop()
        for i in range(max(count_objects(parent), 0)):
            obj = get_object(parent, i)
            if not obj:
                continue
            kind = pdfium_c.FPDFPageObj_GetType(obj)
            if kind == _IMAGE:
                count += 1
                if pdfium_c.FPDFPageObj_GetBounds(obj, *map(ctypes.byref, bounds)):
                    x0, y0, x1, y1 = (b.value for b in bounds)
                    cover += abs((x1 - x0) * (y1 - y0)) / area
                else:
                    cover += 1.0
            elif kind == _FORM and level < _FORM_DEPTH - 1:
                pending.append((obj, pdfium_c.FPDFFormObj_CountObjects,
                                pdfium_c.FPDFFormObj_GetObject, level + 1))
    return count, cover


def _emit_page(builder: TextBuilder, lines: list[PdfLine], number: int, text: str) -> None:
    """One segment per line of PDFium's text; PDFium's generated CR LF (and real ones) end
    lines. Each line records where its characters sit for the box look-up."""
    line_no = 1
    for match in _LINE.finditer(text):
        builder.new_line()
        lines.append(PdfLine(builder.length, match.end() - match.start(), number, match.start()))
        builder.add(match.group(), Location(part="page", page=number, line=line_no))
        line_no += 1


def _emit_plumber_page(builder: TextBuilder, lines: list[PdfLine], number: int,
                       chars: PageChars) -> None:
    """A page pdfplumber read: its boxes are kept as they are (such pages are rare)."""
    line, line_no = [], 1
    for ch, box in [*chars, ("\n", None)]:
        if ch not in "\r\n":
            line.append((ch, box))
            continue
        if line:
            builder.new_line()
            lines.append(PdfLine(builder.length, len(line), number,
                                 boxes=tuple(b for _, b in line)))
            builder.add("".join(c for c, _ in line),
                        Location(part="page", page=number, line=line_no))
            line_no += 1
        line = []


def read_pdf(data: bytes, limits: Limits = DEFAULT_LIMITS,
             progress: ProgressSink | None = None) -> ExtractedText:
    """Extract a PDF: text in reading order, warnings per page, boxes on demand.

    Raises:
        InputFileError: encrypted, corrupt_file, too_large (page count).
    """
    progress = progress or NullProgress()
    fonts = unmapped_fonts(data) or {}
    builder = TextBuilder()
    lines: list[PdfLine] = []
    warnings: list[ExtractionWarning] = []
    with PDFIUM_LOCK:
        doc = open_pdf(data)
        try:
            pages = len(doc)
            if pages > limits.max_pdf_pages:
                raise InputFileError(
                    f"The PDF has {pages} pages, above the limit of {limits.max_pdf_pages}: "
                    "split it into parts.", code="too_large")
            metadata = {_META_KEYS[k]: v.strip() for k, v in doc.get_metadata_dict().items()
                        if k in _META_KEYS and v and v.strip()}
            for index in range(pages):
                check_cancelled(progress)
                progress.update(index, pages, "page")
                try:
                    page = doc[index]
                except pdfium.PdfiumError:
                    warnings.append(ExtractionWarning(
                        "part_unreadable", f"Page {index + 1} is damaged and could not be read.",
                        page=index + 1))
                    continue
                try:
                    text, check = _page_text(page, fonts.get(index, set()))
                finally:
                    page.close()
                other = _second_opinion(data, index, check) if check.unmapped_flag(limits) \
                    else None
                if other is None:
                    _emit_page(builder, lines, index + 1, text)
                else:
                    chars, check = other
                    _emit_plumber_page(builder, lines, index + 1, chars)
                warnings.extend(_page_warnings(index + 1, check, limits))
        finally:
            doc.close()
    if b"%%EOF" not in data[-2048:]:
        warnings.append(ExtractionWarning(
            "truncated", "The PDF ends early (no end marker): pages or text may be missing."))
    for key in _TEXT_KEYS:
        if key in metadata:
            builder.new_line()
            builder.add(metadata[key], Location(part="metadata", key=key))
    progress.update(pages, pages, "done")
    return ExtractedText(text=builder.text(), format="pdf", segments=builder.segments,
                         metadata=metadata, warnings=warnings, page_count=pages,
                         box_source=PdfBoxes(lines, data))


def _second_opinion(data: bytes, index: int,
                    check: PageCheck) -> tuple[PageChars, PageCheck] | None:
    """pdfplumber's reading of the page if it maps more glyphs than PDFium's, else None."""
    other = plumber_page(data, index)
    if other is None:
        return None
    other_chars, other_check = other
    if other_check.unmapped < check.unmapped and other_check.chars >= check.chars * 0.9:
        log.info("page %d: pdfplumber maps more glyphs than PDFium; using its reading", index + 1)
        other_check.images, other_check.image_area = check.images, check.image_area
        return other_chars, other_check
    return None


def _page_warnings(number: int, check: PageCheck, limits: Limits) -> list[ExtractionWarning]:
    out = []
    if check.scan_flag():
        out.append(ExtractionWarning(
            "no_text_layer", f"Page {number} is an image without a text layer (a scan): "
            "read it yourself.", page=number))
    if check.unmapped_flag(limits):
        out.append(ExtractionWarning(
            "unmapped_glyphs", f"Page {number}: {check.unmapped} characters use a font "
            "without a Unicode map and show as \ufffd: read the page yourself.", page=number))
    return out
