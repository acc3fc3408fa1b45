"""Round 22: Dai names, a mobile grouped 4-3-4, a private person's bracket listing several
numbers, and words that only looked like names or conditions in published notices."""

from __future__ import annotations

import pytest

from tests.helpers.scanning import rule_texts as _rules
from tests.helpers.scanning import subtype_texts as _found
from tests.helpers.scanning import suggest


@pytest.mark.parametrize("name", ["岩罕龙", "岩扁", "刀永福", "刀玉兰"])
def test_dai_names_are_names(name: str) -> None:
    text = f"3月4日，信访人{name}（住曼岭镇曼岗村四组12号）反映其承包地被占用。"
    assert ("person_name", name) in _found(text)


@pytest.mark.parametrize("word", ["岩石", "岩层", "刀具"])
def test_words_starting_with_a_dai_name_character_are_no_names(word: str) -> None:
    text = f"信访人反映{word}堆放影响通行，镇政府已安排清运。"
    assert not [t for s, t in _found(text) if s == "person_name"]


@pytest.mark.parametrize("number", ["1588 792 0318", "1588-792-0318"])
def test_a_mobile_grouped_four_three_four_is_a_mobile(number: str) -> None:
    text = f"重点人员黄兴发（手机 {number}）由派出所安排专人联系。"
    assert ("mobile", number) in _found(text)


def test_three_figures_of_a_table_row_are_no_mobile() -> None:
    text = "地区\t户数\t人数\t金额\t月均\n河西区\t987\t1650\t633\t1120\t804.3\n"
    assert not [t for s, t in _found(text) if s == "mobile"]


def test_a_landline_in_a_private_persons_bracket_after_a_mobile_is_private() -> None:
    text = ("举报人：何秀英（手机135-2870-8816，办公电话（0736）6123779），"
            "县城投公司职工。")
    assert ("landline", "（0736）6123779") in _found(text)


def test_an_offices_line_after_its_hotline_stays_unflagged() -> None:
    text = "咨询电话：12345，办公电话（0736）6123779，工作日受理。"
    assert not [t for s, t in _found(text) if s == "landline"]


@pytest.mark.parametrize("text", [
    "严禁诱导游客高价购买茶叶、玉石等商品。",
    "外地游客车辆请停放在县客运站临时停车场。",
])
def test_goods_and_vehicles_after_a_persons_word_are_no_names(text: str) -> None:
    assert not [t for s, t in _found(text) if s == "person_name"]


@pytest.mark.parametrize("text", [
    "请居民积极参与灭蚊，人人动手、清除积水。",
    "请居民及时清理家中积水，翻盆倒罐。",
    "居民反映小区暴雨后积水严重。",
])
def test_standing_water_is_no_condition(text: str) -> None:
    assert not [t for s, t in _found(text) if s == "health"]


def test_fluid_in_a_body_is_still_a_condition() -> None:
    text = "患者刘桂芝因胸腔积液住院治疗，现病情稳定。"
    assert [t for s, t in _found(text) if s == "health" and "积液" in t]


def test_a_hazard_points_responsible_person_is_a_published_duty() -> None:
    text = "全县地质灾害隐患点均已落实包保责任人、监测员、预警信号和撤离路线。"
    assert not [t for r, t in _rules(text) if r == "social_stability.person_watch"]


def test_a_stability_plans_responsible_person_is_still_flagged() -> None:
    text = "对12名重点人员逐一明确包保责任人，实行一对一稳控。"
    assert ("social_stability.person_watch", "包保责任人") in _rules(text)


def test_a_name_before_a_long_standing_condition_is_the_patients() -> None:
    text = "（二）四网格罗美珍，长期患有抑郁症，5月曾两次离家未归。"
    found = _found(text)
    assert ("person_name", "罗美珍") in found
    assert [t for s, t in found if s == "health" and "抑郁" in t]


def test_a_full_name_bracketed_after_its_mask_is_a_name() -> None:
    text = "案例一：产妇赵某某（赵金凤）在乡镇卫生院分娩后转至县人民医院。"
    assert ("person_name", "赵金凤") in _found(text)


