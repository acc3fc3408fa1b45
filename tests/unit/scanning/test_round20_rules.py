"""Round 20: a private person's name wherever it stands again, a condition in a sentence that
names such a person, a mailbox after a grouped card number, results that still await their
committee, what a paper forbids telling ahead, and words that only look like conditions."""

from __future__ import annotations

import pytest

from tests.helpers.scanning import SCANNER, suggest
from tests.helpers.scanning import rule_texts as _rules
from tests.helpers.scanning import subtype_texts as _found
from workbench.core.attributes import DisclosureAttribute
from workbench.scanning.facts import is_concrete


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


def test_the_mailbox_a_citizen_wrote_from_is_private() -> None:
    text = "工单号GD2025001：市民邝先生通过电子邮件（kuangxs_88@qq.com）反映，其被拖欠工资。"
    assert ("email", "kuangxs_88@qq.com") in _found(text)


def test_a_mailbox_the_public_is_invited_to_write_to_is_not() -> None:
    text = "市民如有意见，可通过电子邮件（rxbgs_2025@163.com）反映。"
    assert not [t for t in _found(text) if t[0] == "email"]


def test_a_person_checked_and_diagnosed_is_named() -> None:
    text = "筛查发现强阳性反应者5人，其中班主任祁立新经进一步检查诊断为结核潜伏感染，已服药。"
    found = _found(text)
    assert ("person_name", "祁立新") in found
    assert any(s == "health" and "结核潜伏感染" in t for s, t in found)


def test_a_name_then_has_then_a_condition_names_the_patient() -> None:
    text = "2.韦永斌病情复发，夜间在楼道内叫喊。韦永斌有精神分裂症病史十余年，近两月自行停药。"
    found = _found(text)
    assert ("person_name", "韦永斌") in found
    assert any(s == "health" and "精神分裂症" in t for s, t in found)


def test_this_week_after_a_name_is_no_part_of_it() -> None:
    names = [t for s, t in _found("3.社区矫正对象黎磊本周按时到司法所报到。") if s == "person_name"]
    assert names == ["黎磊"]


def test_an_address_starts_after_the_visit() -> None:
    text = "网格员周三下午走访沙坝路47号附2号独居老人韦桂芝（83岁），其女儿电话13312457806。"
    addresses = [t for s, t in _found(text) if s == "address"]
    assert all(not t.startswith("网格员") for t in addresses)


@pytest.mark.parametrize("text", [
    "四至范围为：东至新坪大道，西至高坡村三组山脚，南至落塘河北岸。",
    "联系单位：市委组织部干部监督科\n地址：城东区凤鸣路1号市委大院2号楼305室",
])
def test_land_bounds_and_an_office_compound_are_no_home(text: str) -> None:
    assert not [t for t in _found(text) if t[0] == "address"]


def test_a_pupils_duty_is_no_name() -> None:
    assert not [t for t in _found("出现症状的学生应居家休息，症状消失72小时后再返校。")
                if t[0] == "person_name"]


def test_a_granted_patents_title_is_no_trade_secret() -> None:
    text = "例如，已转化应用的“一种磷石膏基胶凝材料及其制备方法”（专利号ZL202310456789.1）。"
    assert not [r for r, _ in _rules(text) if r.startswith("trade_secret")]


def test_a_third_partys_refusal_in_a_reply_is_no_deliberation() -> None:
    text = "本机关书面征求了第三方意见，其中被征收人韦德贵明确表示不同意公开。"
    rules = _rules(text)
    assert not [r for r, _ in rules if r == "process_info.disagreement"]
    assert ("personal_privacy.person_name", "韦德贵") in rules


def test_one_mention_of_hiv_elsewhere_makes_no_patient_infected() -> None:
    text = ("案例一：患者蒙春花（女，56岁）行胆囊切除术后出现胆漏。\n" + "调解经过略。" * 40 +
            "\n案例三：患者潘海涛术前检测HIV抗体确证阳性，医院未通知手术团队。")
    rules = _rules(text)
    assert ("law_prohibited.hiv_named_person", "患者蒙春花") not in rules
    assert any(r.startswith("law_prohibited.hiv") and "HIV" in t for r, t in rules)
    suggestion = suggest(text)
    assert suggestion is not None
    assert suggestion.attribute is DisclosureAttribute.PROACTIVE
    assert suggestion.needs_redaction


