"""The suggested disclosure attribute of a whole document, from its hits (a suggestion only)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from workbench.core.attributes import DisclosureAttribute
from workbench.core.categories import CATEGORY_NAME_ZH, Category
from workbench.scanning.model import Hit, Suggestion

if TYPE_CHECKING:
    from workbench.scanning.loader import NegativeList

#: Article 14 grounds (and ongoing investigations): one confident hit withholds the document.
WITHHOLD_CATEGORIES = frozenset({
    Category.STATE_SECRET, Category.LAW_PROHIBITED, Category.NATIONAL_SECURITY,
    Category.PUBLIC_SAFETY, Category.ECONOMIC_SECURITY, Category.SOCIAL_STABILITY,
    Category.INVESTIGATION,
})
#: Article 15 grounds: third parties' data, usually masked so the rest can be published.
REDACT_CATEGORIES = frozenset({
    Category.PERSONAL_PRIVACY, Category.TRADE_SECRET, Category.INTELLECTUAL_PROPERTY,
})
#: Article 16 grounds: may be withheld; released on request by default.
DISCRETIONARY_CATEGORIES = frozenset({Category.PROCESS_INFO, Category.INTERNAL_AFFAIRS})

WITHHOLD_SCORE = 0.7
DISCRETIONARY_SCORE = 0.6


def suggest(hits: Sequence[Hit], negative_list: NegativeList | None = None, *,
            text_complete: bool = True) -> Suggestion:
    """Apply the brief's rules to the hits.

    - a confident hit of an article-14 category (a classification mark, an ongoing
      investigation, ...) -> ``withheld``;
    - otherwise a confident process or internal-affairs hit -> ``on_request``;
    - otherwise ``proactive``; ``needs_redaction`` when personal data, trade secrets or
      third-party IP were found (区分处理).
    - Text that was not read completely (scanned pages, unmapped glyphs) is never suggested
      ``proactive``: it becomes ``on_request`` with ``manual_review`` set, because a person must
      read the original before it can be published.
    """

    def ground(category: Category) -> str:
        spec = negative_list.spec(category) if negative_list is not None else None
        return spec.legal_ground.cite() if spec else ""

    needs_redaction = any(h.category in REDACT_CATEGORIES for h in hits)
    withhold = [h for h in hits if h.category in WITHHOLD_CATEGORIES and h.score >= WITHHOLD_SCORE]
    if withhold:
        top = max(withhold, key=lambda h: h.score)
        return Suggestion(
            DisclosureAttribute.WITHHELD, needs_redaction=False,
            reason=f"{CATEGORY_NAME_ZH[top.category]}：“{top.text}”（{len(withhold)}处）",
            legal_ground=ground(top.category), manual_review=not text_complete)
    discretionary = [h for h in hits
                     if h.category in DISCRETIONARY_CATEGORIES and h.score >= DISCRETIONARY_SCORE]
    if discretionary:
        top = max(discretionary, key=lambda h: h.score)
        return Suggestion(
            DisclosureAttribute.ON_REQUEST, needs_redaction=needs_redaction,
            reason=f"{CATEGORY_NAME_ZH[top.category]}：“{top.text}”，可以不予主动公开",
            legal_ground=ground(top.category), manual_review=not text_complete)
    if not text_complete:
        return Suggestion(
            DisclosureAttribute.ON_REQUEST, needs_redaction=needs_redaction,
            reason="文本提取不完整（扫描页或无法识别的字符），须人工通读原件后再定公开属性",
            legal_ground=None, manual_review=True)
    if needs_redaction:
        kinds = sorted({CATEGORY_NAME_ZH[h.category] for h in hits
                        if h.category in REDACT_CATEGORIES})
        return Suggestion(
            DisclosureAttribute.PROACTIVE, needs_redaction=True,
            reason=f"含{'、'.join(kinds)}，遮盖后可主动公开（区分处理）",
            legal_ground=ground(Category.PERSONAL_PRIVACY) if "个人隐私" in kinds else None)
    if hits:
        return Suggestion(DisclosureAttribute.PROACTIVE, needs_redaction=False,
                          reason="仅有低置信度提示，逐条确认后可主动公开")
    return Suggestion(DisclosureAttribute.PROACTIVE, needs_redaction=False,
                      reason="未发现负面清单事项，负面清单以外的信息原则上公开")