def test_a_bracket_after_a_mask_with_another_surname_is_no_name() -> None:
    text = "案例一：产妇赵某某（王医生接诊）在乡镇卫生院分娩后转至县人民医院。"
    assert not [t for s, t in _found(text) if s == "person_name"]


def test_a_disability_whose_benefit_a_brother_collects_is_one_persons() -> None:
    text = "经办说明：第1人，精神残疾二级，长期居家服药，补贴由其兄代领。"
    assert ("health", "精神残疾二级") in _found(text)


def test_a_case_found_hiv_positive_in_a_tracing_is_flagged_under_both_grounds() -> None:
    text = ("病例2：玉光，女，69岁，6月11日确诊为登革热，流行病学调查中发现其系HIV感染者"
            "（已纳入抗病毒治疗），请收治医院做好防护。")
    rules = _rules(text)
    assert ("law_prohibited.hiv_person", "HIV感染者") in rules
    assert ("personal_privacy.hiv_status", "HIV感染者") in rules


def test_the_world_aids_day_still_lowers_an_hiv_mention() -> None:
    text = "12月1日世界艾滋病日，社区居民参加艾滋病防治宣传活动。"
    assert not [t for s, t in _found(text) if s == "health"]


@pytest.mark.parametrize("disease", ["恶性疟", "间日疟", "登革热"])
def test_an_imported_tropical_infection_of_a_named_case_is_a_condition(disease: str) -> None:
    text = f"病例1：岩罕三，男，41岁，边境务工返乡，6月4日确诊为{disease}，现隔离治疗。"
    assert [t for s, t in _found(text) if s == "health" and disease in t]


@pytest.mark.parametrize("text", [
    "近期从境外疟疾流行区返回的居民，出现发热症状时请及时就医。",
    "提醒市民：登革热通过伊蚊叮咬传播，不会人传人。",
])
def test_a_disease_among_people_is_no_ones_condition(text: str) -> None:
    assert not [t for s, t in _found(text) if s == "health"]


def test_a_drug_register_row_and_a_release_from_compulsory_treatment_are_flagged() -> None:
    text = ("社区戒毒管控台账\n姓名\t性别\t现住址\t类别\t备注\n"
            "李建军\t男\t江畔社区滨河巷16号\t社区戒毒，2024年9月起\t吸食甲基苯丙胺被责令社区戒毒三年\n"
            "2.段红梅系从强制隔离戒毒所解除后转入社区康复，本月尿检1次。")
    found = [t for r, t in _rules(text) if r == "law_prohibited.drug_treatment"]
    assert "吸食甲基苯丙胺被责令社区戒毒" in found
    assert "从强制隔离戒毒所解除" in found


def test_the_rule_of_community_treatment_names_no_one() -> None:
    text = "对从强制隔离戒毒所解除的人员，依法责令其接受社区康复。"
    assert not [t for r, t in _rules(text) if r == "law_prohibited.drug_treatment"]


def test_a_record_said_to_be_sealed_already_is_flagged() -> None:
    text = "六网格青少年刀某某（16岁），去年因寻衅滋事被判处缓刑，犯罪记录已依法封存。"
    assert ("law_prohibited.sealed_record", "犯罪记录已依法封存") in _rules(text)


@pytest.mark.parametrize("text", ["依法落实未成年人犯罪记录封存制度。",
                                  "对犯罪记录已封存的未成年人，不得出具有犯罪记录的证明。"])
def test_the_sealing_system_is_no_sealed_record(text: str) -> None:
    assert not [t for r, t in _rules(text) if r == "law_prohibited.sealed_record"]


def test_a_planned_layoff_is_flagged() -> None:
    text = "该公司反映，若下半年胶价不回升，拟于9月裁员150人。"
    assert ("social_stability.planned_layoff", "拟于9月裁员150人") in _rules(text)


def test_a_pending_penalty_and_a_transfer_to_a_named_police_bureau_are_flagged() -> None:
    rules = _rules("目前我局初步拟对涉事旅行社处10万元罚款，最终以处罚决定书为准。"
                   "相关证据已固定，拟移送县公安局进一步调查。")
    assert ("investigation.pending_penalty", "初步拟对涉事旅行社处10万元罚款") in rules
    assert ("investigation.planned_transfer", "拟移送县公安局") in rules


