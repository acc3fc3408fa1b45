"""The annual statistics as XLSX, in the rows of the 政府信息公开工作年度报告 template."""

from __future__ import annotations

import os
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.worksheet import Worksheet

from workbench.reporting import statistics
from workbench.reporting.atomic import check_target, write_atomically
from workbench.reporting.labels import (
    PRODUCT_NAME,
    attribute_zh,
    category_zh,
    format_date,
    format_datetime,
    local_time,
)
from workbench.reporting.records import StatisticsRecord
from workbench.reporting.statistics import NO_GROUND_ROW, AnnualStatistics

SUMMARY_SHEET = "年度统计"
CATEGORY_SHEET = "按负面清单类别"
NOTES_SHEET = "说明"

_THIN = Side(style="thin")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_HEAD = PatternFill("solid", fgColor="DDE4EE")
_BOLD = Font(name="宋体", bold=True)
_TITLE = Font(name="宋体", bold=True, size=14)


def _table(sheet: Worksheet, top: int, header: list[str], rows: list[list[object]]) -> int:
    """Write a bordered table at ``top``; return the first free row after it."""
    for column, text in enumerate(header, start=1):
        cell = sheet.cell(row=top, column=column, value=text)
        cell.font, cell.fill, cell.border = _BOLD, _HEAD, _BORDER
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for offset, values in enumerate(rows, start=1):
        for column, value in enumerate(values, start=1):
            cell = sheet.cell(row=top + offset, column=column, value=value)
            cell.border = _BORDER
            cell.alignment = Alignment(vertical="center", wrap_text=True,
                                       horizontal="left" if column == 1 else "center")
    return top + len(rows) + 2


def _summary_sheet(sheet: Worksheet, record: StatisticsRecord, stats: AnnualStatistics) -> None:
    sheet.title = SUMMARY_SHEET
    period = f"{format_date(record.period_start)}至{format_date(record.period_end)}"
    sheet["A1"] = "政府信息公开工作年度报告统计"
    sheet["A1"].font = _TITLE
    sheet["A2"] = f"统计期间：{period}　填报单位：{record.department or '—'}　计量单位：件"
    row = 4
    sheet.cell(row=row, column=1, value="一、公开属性认定情况").font = _BOLD
    by_attribute = [[attribute_zh(item.attribute), item.documents, item.published,
                     item.with_redactions] for item in stats.by_attribute]
    by_attribute.append(["合计", stats.documents,
                         sum(item.published for item in stats.by_attribute),
                         sum(item.with_redactions for item in stats.by_attribute)])
    row = _table(sheet, row + 1, ["公开属性", "件数", "其中已公开", "其中区分处理（遮盖后公开）"],
                 by_attribute)
    sheet.cell(row=row, column=1, value="二、不予公开情况（按年度报告格式）").font = _BOLD
    ground_rows: list[list[object]] = []
    for item in stats.by_ground:
        if item.row == NO_GROUND_ROW:
            ground_rows.append(["未注明负面清单类别（请核对）", item.primary, item.cited, ""])
            continue
        template = statistics.TEMPLATE_ROWS[item.row - 1]
        ground_rows.append([f"{template.number}. {template.label}", item.primary, item.cited,
                            "、".join(category_zh(c) for c in template.categories) or "—"])
    ground_rows.append(["合计", sum(item.primary for item in stats.by_ground), "", ""])
    row = _table(sheet, row + 1, ["不予公开理由", "件数（按主要理由）", "涉及件数（含多项理由）",
                                  "对应负面清单类别"], ground_rows)
    generated = format_datetime(local_time(record.generated_at))
    sheet.cell(row=row, column=1,
               value=f"生成时间：{generated}。本表由{PRODUCT_NAME}根据系统审查记录生成。")
    for letter, width in zip("ABCD", (34, 18, 22, 46), strict=True):
        sheet.column_dimensions[letter].width = width
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4


def _category_sheet(sheet: Worksheet, stats: AnnualStatistics) -> None:
    rows = []
    for item in stats.by_category:
        template = statistics.TEMPLATE_ROWS[statistics.CATEGORY_ROW[item.category] - 1]
        rows.append([f"{category_zh(item.category)}（{item.category.value}）", item.withheld,
                     item.on_request, item.with_redactions,
                     f"{template.number}. {template.label}"])
    _table(sheet, 1, ["负面清单类别", "不予公开（引用件数）", "依申请公开（引用件数）",
                      "区分处理（遮盖件数）", "对应年度报告行"], rows)
    for letter, width in zip("ABCDE", (40, 20, 22, 20, 28), strict=True):
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = "A2"


def _notes_sheet(sheet: Worksheet) -> None:
    rows = [[label, names] for label, names in statistics.mapping_lines()]
    row = _table(sheet, 1, ["年度报告不予公开理由", "对应负面清单类别"], rows)
    notes = (
        "统计口径：以最后一个签发环节的日期落在统计期间内（含首尾两日）的文件为准。",
        ("一份不予公开的文件引用多项理由时，“件数（按主要理由）”只计入按上表顺序排在最前的一行，"
         "各行之和等于不予公开总数；“涉及件数”在其引用的每一行各计一次。"),
        "“已公开”指已在工作台中登记发布的文件；“区分处理”指发布件为遮盖后的副本。",
    )
    for offset, text in enumerate(notes):
        sheet.cell(row=row + offset, column=1, value=text)
    sheet.column_dimensions["A"].width = 30
    sheet.column_dimensions["B"].width = 80


def write_statistics_xlsx(record: StatisticsRecord, path: str | os.PathLike[str]) -> str:
    """Write the annual-report statistics for the record's period as XLSX.

    Args:
        record: The documents decided (at least) in the period; others are ignored.
        path: The .xlsx file to create or replace (written atomically).

    Returns:
        The SHA-256 of the written file.

    Raises:
        ValidationError: Unknown attributes or categories, or a period that ends before it starts.
        EnvironmentProblem: The file cannot be written.
    """
    check_target(path)
    stats = statistics.compute(record)
    workbook = Workbook()
    _summary_sheet(workbook.active, record, stats)
    _category_sheet(workbook.create_sheet(CATEGORY_SHEET), stats)
    _notes_sheet(workbook.create_sheet(NOTES_SHEET))
    workbook.properties.creator = PRODUCT_NAME

    def write(temp: Path) -> None:
        workbook.save(temp)

    return write_atomically(path, write)
