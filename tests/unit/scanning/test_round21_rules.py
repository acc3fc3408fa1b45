"""Round 21: landlines under a bracketed area code written in two groups, the line of a
person's workplace, and field labels that only look like names."""

from __future__ import annotations

import pytest

from tests.helpers.scanning import SCANNER


def _found(text: str) -> list[tuple[str | None, str]]:
    return [(h.subtype, h.text) for h in SCANNER.scan_text(text)]


@pytest.mark.parametrize("number", ["（0731）8826 413", "(0731)8826-4135", "（010）6553 2190"])
def test_a_bracketed_area_code_with_a_grouped_local_number_is_a_landline(number: str) -> None:
    text = f"3. 低保户邓桂兰原留的家庭电话{number}已停机，请社区入户核实。"
    assert ("landline", number) in _found(text)


def test_a_bracketed_area_code_needs_seven_or_eight_local_digits() -> None:
    text = "低保户邓桂兰原留的家庭电话（0731）8826 41已停机。"
    assert not [t for s, t in _found(text) if s == "landline"]


@pytest.mark.parametrize("label",
                         ["其提供的工作单位座机", "原单位人事科联系电话", "所在单位电话："])
def test_the_line_of_a_persons_workplace_is_private(label: str) -> None:
    text = f"受害人郑晓峰系外地来务工人员，办案民警按{label}0731-4452716与其联系。"
    assert ("landline", "0731-4452716") in _found(text)


def test_an_offices_own_line_in_the_same_paper_stays_unflagged() -> None:
    text = "对处理结果有异议的，请向区人社局劳动监察科反映，联系电话0731-4452716。"
    assert not [t for s, t in _found(text) if s == "landline"]


def test_a_period_label_opening_a_contact_line_is_no_name() -> None:
    text = ("序号\t姓名\t补贴金额\n1\t欧阳春\t1200元\n"
            "公示期：2025年3月1日至3月7日，有异议请向镇民政办反映，电话0731-5562018。")
    found = _found(text)
    assert not [t for s, t in found if t == "公示期"]
    assert not [t for s, t in found if s == "landline"]
