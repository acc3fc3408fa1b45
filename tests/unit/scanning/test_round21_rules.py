"""Round 21: landlines under a bracketed area code written in two groups, the line of a
person's workplace, and field labels that only look like names."""

from __future__ import annotations

import pytest

from tests.helpers.scanning import rule_texts as _rules
from tests.helpers.scanning import subtype_texts as _found


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


@pytest.mark.parametrize(("text", "condition"), [
    ("独居老人邬秀兰家中无人应答，社区破门进入，发现老人因低血糖昏迷，已送医救治。", "低血糖"),
    ("走访中，低保户钱桂芝情绪低落，多次流露轻生念头，社区已联系心理咨询师。", "轻生"),
    ("受害人蒋某（女，20岁）被骗后情绪不稳定，曾割腕自伤，经抢救脱险。", "割腕"),
    ("救助对象彭长根（男，58岁），晚期血吸虫病，拟行脾切除术。", "脾切除"),
])
def test_episodes_of_ill_health_and_self_harm_are_conditions(text: str, condition: str) -> None:
    assert any(s == "health" and condition in t for s, t in _found(text))


def test_self_harm_in_a_prevention_plan_stays_unflagged() -> None:
    text = "各学校要加强心理健康教育，做好学生自伤、轻生等危机事件的预防和干预工作。"
    assert not [t for s, t in _found(text) if s == "health"]


def test_a_sentence_about_one_person_outweighs_policy_words_in_the_sentence_before() -> None:
    text = ("五、廉洁自律：其配偶在某医药公司任职，已按规定申报。\n"
            "六、个人有关事项：本人2023年体检发现甲状腺结节，已手术，恢复良好。")
    assert any(s == "health" and "甲状腺结节" in t for s, t in _found(text))


def test_policy_words_around_a_count_of_cases_still_lower_it() -> None:
    text = ("全年完成接尘劳动者职业健康检查1.2万人次。新确诊尘肺病41人，其中煤工尘肺33人、"
            "矽肺8人。各地要按规定落实尘肺病患者救治救助政策。")
    assert not [t for s, t in _found(text) if s == "health"]


@pytest.mark.parametrize(("text", "name"), [
    ("流调显示，患者名为蓝晓雯，居住在城东区，发病前曾到外地出差。", "蓝晓雯"),
    ("同病房患者林某某（家属为林德顺）作为证人陈述了当晚情况。", "林德顺"),
    ("补偿款打入户主韦光明表弟覃德发的账户后被转出。", "覃德发"),
    ("韦光明与其兄韦光亮存在继承纠纷，韦光亮身份证号码430302196608152413。", "韦光亮"),
])
def test_names_after_a_link_a_cousin_or_before_an_unseparated_id_label(
        text: str, name: str) -> None:
    assert ("person_name", name) in _found(text)


def test_a_name_word_after_a_caller_is_no_name() -> None:
    text = "各承办单位回复中不得泄露来电人姓名和电话。"
    assert not [t for s, t in _found(text) if s == "person_name"]


@pytest.mark.parametrize("text", [
    "3. 报名人员邝晓东报名时填写的电子邮箱kuangxd_2024@126.com用于后续通知。",
    "团伙使用的邮箱zhaopin_hr2025@proton.me系在境外注册。",
])
def test_a_mailbox_somebody_filled_in_or_used_is_theirs(text: str) -> None:
    assert [t for s, t in _found(text) if s == "email"]


def test_an_office_mailbox_for_applications_stays_unflagged() -> None:
    text = "报名材料请发送至市人社局指定邮箱rsj_zhaopin@163.com，联系电话0731-2288456。"
    assert not [t for s, t in _found(text) if s == "email"]


def test_a_flat_in_a_lettered_building_of_an_estate_is_an_address() -> None:
    text = "流调显示，患者居住在滨湖人才公寓C2栋1503室，发病期间曾在园区食堂就餐。"
    assert ("address", "滨湖人才公寓C2栋1503室") in _found(text)


@pytest.mark.parametrize("text", ["附：军代表室联系电话0731-8860725（保密机）。",
                                  "值班红机：6621，紧急情况直接报告。"])
def test_a_secure_lines_number_is_a_defence_detail(text: str) -> None:
    assert any(r == "national_security.secure_line" for r, _ in _rules(text))


@pytest.mark.parametrize(("text", "name"), [
    ("四年级学生达瓦扎西与同学在宿舍打闹时摔伤，已送县医院。", "达瓦扎西"),
    ("伤者住院期间由其妻卓玛措陪护，费用由保险公司先行垫付。", "卓玛措"),
    ("申请人：才让多杰\n身份证号：632122198803150015", "才让多杰"),
])
def test_tibetan_names_have_no_surname(text: str, name: str) -> None:
    assert ("person_name", name) in _found(text)


def test_words_that_hold_a_tibetan_name_part_are_no_names() -> None:
    text = "各地要增加措施，提高水平措施的针对性。村民代表会议讨论通过。"
    assert not [t for s, t in _found(text) if s == "person_name"]


@pytest.mark.parametrize(("text", "address"), [
    ("信访人住址：城南区机械路街道工人村二区8号楼3单元502室，联系电话13907315521。",
     "工人村二区8号楼3单元502室"),
    ("网格员发现独居老人王某某家中矿工新村西区5排11号屋顶漏雨，已协调维修。",
     "矿工新村西区5排11号"),
    ("来电人反映其家住向阳新村7排3号，邻居私搭乱建。", "向阳新村7排3号"),
])
def test_sections_and_rows_of_a_workers_village_are_addresses(text: str, address: str) -> None:
    assert any(s == "address" and address in t for s, t in _found(text))


