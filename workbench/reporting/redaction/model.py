"""Plain records of the redaction writers: what to mask, where to stamp, what was done."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Redaction:
    """One confirmed redaction: a span of the ExtractedText of the original bytes.

    ``text`` must equal ``extracted.text[start:end]``: a mismatch means the hits were made on
    another reading of the file, and the writers refuse rather than mask the wrong place.
    """

    start: int
    end: int
    text: str
    category: str
    subtype: str | None = None
    mask_style: str | None = None  # the reviewer's choice; None: the default for its type
    hit_id: int | None = None


@dataclass(frozen=True)
class Stamp:
    """The attribute line (此件公开发布 / 此件依申请公开) and where it goes."""

    text: str
    position: str = "footer"  # footer | header


@dataclass(frozen=True)
class AppliedRedaction:
    """How one redaction was masked (goes into the audit event)."""

    hit_id: int | None
    start: int
    end: int
    category: str
    subtype: str | None
    style: str

    def to_dict(self) -> dict[str, Any]:
        return {"hit_id": self.hit_id, "span": [self.start, self.end],
                "category": self.category, "subtype": self.subtype, "style": self.style}


@dataclass(frozen=True)
class LeakCheck:
    """What the proof after writing looked at (all of it found nothing, or it would raise)."""

    extractors: tuple[str, ...]
    needles: int  # distinct strings searched for (each also in normalised form)
    structure_checked: bool  # docx: no comments, tracked changes or author properties left


@dataclass(frozen=True)
class RedactionReport:
    format: str
    applied: tuple[AppliedRedaction, ...]
    #: What was cleaned besides the masks: comments, tracked_changes, properties, ...
    cleaned: tuple[str, ...]
    stamp: Stamp | None
    leak_check: LeakCheck
    pages_rasterised: tuple[int, ...] = ()  # PDF: 1-based pages replaced by images
    warnings: tuple[str, ...] = ()

    @property
    def styles_used(self) -> dict[str, int]:
        """Count of redactions per mask style."""
        out: dict[str, int] = {}
        for item in self.applied:
            out[item.style] = out.get(item.style, 0) + 1
        return out


@dataclass(frozen=True)
class RedactedCopy:
    data: bytes
    report: RedactionReport
    extension: str = field(default="")  # ".docx", ".pdf", ".txt"