def test_a_poisoning_incident_is_no_ones_condition() -> None:
    assert not [t for t in _found("某化工公司发生一起硫化氢中毒事故，造成2人受伤。")
                if t[0] == "health"]


def test_a_penalty_decision_is_published_with_its_findings_masked() -> None:
    text = ("城东区应急管理局\n行政处罚决定书\n\n当事人：某化工有限公司\n"
            "经查，一是萃取槽区域可燃气体报警器已停用；二是新入职操作人员未经培训即上岗。"
            "依据《中华人民共和国安全生产法》第九十九条，决定罚款5万元。\n")
    suggestion = suggest(text)
    assert suggestion is not None
    assert suggestion.attribute is DisclosureAttribute.PROACTIVE


def test_a_special_report_to_the_leaders_is_withheld() -> None:
    text = ("县卫生健康局\n专　报\n第3期\n\n关于某村人间布病疫情的报告\n\n县委、县政府：\n"
            "10月9日，某村发现疑似病例2例，已隔离治疗。现将有关情况报告如下。\n")
    assert "process_info.special_report" in [r for r, _ in _rules(text)]
    suggestion = suggest(text)
    assert suggestion is not None
    assert suggestion.attribute is DisclosureAttribute.WITHHELD


def test_setting_up_special_reports_is_no_special_report() -> None:
    text = "各乡镇要建立舆情专报制度，重大情况及时报告。"
    assert "process_info.special_report" not in [r for r, _ in _rules(text)]


def test_notifiable_infections_and_oedema_are_conditions() -> None:
    text = "村民吴正兴（男，52岁）因右前臂出现黑色焦痂、周围水肿就诊；其妻龙秀花为疑似肺炭疽。"
    conditions = [t for s, t in _found(text) if s == "health"]
    assert any("水肿" in t for t in conditions)
    assert any("炭疽" in t for t in conditions)


@pytest.mark.parametrize("text, piece", [
    ("经核查，该工地夜间仅安排保安2名，巡更时间为22:00、1:00、4:00三次。", "22:00"),
    ("目前巡查队在码头一带的巡查时间为每天10:00、15:00、19:30三个班次。", "10:00"),
    ("码头一带20:00以后至次日7:00无人值守，这是巡查的空档。", "无人值守"),
])
def test_when_a_site_is_patrolled_or_left_alone_is_public_safety(text: str, piece: str) -> None:
    assert any(r.startswith("public_safety") and piece in t for r, t in _rules(text))


@pytest.mark.parametrize("text", [
    "政务服务大厅办公时间为9:00—12:00、13:30—17:00。",
    "景区开放时间为8:00，最后入园时间为16:30。",
])
def test_opening_hours_are_no_patrol_times(text: str) -> None:
    assert not [r for r, _ in _rules(text) if r.startswith("public_safety")]


def test_a_leaders_itinerary_in_a_guard_plan_is_a_state_secret() -> None:
    text = "一、任务概况\n省领导同志拟于2026年3月18日上午10:20乘专机抵达市机场，随后视察开发区。"
    assert "state_secret.leader_itinerary" in [r for r, _ in _rules(text)]


def test_a_visit_told_after_it_is_no_itinerary() -> None:
    text = "省领导同志已于3月18日圆满完成在我市的视察活动。"
    assert "state_secret.leader_itinerary" not in [r for r, _ in _rules(text)]


def test_the_car_the_guarded_person_rides_in_is_public_safety() -> None:
    text = "车队共9辆，领导同志乘坐第3辆车，前导车由交警支队负责。"
    assert "public_safety.guarded_car" in [r for r, _ in _rules(text)]


def test_a_post_proposed_before_the_decision_is_internal_affairs() -> None:
    text = "社会事务办主任岗位空缺，拟推荐韦丽娟同志任社会事务办主任，人选尚在酝酿。"
    assert "internal_affairs.proposed_appointment" in [r for r, _ in _rules(text)]


