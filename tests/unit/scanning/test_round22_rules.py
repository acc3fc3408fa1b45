"""Round 22: Dai names, a mobile grouped 4-3-4, a private person's bracket listing several
numbers, offices' mailboxes named by their work, pending penalties and planned layoffs, and
words that only looked like names, conditions or marks in published notices."""

from __future__ import annotations

import pytest

from tests.helpers.scanning import rule_texts as _rules
from tests.helpers.scanning import subtype_texts as _found
from tests.helpers.scanning import suggest

_SEALED = "六网格青少年刀某某（16岁），去年因寻衅滋事被判处缓刑，犯罪记录已依法封存。"
_PENDING = ("目前我局初步拟对涉事旅行社处10万元罚款，最终以处罚决定书为准。"
            "相关证据已固定，拟移送县公安局进一步调查。")
_REVIEW_BODY = ("项目名称：古树茶智能化生产线技术改造项目\n申报单位：曼岭茶业有限公司\n\n"
                "一、技术评审\n    企业提供的工艺说明显示，渥堆发酵温度控制在52—56℃、翻堆周期7天、"
                "发酵时长42天，该参数为企业核心工艺，企业申请保密。\n"
                "二、评审结论\n    同意该项目通过评审，建议给予补助。\n")
_PLAN_BODY = ("职工安置方案\n    一、安置对象为五号井在册职工，经集团党委会研究、"
              "职工代表大会审议通过。\n    二、一次性安置费按工龄计发。\n")
_PLAN_COMMENT = ("    【批注（人力资源部）：井下工龄满20年职工一次性安置费上浮10%的意见"
                 "尚未经集团党委会研究，正式稿发布前删除此段】\n")


@pytest.mark.parametrize(("subtype", "piece", "text"), [
    # Dai names: 刀 a surname, 岩 opening a man's name
    *(("person_name", name, f"3月4日，信访人{name}（住曼岭镇曼岗村四组12号）反映其承包地被占用。")
      for name in ("岩罕龙", "岩扁", "刀永福", "刀玉兰")),
    *(("mobile", number, f"重点人员黄兴发（手机 {number}）由派出所安排专人联系。")
      for number in ("1588 792 0318", "1588-792-0318")),
    ("landline", "（0736）6123779",
     "举报人：何秀英（手机135-2870-8816，办公电话（0736）6123779），县城投公司职工。"),
    ("person_name", "罗美珍", "（二）四网格罗美珍，长期患有抑郁症，5月曾两次离家未归。"),
    ("person_name", "赵金凤", "案例一：产妇赵某某（赵金凤）在乡镇卫生院分娩后转至县人民医院。"),
    ("health", "精神残疾二级", "经办说明：第1人，精神残疾二级，长期居家服药，补贴由其兄代领。"),
    # a profiled name closed by a birth-order numeral, and one that is not
    *(("person_name", name, f"病例1：{name}，男，41岁，边境务工返乡，现于县人民医院隔离治疗。")
      for name in ("岩罕三", "李老三")),
    ("person_name", "玉光", "病例2：玉光，女，69岁，三天前从境外探亲返回。"),
    ("email", "yeminghui1979@sina.com",
     ("举报人叶明辉，系下游白泥村村民，在县自来水公司白泥水厂工作，"
      "单位电话0589-6342205转816，电子邮箱yeminghui1979@sina.com。")),
    ("person_name", "葛志勇", "已退还预付款14.6万元。投诉人代表葛志勇反映的剩余款项仍在协调中。"),
    ("landline", "6358214", "2.雷玉秀由其孙子代为办理，家属联系电话：6358214（座机）。"),
    ("person_name", "赖秋生", "如柴窑村赖秋生（72岁）高血压合并脑梗死后遗症，长期卧床。"),
    ("landline", "0589-6241263", "当事人李永华，住白泥镇泥塘村三组，联系电话：0589-6241263。"),
])
def test_found(subtype: str, piece: str, text: str) -> None:
    assert (subtype, piece) in _found(text)


