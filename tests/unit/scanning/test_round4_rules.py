"""Rules added after the fourth blind corpus, each with sentences written for this test.

Positive cases show what a rule must find, in wording other than the corpus's; the published
wording next to them shows what it must leave alone.
"""

from __future__ import annotations

import pytest

from tests.helpers.scanning import flagged as _flagged
from tests.helpers.scanning import suggest as _suggest
from workbench.core.attributes import DisclosureAttribute

# ------------------------------------------------------------------ internal affairs


@pytest.mark.parametrize("text", [
    "（本期专报送局党组成员、各股室负责人，不对外）",
    "本材料仅限本机关使用，严禁外传。",
    "此为内部刊物，仅供参阅。",
])
def test_a_paper_kept_inside_the_office_says_so(text: str) -> None:
    assert _flagged(text, "internal_affairs", "internal_marker")


@pytest.mark.parametrize("text", [
    "该展馆周一闭馆维护，不对外开放。",
    "机关食堂仅供干部职工就餐，不对外营业。",
    "本网站所载内容版权所有，未经许可不得转载。",
    "工作人员不得将内部资料带离办公场所，严禁将涉密文件外传。",
])
def test_closed_facilities_copyright_lines_and_rules_are_not_distribution_marks(text: str) -> None:
    assert _flagged(text, "internal_affairs", "internal_marker") == []


@pytest.mark.parametrize("text", [
    "二、民主测评结果：参评38人，评价为优秀的31人。",
    "科室互评占20分，由各股长背对背匿名评分。",
    "经汇总，排名末位人员为综合股一名干部。",
])
def test_internal_evaluation_is_internal_affairs(text: str) -> None:
    assert _flagged(text, "internal_affairs", "assessment")


def test_a_rule_for_evaluations_is_not_an_evaluation() -> None:
    text = "民主测评应当按照《党政领导干部选拔任用工作条例》的规定组织开展。"
    assert _flagged(text, "internal_affairs", "assessment") == []


@pytest.mark.parametrize("text", [
    "机关公章使用须先填写登记簿，经办公室主任签字。",
    "自下月起，凡未履行派车审批手续的出车，燃油费一律不予报销。",
    "县档案局机关内部文件流转管理细则",
])
def test_how_the_office_runs_itself_is_internal_affairs(text: str) -> None:
    assert _flagged(text, "internal_affairs", "internal_procedure")


def test_a_published_budget_s_vehicle_costs_are_not_internal_routine() -> None:
    text = "2024年一般公共预算“三公”经费中，公务用车购置及运行费38.2万元，其中燃油费9.6万元。"
    assert _flagged(text, "internal_affairs") == []


def test_a_form_of_an_internal_procedure_is_flagged_but_a_citizen_s_form_is_not() -> None:
    internal = "局机关各科室借用公车，须填写《车辆使用审批表》，经分管领导签字后登记。"
    public = "申请人须填写《临时救助申请审批表》，到社区服务窗口办理。"
    assert _flagged(internal, "internal_affairs", "internal_procedure")
    assert _flagged(public, "internal_affairs") == []


# ------------------------------------------------------------------ process information


@pytest.mark.parametrize("text", [
    "（本稿数据待核实，仅供讨论）",
    "以上为初步测算，尚未定稿，不作为正式依据。",
    "初稿需经局务会审定后再报市政府。",
    "与会同志意见不一：有的委员主张一次到位，有的委员倾向分步实施。",
    "该事项暂不作结论，留待下次会议再议。",
])
def test_a_text_that_says_it_is_not_final_is_process_information(text: str) -> None:
    assert _flagged(text, "process_info")


def test_a_notice_inviting_objections_records_no_dispute() -> None:
    text = "公示期间，对公示人选有不同意见的，可向县委组织部干部监督室反映。"
    assert _flagged(text, "process_info") == []


def test_minutes_marked_for_publication_are_published() -> None:
    text = ("县政府第9次常务会议纪要\n会议审议通过《县城供水价格调整方案》，同意报县委审定。\n"
            "（此件主动公开）")
    suggestion = _suggest(text)
    assert suggestion is not None and suggestion.attribute is DisclosureAttribute.PROACTIVE


# ------------------------------------------------------------------ security and stability


def test_a_military_store_located_by_distance_is_national_security() -> None:
    text = "该地块西侧为驻军某部军械仓库，库区距拟建道路约600米，位于山脚背坡。"
    assert _flagged(text, "national_security", "military")


def test_a_museum_of_an_old_arsenal_is_not_a_military_site() -> None:
    text = "原兵工厂弹药库旧址已改建为国防教育纪念馆，位于城东2公里，免费向市民开放参观。"
    assert _flagged(text, "national_security") == []


def test_how_to_deflect_a_foreign_delegation_is_diplomacy() -> None:
    text = "若外方代表团提出参观实验室，以设备调试为由婉言谢绝。"
    assert _flagged(text, "national_security", "diplomacy")


def test_declining_an_invitation_at_home_is_not_diplomacy() -> None:
    text = "因会期冲突，县文联婉拒了邻县书画展的参展邀请。"
    assert _flagged(text, "national_security") == []


@pytest.mark.parametrize("text", [
    "公安分局已在信访局门前预置处置力量，防止业主聚集。",
    "据掌握，部分拆迁户准备下周一赴市委门前静坐。",
])
def test_a_handling_plan_s_measures_and_forecasts_are_stability_information(text: str) -> None:
    assert _flagged(text, "social_stability")