def test_the_name_before_a_home_is_not_part_of_its_address() -> None:
    text = "网格员发现独居老人王某某家中矿工新村西区5排11号屋顶漏雨，已协调维修。"
    assert not any(s == "address" and "王某某" in t for s, t in _found(text))


def test_a_hotline_tickets_caller_number_is_private_without_an_area_code() -> None:
    text = "（四）工单号BY2025062800871。来电号码：62741906。来电人反映邻居占用消防通道。"
    assert ("landline", "62741906") in _found(text)


@pytest.mark.parametrize(("text", "name"), [
    ("1．某矿业公司原掘进工贺满仓，男，67岁，诊断为煤工尘肺叁期。", "贺满仓"),
    ("家属认为主刀医生聂振东术中操作不当，多次到医院聚集。", "聂振东"),
    ("本人2023年曾患甲状腺癌。配偶宁文娟在某房地产公司任财务主管。", "宁文娟"),
])
def test_a_worker_by_trade_a_surgeon_after_a_verb_and_a_spouse_are_named(
        text: str, name: str) -> None:
    assert ("person_name", name) in _found(text)


def test_a_condition_of_the_person_under_investigation_is_private() -> None:
    text = "经市精神卫生中心评估，被调查人存在中度抑郁情绪，自我评价低。"
    assert any(s == "health" for s, _ in _found(text))


@pytest.mark.parametrize(("text", "name"), [
    ("辖区现有社区矫正对象9人，其中潘向东（因交通肇事罪被判处缓刑）6月未按时报到。", "潘向东"),
    ("欠薪线索中，农民工熊建设，男，反映被拖欠工资2.3万元。", "熊建设"),
])
def test_one_of_those_counted_and_given_names_that_are_words(text: str, name: str) -> None:
    assert ("person_name", name) in _found(text)


def test_advice_to_groups_of_patients_is_no_ones_condition() -> None:
    text = "温馨提示：井下体验项目不适合心脏病、高血压患者及12周岁以下儿童参加。"
    assert not [t for s, t in _found(text) if s == "health"]


@pytest.mark.parametrize(("rule", "text"), [
    pytest.param(
        "investigation.coercive_measure",
        "（三）第二网格居民陶桂香之子陶志刚因涉嫌危险驾驶已被取保候审，社区注意工作方式。",
        id="a_coercive_measure_against_a_resident_is_an_open_case"),
    pytest.param(
        "law_prohibited.minor_in_group",
        "团伙成员之一韦某某系未满18周岁的在校学生，负责收购银行卡。",
        id="a_minor_in_a_gang_is_forbidden_to_disclose"),
    pytest.param(
        "law_prohibited.drug_treatment",
        "4. 覃秀英户入户核查时发现其子罗某因吸毒正在强制隔离戒毒，家中无其他劳动力。",
        id="a_named_familys_drug_treatment_is_forbidden_to_disclose"),
    pytest.param(
        "process_info.disagreement",
        "会上，市财政局与市交通局对补贴标准分歧较大，待下次会议再议。",
        id="a_drafting_bodys_divided_opinion_is_still_one"),
    pytest.param(
        "state_secret.survey_coordinates",
        ("附表列出全部监测点成果，示例：K-021　X＝3196532.418　Y＝38609214.775　"
         "H＝412.364。"),
        id="a_control_points_coordinates_are_a_surveying_secret"),
    pytest.param(
        "internal_affairs.readers_only",
        "本报告仅供集团领导班子和市住建局、市应急管理局分管负责同志参阅。",
        id="a_long_list_of_readers_still_limits_a_paper"),
])
def test_rule_fires(rule: str, text: str) -> None:
    """The rule finds the private or withheld fact."""
    assert any(r == rule for r, _ in _rules(text))


@pytest.mark.parametrize(("rule", "text"), [
    pytest.param(
        "investigation.coercive_measure",
        "警示教育典型案例：某县原局长因涉嫌受贿被留置，经审理被判处有期徒刑五年。",
        id="a_coercive_measure_in_a_warning_case_stays_unflagged"),
    pytest.param(
        "law_prohibited.minor_in_group",
        "资助对象为未满18周岁的在校学生，具体条件按规定执行。",
        id="the_age_limit_of_a_programme_is_no_minor_in_a_case"),
    pytest.param(
        "law_prohibited.drug_treatment",
        "全年依法对126名吸毒人员实施强制隔离戒毒，社区戒毒执行率达98%。",
        id="drug_treatment_figures_of_a_work_report_stay_unflagged"),
    pytest.param(
        "national_security.secure_line",
        "严禁使用普通电话谈论涉密事项，涉密事项须通过保密电话联系。",
        id="a_rule_about_secure_phones_stays_unflagged"),
    pytest.param(
        "process_info.disagreement",
        "案例一：患者张某在某医院术后发生切口感染，双方对赔偿金额分歧较大，经调解达成协议。",
        id="parties_disagreeing_about_their_claims_is_no_drafting_dispute"),
    pytest.param(
        "state_secret.survey_coordinates",
        "宗地界址点坐标：J1 X＝3196532.41 Y＝38609214.77，出让面积12.5亩。",
        id="a_land_parcels_corners_are_published_coordinates"),
    pytest.param(
        "intellectual_property.unpublished_work",
        "（二）是否含有涉密的测绘成果、坐标数据和未公开的地质资料；",
        id="a_review_checklist_names_no_unpublished_work"),
    pytest.param(
        "trade_secret.technology",
        ("3  某耐材科技有限公司  一种低导热镁铝尖晶石砖及其制备方法  ZL 2023 1 1290357.X  2."
         "0"),
        id="a_granted_patents_title_and_number_are_no_trade_secret"),
])
def test_rule_stays_quiet(rule: str, text: str) -> None:
    """The published counterpart the rule must leave alone."""
    assert not any(r == rule for r, _ in _rules(text))
