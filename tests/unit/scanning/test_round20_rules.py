"""Round 20: a private person's name wherever it stands again, a condition in a sentence that
names such a person, a mailbox after a grouped card number, results that still await their
committee, what a paper forbids telling ahead, and words that only look like conditions."""

from __future__ import annotations

import pytest

from tests.helpers.scanning import SCANNER, suggest
from workbench.core.attributes import DisclosureAttribute
from workbench.scanning.facts import is_concrete


def _found(text: str) -> list[tuple[str | None, str]]:
    return [(h.subtype, h.text) for h in SCANNER.scan_text(text)]


def _rules(text: str) -> list[tuple[str, str]]:
    return [(h.rule, h.text) for h in SCANNER.scan_text(text)]


def test_a_mailbox_after_a_grouped_card_number_is_the_same_persons() -> None:
    text = ("1.城关区阿香米粉店（经营者黎阿香），吸纳1人，补贴2000元，拨付至经营者个人账户 "
            "6217 0028 8012 3456 789。经营者联系邮箱lixiang_77@163.com。")
    assert ("email", "lixiang_77@163.com") in _found(text)


def test_an_office_mailbox_on_a_contact_line_stays_unflagged() -> None:
    text = "联系人：市人社局就业科，联系电话0731-2288456，联系邮箱jyk_2024@163.com。"
    assert not [t for t in _found(text) if t[0] == "email"]


def test_a_condition_in_a_sentence_naming_a_private_person_is_hers() -> None:
    text = ("据市第一人民医院报告，纺织厂退休职工雷秀梅（女，61岁）被诊断为活动性肺结核。\n"
            "雷秀梅家住城南区和平街道幸福里3栋2单元402室，既往有硅肺病史，目前隔离治疗。")
    found = _found(text)
    assert ("person_name", "雷秀梅") in found
    assert any(s == "health" and "硅肺" in t for s, t in found)


def test_a_condition_with_no_person_in_its_sentence_stays_unflagged() -> None:
    text = ("据市第一人民医院报告，纺织厂退休职工雷秀梅（女，61岁）被诊断为活动性肺结核。\n"
            "粉尘作业企业应落实湿式作业，减少硅肺等职业病发生。")
    assert not [t for s, t in _found(text) if s == "health" and "硅肺" in t]


def test_a_private_name_is_shown_wherever_it_stands_again() -> None:
    text = ("救助对象卢德明（男，71岁），身份证号430302196608152413，独居。\n"
            "经入户核查，卢德明家中无其他收入来源，拟纳入特困供养。")
    names = [t for s, t in _found(text) if s == "person_name"]
    assert names.count("卢德明") == 2


def test_a_short_name_is_not_found_again_inside_a_longer_one() -> None:
    text = ("救助对象王伟（男，45岁），身份证号430302196608152413。\n"
            "会议由王伟东同志主持。")
    names = [t for s, t in _found(text) if s == "person_name"]
    assert names == ["王伟"]


@pytest.mark.parametrize("text", [
    "考察组认为，该同志业务能力突出，群众基础较好。",
    "副总经理韩立新因病于2024年3月起病休，未参加年度考核。",
])
def test_praise_and_sick_leave_are_no_conditions(text: str) -> None:
    assert not [t for t in _found(text) if t[0] == "health"]


def test_a_haematoma_is_a_condition() -> None:
    text = "患者钱玉芬（女，70岁）行髋关节置换术后第二天出现腹膜后血肿，转入重症监护室。"
    assert any(s == "health" and "血肿" in t for s, t in _found(text))


def test_results_that_still_await_their_committee_are_a_draft() -> None:
    text = ("说明：以上为初评结果，需提交市考核委员会审定后方可反馈，不得提前向被考核单位透露。")
    rules = [r for r, _ in _rules(text)]
    assert "process_info.awaiting_approval" in rules
    assert "process_info.not_to_be_told_yet" in rules


@pytest.mark.parametrize("text", [
    "评审结果需经评审委员会审定后方可公布。",
    "以上为初审结果，现予公示，公示期内如有异议，请向区民政局反映。",
    "未经发布的统计数据不得提前对外提供。",
])
def test_how_results_are_passed_in_general_is_no_draft(text: str) -> None:
    assert not [r for r, _ in _rules(text)
                if r in ("process_info.awaiting_approval", "process_info.not_to_be_told_yet")]