@pytest.mark.parametrize("text", [
    "拟提拔职务的任职条件按《党政领导干部选拔任用工作条例》执行。",
    "任前公示\n韦丽娟，女，1985年3月生，拟推荐韦丽娟同志任社会事务办主任。公示期5个工作日。",
])
def test_appointment_rules_and_notices_are_no_deliberation(text: str) -> None:
    assert "internal_affairs.proposed_appointment" not in [r for r, _ in _rules(text)]


@pytest.mark.parametrize("text, name", [
    ("事故暴露出管理漏洞：死者为该矿运输区工人马长福，矿方与家属私下达成赔偿协议。", "马长福"),
    ("另一骨干成员谢丽芬（退休教师）负责联络其他楼盘业主联合行动。", "谢丽芬"),
    ("其中工人阿卜杜热依木·买买提（男，34岁）已领取欠薪。",
     "阿卜杜热依木·买买提"),
])
def test_workers_and_members_named_by_their_role(text: str, name: str) -> None:
    assert ("person_name", name) in _found(text)


@pytest.mark.parametrize("text", [
    "二、独居老人关爱走访情况\n街道现有独居老人86人。",
    "优先对象（含重度残疾人家庭、环卫工人、公交司机等）7户先行选房。",
    "4.一名驾驶员周末私自使用公车接送家属，已责令退还油费。",
])
def test_words_after_a_role_are_no_names(text: str) -> None:
    assert not [t for t in _found(text) if t[0] == "person_name"]


@pytest.mark.parametrize("text", [
    "专家组引用了某农业大学课题组尚未发表的香气组分检测数据。",
    "申报书附《路径规划算法说明》（该算法尚未公开，亦未申请专利）。",
    "附件节选了《港口岸电系统设计图集》（某设计院编制，未公开发行）图纸12张。",
])
def test_a_third_partys_unpublished_work_is_intellectual_property(text: str) -> None:
    assert "intellectual_property.unpublished_work" in [r for r, _ in _rules(text)]


@pytest.mark.parametrize("text", [
    "该项目未公开招标，违反了政府采购法。",
    "对应公开未公开的政府信息，要及时补充公开。",
])
def test_procedure_that_was_not_public_is_no_work(text: str) -> None:
    assert "intellectual_property.unpublished_work" not in [r for r, _ in _rules(text)]


def test_a_landline_broken_after_its_hyphen_is_read_whole() -> None:
    text = ("序号\t姓名\t身份证号码\t联系电话\n"
            "3\t倪凤林\t41180219550207041X\t0387-\n6139082\n4\t丁树林\t（空）\t（空）")
    assert ("landline", "0387-\n6139082") in _found(text)


def test_the_next_rows_number_is_no_part_of_a_landline() -> None:
    text = ("序号\t姓名\t身份证号码\t联系电话\n"
            "1\t贾玉英\t41180219550207041X\t0387-6147295\n2\t柴秀莲\t（空）\t（空）")
    assert ("landline", "0387-6147295") in _found(text)


def test_the_mailbox_a_caller_sent_papers_from_is_private() -> None:
    text = "来电人反映不动产证迟迟未办理。来电人随后通过邮件lixiao_hq@qq.com补充了购房合同照片。"
    assert ("email", "lixiao_hq@qq.com") in _found(text)


def test_how_a_ledger_is_kept_is_no_limit_on_the_paper() -> None:
    text = ("关于市人大十届四次会议第0156号建议的答复\n\n"
            "各县区建立留守老人信息台账。台账只在乡镇民政部门和村委会之间流转，不对外公开。")
    assert "internal_affairs.distribution_limit" not in [r for r, _ in _rules(text)]


