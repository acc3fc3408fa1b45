"""PDFium basics shared by the reader and the on-demand box lookup: lock, open, page text."""

from __future__ import annotations

import ctypes
import threading

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from workbench.core.errors import InputFileError

#: PDFium is not thread-safe; the GUI may extract in several workers at once.
PDFIUM_LOCK = threading.RLock()


def open_pdf(data: bytes) -> pdfium.PdfDocument:
    """Open with PDFium; its error codes become an ``InputFileError`` a reviewer can act on."""
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


def page_text(textpage: pdfium.PdfTextPage) -> str:
    """The page's characters, one per PDFium char index.

    All characters in one call when PDFium's text view matches its char list (nearly always);
    otherwise one call per character.
    """
    count = pdfium_c.FPDFText_CountChars(textpage)
    if count <= 0:
        return ""
    buf = (ctypes.c_ushort * (count + 1))()
    written = pdfium_c.FPDFText_GetText(textpage, 0, count, buf)
    text = bytes(memoryview(buf).cast("B")[: max(written - 1, 0) * 2]).decode(
        "utf-16-le", "replace")
    if len(text) == count:
        return text
    return "".join(chr(pdfium_c.FPDFText_GetUnicode(textpage, i) or 0xFFFD)
                   for i in range(count))
