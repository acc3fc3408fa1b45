"""The PDF font choice: STSong-Light needs no font file; a TrueType CJK font is embedded."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from workbench.reporting import pdf_fonts, write_review_form_pdf
from workbench.reporting.records import ReviewFormRecord


def _fonts(path: Path) -> str:
    binary = shutil.which("pdffonts")
    if binary is None:
        pytest.skip("pdffonts is not installed (apt-get install poppler-utils)")
    return subprocess.run([binary, str(path)], capture_output=True, text=True, check=True,
                          timeout=60).stdout


def test_without_any_font_file_stsong_light_is_used(tmp_path: Path, pdf_font,
                                                    review_record: ReviewFormRecord) -> None:
    write_review_form_pdf(review_record, tmp_path / "f.pdf")
    fonts = _fonts(tmp_path / "f.pdf")
    if pdf_font.embedded:
        assert "TrueType" in fonts and " yes yes yes " in fonts  # embedded, subset, unicode map
    else:
        assert "STSong-Light" in fonts and "CID Type 0" in fonts


def test_cff_opentype_is_skipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    not_truetype = tmp_path / "NotoSansCJK-Regular.ttc"
    not_truetype.write_bytes(b"OTTO" + b"\0" * 64)  # a CFF-flavoured header reportlab rejects
    monkeypatch.setattr(pdf_fonts, "candidate_files", lambda: [not_truetype])
    pdf_fonts.cjk_font.cache_clear()
    try:
        assert pdf_fonts.cjk_font().name == pdf_fonts.CID_FONT
    finally:
        pdf_fonts.cjk_font.cache_clear()


def test_env_override_comes_first(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WORKBENCH_PDF_FONT", "/fonts/department-song.ttf")
    assert pdf_fonts.candidate_files()[0] == Path("/fonts/department-song.ttf")
