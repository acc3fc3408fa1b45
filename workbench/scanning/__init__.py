"""The negative list and the scanning engine (Qt-free, database-free).

Public API::

    load_negative_list(baseline_dir=None, overlays=()) -> NegativeList
    load_default_negative_list(overlays=()) -> NegativeList
    load_overlay(path) -> list[Overlay]
    NegativeList.with_overlays(*overlays) -> NegativeList     (department terms from the DB)
    Overlay(name, terms=(OverlayTerm(...),), exceptions=(OverlayException(...),))
    Scanner(negative_list).scan(extracted, progress=None) -> ScanResult
    Scanner(negative_list).scan_text(text) -> list[Hit]
    ScanResult.hits / .suggestion / .negative_list_version;  Hit.to_dict()
"""

from __future__ import annotations

from workbench.scanning.api import default_scanner, load_default_negative_list, scan_extracted
from workbench.scanning.engine import MIN_SCORE, Scanner
from workbench.scanning.loader import NegativeList, load_negative_list, load_overlay
from workbench.scanning.model import CategorySpec, Hit, LegalGround, Rule, ScanResult, Suggestion
from workbench.scanning.overlay import Overlay, OverlayException, OverlayTerm
from workbench.scanning.suggest import suggest

__all__ = [
    "MIN_SCORE", "CategorySpec", "Hit", "LegalGround", "NegativeList", "Overlay",
    "OverlayException", "OverlayTerm", "Rule", "ScanResult", "Scanner", "Suggestion",
    "default_scanner", "load_default_negative_list", "load_negative_list", "load_overlay",
    "scan_extracted", "suggest",
]
