"""Home addresses: whose address it is decides more than the block it sits in (a resident's
flat in brackets after their name, in a penalty decision about a company)."""

from __future__ import annotations

import pytest

from tests.helpers.scanning import SCANNER


def _addresses(text: str) -> list[str]:
    return [h.text for h in SCANNER.scan_text(text) if h.subtype == "address"]


@pytest.mark.parametrize(("text", "address"), [
    # A company's block (its credit code, its legal representative) right before a
    # complainant's own flat: the bracket after the complainant's name says whose it is.
    (("当事人：鹭屿市海丰粮油贸易有限公司，统一社会信用代码91350203MA2XK7Q31B，法定代表人："
     "洪志坚。我局接到消费者庄雅琴（住湖滨街道海堤路云栖花园5栋2单元801室）投诉，称其购买的"
     "食用油标签不符。"), "湖滨街道海堤路云栖花园5栋2单元801室"),
    (("鹭屿市鸿泰物业服务有限公司在服务期间电梯维保不到位。业主黄秋燕（翠湖苑小区9栋1单元"
     "302室，电话未登记）多次反映电梯停运。"), "翠湖苑小区9栋1单元302室"),
    # Building, unit and room alone, in brackets after the owner's name.
    ("业主卢振兴（6栋3单元1501室）反映楼道消防栓无水。", "6栋3单元1501室"),
])
def test_a_resident_s_flat_after_their_name_is_a_home_address(text: str,
                                                              address: str) -> None:
    assert address in _addresses(text)


@pytest.mark.parametrize("text", [
    # A company's registered address, with its own markers and no person's name before it.
    "当事人：鹭屿市海丰粮油贸易有限公司，住所：湖滨街道海堤路88号，法定代表人：洪志坚。",
    # A building and unit without a room, or not after a name, is a place, not a home.
    "3栋2单元电梯停运近一个月，物业公司未及时维修。",
    "维修点设在服务中心（8栋1单元101室）。",
])
def test_a_company_s_address_or_a_bare_building_is_no_home(text: str) -> None:
    assert _addresses(text) == []



def test_a_mailbox_after_a_home_landline_on_a_person_s_line() -> None:
    text = ("乙方：林秀兰，身份证号码350921198804120313，联系电话15860231477，"
            "家庭电话0589-6239206，电子邮箱linxiulan88@163.com")
    assert "linxiulan88@163.com" in [h.text for h in SCANNER.scan_text(text)
                                     if h.subtype == "email"]


def test_an_office_s_mailbox_after_its_landline_is_no_person_s() -> None:
    text = "联系单位：县住建局房屋征收办公室\n电话：0589-6212345，邮箱：lqzsb@163.com"
    assert [h for h in SCANNER.scan_text(text) if h.subtype == "email"] == []
