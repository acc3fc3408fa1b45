"""Mask styles: full removal (■■■ or 【已删除】) or the personal-data norms (4501****1234)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from workbench.core.errors import ValidationError
from workbench.reporting.redaction.model import AppliedRedaction, Redaction


class MaskStyle(StrEnum):
    """The stored vocabulary of ``Hit.mask_style`` (services/review.py accepts these three)."""

    BLOCK = "block"  # one ■ per character: removal that keeps the line length
    PLACEHOLDER = "placeholder"  # 【已删除】 for the whole span
    ASTERISKS = "asterisks"  # the masking norms for personal data (ID 4501**********1234)


BLOCK_CHAR = "■"
STAR = "*"
PLACEHOLDER_TEXT = "【已删除】"
DEFAULT_STYLE = MaskStyle.BLOCK

#: The norms offices use when personal data is masked rather than removed; a department (or
#: the export dialog) passes this as ``overrides`` to apply them to every such hit.
PERSONAL_DATA_NORMS: Mapping[str, MaskStyle] = dict.fromkeys(
    ("id_card", "mobile", "landline", "bank_card", "email", "address", "person_name",
     "license_plate"), MaskStyle.ASTERISKS)

# Compound surnames keep two characters (欧阳**), others one (王**).
_COMPOUND_SURNAMES = frozenset((
    "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文",
    "司徒", "夏侯", "轩辕", "令狐", "端木", "独孤", "南宫", "西门", "百里", "呼延", "澹台"))
# An address is kept down to the street (or the township/village when it has no street).
_STREET = re.compile(r"(街道|大道|大街|胡同|路|街|巷|弄|镇|乡|村)")
_SIGNIFICANT = re.compile(r"[0-9A-Za-z０-９Ａ-Ｚａ-ｚ]")


def style_of(value: str) -> MaskStyle:
    try:
        return MaskStyle(value)
    except ValueError as exc:
        raise ValidationError(f"Unknown mask style '{value}'.", code="mask_unknown",
                              style=value) from exc


def choose_style(redaction: Redaction, overrides: Mapping[str, str] | None = None) -> MaskStyle:
    """The style for one redaction.

    ``overrides`` (subtype, category or ``"*"`` -> style) is the choice made at export time and
    wins; then the reviewer's choice stored on the hit; then ``DEFAULT_STYLE``.
    """
    overrides = overrides or {}
    for key in (redaction.subtype, redaction.category, "*"):
        if key and key in overrides:
            return style_of(overrides[key])
    if redaction.mask_style:
        return style_of(redaction.mask_style)
    return DEFAULT_STYLE


def _keep_ends(flags: list[int], keep_first: int, keep_last: int) -> set[int]:
    """Hide the significant characters between the first few and the last few."""
    if len(flags) <= keep_first + keep_last:
        return set(flags)  # too short to keep anything and still hide something
    return set(flags[keep_first:len(flags) - keep_last])


def _hidden_by_norm(text: str, subtype: str | None) -> set[int]:
    """Indexes of ``text`` the personal-data norm hides for this subtype."""
    chars = [i for i, c in enumerate(text) if not c.isspace()]
    digits = [i for i, c in enumerate(text) if _SIGNIFICANT.match(c)]
    if subtype == "id_card" and digits:
        return _keep_ends(digits, 4, 4)
    if subtype == "mobile" and len(digits) >= 11:
        return set(digits[-8:-4])  # 138****1234, also after a +86 prefix
    if subtype == "bank_card" and digits:
        return _keep_ends(digits, 0, 4)
    if subtype == "landline" and digits:
        head = re.match(r"\s*[(（]?(0\d{2,3})[)）\-\s]", text)
        kept_area = len(head.group(1)) if head else 0
        return _keep_ends(digits, kept_area, 2)
    if subtype == "email" and "@" in text:
        at = text.index("@")
        local = [i for i in chars if i < at]
        return set(local[1:]) or set(local)
    if subtype == "address":
        match = _STREET.search(text)
        if match is not None and match.end() < len(text):
            return {i for i in chars if i >= match.end()}
        return set(chars[len(chars) // 2:]) if len(chars) > 1 else set(chars)
    if subtype == "person_name" and len(chars) >= 2:
        keep = 2 if len(chars) >= 3 and text.strip()[:2] in _COMPOUND_SURNAMES else 1
        return set(chars[keep:])
    if subtype == "license_plate" and len(chars) > 3:
        return set(chars[2:])
    return set(chars)


@dataclass(frozen=True)
class MaskGroup:
    """Overlapping redactions merged into one span of the ExtractedText, with its output.

    ``out[i]`` replaces ``text[start + i]`` (it is the character itself where nothing is
    hidden); ``label`` set means the whole span becomes that label instead (placeholder style),
    placed by the writer at the first character it can place it at.
    """

    start: int
    end: int
    out: tuple[str, ...]
    hidden: tuple[bool, ...]
    label: str | None

    def output_at(self, offset: int) -> str:
        return "" if self.label is not None else self.out[offset - self.start]


@dataclass(frozen=True)
class MaskPlan:
    groups: tuple[MaskGroup, ...]
    applied: tuple[AppliedRedaction, ...]


def _check(text: str, r: Redaction) -> None:
    if not (0 <= r.start < r.end <= len(text)) or text[r.start:r.end] != r.text:
        raise ValidationError(
            f"Redaction {r.hit_id or ''} [{r.start}, {r.end}) does not match the text of the "
            "file: the file was read differently when it was reviewed. Scan it again.",
            code="redaction_mismatch", hit_id=r.hit_id, span=(r.start, r.end))


def plan_masks(text: str, redactions: Sequence[Redaction],
               overrides: Mapping[str, str] | None = None) -> MaskPlan:
    """Decide every character's output; overlapping redactions merge, the strongest wins.

    Raises:
        ValidationError: ``redaction_mismatch`` (span not in this text) or ``mask_unknown``.
    """
    chosen: list[tuple[Redaction, MaskStyle]] = []
    for r in sorted(redactions, key=lambda r: (r.start, r.end)):
        _check(text, r)
        chosen.append((r, choose_style(r, overrides)))
    applied = tuple(AppliedRedaction(r.hit_id, r.start, r.end, r.category, r.subtype,
                                     str(style)) for r, style in chosen)
    clusters: list[list[tuple[Redaction, MaskStyle]]] = []
    for item in chosen:
        if clusters and item[0].start < max(r.end for r, _ in clusters[-1]):
            clusters[-1].append(item)
        else:
            clusters.append([item])
    return MaskPlan(tuple(_group(text, c) for c in clusters), applied)


def _group(text: str, cluster: list[tuple[Redaction, MaskStyle]]) -> MaskGroup:
    start = min(r.start for r, _ in cluster)
    end = max(r.end for r, _ in cluster)
    span = text[start:end]
    if any(style is MaskStyle.PLACEHOLDER for _, style in cluster):
        hidden = tuple(not c.isspace() for c in span)
        return MaskGroup(start, end, tuple(span), hidden, PLACEHOLDER_TEXT)
    out = list(span)
    hidden = [False] * len(span)
    for r, style in cluster:
        if style is MaskStyle.BLOCK:
            indexes = {i for i, c in enumerate(r.text) if not c.isspace()}
        else:
            indexes = _hidden_by_norm(r.text, r.subtype)
        for i in indexes:
            pos = r.start - start + i
            # A block beats a star where two redactions overlap: the stronger mask wins.
            if not hidden[pos] or style is MaskStyle.BLOCK:
                out[pos] = BLOCK_CHAR if style is MaskStyle.BLOCK else STAR
            hidden[pos] = True
    return MaskGroup(start, end, tuple(out), tuple(hidden), None)


def mask_text(text: str, style: str, subtype: str | None = None) -> str:
    """The masked form of a string on its own (for previews and tests)."""
    plan = plan_masks(text, [Redaction(0, len(text), text, "personal_privacy", subtype,
                                       style)])
    group = plan.groups[0]
    return group.label if group.label is not None else "".join(group.out)
