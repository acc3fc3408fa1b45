"""Fuzzing the readers with mutated fixtures: anything but InputFileError is a bug.

The readers are called directly, below ``extract``'s safety net, so a library exception that
a reader forgot to translate fails here instead of hiding as a generic "damaged file".
Crashers found this way are kept as plain tests at the end of this file.
"""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.helpers import docs
from workbench.core.errors import InputFileError
from workbench.extraction.docx import read_docx
from workbench.extraction.pdf import read_pdf
from workbench.extraction.sniff import detect_format
from workbench.extraction.text import read_text

_SETTINGS = settings(max_examples=int(os.environ.get("FUZZ_EXAMPLES", "60")), deadline=None,
                     database=None, derandomize=not os.environ.get("FUZZ_EXAMPLES"),
                     suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

_DOCX = docs.docx_full()
_PDF = docs.pdf_text()
_TXT = docs.TEXT_LONG.encode("gbk")


@st.composite
def mutated(draw, seed: bytes):
    """The seed with a few byte flips, a cut, or an inserted chunk."""
    data = bytearray(seed)
    for _ in range(draw(st.integers(1, 8))):
        op = draw(st.sampled_from(["flip", "cut", "insert", "zero"]))
        pos = draw(st.integers(0, max(len(data) - 1, 0)))
        if op == "flip" and data:
            data[pos] ^= draw(st.integers(1, 255))
        elif op == "cut":
            data = data[:pos] if draw(st.booleans()) else data[pos:]
        elif op == "insert":
            data[pos:pos] = draw(st.binary(min_size=1, max_size=64))
        elif op == "zero":
            data[pos:pos + 32] = bytes(len(data[pos:pos + 32]))
    return bytes(data)


def _survives(reader, data: bytes) -> None:
    try:
        reader(data)
    except InputFileError as err:
        assert err.code and err.message


@_SETTINGS
@given(mutated(_DOCX))
def test_fuzz_docx(data):
    _survives(read_docx, data)


@_SETTINGS
@given(mutated(_PDF))
def test_fuzz_pdf(data):
    _survives(read_pdf, data)


@_SETTINGS
@given(st.one_of(mutated(_TXT), st.binary(max_size=512)))
def test_fuzz_text(data):
    _survives(read_text, data)


@_SETTINGS
@given(st.binary(max_size=2048), st.sampled_from(["a.txt", "a.docx", "a.pdf", "a.doc", "x"]))
def test_fuzz_detect_format(data, name):
    try:
        assert detect_format(data, name) in ("pdf", "docx", "txt", "convert")
    except InputFileError as err:
        assert err.code


# ------------------------------------------------------------------ kept crashers

@pytest.mark.parametrize("data", [
    b"\xff\xfe",  # a UTF-16 BOM and nothing else
    b"\xef\xbb\xbf",  # a UTF-8 BOM and nothing else
    b"\xd8\x00",  # a lone surrogate in UTF-16
])
def test_kept_text_crashers(data):
    _survives(read_text, data)


def test_kept_pdf_crasher_damaged_page_tree():
    """Found by fuzzing: a damaged /Count made PDFium fail to load a page (PdfiumError)."""
    data = _PDF.replace(b"/Count 2", b"/Count!2")
    assert data != _PDF
    result = read_pdf(data)
    assert "part_unreadable" in [w.code for w in result.warnings]
    assert not result.text_complete