def test_a_penalty_already_decided_is_no_pending_penalty() -> None:
    text = "依据裁量基准，拟对当事人处以罚款的，应当告知其陈述申辩权利。"
    assert not [t for r, t in _rules(text) if r == "investigation.pending_penalty"]


def test_a_named_process_before_its_patent_is_published_is_flagged() -> None:
    text = "乙方以其尚未公开的“咖啡豆低温厌氧发酵工艺”（发明专利申请已受理）作为技术投入。"
    assert [t for r, t in _rules(text)
            if r == "intellectual_property.unpublished_application_prose"]


def test_a_reply_on_the_complainants_own_case_is_released_to_them() -> None:
    text = ("旅游投诉答复书\n\n王秀兰：\n    您反映的旅行社强迫购物问题，目前案件正在调查中，"
            "我局初步拟对涉事旅行社处10万元罚款，最终以处罚决定书为准。\n")
    suggestion = suggest(text)
    assert suggestion is not None
    assert suggestion.attribute.value == "on_request"
    assert suggestion.needs_redaction


@pytest.mark.parametrize("name", ["岩罕三", "李老三"])
def test_a_profiled_name_closed_by_a_birth_order_numeral_is_whole(name: str) -> None:
    text = f"病例1：{name}，男，41岁，边境务工返乡，现于县人民医院隔离治疗。"
    assert ("person_name", name) in _found(text)


def test_a_two_character_name_before_a_numeral_in_prose_stays_two() -> None:
    text = "病例2：玉光，女，69岁，三天前从境外探亲返回。"
    assert ("person_name", "玉光") in _found(text)


def test_a_bulletins_promise_not_to_print_single_respondents_is_no_hit() -> None:
    text = "本公报不公布单个统计调查对象的数据，所有数据均为汇总结果。"
    assert not [t for r, t in _rules(text) if r == "law_prohibited.statistics_subject"]


def test_an_expert_review_holding_an_applicants_secrets_goes_back_to_the_applicant() -> None:
    text = ("2025年工业企业技术改造专项资金项目\n专家评审意见\n\n"
            "项目名称：古树茶智能化生产线技术改造项目\n申报单位：曼岭茶业有限公司\n\n"
            "一、技术评审\n    企业提供的工艺说明显示，渥堆发酵温度控制在52—56℃、翻堆周期7天、"
            "发酵时长42天，该参数为企业核心工艺，企业申请保密。\n"
            "二、评审结论\n    同意该项目通过评审，建议给予补助。\n")
    suggestion = suggest(text)
    assert suggestion is not None
    assert suggestion.attribute.value == "on_request"
    assert suggestion.needs_redaction


def test_a_review_whose_title_carries_the_applicants_material_is_that_material() -> None:
    text = ("重大科技成果转化项目专家评审意见汇总（含企业提交技术资料摘要）\n\n"
            "项目名称：古树茶智能化生产线技术改造项目\n申报单位：曼岭茶业有限公司\n\n"
            "一、技术评审\n    企业提供的工艺说明显示，渥堆发酵温度控制在52—56℃、翻堆周期7天、"
            "发酵时长42天，该参数为企业核心工艺，企业申请保密。\n"
            "二、评审结论\n    同意该项目通过评审，建议给予补助。\n")
    suggestion = suggest(text)
    assert suggestion is not None
    assert suggestion.attribute.value == "withheld"


def test_a_comment_cut_before_publication_decides_nothing_but_a_redaction() -> None:
    body = ("职工安置方案\n    一、安置对象为五号井在册职工，经集团党委会研究、"
            "职工代表大会审议通过。\n    二、一次性安置费按工龄计发。\n")
    comment = ("    【批注（人力资源部）：井下工龄满20年职工一次性安置费上浮10%的意见"
               "尚未经集团党委会研究，正式稿发布前删除此段】\n")
    kept = suggest(body + comment)
    assert kept is not None
    assert kept.attribute.value == "proactive"
    assert kept.needs_redaction
    # the comment's hits are still shown, for the reviewer to cut
    assert [r for r, t in _rules(body + comment) if r.startswith("process_info.") and t in comment]


