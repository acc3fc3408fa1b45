"""The review form's content as a grid of cells, shared by the .docx and .pdf writers.

The form follows the 政府信息公开保密审查表 / 公开属性审核单 offices fill by hand: four columns
(label, value, label, value), a row per fact, the sign-off chain as a sub-table, then the
reviewer's and the supervisor's opinion with signature and date.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from workbench.core.errors import ValidationError
from workbench.reporting.labels import (
    PRODUCT_NAME,
    attribute_zh,
    category_zh,
    check_sha256,
    format_date,
    format_datetime,
    local_time,
    signoff_outcome_zh,
    subtype_zh,
)
from workbench.reporting.records import Opinion, ReviewFormRecord

COLUMNS = 4
#: Relative widths of the four columns (labels narrower than values).
COLUMN_WEIGHTS = (0.19, 0.31, 0.19, 0.31)


class CellKind(StrEnum):
    LABEL = "label"  # printed bold and centred, like the printed headings of a paper form
    VALUE = "value"
    MONO = "mono"  # hashes: monospace so a person can compare them character by character
    SECTION = "section"


@dataclass(frozen=True)
class Cell:
    text: str
    kind: CellKind = CellKind.VALUE
    span: int = 1


@dataclass(frozen=True)
class FormContent:
    heading: str
    subheading: str
    department: str
    rows: tuple[tuple[Cell, ...], ...]
    footer: str


def _label(text: str, span: int = 1) -> Cell:
    return Cell(text, CellKind.LABEL, span)


def _value(text: str, span: int = 1) -> Cell:
    return Cell(text, CellKind.VALUE, span)


def hits_text(record: ReviewFormRecord) -> str:
    if not record.hits:
        return "未发现负面清单事项"
    lines = []
    for hit in record.hits:
        parts = [f"{name} {n}" for name, n in (("不予公开", hit.withheld),
                                               ("遮盖", hit.redacted), ("排除", hit.dismissed))
                 if n]
        detail = f"（{'，'.join(parts)}）" if parts else ""
        lines.append(f"{category_zh(hit.category)}：{hit.total} 处{detail}")
    return "\n".join(lines)


def redactions_text(record: ReviewFormRecord) -> str:
    if not record.redactions:
        return "无"
    total = sum(item.count for item in record.redactions)
    lines = [f"共遮盖 {total} 处："]
    for item in record.redactions:
        kind = subtype_zh(item.subtype)
        name = category_zh(item.category) + (f"（{kind}）" if kind else "")
        lines.append(f"{name}：{item.count} 处")
    return "\n".join(lines)


def _opinion_text(opinion: Opinion | None) -> str:
    if opinion is None:
        return "\n\n签名：            日期：      年    月    日"
    return (f"{opinion.opinion}\n\n签名：{opinion.person}            "
            f"日期：{format_date(opinion.signed_at)}")


def validate(record: ReviewFormRecord) -> None:
    """Refuse a record that would print a wrong or empty form."""
    if not isinstance(record, ReviewFormRecord):
        raise ValidationError("A ReviewFormRecord is needed.", code="export_record")
    if not record.title.strip():
        raise ValidationError("The document has no title.", code="export_title")
    check_sha256(record.document_sha256, "document_sha256")
    attribute_zh(record.proposed_attribute)
    attribute_zh(record.final_attribute)
    for step in record.signoffs:
        signoff_outcome_zh(step.outcome)
    for item in (*record.hits, *record.redactions):
        category_zh(item.category)


def build(record: ReviewFormRecord) -> FormContent:
    """Lay the record out as rows of cells (validated first)."""
    validate(record)
    rows: list[tuple[Cell, ...]] = [
        (_label("信息名称"), _value(record.title, 3)),
        (_label("文号"), _value(record.doc_number or "无"),
         _label("起草单位"), _value(record.drafting_unit)),
        (_label("文件名称"), _value(record.file_name, 3)),
        (_label("文件 SHA-256"), Cell(record.document_sha256, CellKind.MONO, 3)),
        (_label("负面清单版本"), _value(record.negative_list_version),
         _label("系统文档编号"), _value(str(record.document_id))),
        (_label("拟定公开属性"), _value(attribute_zh(record.proposed_attribute)),
         _label("最终公开属性"), _value(attribute_zh(record.final_attribute) or "尚未签发")),
        (_label("公开属性\n认定理由"), _value(record.reason or "无", 3)),
        (_label("法律依据"), _value(record.legal_ground or "无", 3)),
        (_label("负面清单命中\n（按类别）"), _value(hits_text(record), 3)),
        (_label("区分处理\n（遮盖）情况"), _value(redactions_text(record), 3)),
        (Cell("审批流程", CellKind.SECTION, 4),),
        (_label("环节"), _label("意见"), _label("签署人"), _label("日期")),
    ]
    for step in record.signoffs:
        opinion = signoff_outcome_zh(step.outcome)
        if step.comment:
            opinion += f"：{step.comment}"
        rows.append((_value(step.step_name), _value(opinion), _value(step.person),
                     _value(format_date(step.signed_at))))
    if not record.signoffs:
        rows.append((_value("尚无签署记录", 4),))
    rows += [
        (_label("审查人意见"), _value(_opinion_text(record.reviewer), 3)),
        (_label("分管领导\n审核意见"), _value(_opinion_text(record.supervisor), 3)),
    ]
    printed = format_datetime(local_time(record.printed_at))
    footer = (f"打印时间：{printed}。本表由{PRODUCT_NAME}根据系统审查记录生成"
              f"（系统文档编号 {record.document_id}），文件 SHA-256 可与原件核对。")
    return FormContent(record.form_title, record.form_subtitle, record.department,
                       tuple(rows), footer)

