"""Round 19: a watched person listed by number (1.某某，男，…, 身份证号…), an injured worker
whose body part follows the name (某某右股骨骨折), a disability's kind and grade as a list's
column writes it (肢体一级), a person's own house by where it lies (其位于…的老房子), and a
caller's landline followed by an office's sentence."""

from __future__ import annotations

import pytest

from tests.helpers.scanning import SCANNER
from workbench.core.attributes import DisclosureAttribute
from workbench.extraction import extract


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


def test_a_diagnosis_of_a_person_written_as_mou_outweighs_the_rule_the_sentence_applies(
        ) -> None:
    text = ("三、需重点研究的人员\n1.综合科科员冉某，全年病假累计97天（经医院诊断为双相情感障碍，"
            "目前仍在治疗），按规定病假超过半年不定等次。")
    assert ("health", "双相情感障碍") in _found(text)


def test_an_infected_persons_status_is_private_and_forbidden_by_the_regulations() -> None:
    text = ("调取的病历显示，该院将参保人祝某某的诊断改记为肺部感染住院治疗，"
            "而病历首页显示其为HIV感染者。")
    categories = {h.category.value for h in SCANNER.scan_text(text) if h.text == "HIV感染者"}
    assert categories == {"personal_privacy", "law_prohibited"}


def test_a_bidders_build_up_quoted_in_a_reply_to_a_challenge_is_a_trade_secret() -> None:
    text = ("关于某系统采购项目质疑的答复函\n"
            "评标委员会要求中标供应商提供书面说明。其成本说明显示：软件部分只计取实施成本，"
            "报价为186.20万元；终端设备单价为每套7.45万元，较市场价低约15%；"
            "项目管理费率按4.5%计取，利润率为6.2%。")
    found = [(s, t) for s, t in _found(text) if s == "cost_price"]
    texts = " ".join(t for _, t in found)
    for figure in ("186.20万元", "7.45万元", "4.5%", "6.2%"):
        assert figure in texts


def test_an_award_notice_publishes_its_rates() -> None:
    text = ("某项目中标结果公告\n评标委员会推荐第一中标候选人。中标价为986.50万元，"
            "其中设备中标单价为每套7.45万元，费率为4.5%。")
    assert not [t for t in _found(text) if t[0] == "cost_price"]


def test_a_press_conference_on_closed_work_is_published_with_its_case_words_masked() -> None:
    text = ("某市公安局召开国际禁毒日新闻发布会\n"
            "一年来，全市公安机关共破获毒品刑事案件46起，抓获犯罪嫌疑人71名。其中，"
            "水上分局侦破一起贩毒案，对7名犯罪嫌疑人立案侦查，目前案件已移送审查起诉。\n"
            "发布会介绍，毒品犯罪呈现出新的特点。一是寄递贩毒比例上升。二是新型毒品伪装性强。"
            "市禁毒办今年将在全市中小学开展禁毒第一课。市民可拨打110举报涉毒线索。")
    result = SCANNER.scan(extract(text.encode(), "fabuhui.txt"))
    assert result.suggestion.attribute is DisclosureAttribute.PROACTIVE


def test_a_mark_named_as_a_pretext_marks_nothing() -> None:
    text = ("经审查确认不涉及国家秘密的，要及时公开，不得以“内部文件”为由一律不予公开。")
    assert not [t for t in _found(text) if t[0] == "internal_mark"]


@pytest.mark.parametrize("text, condition", [
    ("说明：1．第4号隋晓鹏，体检复检结论为乙肝表面抗原阳性、肝功能正常，按照现行体检通用标准判定为合格。",
     "乙肝"),
    ("镇人民政府综合岗原拟录用人员因体检发现慢性肾功能不全三期，体检不合格，按规定由第二名递补。",
     "慢性肾功能不全三期"),
])
def test_one_candidates_check_up_result_is_health_whatever_standard_judges_it(
        text: str, condition: str) -> None:
    assert ("health", condition) in _found(text)


def test_a_lost_finger_is_an_injury_and_lost_papers_are_not() -> None:
    found = _found("退役军人韦某某，男，执行任务时受伤，致右手食指、中指缺失，评定为因公七级。"
                   "另查，该局部分档案资料缺失，数据缺损严重。")
    conditions = [t for s, t in found if s == "health"]
    assert "中指缺失" in conditions
    assert not [t for t in conditions if "资料" in t or "数据" in t]


@pytest.mark.parametrize("address", ["矿区街道新华社区9委5栋1单元102室", "机厂街道重机二委14栋"])
def test_a_residents_committee_number_opens_a_home_address(address: str) -> None:
    text = f"信访人杜某某，家住东岗县{address}，多次到市上访。"
    assert ("address", f"东岗县{address}") in _found(text)