def test_an_issuing_office_and_date_under_a_title_is_no_fact() -> None:
    assert not is_concrete("市委市政府督查考核办公室\u3000\u30002025年1月20日")
    assert is_concrete("市应急管理局发生较大生产安全事故1起")


def test_an_offices_logistics_self_check_is_released_on_request() -> None:
    text = ("县机关事务服务中心\n关于2025年机关后勤管理工作的自查报告\n\n"
            "一、公务用车。平台现有车辆21辆，全年派车1460车次。\n"
            "二、机关食堂。食堂由县福满楼餐饮公司承包，合同到期后未重新招标。"
            "承包方负责人邝志成，手机13974120586。\n")
    assert "internal_affairs.logistics_self_check" in [r for r, _ in _rules(text)]
    suggestion = suggest(text)
    assert suggestion is not None
    assert suggestion.attribute is DisclosureAttribute.ON_REQUEST


def test_a_notice_asking_for_a_self_check_is_no_self_check_report() -> None:
    text = "各单位：根据《关于开展机关后勤管理专项自查的通知》要求，请于6月底前报送自查报告。"
    assert "internal_affairs.logistics_self_check" not in [h.rule for h in SCANNER.scan_text(text)]


@pytest.mark.parametrize("text", [
    "其中，城南区郑国平、许丽华夫妇收养的男童（原名张小军，2020年5月出生），收养登记已办结。",
    "村集体房屋1间由五保户邢福来居住，其养子邢小军系2001年从县儿童福利院收养，现在外地务工。",
])
def test_a_named_childs_adoption_is_the_adoption_secret(text: str) -> None:
    assert "law_prohibited.adoption_secret" in [r for r, _ in _rules(text)]


@pytest.mark.parametrize("text", [
    "全年办理结婚登记5210对、收养登记9件。",
    "需征收养殖塘约180亩，补偿标准另行公布。",
    "收养登记的申请条件和所需材料见本指南第三部分。",
])
def test_adoption_counts_and_procedure_are_no_secret(text: str) -> None:
    assert "law_prohibited.adoption_secret" not in [r for r, _ in _rules(text)]


def test_a_clause_that_applies_a_cited_rule_is_no_fact() -> None:
    assert not is_concrete("周转房逾期不腾退的，按《党政机关办公用房管理办法》收取市场租金")


def test_experts_opinions_on_applications_are_released_on_request() -> None:
    text = ("县科学技术局\n2025年度科技计划项目专家评审意见\n\n"
            "项目名称：高原茶园病虫害智能监测系统\n申报单位：县云雾茶业有限公司\n"
            "一、总体评价\n项目针对高原茶园病虫害监测手段落后的问题，研究目标明确，技术路线基本"
            "可行，预期成果对全县茶产业提质增效有示范作用。申报单位具备相应的研发条件和推广渠道。"
            "\n二、主要意见\n该公司2024年营业收入2860万元，毛利率21.4%。\n"
            "三、建议\n建议进一步细化田间试验方案，明确监测点布设数量和数据共享方式，"
            "同意推荐立项。\n")
    suggestion = suggest(text)
    assert suggestion is not None
    assert suggestion.attribute is DisclosureAttribute.ON_REQUEST
    assert suggestion.needs_redaction


def test_what_a_request_asks_of_the_office_above_is_process_information() -> None:
    text = ("县应急管理局关于追加防汛物资储备经费的请示\n县人民政府：\n"
            "今年入汛以来…现有物资缺口较大。恳请县人民政府从预备费中追加我局经费86万元。\n"
            "妥否，请批示。")
    assert "process_info.request_ask" in [r for r, _ in _rules(text)]


@pytest.mark.parametrize("text", [
    "道路施工期间给出行带来不便，恳请广大市民理解支持。",
    "致市政府的一封信：我公司厂房受损，恳请政府协助协调保险理赔。",
])
def test_an_appeal_outside_a_request_is_no_request(text: str) -> None:
    assert "process_info.request_ask" not in [r for r, _ in _rules(text)]
