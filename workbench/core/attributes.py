"""Disclosure attributes (a contract) and hit verdicts."""

from __future__ import annotations

from enum import StrEnum


class DisclosureAttribute(StrEnum):
    """The one attribute every reviewed document ends with (公开属性源头认定)."""

    PROACTIVE = "proactive"  # 主动公开
    ON_REQUEST = "on_request"  # 依申请公开
    WITHHELD = "withheld"  # 不予公开

    @property
    def needs_ground(self) -> bool:
        """``withheld`` and ``on_request`` must cite a reason and a legal ground."""
        return self is not DisclosureAttribute.PROACTIVE

    @property
    def publishable(self) -> bool:
        return self is not DisclosureAttribute.WITHHELD


ATTRIBUTE_NAME_ZH: dict[DisclosureAttribute, str] = {
    DisclosureAttribute.PROACTIVE: "主动公开",
    DisclosureAttribute.ON_REQUEST: "依申请公开",
    DisclosureAttribute.WITHHELD: "不予公开",
}


class HitVerdict(StrEnum):
    """What a reviewer decided about one hit."""

    WITHHOLD = "withhold"  # the hit is a ground to withhold the document
    REDACT = "redact"  # publishable once this span is masked (区分处理)
    DISMISS = "dismiss"  # not a problem; a reason is required
