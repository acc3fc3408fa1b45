"""The PDF reader: PDFium (pypdfium2) for text and character boxes, with checks for scans,
unmapped glyphs, encryption and truncation; pdfplumber as a second opinion on bad pages.

PDFium gives text with boxes at 10-50x the speed of pdfplumber's plain text (README,
"Extraction"); pdfplumber (pdfminer) decodes some font encodings differently, so a page where
PDFium finds unmapped glyphs is read again by pdfplumber and the better reading is kept.
"""

from __future__ import annotations

import ctypes
import logging
import threading

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from workbench.core.errors import InputFileError
from workbench.core.progress import NullProgress, ProgressSink, check_cancelled
from workbench.extraction._common_hanzi import COMMON
from workbench.extraction.builder import TextBuilder
from workbench.extraction.limits import DEFAULT_LIMITS, Limits
from workbench.extraction.model import CharBox, ExtractedText, ExtractionWarning, Location
from workbench.extraction.pdf_fonts import strip_subset, unmapped_fonts
from workbench.extraction.pdf_glyphs import REPLACEMENT, PageCheck, is_unmapped_char
from workbench.extraction.pdf_plumber import PageChars, plumber_page

log = logging.getLogger(__name__)

#: PDFium is not thread-safe; the GUI may extract in several workers at once.
PDFIUM_LOCK = threading.RLock()

_META_KEYS = {"Title": "title", "Author": "author", "Subject": "subject",
              "Keywords": "keywords", "Creator": "creator", "Producer": "producer",
              "CreationDate": "created", "ModDate": "modified"}
_TEXT_KEYS = ("title", "author", "subject", "keywords")
_ORDINARY = COMMON | frozenset(map(chr, range(0x21, 0x7F))) | frozenset("，。、；：？！（）《》“”")


def _open(data: bytes) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if exc.err_code == pdfium_c.FPDF_ERR_PASSWORD:
            raise InputFileError(
                "The PDF is password-protected: remove the password in the PDF reader, or ask "
                "the author for an unprotected copy.", code="encrypted") from exc
        if exc.err_code == pdfium_c.FPDF_ERR_SECURITY:
            raise InputFileError(
                "The PDF uses an encryption scheme that cannot be opened: ask the author for an "
                "unprotected copy.", code="encrypted") from exc
        if b"%%EOF" not in data[-2048:]:
            raise InputFileError(
                "The PDF is cut off (an incomplete download or copy) and cannot be opened: ask "
                "the author for the complete file.", code="corrupt_file",
                detail=str(exc)) from exc
        raise InputFileError(
            "The PDF is damaged and cannot be opened: ask the author for a fresh copy, or print "
            "it to a new PDF.", code="corrupt_file", detail=str(exc)) from exc


def _font_name(textpage: pdfium.PdfTextPage, index: int, buf: ctypes.Array) -> str:
    n = pdfium_c.FPDFText_GetFontInfo(textpage, index, buf, len(buf), None)
    return strip_subset(buf.raw[:max(n - 1, 0)].decode("utf-8", "replace")) if n else ""


def _page_text(textpage: pdfium.PdfTextPage, count: int) -> str:
    """All characters in one call when PDFium's text view matches its char list (nearly
    always); otherwise one call per character."""
    buf = (ctypes.c_ushort * (count + 1))()
    written = pdfium_c.FPDFText_GetText(textpage, 0, count, buf)
    text = bytes(memoryview(buf).cast("B")[: max(written - 1, 0) * 2]).decode(
        "utf-16-le", "replace")
    if len(text) == count:
        return text
    return "".join(chr(pdfium_c.FPDFText_GetUnicode(textpage, i) or 0xFFFD)
                   for i in range(count))


