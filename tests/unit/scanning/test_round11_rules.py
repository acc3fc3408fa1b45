"""Names read with their case and their list (犯罪嫌疑人甲、乙; 某某已被立案侦查; 某某的实名举报;
举报人姓名：…), rural names opened by a birth-order numeral (朱四喜), and a private person's
landline in a table row whatever the other cells say: from the eleventh blind corpus's misses,
each with sentences written for this test and ordinary sentences they must leave alone."""

from __future__ import annotations

import pytest

from tests.helpers.scanning import SCANNER


def _people(text: str) -> list[tuple[str, str | None, str]]:
    return [(str(h.category), h.subtype, h.text) for h in SCANNER.scan_text(text)
            if h.subtype in ("person_name", "suspect", "informant")]


@pytest.mark.parametrize(("text", "names"), [
    ("经查，犯罪嫌疑人彭志远已被依法刑事拘留。", ["彭志远"]),
    ("犯罪嫌疑人罗建新、滕国平涉嫌盗窃电力设施。", ["罗建新", "滕国平"]),
    ("一、案件进展\n该公司实际控制人廖文斌已被县公安局以涉嫌集资诈骗罪立案侦查。", ["廖文斌"]),
    ("被举报人欧阳海涛系该局原副局长。", ["欧阳海涛"]),
])
def test_who_an_open_case_is_against_is_read_under_the_case(text: str,
                                                            names: list[str]) -> None:
    found = _people(text)
    for name in names:
        assert ("investigation", "suspect", name) in found
        # One hit per name, under the case, not a second one as a private person's name.
        assert ("personal_privacy", "person_name", name) not in found


@pytest.mark.parametrize("text", [
    "依据《行政执法机关移送涉嫌犯罪案件的规定》，将案件移送公安机关。",
    "该机关移送涉嫌犯罪案件2件，均已立案。",
    "对涉嫌违纪违法的党员干部依规依纪依法处理。",
    "本期通报犯罪嫌疑人员的权利义务告知工作。",
])
def test_a_law_s_name_or_a_procedure_names_no_suspect(text: str) -> None:
    assert [p for p in _people(text) if p[1] == "suspect"] == []


@pytest.mark.parametrize(("text", "name"), [
    ("本案线索来源于该院护士长潘雅婷的实名举报，举报人要求保密。", "潘雅婷"),
    ("请核对以下信息：\n举报人姓名：韦光明\n奖励金额：2000元", "韦光明"),
])
def test_an_informant_named_by_a_label_or_before_the_report(text: str, name: str) -> None:
    assert ("investigation", "informant", name) in _people(text)


@pytest.mark.parametrize(("text", "names"), [
    ("参保人梁晓雯、龚振华的医保凭证被冒用。", ["梁晓雯", "龚振华"]),
    ("低保户蒙德明、覃桂英等3户已完成复核。", ["蒙德明", "覃桂英"]),
    ("特困供养人员黎四喜系二级精神残疾。", ["黎四喜"]),
    ("患者韦二妹长期在家休养。", ["韦二妹"]),
])
def test_listed_names_and_birth_order_names_are_names(text: str, names: list[str]) -> None:
    found = [t for _, _, t in _people(text)]
    for name in names:
        assert name in found


@pytest.mark.parametrize("text", [
    "患者周五下午到院复查。",
    "村民高三学生返校。",
    "低保户张德明、医院、学校均已走访。",
    "资助参保人员，由民政部门认定后报医保部门。",
])
def test_weekdays_grades_and_lists_of_places_are_no_names(text: str) -> None:
    found = [t for _, _, t in _people(text)]
    assert not {"周五", "高三", "医院", "由民政"} & set(found)


def test_a_private_row_s_landline_ignores_the_other_cells() -> None:
    text = ("序号\t姓名\t身份证号码\t联系电话\t主要诉求\n"
            "1\t石桂兰\t61032719720909184X\t0917-6236047\t要求追究交通事故处理民警责任\n")
    phones = [h for h in SCANNER.scan_text(text) if h.subtype == "landline"]
    assert [h.text for h in phones] == ["0917-6236047"]
    assert "same row as the name" in phones[0].explanation


def test_an_office_landline_in_a_contact_table_is_still_not_private() -> None:
    text = ("单位\t联系人\t联系电话\n"
            "县信访局办公室\t值班室\t0917-6236047\n")
    assert [h for h in SCANNER.scan_text(text) if h.subtype == "landline"] == []


def test_a_mailbox_next_to_a_personal_number_is_the_person_s() -> None:
    text = "整改联系人为信息科工程师邝文（手机17707362195，邮箱kuangwen1990@126.com），每日报告。"
    found = [(h.subtype, h.text) for h in SCANNER.scan_text(text)]
    assert ("email", "kuangwen1990@126.com") in found
    # The name is the two characters after 工程师, not 师邝文.
    assert ("person_name", "邝文") in found


def test_an_office_mailbox_on_a_contact_line_stays_unflagged() -> None:
    text = "联系人：县数据局办公室，联系电话：0943-8215367，邮箱：sjjbgs@163.com。"
    assert [h for h in SCANNER.scan_text(text) if h.subtype == "email"] == []


@pytest.mark.parametrize(("text", "condition"), [
    ("入住老人龙秀英（88岁）为重度失能，需专人护理。", "重度失能"),
    ("评估人员发现入住老人韦金花骶尾部有压疮，护理记录缺失。", "压疮"),
])
def test_a_care_home_s_reading_of_one_resident_is_health_data(text: str,
                                                               condition: str) -> None:
    assert any(condition in h.text for h in SCANNER.scan_text(text) if h.subtype == "health")


def test_a_policy_on_disabled_elders_names_no_one_s_condition() -> None:
    text = "全县失能老人照护服务覆盖率达到80%，对压疮高风险老人开展预防培训。"
    assert [h for h in SCANNER.scan_text(text) if h.subtype == "health"] == []


def test_a_discipline_the_commission_has_yet_to_decide_is_an_open_review() -> None:
    text = "南岭镇项目停工两个月，拟对该镇分管副镇长给予诫勉处理，待县纪委监委研究后确定。"
    assert any(h.category == "investigation" for h in SCANNER.scan_text(text))
    decided = "经县纪委常委会研究，决定给予该镇分管副镇长诫勉处理。"
    assert not any(h.category == "investigation" for h in SCANNER.scan_text(decided))


def test_a_closed_case_s_names_stay_a_person_s_to_mask() -> None:
    text = "关于欺诈骗保典型案例的通报\n犯罪嫌疑人彭志远已被依法刑事拘留。"
    found = _people(text)
    assert ("personal_privacy", "person_name", "彭志远") in found
