"""Digit runs across table cells: a figure's thousands group or a neighbouring cell must not
be read as the start of a mobile and swallow the card number written after it."""

from __future__ import annotations

import pytest

from tests.helpers.scanning import SCANNER
from workbench.scanning.numbers import find_numbers

CARD = "6222027100583129466"  # a synthetic 19-digit UnionPay card (benchmarks/make_ids.py)
GROUPED = f"{CARD[:4]} {CARD[4:8]} {CARD[8:12]} {CARD[12:16]} {CARD[16:]}"


def _found(text: str) -> list[tuple[str, str]]:
    return [(f.recognizer, text[f.start:f.end]) for f in find_numbers(text)]


def test_a_card_after_a_figure_with_thousands_separators() -> None:
    row = f"DG-3-09\t户主\t5.08\t326,136\t{GROUPED}\n"
    assert _found(row) == [("bank_card", GROUPED)]


def test_groups_joined_by_different_separators_are_no_mobile() -> None:
    # 136 ends the cell before; the card begins in the next one.
    found = _found(f"合计\t136\t{GROUPED}")
    assert ("mobile", f"136\t{GROUPED[:9]}") not in found
    assert not any(kind == "mobile" for kind, _ in found)


@pytest.mark.parametrize("text", [
    "联系电话138 0013 8000", "手机：138-0013-8000", "电话：13800138000,13900139000",
])
def test_mobiles_grouped_alike_or_listed_with_commas_are_still_found(text: str) -> None:
    assert [kind for kind, _ in _found(text)] and all(
        kind == "mobile" for kind, _ in _found(text))


@pytest.mark.parametrize(("text", "kind", "number"), [
    ("户主林阿水，联系电话：+8615860231477。", "mobile", "8615860231477"),
    ("户主林阿水，Tel15860231477", "mobile", "15860231477"),
    ("申请人林阿水，家庭电话：6231457。", "landline", "6231457"),
    ("投诉人林某某，住宅电话62314578，手机15860231477", "landline", "62314578"),
    ("户主林阿水，电话：6231457（宅）", "landline", "6231457"),
])
def test_a_country_code_a_tel_prefix_and_a_labelled_local_number(text: str, kind: str,
                                                                   number: str) -> None:
    hits = [(h.subtype, h.text) for h in SCANNER.scan_text(text)]
    assert (kind, number) in hits


@pytest.mark.parametrize("text", [
    "办公室电话：6231457", "全年接待群众6231457人次", "项目编号：6231457（家具采购）",
])
def test_seven_digits_without_a_home_label_are_no_number(text: str) -> None:
    assert [h for h in SCANNER.scan_text(text) if h.subtype in ("landline", "mobile")] == []


#: Cards of other schemes than UnionPay (a Visa-prefixed debit card, an old 9558 account),
#: synthetic, with their Luhn digit from benchmarks/make_ids.py.
OTHER_SCHEMES = ("4367420012345673", "9558800123456782")


@pytest.mark.parametrize("card", OTHER_SCHEMES)
@pytest.mark.parametrize("row", [
    "户名：林阿水\t开户行：县农商银行\t账号：{card}",
    "林阿水\t{card}\t3200",
])
def test_another_scheme_s_card_in_a_row_naming_its_holder(card: str, row: str) -> None:
    text = row.format(card=card)
    assert [h.text for h in SCANNER.scan_text(text) if h.subtype == "bank_card"] == [card]


@pytest.mark.parametrize("card", OTHER_SCHEMES)
def test_another_scheme_s_number_on_an_office_s_account_line(card: str) -> None:
    for text in (f"户名：县财政局\t开户行：县农商银行\t账号：{card}",
                 f"单位名称：县民政局，账号{card}"):
        assert [h for h in SCANNER.scan_text(text) if h.subtype == "bank_card"] == []


@pytest.mark.parametrize(("text", "number"), [
    ("在自贸片区投资的台胞林某某，大陆手机号码15860231477，台湾手机+886 912 345 678。",
     "+886 912 345 678"),
    ("对方首席代表为某集团中国区总裁，联系方式+65 8123 4567。", "+65 8123 4567"),
])
def test_a_number_abroad_with_its_country_code(text: str, number: str) -> None:
    assert ("mobile", number) in [(h.subtype, h.text) for h in SCANNER.scan_text(text)]


def test_an_office_abroad_behind_a_hotline_is_no_person_s_number() -> None:
    text = "驻港办事处咨询热线：+852 2123 4567"
    assert [h for h in SCANNER.scan_text(text) if h.subtype == "mobile"] == []


def test_a_local_number_in_the_phone_column_of_a_list_of_households() -> None:
    text = ("序号\t户主姓名\t家庭人口\t困难类型\t联系电话\n"
            "1\t林阿水\t3\t因病\t6231457\n"
            "2\t陈某某\t2\t因灾\t15860231477\n")
    found = [(h.subtype, h.text) for h in SCANNER.scan_text(text)]
    assert ("landline", "6231457") in found and ("mobile", "15860231477") in found


@pytest.mark.parametrize("table", [
    "序号\t单位\t值班电话\n1\t县应急局\t6231457\n",  # an office's duty line
    "年份\t产值（万元）\t电话\n2024\t6231457\t无\n",  # a figure, in no phone column
])
def test_seven_digits_in_an_office_s_table_are_no_home_line(table: str) -> None:
    assert [h for h in SCANNER.scan_text(table) if h.subtype == "landline"] == []


def test_a_staff_list_s_local_numbers_are_work_numbers() -> None:
    text = ("各乡镇联络员名单\n序号\t姓名\t单位及职务\t联系电话\n"
            "1\t林阿水\t江口镇党政办主任\t6231457\n")
    assert [h for h in SCANNER.scan_text(text) if h.subtype == "landline"] == []
