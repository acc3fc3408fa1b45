"""The reader registry: one reader per format, chosen by detect_format (content first)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import PurePath

from workbench.core.progress import ProgressSink
from workbench.extraction.limits import Limits
from workbench.extraction.model import ExtractedText, ExtractionWarning
from workbench.extraction.sniff import CONVERT, DOCX, PDF, TXT

# Each reader is imported when first used: PDFium, pikepdf, lxml and pdfminer cost about
# 0.1 s, which the window's start-up should not pay.

ReaderFn = Callable[[bytes, str, Limits, ProgressSink | None], ExtractedText]


@dataclass(frozen=True)
class Reader:
    """A format the workbench reads: its id, the extensions a file dialog offers, the function."""

    format: str
    extensions: tuple[str, ...]
    read: ReaderFn


def _docx(data: bytes, filename: str, limits: Limits, progress: ProgressSink | None):
    from workbench.extraction.docx import read_docx

    return read_docx(data, limits, progress)


def _pdf(data: bytes, filename: str, limits: Limits, progress: ProgressSink | None):
    from workbench.extraction.pdf import read_pdf

    return read_pdf(data, limits, progress)


def _txt(data: bytes, filename: str, limits: Limits, progress: ProgressSink | None):
    from workbench.extraction.text import read_text

    return read_text(data)


def _convert(data: bytes, filename: str, limits: Limits, progress: ProgressSink | None):
    from workbench.extraction.convert import convert_to_docx
    from workbench.extraction.docx import read_docx

    if progress is not None:
        progress.update(0, None, "converting")
    converted = read_docx(convert_to_docx(data, filename, limits.conversion_timeout_s),
                          limits, progress)
    source = PurePath(filename).suffix.lower().lstrip(".") or "doc"
    converted.format = source
    converted.metadata["converted_from"] = source
    # Informational, not "incomplete": LibreOffice keeps the text of every part it knows,
    # but the locations point into the converted .docx, not the original file.
    converted.warnings.append(ExtractionWarning(
        "converted", f"Read through a LibreOffice conversion of the .{source} file; "
        "locations refer to the converted copy."))
    return converted


READERS: dict[str, Reader] = {
    DOCX: Reader(DOCX, (".docx", ".docm", ".dotx"), _docx),
    PDF: Reader(PDF, (".pdf",), _pdf),
    TXT: Reader(TXT, (".txt",), _txt),
    CONVERT: Reader(CONVERT, (".doc", ".wps", ".rtf", ".odt"), _convert),
}


def supported_extensions() -> list[str]:
    """Every extension a file dialog should offer, in registry order."""
    return [ext for reader in READERS.values() for ext in reader.extensions]