@pytest.mark.parametrize(("subtype", "fragment", "text"), [
    ("health", "积液", "患者刘桂芝因胸腔积液住院治疗，现病情稳定。"),
    ("health", "抑郁", "（二）四网格罗美珍，长期患有抑郁症，5月曾两次离家未归。"),
    *(("health", disease,
       f"病例1：岩罕三，男，41岁，边境务工返乡，6月4日确诊为{disease}，现隔离治疗。")
      for disease in ("恶性疟", "间日疟", "登革热")),
])
def test_a_hit_holds(subtype: str, fragment: str, text: str) -> None:
    assert [t for s, t in _found(text) if s == subtype and fragment in t]


@pytest.mark.parametrize(("subtype", "text"), [
    *(("person_name", f"信访人反映{word}堆放影响通行，镇政府已安排清运。")
      for word in ("岩石", "岩层", "刀具")),
    ("mobile", "地区\t户数\t人数\t金额\t月均\n河西区\t987\t1650\t633\t1120\t804.3\n"),
    ("landline", "咨询电话：12345，办公电话（0736）6123779，工作日受理。"),
    # goods and vehicles after a person's word
    ("person_name", "严禁诱导游客高价购买茶叶、玉石等商品。"),
    ("person_name", "外地游客车辆请停放在县客运站临时停车场。"),
    # standing water
    ("health", "请居民积极参与灭蚊，人人动手、清除积水。"),
    ("health", "请居民及时清理家中积水，翻盆倒罐。"),
    ("health", "居民反映小区暴雨后积水严重。"),
    ("person_name", "案例一：产妇赵某某（王医生接诊）在乡镇卫生院分娩后转至县人民医院。"),
    ("health", "12月1日世界艾滋病日，社区居民参加艾滋病防治宣传活动。"),
    # a disease among people
    ("health", "近期从境外疟疾流行区返回的居民，出现发热症状时请及时就医。"),
    ("health", "提醒市民：登革热通过伊蚊叮咬传播，不会人传人。"),
    ("email", "报名期间遇技术问题，考生可发送邮件至ybjtzhaopin@163.com。"),
    ("email", "联系电话：0589-6342205，电子邮箱ybzwfw2024@163.com，工作日受理。"),
    # a party told where to turn gets the office's line
    ("landline", ("2.当事人认为公示信息不准确的，可向执法单位提出书面更正申请，"
                  "联系电话：0589-6241263，通讯地址：窑埠县釉城街道窑神路77号。")),
    # narrow ways and road works
    ("health", "片区内居民以老年人为主，基础设施老化，消防通道狭窄。"),
    ("health", "村民反映该路段列入村内道路硬化计划后迟迟未动工。"),
    ("address", "居民申请公共租赁住房，本批次配租房源位于陶源公租房小区3栋，共计46套。"),
])
def test_not_found(subtype: str, text: str) -> None:
    assert not [t for s, t in _found(text) if s == subtype]


@pytest.mark.parametrize(("rule", "piece", "text"), [
    ("social_stability.person_watch", "包保责任人",
     "对12名重点人员逐一明确包保责任人，实行一对一稳控。"),
    ("law_prohibited.hiv_person", "HIV感染者",
     "病例2：玉光，女，69岁，流行病学调查中发现其系HIV感染者（已纳入抗病毒治疗）。"),
    ("personal_privacy.hiv_status", "HIV感染者",
     "病例2：玉光，女，69岁，流行病学调查中发现其系HIV感染者（已纳入抗病毒治疗）。"),
    ("law_prohibited.sealed_record", "犯罪记录已依法封存", _SEALED),
    ("social_stability.planned_layoff", "拟于9月裁员150人",
     "该公司反映，若下半年胶价不回升，拟于9月裁员150人。"),
    ("investigation.pending_penalty", "初步拟对涉事旅行社处10万元罚款", _PENDING),
    ("investigation.planned_transfer", "拟移送县公安局", _PENDING),
    ("intellectual_property.unpublished_application_prose",
     "尚未公开的“咖啡豆低温厌氧发酵工艺”（发明专利",
     "乙方以其尚未公开的“咖啡豆低温厌氧发酵工艺”（发明专利申请已受理）作为技术投入。"),
    ("state_secret.internal_mark", "内部资料",
     "内部资料\n\n关于2024年全县重点项目推进情况的通报\n"),
])
def test_rule_found(rule: str, piece: str, text: str) -> None:
    assert (rule, piece) in _rules(text)