def test_the_same_remark_outside_a_cut_comment_still_withholds() -> None:
    text = ("职工安置方案\n    一、井下工龄满20年职工一次性安置费上浮10%的意见"
            "尚未经集团党委会研究。\n    二、一次性安置费按工龄计发。\n")
    suggestion = suggest(text)
    assert suggestion is not None
    assert suggestion.attribute.value == "withheld"


def test_an_offices_mailbox_named_by_its_work_is_no_private_mailbox() -> None:
    text = "报名期间遇技术问题，考生可发送邮件至ybjtzhaopin@163.com。"
    assert not [t for s, t in _found(text) if s == "email"]


def test_a_whistleblowers_mailbox_after_a_work_line_is_private() -> None:
    text = ("举报人叶明辉，系下游白泥村村民，在县自来水公司白泥水厂工作，"
            "单位电话0589-6342205转816，电子邮箱yeminghui1979@sina.com。")
    assert ("email", "yeminghui1979@sina.com") in _found(text)


def test_an_offices_mailbox_after_its_landline_stays_unflagged() -> None:
    text = "联系电话：0589-6342205，电子邮箱ybzwfw2024@163.com，工作日受理。"
    assert not [t for s, t in _found(text) if s == "email"]


def test_a_spokesman_for_complainants_is_named() -> None:
    text = "已退还预付款14.6万元。投诉人代表葛志勇反映的剩余款项仍在协调中。"
    assert ("person_name", "葛志勇") in _found(text)


def test_a_family_members_local_number_is_private() -> None:
    text = "2.雷玉秀由其孙子代为办理，家属联系电话：6358214（座机）。"
    assert ("landline", "6358214") in _found(text)


def test_lai_is_a_surname() -> None:
    text = "如柴窑村赖秋生（72岁）高血压合并脑梗死后遗症，长期卧床。"
    assert ("person_name", "赖秋生") in _found(text)



def test_a_party_told_where_to_turn_gets_the_offices_line() -> None:
    text = ("2.当事人认为公示信息不准确的，可向执法单位提出书面更正申请，"
            "联系电话：0589-6241263，通讯地址：窑埠县釉城街道窑神路77号。")
    assert not [t for s, t in _found(text) if s == "landline"]


def test_a_partys_own_line_is_still_private() -> None:
    text = "当事人李永华，住白泥镇泥塘村三组，联系电话：0589-6241263。"
    assert ("landline", "0589-6241263") in _found(text)


@pytest.mark.parametrize("text", ["片区内居民以老年人为主，基础设施老化，消防通道狭窄。",
                                  "村民反映该路段列入村内道路硬化计划后迟迟未动工。"])
def test_narrow_ways_and_road_works_are_no_conditions(text: str) -> None:
    assert not [t for s, t in _found(text) if s == "health"]


def test_a_punished_firms_missing_safeguard_is_a_published_violation() -> None:
    text = ("某陶瓷有限公司在隧道窑天然气管道未安装紧急切断装置的情况下组织生产，"
            "县应急管理局依法立案并处罚款5万元。")
    assert not [t for r, t in _rules(text) if r == "public_safety.missing_safeguards"]


def test_the_housing_a_published_allocation_offers_is_no_home_address() -> None:
    text = "居民申请公共租赁住房，本批次配租房源位于陶源公租房小区3栋，共计46套。"
    assert not [t for s, t in _found(text) if s == "address"]


def test_a_comment_about_checking_before_release_is_cut_too() -> None:
    text = ("医疗救助工作情况\n    一、上半年共救助困难群众1,286人次，支出救助资金412万元。\n"
            "    二、典型案例：某村一名白血病患儿经三重保障后个人负担大幅下降。\n"
            "【批注（县医保局办公室）：案例发布前请与当事人家属确认。】\n")
    suggestion = suggest(text)
    assert suggestion is not None
    assert suggestion.attribute.value == "proactive"


def test_an_opinion_to_keep_material_internal_is_no_mark() -> None:
    text = "企业提供的控制程序源代码尚未登记，建议作为内部资料留存。"
    assert not [t for r, t in _rules(text) if r == "state_secret.internal_mark"]


def test_a_mark_on_the_paper_is_still_a_mark() -> None:
    text = "内部资料\n注意保存\n\n关于2024年全县重点项目推进情况的通报\n"
    assert [t for r, t in _rules(text) if r == "state_secret.internal_mark"]
