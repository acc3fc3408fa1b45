"""Annual-report counts: documents by final attribute and by withholding ground, in template rows.

The national template of the 政府信息公开工作年度报告 lists eight 不予公开 reasons. The twelve
negative-list categories map onto them as follows (also printed in the workbook's 说明 sheet):

======================================  =================================================
template row                            categories
======================================  =================================================
1 属于国家秘密                           state_secret
2 其他法律行政法规禁止公开                law_prohibited
3 危及"三安全一稳定"                     national_security, public_safety,
                                        economic_security, social_stability
4 保护第三方合法权益                     personal_privacy, trade_secret, intellectual_property
5 属于三类内部事务信息                   internal_affairs (条例第十六条第一款)
6 属于四类过程性信息                     process_info (条例第十六条第二款)
7 属于行政执法案卷                       investigation (案卷 and ongoing 调查/侦查 matters)
8 属于行政查询事项                       none: no category describes it, always 0
======================================  =================================================

Counting rules: a document counts in the period when its last sign-off falls within it
(both ends included). A withheld document citing several grounds counts once, under the first
of its rows in template order (so the rows add up to the withheld total), and once per cited
row in the "涉及" column.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from workbench.core.attributes import DisclosureAttribute
from workbench.core.categories import Category
from workbench.core.errors import ValidationError
from workbench.reporting.labels import attribute_zh, category_zh
from workbench.reporting.records import DocumentOutcome, StatisticsRecord


@dataclass(frozen=True)
class TemplateRow:
    number: int
    label: str
    categories: tuple[Category, ...]


TEMPLATE_ROWS: tuple[TemplateRow, ...] = (
    TemplateRow(1, "属于国家秘密", (Category.STATE_SECRET,)),
    TemplateRow(2, "其他法律行政法规禁止公开", (Category.LAW_PROHIBITED,)),
    TemplateRow(3, "危及“三安全一稳定”", (Category.NATIONAL_SECURITY, Category.PUBLIC_SAFETY,
                                         Category.ECONOMIC_SECURITY, Category.SOCIAL_STABILITY)),
    TemplateRow(4, "保护第三方合法权益", (Category.PERSONAL_PRIVACY, Category.TRADE_SECRET,
                                          Category.INTELLECTUAL_PROPERTY)),
    TemplateRow(5, "属于三类内部事务信息", (Category.INTERNAL_AFFAIRS,)),
    TemplateRow(6, "属于四类过程性信息", (Category.PROCESS_INFO,)),
    TemplateRow(7, "属于行政执法案卷", (Category.INVESTIGATION,)),
    TemplateRow(8, "属于行政查询事项", ()),
)

#: Category id -> template row number (every category maps to exactly one row).
CATEGORY_ROW: dict[Category, int] = {
    category: row.number for row in TEMPLATE_ROWS for category in row.categories
}

#: Withheld documents whose grounds name no category (should not happen; shown, not hidden).
NO_GROUND_ROW = 0


@dataclass(frozen=True)
class AttributeCount:
    attribute: DisclosureAttribute
    documents: int
    published: int
    with_redactions: int


@dataclass(frozen=True)
class GroundCount:
    row: int  # a TemplateRow number, or NO_GROUND_ROW
    primary: int  # documents counted under this row (rows add up to the withheld total)
    cited: int  # documents citing this row among their grounds


@dataclass(frozen=True)
class CategoryCount:
    category: Category
    withheld: int
    on_request: int
    with_redactions: int


@dataclass(frozen=True)
class AnnualStatistics:
    documents: int
    by_attribute: tuple[AttributeCount, ...]
    by_ground: tuple[GroundCount, ...]  # the eight template rows, then NO_GROUND_ROW if used
    by_category: tuple[CategoryCount, ...]


def _categories(values: tuple[str, ...]) -> set[Category]:
    try:
        return {Category(value) for value in values}
    except ValueError:
        bad = [v for v in values if v not in set(Category)]
        raise ValidationError(f"Unknown negative-list category {bad[0]!r}.",
                              code="export_category", value=bad[0]) from None


def _in_period(record: StatisticsRecord) -> list[DocumentOutcome]:
    if record.period_start > record.period_end:
        raise ValidationError("The period starts after it ends.", code="export_period")
    return [doc for doc in record.documents
            if record.period_start <= doc.decided_on <= record.period_end]


def compute(record: StatisticsRecord) -> AnnualStatistics:
    """Count the documents decided in the record's period (others in the record are ignored)."""
    if not isinstance(record, StatisticsRecord):
        raise ValidationError("A StatisticsRecord is needed.", code="export_record")
    documents = _in_period(record)
    attributes: Counter[DisclosureAttribute] = Counter()
    published: Counter[DisclosureAttribute] = Counter()
    redacted: Counter[DisclosureAttribute] = Counter()
    primary: Counter[int] = Counter()
    cited: Counter[int] = Counter()
    per_category: dict[Category, Counter[str]] = {c: Counter() for c in Category}
    for doc in documents:
        attribute_zh(doc.final_attribute)  # validates
        attribute = DisclosureAttribute(doc.final_attribute)
        grounds = _categories(doc.ground_categories)
        masked = _categories(doc.redaction_categories)
        attributes[attribute] += 1
        published[attribute] += bool(doc.published)
        redacted[attribute] += bool(masked)
        for category in masked:
            per_category[category]["with_redactions"] += 1
        if attribute is DisclosureAttribute.ON_REQUEST:
            for category in grounds:
                per_category[category]["on_request"] += 1
        if attribute is not DisclosureAttribute.WITHHELD:
            continue
        rows = sorted({CATEGORY_ROW[category] for category in grounds})
        primary[rows[0] if rows else NO_GROUND_ROW] += 1
        for row in rows:
            cited[row] += 1
        for category in grounds:
            per_category[category]["withheld"] += 1
    numbers = [row.number for row in TEMPLATE_ROWS] + ([NO_GROUND_ROW] if primary[0] else [])
    return AnnualStatistics(
        documents=len(documents),
        by_attribute=tuple(AttributeCount(a, attributes[a], published[a], redacted[a])
                           for a in DisclosureAttribute),
        by_ground=tuple(GroundCount(n, primary[n], cited[n]) for n in numbers),
        by_category=tuple(CategoryCount(c, per_category[c]["withheld"],
                                        per_category[c]["on_request"],
                                        per_category[c]["with_redactions"]) for c in Category),
    )


def mapping_lines() -> list[tuple[str, str]]:
    """(template row, categories in Chinese with ids) for the workbook's 说明 sheet."""
    lines = []
    for row in TEMPLATE_ROWS:
        names = "、".join(f"{category_zh(c)}（{c.value}）" for c in row.categories)
        lines.append((f"{row.number}. {row.label}",
                      names or "无对应类别（本工作台不审查查询事项），恒为 0"))
    return lines