@pytest.mark.parametrize("text, name", [
    ("在车间内作业的操作工范志强来不及撤离，吸入大量氨气。", "范志强"),
    ("老人的侄子韩建军每月来院探望，院方已留存其电话15703871266。", "韩建军"),
    ("在学校附近巷道内殴打同校女生蒋思琪，并拍摄视频传播。", "蒋思琪"),
    ("其中，重点人员邝金海多次组织参与人到区政府聚集。", "邝金海"),
    ("发病养殖户为桂长林，住双井乡东湖村三组，存栏生猪86头。", "桂长林"),
])
def test_more_roles_name_private_persons(text: str, name: str) -> None:
    assert name in [t for s, t in _found(text) if s == "person_name"]


def test_a_role_ending_in_work_runs_on_into_a_word() -> None:
    text = "账面欠款主要为拖欠的渠道维修工程款，另有维修工程师上门服务费。"
    assert not [t for t in _found(text) if t[0] == "person_name"]


def test_a_chemical_burn_is_an_injury() -> None:
    text = "包装工马丽娟在疏散中被喷溅。马丽娟双眼角膜化学性灼伤，视力受损，已转院治疗。"
    assert any(s == "health" and "灼伤" in t for s, t in _found(text))


def test_one_matter_held_back_for_a_while_does_not_restrict_a_published_summary() -> None:
    text = ("某县人力资源和社会保障局\n2025年上半年劳务输出工作总结\n\n"
            "上半年全县输出劳动力3.2万人。经交涉，对方初步同意在7月底前办理12人的出境手续，"
            "交涉情况暂不对外发布。\n")
    suggestion = suggest(text)
    assert suggestion is not None
    assert suggestion.attribute is DisclosureAttribute.PROACTIVE


@pytest.mark.parametrize("text", [
    "该品系亲本组合为禾农紫3号×豫中旱糯518，尚在区域试验阶段。",
    "开发的分子标记引物序列为F：5'-AGCTTGCAGGTCACCGTAAC-3'。",
])
def test_a_breeders_unreleased_material_is_intellectual_property(text: str) -> None:
    assert "intellectual_property.breeding_material" in [r for r, _ in _rules(text)]


def test_a_variety_approval_notice_publishes_the_parents() -> None:
    text = "主要农作物品种审定公告\n审定编号：豫审麦2025001\n品种来源：亲本组合为周麦22×百农207。"
    assert "intellectual_property.breeding_material" not in [r for r, _ in _rules(text)]


def test_a_works_compound_with_one_building_is_a_home() -> None:
    text = "被执行人雷秀娟名下尚有银行卡被冻结，其住所为某县城关镇解放路东段南侧家属院3号楼。"
    assert any(s == "address" and "家属院3号楼" in t for s, t in _found(text))


def test_an_armed_forces_compound_is_no_home() -> None:
    text = "指挥部设于县城南大道人武部大院2号楼，值班电话由县人武部统一安排。"
    assert not [t for t in _found(text) if t[0] == "address"]


@pytest.mark.parametrize("text, number", [
    ("县法律援助中心工作人员回访时拨打的是他家的座机8716205。", "8716205"),
    ("第2户目前在医院附近租房，留的联系电话为0984—8217746（房东家座机），已通知签约。",
     "0984—8217746"),
])
def test_a_home_line_labelled_so_is_private_whatever_office_is_near(text: str,
                                                                    number: str) -> None:
    assert ("landline", number) in _found(text)


def test_a_school_named_after_a_nationality_is_no_citizen() -> None:
    text = ("学校名称            招生片区              咨询电话\n"
            "某市民族寄宿制中学            某市、钾城镇        0984-8216731")
    assert not [t for t in _found(text) if t[0] == "landline"]


def test_an_office_mailbox_under_a_bracketed_area_code_is_the_offices() -> None:
    text = "七、咨询投诉\n窗口咨询电话：(0984)8252110\n电子邮箱：yklg_ck@126.com\n投诉电话：12345"
    assert not [t for t in _found(text) if t[0] == "email"]


@pytest.mark.parametrize("text", [
    "意见中如涉及商业秘密，请以单独附件提供并注明，我局将依法处理。",
    "本通报只发布统计数据，不公开来电人个人信息。",
])
def test_what_a_notice_leaves_out_is_no_declaration(text: str) -> None:
    assert not [r for r, _ in _rules(text)
                if r in ("trade_secret.declared", "internal_affairs.distribution_line")]