@pytest.mark.parametrize("text, price", [
    ("该企业与某矿业集团签订的长协电煤价格为每吨712元，低于市场价。", "价格为每吨712元"),
    ("审计发现，其土方实际成本为每立方米18元，结算单价为每立方米42元。", "实际成本为每立方米18元"),
    ("双方签订的年度供货协议约定单价每吨3,420元。", "约定单价每吨3,420元"),
])
def test_a_price_one_company_agreed_with_another_is_a_trade_secret(text: str, price: str) -> None:
    assert ("cost_price", price) in _found(text)


@pytest.mark.parametrize("text", [
    "经成本监审，县城供水单位定价成本为每立方米3.12元。",
    "村集体将荒山发包用于种植果林，发包价格每亩每年80元。",
    "本周全市猪肉零售价格为每公斤26.4元，价格监测显示环比下降。",
    "中标结果公告：中标供应商为某建材公司，中标单价为每吨486元。",
])
def test_a_price_an_office_sets_or_watches_is_no_secret(text: str) -> None:
    assert not [t for t in _found(text) if t[0] == "cost_price"]


def test_a_degree_sign_folds_to_lower_case_like_every_ascii_letter() -> None:
    from workbench.scanning.normalize import NormalizedText

    assert NormalizedText.of("42℃、５０ＭＰａ").folded == "42°c、50mpa"


def test_a_reaction_temperature_is_not_read_as_a_rule_that_says_should() -> None:
    text = ("企业正在申请、尚未公开的发明专利的核心参数为：反应温度35～42℃，停留时间18秒。")
    assert [h for h in SCANNER.scan_text(text)
            if h.rule == "intellectual_property.process_conditions"]


@pytest.mark.parametrize("text, setting", [
    ("经查，该公司浸出车间脱溶塔温度长期设定为98℃，存在安全隐患。", "脱溶塔温度长期设定为98°c"),
    ("该企业腌制工艺为食盐添加比例3.2%、发酵温度12℃、发酵周期38天。", "发酵周期38天"),
])
def test_one_setting_of_a_companys_process_is_technical_information(
        text: str, setting: str) -> None:
    from workbench.scanning.normalize import NormalizedText

    found = [NormalizedText.of(t).folded for s, t in _found(text) if s == "technology"]
    assert setting in found


@pytest.mark.parametrize("text", [
    "供暖期间，居民室内温度控制在18℃以上，供热企业要加强巡查。",
    "该生入校晨检时体温为37.8℃，已按规定通知家长。",
])
def test_a_room_or_body_temperature_is_no_process(text: str) -> None:
    assert not [t for t in _found(text) if t[0] == "technology"]


def test_an_hiv_status_is_masked_under_both_grounds_without_withholding_the_list() -> None:
    text = ("2024年第二季度医疗救助对象公示\n"
            "序号\t姓名\t所在社区\t救助事由\t救助金额（元）\n"
            "1\t覃某某\t城东社区\t确证为HIV抗体阳性，机会性感染住院\t8,200\n"
            "2\t黎某某\t城西社区\t脑梗死住院\t5,600\n"
            "公示期5个工作日。对公示对象有异议的，请向区医保局反映。")
    result = SCANNER.scan(extract(text.encode(), "jiuzhu.txt"))
    hiv = {h.category.value for h in result.hits if "HIV" in h.text}
    assert hiv == {"personal_privacy", "law_prohibited"}
    assert result.suggestion.attribute is DisclosureAttribute.PROACTIVE
    assert result.suggestion.needs_redaction


def test_a_condition_on_a_record_line_broken_inside_its_id_number_is_the_persons() -> None:
    text = ("一、新增补贴对象\n1．祁玉珍，女，身份证号238201195907\n"
            "124029，残疾类别及等级：视力残疾一级，补贴类别：重度残疾人护理补贴，月补贴标准120元。")
    assert ("health", "视力残疾一级") in _found(text)


@pytest.mark.parametrize("text", [
    "建议为在校学生统一购买人身意外伤害保险。",
    "60岁以上老年人、慢性病患者（如高血压、糖尿病、慢性阻塞性肺疾病患者）等重点人群建议接种疫苗。",
])
def test_an_accident_policy_or_a_list_of_examples_is_no_ones_condition(text: str) -> None:
    assert not [t for t in _found(text) if t[0] == "health"]


def test_kinds_of_children_are_no_names() -> None:
    text = "各校要重点关注留守儿童、单亲家庭儿童和隔代监护儿童，落实防溺水包保责任。"
    assert not [t for t in _found(text) if t[0] == "person_name"]


@pytest.mark.parametrize("text, address", [
    ("楼上住户（经核实为11栋2单元401室住户郝某某）在阳台违规搭建阳光房。", "11栋2单元401室"),
    ("遇难学生家住冰湖镇兴林街东段养路段家属房3排5号。", "冰湖镇兴林街东段养路段家属房3排5号"),
])
def test_a_households_flat_or_a_works_house_is_a_home(text: str, address: str) -> None:
    assert ("address", address) in _found(text)


