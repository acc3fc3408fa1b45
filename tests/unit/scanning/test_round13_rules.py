"""Round 13: residents written by their home (门牌号 + name, 某某户), workers named by their
job in an incident, a profile after the town, and conditions whose owner stands before them."""

from __future__ import annotations

import pytest

from tests.helpers.scanning import SCANNER


def _found(text: str) -> list[tuple[str | None, str]]:
    return [(h.subtype, h.text) for h in SCANNER.scan_text(text)]


def test_names_and_house_numbers_of_residents_in_a_dispute() -> None:
    text = ("片区仍有12户未签约，其中槐树街12号孟德才、槐树街20号龚秀兰等4人多次到街道"
            "反映诉求。")
    found = _found(text)
    assert ("person_name", "孟德才") in found and ("person_name", "龚秀兰") in found
    assert ("address", "槐树街12号") in found and ("address", "槐树街20号") in found


def test_flat_numbers_before_the_owners_who_objected() -> None:
    found = _found("表决中，7栋502室蒋文斌、9栋1101室邹丽娟提出书面异议。")
    assert ("person_name", "蒋文斌") in found and ("person_name", "邹丽娟") in found


def test_a_household_named_by_its_head() -> None:
    found = _found("经核实，投诉所指房屋系彭国强户自建房，已超出批准层数。")
    assert ("person_name", "彭国强") in found


@pytest.mark.parametrize("text, name", [
    ("事故中船员黄阿水、林添福经搜寻后被找到，均已遇难。", "林添福"),
    ("门店店员孔丽霞左臂二度烧伤，仍在住院治疗。", "孔丽霞"),
    ("同班组工友欧文涛到庭作证，证实防护装置已拆除。", "欧文涛"),
    ("2.石门镇苏雨欣，女，10岁，先天性心脏病术后。", "苏雨欣"),
])
def test_private_persons_named_by_job_or_home_town(text: str, name: str) -> None:
    assert ("person_name", name) in _found(text)


@pytest.mark.parametrize("text", [
    "全年完成渔船船员培训1,200人次，持证率达到98%。",
    "服务中心地址：城关镇解放路8号，电话0736-1234567。",
    "办公地点设在人民路16号综合楼三楼。",
])
def test_no_private_person_in_statistics_or_office_addresses(text: str) -> None:
    assert [f for f in _found(text) if f[0] in ("person_name", "address")] == []


def test_the_relative_before_a_condition_stays_context() -> None:
    found = _found("其称加建房屋是因为父亲中风偏瘫后只能住在一楼。")
    assert ("health", "中风偏瘫") in found


def test_an_allergy_and_a_disability_told_of_a_person() -> None:
    found = _found("学生鲁晓月对芒果严重过敏，误食后出现喉头水肿，经送医抢救后脱险。")
    assert any(t == "health" and "过敏" in s for t, s in found)
    assert ("health", "喉头水肿") in found
    assert any(t == "health" and "智力障碍" in s
               for t, s in _found("本人有中度智力障碍，由村委会定期走访。"))


def test_a_list_of_checks_names_no_condition() -> None:
    assert [f for f in _found("入职体检项目包括乙肝表面抗原检测和胸部透视。")
            if f[0] == "health"] == []


def _suspects(text: str) -> list[str]:
    return [h.text for h in SCANNER.scan_text(text) if h.subtype == "suspect"]


@pytest.mark.parametrize("text, name", [
    ("窗口队员钱国荣存在推诿问题，街道纪工委已对其立案审查。", "钱国荣"),
    ("分管食堂的副院长贺志远因履职不力，县纪委监委正在核查，拟给予政务处分。", "贺志远"),
    ("该合作社报账员晏德明先后6次将集体资金转入其本人账户。", "晏德明"),
    ("2022年鱼塘租金8万元由理事长戴金生现金收取，未入集体账户。", "戴金生"),
    ("核查发现，乡统计站站长焦志明曾授意企业虚报产值。", "焦志明"),
])
def test_the_person_an_open_allegation_is_about(text: str, name: str) -> None:
    assert name in _suspects(text)


def test_a_discipline_proposed_for_nobody_named_names_nobody() -> None:
    assert _suspects("对违规人员，经集体研究拟给予党纪处分，并在全县通报。") == []


