"""One baseline scanner for the scanning tests, and the readings of its hits they share.

Built once per test process (loading the list and building the automaton is the slow part).
"""

from __future__ import annotations

from workbench.extraction.model import ExtractedText, Location, Segment
from workbench.scanning import Scanner, Suggestion, load_negative_list

SCANNER = Scanner(load_negative_list())


def hits(text: str) -> list[tuple[str, str | None, str]]:
    """(category, subtype, matched text) of every hit in ``text``."""
    return [(str(h.category), h.subtype, h.text) for h in SCANNER.scan_text(text)]


def subtype_texts(text: str) -> list[tuple[str | None, str]]:
    """(subtype, matched text) of every hit in ``text``."""
    return [(h.subtype, h.text) for h in SCANNER.scan_text(text)]


def rule_texts(text: str) -> list[tuple[str, str]]:
    """(rule id, matched text) of every hit in ``text``."""
    return [(h.rule, h.text) for h in SCANNER.scan_text(text)]


def flagged(text: str, category: str, subtype: str | None = None) -> list[str]:
    """The matched texts of one category (and subtype, when given)."""
    return [t for c, s, t in hits(text) if c == category and (subtype is None or s == subtype)]


def suggest(text: str) -> Suggestion | None:
    """The attribute suggestion for ``text`` read as one body paragraph."""
    doc = ExtractedText(text=text, format="txt",
                        segments=[Segment(0, len(text), Location("body", paragraph=0))])
    return SCANNER.scan(doc).suggestion


def health_texts(scanner: Scanner, text: str) -> list[str]:
    """The matched texts of health-data hits."""
    return [h.text for h in scanner.scan_text(text) if h.subtype == "health"]
