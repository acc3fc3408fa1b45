"""Fixtures for the extraction tests: each document is built once per session."""

from __future__ import annotations

import pytest

from tests.helpers import docs


@pytest.fixture(scope="session")
def full_docx() -> bytes:
    return docs.docx_full()


@pytest.fixture(scope="session")
def text_pdf() -> bytes:
    return docs.pdf_text()
