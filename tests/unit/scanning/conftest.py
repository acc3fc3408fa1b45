"""Fixtures of the scanning tests."""

from __future__ import annotations

import pytest

from tests.helpers.scanning import SCANNER
from workbench.scanning import Scanner


@pytest.fixture(scope="session")
def scanner() -> Scanner:
    """The baseline scanner, shared (scanning never changes it)."""
    return SCANNER