@pytest.mark.parametrize("text, expected", [
    ("排查发现，城东门站至北郊调压站高压管线在河湾段埋深不足0.8米，沿线未安装视频监控。",
     "埋深不足0.8米"),
    ("罐区泡沫灭火系统的泡沫液储备量仅能满足单罐火灾约30分钟的扑救需要。",
     "仅能满足单罐火灾约30分钟的扑救需要"),
    ("审批子系统部署在互联网地址61.153.20.7的8443端口，存在未授权访问漏洞。",
     "61.153.20.7的8443端口"),
    ("管理后台账号仍使用弱口令root/Qx@2020abc。", "root/qx@2020abc"),
    ("每周一上午8时由机要局专车从机关大院出发，经环城路—国道送达北山县。",
     "专车从机关大院出发，经环城路—国道送达北山县"),
])
def test_weak_points_networks_and_routes(text: str, expected: str) -> None:
    hits = [h for h in SCANNER.scan_text(text) if str(h.category) == "public_safety"]
    assert any(h.text.lower() == expected.lower() for h in hits), hits


@pytest.mark.parametrize("text", [
    "老旧小区普遍无视频监控，本次改造统一加装。",
    "网站地址为www.example.gov.cn/open/2019，可凭账号登录查询办理进度。",
    "城区公交专车从火车站出发，经人民路到达体育中心。",
])
def test_no_weak_point_in_renovation_plans_links_or_buses(text: str) -> None:
    assert [h for h in SCANNER.scan_text(text) if str(h.category) == "public_safety"] == []


_WITHHELD_TABLE = ("秘密★1年\n关于部分企业纳税评估情况的报告\n"
                   "经评估，下列企业申报收入与发票数据差异较大：\n"
                   "企业\t申报收入\t开票金额\t差异率\n"
                   "北岭精工机械有限公司\t4,120\t6,380\t54.8%\n"
                   "南湾食品有限公司\t2,015\t2,960\t46.9%\n")


def _rule_hits(text: str) -> list:
    """The rules' hits (the passage model may mark the same rows too, in its own reading)."""
    return [h for h in SCANNER.scan_text(text) if h.subtype != "passage"]


def test_an_enterprise_s_figures_in_a_withheld_paper_are_its_own() -> None:
    rows = [h for h in _rule_hits(_WITHHELD_TABLE) if h.text.startswith(("北岭", "南湾"))]
    assert [str(h.category) for h in rows] == ["trade_secret", "trade_secret"]


def test_a_respondent_s_figures_in_a_statistics_paper_fall_under_the_statistics_law() -> None:
    text = _WITHHELD_TABLE.replace("纳税评估", "统计执法检查")
    rows = [h for h in _rule_hits(text) if h.text.startswith(("北岭", "南湾"))]
    assert [str(h.category) for h in rows] == ["law_prohibited", "law_prohibited"]


def test_a_published_table_of_enterprises_is_not_marked() -> None:
    text = _WITHHELD_TABLE.replace("秘密★1年\n", "").replace("差异较大", "位居前列")
    assert [h for h in SCANNER.scan_text(text) if h.text.startswith(("北岭", "南湾"))] == []


def test_minors_in_a_case_paper_are_named_under_the_law_and_their_privacy() -> None:
    text = ("关于涉罪未成年人帮教情况的报告\n"
            "（一）鲍子文，男，2008年5月出生，因伙同他人盗窃自行车5辆、价值3,100元，"
            "于2024年3月被我院附条件不起诉，考验期6个月。\n")
    hits = SCANNER.scan_text(text)
    names = {(str(h.category), h.text) for h in hits if h.subtype in ("person_name", "minor")}
    assert {("law_prohibited", "鲍子文"), ("personal_privacy", "鲍子文")} <= names
    assert any(h.rule.endswith("juvenile_case_outcome") and "附条件不起诉" in h.text
               for h in hits)


def test_a_birth_month_profile_outside_a_case_paper_names_nobody() -> None:
    text = "任前公示\n鲍子文，男，1978年5月出生，汉族，中共党员，现任县农业农村局副局长。\n"
    assert [h for h in SCANNER.scan_text(text) if h.text == "鲍子文"] == []


def test_a_reply_letter_addressed_with_the_petitioner_s_numbers_in_brackets() -> None:
    text = ("某某街道办事处\n信访事项处理意见书\n\n"
            "邓秀英（身份证号：430726198203150026，联系电话：13907361234）：\n"
            "你于2024年5月通过来信反映的邻里噪声问题，我办已依法受理。\n")
    hits = SCANNER.scan_text(text)
    assert any(h.text == "邓秀英" and h.rule.endswith("addressee") for h in hits)


def test_a_building_named_by_a_letter() -> None:
    found = _found("申请人：郝小梅，女，现住北山区工业路宿舍区C栋305室。")
    assert any(t == "address" and s.endswith("宿舍区C栋305室") for t, s in found)


def test_a_landline_after_a_flat_in_a_housing_estate_is_the_home_s() -> None:
    text = "送证地址：北山区胜利街道东岗小区7栋2单元301室，联系电话0465-8123456。"
    assert ("landline", "0465-8123456") in _found(text)
    assert ("landline", "0465-8123456") not in _found(
        "社区服务中心地址：东岗小区7号楼，咨询电话0465-8123456。")
