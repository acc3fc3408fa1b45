"""A company's own statistical returns quoted in prose about it (该公司…营业收入为…万元) are
one respondent's data (统计法第二十五条): shown to the reviewer to mask, never withholding the
report."""

from __future__ import annotations

import pytest

from tests.helpers.scanning import SCANNER
from tests.helpers.scanning import suggest as _suggest
from workbench.core.attributes import DisclosureAttribute


def _figures(text: str) -> list[str]:
    return [h.text for h in SCANNER.scan_text(text)
            if h.rule == "law_prohibited.respondent_figures"]


@pytest.mark.parametrize(("text", "figures"), [
    (("违法事实：经查，该公司在统计联网直报平台填报的2024年营业收入为15620万元，"
     "经核实实际营业收入为7310万元，存在虚报统计资料的行为。"),
     ["营业收入为15620万元", "实际营业收入为7310万元"]),
    ("该企业主要从事石材加工，2024年工业总产值3,150万元、从业人员58人（据统计联网直报数据）。",
     ["工业总产值3,150万元", "从业人员58人"]),
])
def test_a_company_s_returns_in_prose_about_it(text: str, figures: list[str]) -> None:
    assert _figures(text) == figures


@pytest.mark.parametrize("text", [
    "全县规模以上工业企业实现营业收入152亿元，同比增长6.1%。",  # an aggregate
    "该公司2024年营业收入为15620万元，被评为纳税大户并予以表彰。",  # published praise
])
def test_aggregates_and_praise_are_not_a_respondent_s_data(text: str) -> None:
    assert _figures(text) == []


def test_the_figures_are_masked_not_a_reason_to_withhold() -> None:
    text = ("临江县石材厂“5·12”物体打击事故调查报告\n\n"
            "一、企业概况\n该企业主要从事石材加工，2024年工业总产值3,150万元、从业人员58人"
            "（据统计联网直报数据）。\n二、事故经过\n5月12日，一名工人在搬运石料时受伤。\n")
    s = _suggest(text)
    assert s is not None and s.attribute is DisclosureAttribute.PROACTIVE
