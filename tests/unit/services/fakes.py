"""Stand-ins for the extractor and scanner, so service tests pin down the workflow alone."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from workbench.core.attributes import DisclosureAttribute
from workbench.core.categories import DEFAULT_LEGAL_GROUND, Category
from workbench.extraction.model import ExtractedText, ExtractionWarning, Location, Segment
from workbench.scanning.model import Hit, ScanResult, Suggestion

#: (pattern, category, subtype)
RULES = (
    (re.compile(r"1[3-9]\d{9}"), Category.PERSONAL_PRIVACY, "mobile"),
    (re.compile(r"秘密★\d+年"), Category.STATE_SECRET, None),
    (re.compile(r"讨论稿"), Category.PROCESS_INFO, None),
)


def extract_text(data: bytes, filename: str) -> ExtractedText:
    """Plain UTF-8 text; a first line ``#incomplete`` simulates a scanned page."""
    text = data.decode("utf-8")
    warnings = []
    if text.startswith("#incomplete"):
        warnings.append(ExtractionWarning("no_text_layer", "Page 1 has no text layer.", 1))
    segments, pos = [], 0
    for number, line in enumerate(text.split("\n"), start=1):
        if line:
            segments.append(Segment(pos, pos + len(line), Location("text", line=number)))
        pos += len(line) + 1
    return ExtractedText(text=text, format="txt", segments=segments, warnings=warnings)


@dataclass
class FakeScanner:
    version: str = "v1-" + "0" * 61
    description: str = "test list"
    snapshot: dict = field(default_factory=lambda: {"rules": len(RULES)})
    skip_categories: frozenset[Category] = frozenset()

    def scan(self, extracted: ExtractedText) -> ScanResult:
        hits = []
        for pattern, category, subtype in RULES:
            if category in self.skip_categories:
                continue
            for match in pattern.finditer(extracted.text):
                hits.append(Hit(category, subtype, f"{category}.fake", match.group(0),
                                match.start(), match.end(), 0.9,
                                DEFAULT_LEGAL_GROUND[category], "fake rule", self.version,
                                extracted.location_at(match.start())))
        hits.sort(key=lambda h: (h.start, h.end))
        attribute = (DisclosureAttribute.WITHHELD
                     if any(h.category is Category.STATE_SECRET for h in hits)
                     else DisclosureAttribute.PROACTIVE)
        return ScanResult(tuple(hits), Suggestion(attribute, bool(hits), "fake suggestion"),
                          self.version)
