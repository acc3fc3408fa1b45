"""Fixtures for the extraction tests: each document is built once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import docs


@pytest.fixture(scope="session")
def full_docx() -> bytes:
    return docs.docx_full()


@pytest.fixture(scope="session")
def text_pdf() -> bytes:
    return docs.pdf_text()


# A CJK TrueType font to embed, as Word/WPS exports do (as in benchmarks/bench_extraction.py).
_FONTS = ["/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
          "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
          "C:/Windows/Fonts/simsun.ttc", "C:/Windows/Fonts/simhei.ttf"]


@pytest.fixture(scope="session")
def embedded_font() -> str:
    font = next((f for f in _FONTS if Path(f).is_file()), None)
    if font is None:
        pytest.skip("no CJK TrueType font to embed (apt-get install fonts-wqy-zenhei)")
    return font
