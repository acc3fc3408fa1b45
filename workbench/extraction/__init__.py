"""Text extraction: file bytes to one ExtractedText with an offset map back into the file.

Public API::

    extract(data, filename, *, limits=None, progress=None) -> ExtractedText
    extract_path(path, *, limits=None, progress=None) -> ExtractedText
    detect_format(data, filename) -> "pdf" | "docx" | "txt" | "convert"

Every failure to read a file is an ``InputFileError`` with a stable ``code`` and a one-line
message a reviewer can act on; one bad file never takes a batch down.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from workbench.core.errors import CancelledError, InputFileError
from workbench.core.progress import ProgressSink
from workbench.extraction.limits import DEFAULT_LIMITS, Limits, check_size
from workbench.extraction.model import (
    INCOMPLETE_WARNINGS,
    CharBox,
    ExtractedText,
    ExtractionWarning,
    Location,
    Segment,
)
from workbench.extraction.registry import READERS, supported_extensions
from workbench.extraction.sniff import detect_format

log = logging.getLogger(__name__)

__all__ = [
    "INCOMPLETE_WARNINGS", "CharBox", "ExtractedText", "ExtractionWarning", "Limits",
    "Location", "Segment", "detect_format", "extract", "extract_path", "supported_extensions",
]


def extract(data: bytes, filename: str, *, limits: Limits | None = None,
            progress: ProgressSink | None = None) -> ExtractedText:
    """Read one file's bytes into text plus its location map.

    Args:
        data: The file's bytes (the same bytes that are hashed and stored).
        filename: The original name; only its extension is used, and only as a hint.
        limits: Size and zip-bomb caps; defaults to ``Limits()``.
        progress: Receives page/part progress and may cancel.

    Returns:
        The text, segments, metadata and warnings (``text_complete`` false when part of the
        text could not be read).

    Raises:
        InputFileError: The file cannot be read; ``code`` says why.
        CancelledError: ``progress`` asked to stop.
    """
    limits = limits or DEFAULT_LIMITS
    check_size(len(data), limits)
    fmt = detect_format(data, filename)
    try:
        return READERS[fmt].read(data, filename, limits, progress)
    except (InputFileError, CancelledError):
        raise
    except MemoryError as exc:
        raise InputFileError(
            "The file is too large to read on this computer: split it, or read it on a PC "
            "with more memory.", code="too_large") from exc
    except Exception as exc:
        # A reader bug or a library failure nobody foresaw: logged with its traceback for the
        # developers, reported to the reviewer as a file that could not be read.
        log.exception("extraction of %s (%s) failed unexpectedly", filename, fmt)
        raise InputFileError(
            "The file could not be read (it may be damaged): open it in the program that made "
            "it and save it again, or ask the author for a fresh copy.",
            code="corrupt_file", detail=f"{type(exc).__name__}: {exc}") from exc


def extract_path(path: str | os.PathLike[str], *, limits: Limits | None = None,
                 progress: ProgressSink | None = None) -> ExtractedText:
    """``extract`` for a file on disk; the size limit is checked before reading it."""
    limits = limits or DEFAULT_LIMITS
    p = Path(path)
    try:
        check_size(p.stat().st_size, limits)
        data = p.read_bytes()
    except OSError as exc:
        raise InputFileError(
            f"The file {p.name} cannot be opened ({exc.strerror or exc}): check that it exists "
            "and that you may read it.", code="unreadable_file") from exc
    return extract(data, p.name, limits=limits, progress=progress)
