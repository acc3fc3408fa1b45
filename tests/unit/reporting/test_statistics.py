"""Annual statistics: the template rows, the counting rules, and the workbook."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from workbench.core.categories import Category
from workbench.core.errors import ValidationError
from workbench.reporting import write_statistics_xlsx
from workbench.reporting.records import DocumentOutcome, StatisticsRecord
from workbench.reporting.statistics import CATEGORY_ROW, TEMPLATE_ROWS, compute
from workbench.reporting.statistics_xlsx import CATEGORY_SHEET, NOTES_SHEET, SUMMARY_SHEET


def _doc(n: int, attribute: str, day: date, grounds: tuple[str, ...] = (),
         masked: tuple[str, ...] = (), published: bool = False) -> DocumentOutcome:
    return DocumentOutcome(n, attribute, day, grounds, masked, published)


@pytest.fixture
def record() -> StatisticsRecord:
    year = date(2025, 1, 1), date(2025, 12, 31)
    return StatisticsRecord(*year, department="西城区住房和城乡建设委员会", documents=(
        _doc(1, "proactive", date(2025, 1, 1), published=True),
        _doc(2, "proactive", date(2025, 3, 2), masked=("personal_privacy",), published=True),
        _doc(3, "proactive", date(2025, 6, 1)),
        _doc(4, "on_request", date(2025, 7, 1), grounds=("trade_secret",), published=True),
        _doc(5, "withheld", date(2025, 8, 1), grounds=("state_secret", "personal_privacy")),
        _doc(6, "withheld", date(2025, 9, 1), grounds=("public_safety",)),
        _doc(7, "withheld", date(2025, 10, 1), grounds=("process_info", "internal_affairs")),
        _doc(8, "withheld", date(2025, 12, 31), grounds=("investigation",)),
        _doc(9, "withheld", date(2026, 1, 1), grounds=("state_secret",)),  # next year
    ))


def test_every_category_maps_to_one_template_row() -> None:
    assert set(CATEGORY_ROW) == set(Category)
    assert [row.number for row in TEMPLATE_ROWS] == list(range(1, 9))
    assert CATEGORY_ROW[Category.PERSONAL_PRIVACY] == 4
    assert CATEGORY_ROW[Category.ECONOMIC_SECURITY] == 3


def test_counts(record: StatisticsRecord) -> None:
    stats = compute(record)

    assert stats.documents == 8
    by_attribute = {item.attribute.value: item for item in stats.by_attribute}
    assert (by_attribute["proactive"].documents, by_attribute["proactive"].published,
            by_attribute["proactive"].with_redactions) == (3, 2, 1)
    assert by_attribute["on_request"].documents == 1
    assert by_attribute["withheld"].documents == 4
    rows = {item.row: (item.primary, item.cited) for item in stats.by_ground}
    assert rows == {1: (1, 1), 2: (0, 0), 3: (1, 1), 4: (0, 1), 5: (1, 1), 6: (0, 1),
                    7: (1, 1), 8: (0, 0)}
    assert sum(primary for primary, _ in rows.values()) == 4
    categories = {item.category: item for item in stats.by_category}
    assert categories[Category.TRADE_SECRET].on_request == 1
    assert categories[Category.PERSONAL_PRIVACY].withheld == 1
    assert categories[Category.PERSONAL_PRIVACY].with_redactions == 1


def test_withheld_without_category_is_shown(record: StatisticsRecord) -> None:
    odd = StatisticsRecord(record.period_start, record.period_end,
                           (_doc(1, "withheld", date(2025, 5, 5)),))
    assert compute(odd).by_ground[-1].row == 0


def test_workbook(tmp_path: Path, record: StatisticsRecord) -> None:
    target = tmp_path / "年报统计.xlsx"
    write_statistics_xlsx(record, target)

    workbook = load_workbook(target)
    sheet = workbook[SUMMARY_SHEET]
    values = {row[0]: row[1:] for row in sheet.iter_rows(values_only=True) if row[0]}
    assert "2025年1月1日至2025年12月31日" in sheet["A2"].value
    assert values["主动公开"][:3] == (3, 2, 1)
    assert values["依申请公开"][0] == 1
    assert values["不予公开"][0] == 4
    assert values["1. 属于国家秘密"][:2] == (1, 1)
    assert values["3. 危及“三安全一稳定”"][:2] == (1, 1)
    assert values["4. 保护第三方合法权益"][:2] == (0, 1)
    assert values["8. 属于行政查询事项"][:2] == (0, 0)
    assert [label for label in values if label.startswith(tuple("12345678"))] == [
        "1. 属于国家秘密", "2. 其他法律行政法规禁止公开", "3. 危及“三安全一稳定”",
        "4. 保护第三方合法权益", "5. 属于三类内部事务信息", "6. 属于四类过程性信息",
        "7. 属于行政执法案卷", "8. 属于行政查询事项"]
    categories = [row[0] for row in workbook[CATEGORY_SHEET].iter_rows(min_row=2, values_only=True)]
    assert len(categories) == 12 and "个人隐私（personal_privacy）" in categories
    notes = "\n".join(str(c) for row in workbook[NOTES_SHEET].iter_rows(values_only=True)
                      for c in row if c)
    assert "商业秘密（trade_secret）" in notes and "统计口径" in notes


@pytest.mark.parametrize("bad", [
    StatisticsRecord(date(2025, 12, 31), date(2025, 1, 1)),
    StatisticsRecord(date(2025, 1, 1), date(2025, 12, 31),
                     (_doc(1, "partial", date(2025, 2, 2)),)),
    StatisticsRecord(date(2025, 1, 1), date(2025, 12, 31),
                     (_doc(1, "withheld", date(2025, 2, 2), grounds=("secrets",)),)),
])
def test_bad_records_are_refused(tmp_path: Path, bad: StatisticsRecord) -> None:
    with pytest.raises(ValidationError):
        write_statistics_xlsx(bad, tmp_path / "s.xlsx")
    assert not (tmp_path / "s.xlsx").exists()
