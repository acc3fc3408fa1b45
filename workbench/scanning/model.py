"""Plain data of the negative list and of scan results (frozen dataclasses, JSON-ready)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from workbench.core.attributes import DisclosureAttribute
from workbench.core.categories import Category, Withholding
from workbench.extraction.model import Location


@dataclass(frozen=True)
class LegalGround:
    """Where a category's ground to withhold comes from."""

    article: str  # 第十五条
    law: str  # 中华人民共和国政府信息公开条例
    revision: str  # 2019年修订
    also: tuple[str, ...] = ()  # further laws, already formatted for citation

    def cite(self) -> str:
        """The citation printed on hits and review forms."""
        main = f"《{self.law}》（{self.revision}）{self.article}"
        return "；".join((main, *self.also))


@dataclass(frozen=True)
class Rule:
    """One detection rule: exactly one of ``terms``, ``pattern`` or ``recognizer`` is set."""

    id: str  # "<category>.<local id>", unique across the list
    category: Category
    subtype: str | None
    score: float
    explain: str
    terms: tuple[str, ...] = ()
    pattern: str | None = None
    recognizer: str | None = None
    context_plus: tuple[str, ...] = ()
    context_minus: tuple[str, ...] = ()
    document_minus: tuple[str, ...] = ()  # anywhere in the document: lowers by ``penalty``
    #: anywhere in the document: counts as context (an embargo notice makes every figure in
    #: the paper pre-release data, wherever the notice stands)
    document_plus: tuple[str, ...] = ()
    boost: float = 0.2
    penalty: float = 0.35
    window: int = 24
    requires_context: bool = False
    exceptions: tuple[str, ...] = ()
    extend: str | None = None  # "clause": the hit runs on to the end of the clause
    ground: str | None = None  # a further law cited on this rule's hits only
    #: a birth year in the match (``2011年``) must be at most this many years before the scan
    #: date, so "a minor" stays true as years pass; an age in the match (``14岁``) is left to
    #: the pattern
    max_age: int | None = None
    source: str = ""  # "file.toml:12", for messages and audits

    @property
    def reads_person_line(self) -> bool:
        """Health data needing context: a list line that starts with a person's name counts as
        that context (2. 罗某某  精神残疾一级…)."""
        return self.subtype == "health" and self.requires_context


@dataclass(frozen=True)
class CategorySpec:
    """One negative-list file: a category, its ground and its rules."""

    category: Category
    name_zh: str
    legal_ground: LegalGround
    withholding: Withholding
    description: str
    rules: tuple[Rule, ...]
    exceptions: tuple[str, ...] = ()  # phrases that suppress any hit of this category
    source: str = ""


@dataclass(frozen=True)
class Hit:
    """One finding, with its span in the ORIGINAL text."""

    category: Category
    subtype: str | None
    rule: str
    text: str
    start: int
    end: int
    score: float
    legal_ground: str
    explanation: str
    negative_list_version: str
    location: Location | None = None

    def to_dict(self) -> dict[str, Any]:
        """The hit object of the ``workbench scan`` JSON contract (DESIGN.md)."""
        return {
            "category": str(self.category),
            "subtype": self.subtype,
            "rule": self.rule,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "score": round(self.score, 2),
            "legal_ground": self.legal_ground,
            "explanation": self.explanation,
            "location": self.location.to_dict() if self.location else None,
        }


_new_object = object.__new__


def make_hit(category: Category, subtype: str | None, rule: str, text: str, start: int,
             end: int, score: float, legal_ground: str, explanation: str,
             negative_list_version: str, location: Location | None = None) -> Hit:
    """``Hit(...)`` filled directly: the same record (fields, equality, hash), without the
    frozen dataclass's ``object.__setattr__`` per field (4.5 µs a hit, 1.3 µs this way); a
    hit-dense scan makes about 80,000 of them."""
    hit = _new_object(Hit)
    hit.__dict__.update(category=category, subtype=subtype, rule=rule, text=text, start=start,
                        end=end, score=score, legal_ground=legal_ground,
                        explanation=explanation, negative_list_version=negative_list_version,
                        location=location)
    return hit


@dataclass(frozen=True)
class Suggestion:
    """The suggested disclosure attribute for a whole document (the reviewer overrides it)."""

    attribute: DisclosureAttribute
    needs_redaction: bool
    reason: str
    legal_ground: str | None = None
    manual_review: bool = False  # the text is incomplete: a person must read the original

    def to_dict(self) -> dict[str, Any]:
        return {
            "attribute": str(self.attribute),
            "needs_redaction": self.needs_redaction,
            "reason": self.reason,
            "legal_ground": self.legal_ground,
            "manual_review": self.manual_review,
        }


@dataclass(frozen=True)
class ScanResult:
    """What one scan of one document found."""

    hits: tuple[Hit, ...]
    suggestion: Suggestion
    negative_list_version: str
    text_complete: bool = True
    warnings: tuple[str, ...] = field(default=())