@pytest.mark.parametrize(("rule", "text"), [
    ("social_stability.person_watch",
     "全县地质灾害隐患点均已落实包保责任人、监测员、预警信号和撤离路线。"),
    ("law_prohibited.drug_treatment", "对从强制隔离戒毒所解除的人员，依法责令其接受社区康复。"),
    ("law_prohibited.sealed_record", "依法落实未成年人犯罪记录封存制度。"),
    ("law_prohibited.sealed_record", "对犯罪记录已封存的未成年人，不得出具有犯罪记录的证明。"),
    ("investigation.pending_penalty",
     "依据裁量基准，拟对当事人处以罚款的，应当告知其陈述申辩权利。"),
    ("law_prohibited.statistics_subject",
     "本公报不公布单个统计调查对象的数据，所有数据均为汇总结果。"),
    ("public_safety.missing_safeguards",
     ("某陶瓷有限公司在隧道窑天然气管道未安装紧急切断装置的情况下组织生产，"
      "县应急管理局依法立案并处罚款5万元。")),
    ("state_secret.internal_mark", "企业提供的控制程序源代码尚未登记，建议作为内部资料留存。"),
])
def test_rule_not_found(rule: str, text: str) -> None:
    assert not [t for r, t in _rules(text) if r == rule]


def test_a_drug_register_row_and_a_release_from_compulsory_treatment_are_flagged() -> None:
    text = ("社区戒毒管控台账\n姓名\t性别\t现住址\t类别\t备注\n"
            "李建军\t男\t江畔社区滨河巷16号\t社区戒毒，2024年9月起\t吸食甲基苯丙胺被责令社区戒毒三年\n"
            "2.段红梅系从强制隔离戒毒所解除后转入社区康复，本月尿检1次。")
    found = [t for r, t in _rules(text) if r == "law_prohibited.drug_treatment"]
    assert "吸食甲基苯丙胺被责令社区戒毒" in found
    assert "从强制隔离戒毒所解除" in found


@pytest.mark.parametrize(("attribute", "needs_redaction", "text"), [
    # a reply on the complainant's own case is released to them
    ("on_request", True, ("旅游投诉答复书\n\n王秀兰：\n    您反映的旅行社强迫购物问题，目前案件"
                          "正在调查中，我局初步拟对涉事旅行社处10万元罚款，最终以处罚决定书为准。\n")),
    # an expert review holding an applicant's secrets goes back to the applicant…
    ("on_request", True, "2025年工业企业技术改造专项资金项目\n专家评审意见\n\n" + _REVIEW_BODY),
    # …unless its title says it carries the applicant's own material
    ("withheld", False, ("重大科技成果转化项目专家评审意见汇总（含企业提交技术资料摘要）\n\n"
                         + _REVIEW_BODY)),
    # a drafting comment to be cut before publication decides nothing but a redaction
    ("proactive", True, _PLAN_BODY + _PLAN_COMMENT),
    ("withheld", False, ("职工安置方案\n    一、井下工龄满20年职工一次性安置费上浮10%的意见"
                         "尚未经集团党委会研究。\n    二、一次性安置费按工龄计发。\n")),
    ("proactive", None, ("医疗救助工作情况\n    一、上半年共救助困难群众1,286人次，"
                         "支出救助资金412万元。\n"
                         "    二、典型案例：某村一名白血病患儿经三重保障后个人负担大幅下降。\n"
                         "【批注（县医保局办公室）：案例发布前请与当事人家属确认。】\n")),
])
def test_suggested(attribute: str, needs_redaction: bool | None, text: str) -> None:
    suggestion = suggest(text)
    assert suggestion is not None
    assert suggestion.attribute.value == attribute
    if needs_redaction is not None:
        assert suggestion.needs_redaction is needs_redaction


def test_a_cut_comments_hits_are_still_shown() -> None:
    text = _PLAN_BODY + _PLAN_COMMENT
    assert [r for r, t in _rules(text) if r.startswith("process_info.") and t in _PLAN_COMMENT]
