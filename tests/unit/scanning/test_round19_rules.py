"""Round 19: a watched person listed by number (1.某某，男，…, 身份证号…), an injured worker
whose body part follows the name (某某右股骨骨折), a disability's kind and grade as a list's
column writes it (肢体一级), a person's own house by where it lies (其位于…的老房子), and a
caller's landline followed by an office's sentence."""

from __future__ import annotations

import pytest

from tests.helpers.scanning import SCANNER


def _found(text: str) -> list[tuple[str | None, str]]:
    return [(h.subtype, h.text) for h in SCANNER.scan_text(text)]


@pytest.mark.parametrize("text, name", [
    (("经排查，需重点稳控的人员有：\n"
      "1.钮长顺，男，原机械厂下岗职工，身份证号430302196805124710，多次组织联名信。"),
     "钮长顺"),
    ("重点人员：\n2．苗凤英，女，某村村民，联系电话139 7312 0846。", "苗凤英"),
])
def test_a_person_listed_by_number_is_named_by_the_numbers_of_the_line(
        text: str, name: str) -> None:
    assert ("person_name", name) in _found(text)


def test_the_list_point_is_no_part_of_the_name() -> None:
    found = _found("1.钮长顺，男，身份证号430302196805124710")
    assert ("person_name", "钮长顺") in found
    assert not [t for t in found if t[0] == "person_name" and t[1] != "钮长顺"]


def test_an_injury_written_right_after_the_name_names_the_injured() -> None:
    found = _found("当日16时许，搭设工秦永福左胫腓骨开放性骨折，已送医院手术治疗。"
                   "秦永福左胫腓骨开放性骨折，目前病情稳定。")
    assert ("person_name", "秦永福") in found
    conditions = [t for s, t in found if s == "health"]
    assert conditions and all(not t.startswith("福") for t in conditions)


@pytest.mark.parametrize("grade", ["肢体一级", "精神三级", "智力二级", "视力四级"])
def test_a_disability_kind_and_grade_in_a_persons_row_is_health(grade: str) -> None:
    text = ("序号\t姓名\t身份证号\t残疾类别等级\t补贴类型\n"
            f"1\t祁秀英\t430302195406021189\t{grade}\t护理补贴")
    assert ("health", grade) in _found(text)


@pytest.mark.parametrize("text", [
    "截至年底，全区持证残疾人中肢体一级1,240人，精神三级315人。",
    "大力弘扬工匠精神，三级联动推进文明创建。",
])
def test_a_count_of_grades_or_a_slogan_is_no_persons_health(text: str) -> None:
    assert not [t for t in _found(text) if t[0] == "health"]


@pytest.mark.parametrize("text, address", [
    ("市民反映其位于城关区和平街18号的老房子漏雨，要求维修。", "城关区和平街18号"),
    ("来电人称，位于东门镇新街路7号的住宅被邻居加建遮挡采光。", "东门镇新街路7号"),
])
def test_a_persons_own_house_is_a_home_address(text: str, address: str) -> None:
    assert ("address", address) in _found(text)


def test_a_companys_site_is_no_home() -> None:
    text = "该公司位于工业园区纬三路18号的厂房已停产。"
    assert not [t for t in _found(text) if t[0] == "address"]


def test_a_callers_landline_is_read_by_its_own_sentence() -> None:
    text = ("市民段玉梅反映楼道漏水，承办单位未作解释即退回，来电人再次投诉（固话0736-3856642）。"
            "市热线办已约谈承办单位。")
    assert ("landline", "0736-3856642") in _found(text)


def test_a_hotline_number_stays_the_offices() -> None:
    text = "如有疑问，可拨打市政务服务便民热线（0736-12345）或来电咨询（0736-3856600）。"
    assert not [t for t in _found(text) if t[0] == "landline"]