@pytest.mark.parametrize("text, name", [
    ("讨薪农民工代表王春来（河南籍，身份证号410522199107304833）对处理结果表示满意。", "王春来"),
    ("投诉人之一姚德利因饮用过期牛奶后出现急性肠胃炎就医。", "姚德利"),
    ("对曾因非法越境被处理的边民肖长林等3人，由村护边员每周走访一次。", "肖长林"),
])
def test_a_name_ending_in_lai_one_of_the_complainants_a_border_villager(
        text: str, name: str) -> None:
    assert ("person_name", name) in _found(text)


def test_border_trade_names_nobody() -> None:
    assert not _found("全市边民互市贸易额增长12%，渔民人均收入稳定增长。")


@pytest.mark.parametrize("text, name", [
    ("案例一：驼铃街道居民热依拉·艾买提（女，43岁），4月确诊为乳腺癌（Ⅲ期）。", "热依拉·艾买提"),
    ("病例1：艾山·买买提，男，52岁，牧民，4月8日出现发热、多汗。", "艾山·买买提"),
    ("清真寺管委会主任艾则孜·托合提因肝硬化晚期已不能正常履职。", "艾则孜·托合提"),
])
def test_a_name_whose_parts_a_middle_dot_joins(text: str, name: str) -> None:
    assert ("person_name", name) in _found(text)


def test_a_dotted_foreign_authors_name_in_prose_is_no_private_person() -> None:
    assert not _found("本届读书节特邀嘉宾为列夫·托尔斯泰研究会代表，讲座面向全体市民。")


def test_an_informant_is_a_private_person_too() -> None:
    found = _found("本线索最初来源于城投集团财务部员工郝晓燕的实名举报，要求对其身份严格保密。")
    assert ("person_name", "郝晓燕") in found and ("informant", "郝晓燕") in found


def _attribute(text: str) -> DisclosureAttribute:
    return SCANNER.scan(extract(text.encode(), "draft.txt")).suggestion.attribute


_BODY = ("经会同有关部门认真研究，现答复如下。一是加强巡查，二是完善台账。三是落实经费保障。"
         "四是开展宣传活动。感谢您对我们工作的关心和支持。")


@pytest.mark.parametrize("title", ["某市自然资源局关于市人大五次会议第0112号建议的答复",
                                   "某县民政局关于县政协十届三次会议第0412号提案的答复",
                                   "某县人民政府第18次常务会议纪要\n（公开版）"])
def test_a_reply_to_a_deputy_or_a_public_version_is_published_with_a_request_it_quotes(
        title: str) -> None:
    text = (f"{title}\n\n{_BODY}我局已于4月向市政府报送《关于将专项经费纳入市级财政预算的"
            "请示》。\n")
    assert _attribute(text) is DisclosureAttribute.PROACTIVE


def test_a_result_the_deciding_body_has_not_passed_is_a_stage_of_the_decision() -> None:
    text = ("2025年度市直单位绩效考核初评结果\n（内部讨论用，未经市考核委员会审定）\n"
            "一、初评等次。市统计局与市审计局并列第3名，建议协调确定。\n")
    assert _attribute(text) is DisclosureAttribute.WITHHELD


def test_a_breach_without_approval_is_no_draft() -> None:
    text = "经查，该公司未经批准擅自占用林地，未经县委常委会研究的事项一律不得上会。"
    assert not [t for t in _found(text) if t[0] == "draft"]


def test_a_case_still_being_examined_is_an_open_case() -> None:
    text = ("某税务局稽查局2025年上半年案件查处情况通报\n"
            "该公司涉嫌接受虚开增值税专用发票212份，目前正在检查中，尚未作出处理决定。\n")
    assert [h for h in SCANNER.scan_text(text) if h.rule == "investigation.ongoing_case"]


@pytest.mark.parametrize("title", ["某县市场监督管理局\n依申请提供政府信息材料",
                                   "某村集体“三资”清查结果报告（依申请提供）",
                                   "某市医疗纠纷人民调解委员会\n人民调解协议书"])
def test_a_paper_made_for_an_applicant_or_the_parties_is_released_on_request(
        title: str) -> None:
    text = f"{title}\n\n{_BODY}\n"
    result = SCANNER.scan(extract(text.encode(), "draft.txt"))
    assert result.suggestion.attribute is DisclosureAttribute.ON_REQUEST
    assert result.suggestion.needs_redaction


def test_a_guide_to_relief_on_application_is_published() -> None:
    text = f"某市医疗救助申请办事指南\n事项名称：医疗救助（依申请救助）\n{_BODY}\n"
    assert _attribute(text) is DisclosureAttribute.PROACTIVE