def _page_chars(page: pdfium.PdfPage, bad_fonts: set[str]) -> tuple[PageChars, PageCheck]:
    """Every character of the page in PDFium's order, with boxes and the page's checks.

    This loop runs once per character of the document, so it makes as few ctypes calls as it
    can: the text comes in one call, and only whitespace is asked whether PDFium generated it.
    """
    left, _, _, top = page.get_mediabox()
    textpage = page.get_textpage()
    check = PageCheck()
    chars: PageChars = []
    append = chars.append
    get_box, map_error = pdfium_c.FPDFText_GetLooseCharBox, pdfium_c.FPDFText_HasUnicodeMapError
    try:
        count = pdfium_c.FPDFText_CountChars(textpage)
        text = _page_text(textpage, count)
        rect = pdfium_c.FS_RECTF()
        font_buf = ctypes.create_string_buffer(256)
        for i, ch in enumerate(text):
            if ch.isspace():
                if pdfium_c.FPDFText_IsGenerated(textpage, i):
                    append((ch, None))  # spaces and line breaks PDFium inferred
                    continue
            else:
                check.chars += 1
            # Characters of ordinary Chinese text skip the map-error call (a third of the loop);
            # raw codes that happen to land there come from fonts pdf_fonts already flags.
            if ((ch not in _ORDINARY and map_error(textpage, i) == 1) or is_unmapped_char(ch)
                    or (bad_fonts and _font_name(textpage, i, font_buf) in bad_fonts)):
                check.unmapped += 1
                ch = REPLACEMENT  # never pass a raw glyph code off as text
            # Loose boxes cover the font's full height; tight ones are empty for fonts that
            # are not embedded (PDFium has no glyph outline to measure).
            if get_box(textpage, i, rect):
                append((ch, (rect.left - left, top - rect.top, rect.right - left,
                             top - rect.bottom)))
            else:
                append((ch, None))
    finally:
        textpage.close()
    width, height = page.get_size()
    area = max(width * height, 1.0)
    for obj in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_IMAGE,), max_depth=3):
        check.images += 1
        try:
            x0, y0, x1, y1 = obj.get_bounds()
            check.image_area += abs((x1 - x0) * (y1 - y0)) / area
        except pdfium.PdfiumError:
            check.image_area += 1.0
    return chars, check


def _box(page: int, b: tuple[float, float, float, float]) -> CharBox:
    """A CharBox without the frozen dataclass's per-field ``object.__setattr__`` (a third of
    the reader's time on a dense page); the result is an ordinary, equal CharBox."""
    box = object.__new__(CharBox)
    box.__dict__.update(page=page, x0=b[0], top=b[1], x1=b[2], bottom=b[3])
    return box


def _emit_page(builder: TextBuilder, number: int, chars: PageChars) -> None:
    """One segment per line; PDFium's generated CR LF (and real ones) end lines."""
    line, line_no, pending = [], 1, False
    for ch, box in [*chars, ("\n", None)]:
        if ch in "\r\n":
            if ch == "\n" or not pending:
                if line:
                    text = "".join(c for c, _ in line)
                    boxes = [None if b is None else _box(number, b) for _, b in line]
                    builder.new_line()
                    builder.add(text, Location(part="page", page=number, line=line_no), boxes)
                    line_no += 1
                line = []
            pending = ch == "\r"
            continue
        pending = False
        line.append((ch, box))


def read_pdf(data: bytes, limits: Limits = DEFAULT_LIMITS,
             progress: ProgressSink | None = None) -> ExtractedText:
    """Extract a PDF: text in reading order, one box per character, warnings per page.

    Raises:
        InputFileError: encrypted, corrupt_file, too_large (page count).
    """
    progress = progress or NullProgress()
    fonts = unmapped_fonts(data) or {}
    builder = TextBuilder(with_boxes=True)
    warnings: list[ExtractionWarning] = []
    with PDFIUM_LOCK:
        doc = _open(data)
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
                    chars, check = _page_chars(page, fonts.get(index, set()))
                finally:
                    page.close()
                if check.unmapped_flag(limits):
                    chars, check = _second_opinion(data, index, chars, check)
                _emit_page(builder, index + 1, chars)
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
                         char_boxes=builder.boxes)


def _second_opinion(data: bytes, index: int, chars: PageChars,
                    check: PageCheck) -> tuple[PageChars, PageCheck]:
    other = plumber_page(data, index)
    if other is None:
        return chars, check
    other_chars, other_check = other
    if other_check.unmapped < check.unmapped and other_check.chars >= check.chars * 0.9:
        log.info("page %d: pdfplumber maps more glyphs than PDFium; using its reading", index + 1)
        other_check.images, other_check.image_area = check.images, check.image_area
        return other_chars, other_check
    return chars, check


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
