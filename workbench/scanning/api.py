"""Convenience entry points for services and commands (build once, scan many)."""

from __future__ import annotations

import functools
from collections.abc import Iterable
from pathlib import Path

from workbench.core.progress import ProgressSink
from workbench.extraction.model import ExtractedText
from workbench.scanning.engine import Scanner
from workbench.scanning.loader import NegativeList, load_negative_list
from workbench.scanning.model import ScanResult
from workbench.scanning.overlay import Overlay


def load_default_negative_list(overlays: Iterable[Overlay | Path | str] = ()) -> NegativeList:
    """The baseline shipped with the build, plus the given overlays."""
    return load_negative_list(None, overlays)


@functools.cache
def _baseline() -> NegativeList:
    return load_negative_list()


def default_scanner(overlays: tuple[Overlay, ...] = ()) -> Scanner:
    """A scanner on the shipped baseline (read once per process) plus ``overlays``."""
    return Scanner(_baseline().with_overlays(*overlays))


def scan_extracted(scanner: Scanner, extracted: ExtractedText,
                   progress: ProgressSink | None = None) -> ScanResult:
    """Scan one extracted document."""
    return scanner.scan(extracted, progress)