def test_police_for_holiday_traffic_is_public_information() -> None:
    text = "国庆节日期间，交警部门将在主要景区周边增派警力，保障群众出行安全。"
    assert _flagged(text, "social_stability") == []


def test_a_petition_reply_telling_where_to_petition_is_not_a_forecast() -> None:
    text = "您可依法到县信访局反映诉求，我们将依法受理。"
    assert _flagged(text, "social_stability") == []


# ------------------------------------------------------------------ economy and finance


@pytest.mark.parametrize("text", [
    "该社下周到期理财兑付缺口约3.6亿元，需协调同业资金。",
    "数据经市政府审定后统一公布，公布之前各单位不得对外透露。",
])
def test_funding_gaps_and_embargoes_are_economic_security(text: str) -> None:
    assert _flagged(text, "economic_security")


def test_a_project_funding_gap_in_a_budget_report_is_not_a_bank_run() -> None:
    text = "老旧小区改造项目资金缺口较大，需积极争取上级补助。"
    assert _flagged(text, "economic_security") == []


# ------------------------------------------------------------------ third parties


def test_a_bidder_s_cost_level_and_discount_are_trade_secrets() -> None:
    text = "据投标人提供的成本测算，其材料成本比同类企业低约18%，供货折扣为标价的75%。"
    assert _flagged(text, "trade_secret", "cost_price")


def test_a_price_survey_s_average_cost_is_published() -> None:
    text = "据全市价格监测，生猪平均生产成本约为每公斤14.2元，同比下降6%。"
    assert _flagged(text, "trade_secret") == []


def test_process_conditions_of_an_unpatented_method_are_intellectual_property() -> None:
    text = ("项目核心技术尚未申请专利。\n制备时先在氮气中以550℃煅烧3小时，再升温至900℃保温"
            "6小时。")
    assert _flagged(text, "intellectual_property")


def test_a_standard_s_test_conditions_are_not_a_secret() -> None:
    text = "按国家标准规定，样品应在105℃烘箱中干燥2小时后称量。"
    assert _flagged(text, "intellectual_property") == []


# ------------------------------------------------------------------ law, cases, health


def test_naming_a_sealed_record_discloses_it() -> None:
    text = "该青少年因盗窃被判处缓刑，其前科已依法封存。"
    assert _flagged(text, "law_prohibited", "minor")


def test_the_sealing_system_itself_names_no_one() -> None:
    text = "依法落实未成年人犯罪记录封存制度，加强对涉罪未成年人的教育挽救。"
    assert _flagged(text, "law_prohibited", "minor") == []


def test_patients_list_kept_for_follow_up_is_law_prohibited() -> None:
    text = "附表：本周密接人员名单（仅用于社区随访，不得外传）"
    assert _flagged(text, "law_prohibited", "health")


def test_protecting_patients_data_is_a_rule_not_a_list() -> None:
    text = "各医疗机构应当依法保护病例信息，严禁泄露患者隐私。"
    assert _flagged(text, "law_prohibited") == []


@pytest.mark.parametrize("text", [
    "目前该案仍在侦查，嫌疑人尚未到案。",
    "涉案账户交易明细正在调取比对。",
    "问题线索尚在核实，相关人员已被要求配合调查。",
])
def test_the_state_of_an_open_case_is_investigation(text: str) -> None:
    assert _flagged(text, "investigation", "ongoing_case")


def test_a_concluded_typical_case_is_published() -> None:
    text = "典型案例：经立案调查，当事人销售过期食品，依法给予警告并没收违法所得。"
    assert _flagged(text, "investigation") == []


def test_a_patent_still_under_examination_is_not_an_investigation() -> None:
    text = "企业提交的发明专利申请尚在审查中，预计明年授权。"
    assert _flagged(text, "investigation") == []


# ------------------------------------------------------------------ personal data


def test_a_flat_on_a_road_without_a_house_number_is_an_address() -> None:
    text = "申请人现住东湖区解放西路翠园华庭3栋2单元502室，联系电话另附。"
    assert _flagged(text, "personal_privacy", "address")


def test_the_office_s_venue_is_not_a_home() -> None:
    text = "会议地点：人民路市民服务中心大厦2栋3楼301室。"
    assert _flagged(text, "personal_privacy", "address") == []


def test_a_child_named_with_the_age_in_brackets_is_a_private_person() -> None:
    text = "当日下午，幼儿园大班儿童周欣然（6岁）在滑梯处摔伤，造成左臂尺骨骨折。"
    assert _flagged(text, "personal_privacy", "person_name") == ["周欣然"]
    health = _flagged(text, "personal_privacy", "health")
    assert health == ["左臂尺骨骨折"]  # the verb before the injury is not part of it


@pytest.mark.parametrize(("text", "condition"), [
    ("2.救助对象：黄某某，城关镇。住院病种：重症肌无力，救助金额3.2万元。", "重症肌无力"),
    ("该人员既往有糖尿病史，现病情稳定。", "糖尿病"),
])
def test_a_condition_in_a_person_s_line_or_sentence_is_health_data(text: str,
                                                                  condition: str) -> None:
    assert any(condition in h for h in _flagged(text, "personal_privacy", "health"))


def test_the_list_of_covered_diseases_in_a_policy_is_not_health_data() -> None:
    text = "重特大疾病救助病种包括白血病、重症肌无力、尿毒症等，符合条件的可以申请。"
    assert _flagged(text, "personal_privacy", "health") == []


def test_an_office_mailbox_for_objections_is_not_private() -> None:
    text = "如有异议，请向县人社局就业股反映，邮箱：xrsjyg@126.com。"
    assert _flagged(text, "personal_privacy", "email") == []
