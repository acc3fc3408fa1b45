"""Limits that keep one hostile or huge file from exhausting the reviewer's PC."""

from __future__ import annotations

from dataclasses import dataclass

from workbench.core.errors import InputFileError

MIB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """Caps applied before and during parsing; a department may raise them.

    Attributes:
        max_file_bytes: Files above this are refused before any parsing (default 200 MB).
        max_zip_members: A .docx/.odt with more parts than this is treated as a zip bomb.
        max_zip_uncompressed_bytes: Total declared (and actually read) uncompressed size.
        max_zip_ratio: Compression ratio above which a large part is treated as a bomb.
        zip_ratio_min_bytes: Parts smaller than this are not ratio-checked (tiny XML parts
            compress extremely well and are harmless).
        max_pdf_pages: PDFs with more pages are refused (a reviewer cannot read them anyway).
        conversion_timeout_s: Time LibreOffice gets to convert one .doc/.wps/.rtf/.odt.
        unmapped_glyphs_per_page: A page with at least this many glyphs that have no Unicode
            mapping is reported as unmapped_glyphs.
        unmapped_glyph_ratio: ...or with at least this share of its characters unmapped (catches
            short pages, e.g. a one-line title in a 方正小标宋 font).
    """

    max_file_bytes: int = 200 * MIB
    max_zip_members: int = 10_000
    max_zip_uncompressed_bytes: int = 1024 * MIB
    max_zip_ratio: float = 250.0
    zip_ratio_min_bytes: int = 4 * MIB
    max_pdf_pages: int = 20_000
    conversion_timeout_s: float = 180.0
    unmapped_glyphs_per_page: int = 3
    unmapped_glyph_ratio: float = 0.02


DEFAULT_LIMITS = Limits()


def check_size(size: int, limits: Limits) -> None:
    """Refuse empty files and files above the size limit, before anything parses them."""
    if size == 0:
        raise InputFileError(
            "The file is empty (0 bytes): ask the author for the complete file.",
            code="empty_file",
        )
    if size > limits.max_file_bytes:
        raise InputFileError(
            f"The file is {size / MIB:.0f} MB, above the {limits.max_file_bytes / MIB:.0f} MB "
            "limit: split it, or ask the administrator to raise the limit.",
            code="too_large", size=size, limit=limits.max_file_bytes,
        )
