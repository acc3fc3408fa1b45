"""Rules added after the third blind corpus, each with sentences written for this test.

Positive cases show what a rule must find; the published wording next to them shows what it
must leave alone.
"""

from __future__ import annotations

import pytest

from tests.helpers.scanning import flagged as _flagged
from tests.helpers.scanning import hits as _hits
from tests.helpers.scanning import suggest as _suggest
from workbench.core.attributes import DisclosureAttribute

# ------------------------------------------------------------------ minors, statistics

MINOR = ("10月8日晚，该校初一(2)班学生刘子墨（男，2012年6月出生，家住新华镇桂花巷）在校外"
         "与他人斗殴，致一名路人轻微伤，派出所已介入。")


def test_a_minor_in_an_incident_is_law_prohibited_and_withholds_the_report() -> None:
    found = _flagged(MINOR, "law_prohibited", "minor")
    assert found and "2012年6月出生" in found[0]
    assert _suggest("关于一起校园伤害事件的情况报告\n" + MINOR).attribute \
        is DisclosureAttribute.WITHHELD


@pytest.mark.parametrize("text", [
    "经评选，授予陈思雨（女，2011年9月出生，就读于实验小学）市级三好学生称号，予以表彰。",
    "任前公示：赵建国（男，1979年3月生，现任县水利局副局长），拟任县水利局局长。",
])
def test_a_child_in_an_award_or_an_adult_profile_is_not_a_case(text: str) -> None:
    assert _flagged(text, "law_prohibited", "minor") == []


def test_the_only_respondent_of_its_kind_is_identifiable() -> None:
    text = ("纺织业方面，全区仅有锦程纺织有限公司1家规模以上企业，该企业上半年实现营业收入"
            "2.18亿元，同比增长4.1%。")
    assert _flagged(text, "law_prohibited", "statistics")


def test_aggregates_of_many_respondents_are_published() -> None:
    text = "全区规模以上工业企业126家，上半年实现营业收入218.4亿元，同比增长6.2%。"
    assert _flagged(text, "law_prohibited") == []


# ------------------------------------------------------------------ personal data

def test_a_labelled_home_landline_in_a_reply_is_private() -> None:
    text = "我局已于3月2日通过您留下的家庭电话0551-63378215与您电话沟通了处理进展。"
    assert _flagged(text, "personal_privacy", "landline") == ["0551-63378215"]


def test_an_office_line_in_a_reply_stays_public() -> None:
    text = "联系人：区城管局市容科 王科长，办公电话：0551-63310021。"
    assert _flagged(text, "personal_privacy", "landline") == []


def test_the_addressee_of_a_petition_reply_is_private() -> None:
    text = ("信访事项答复意见书\n\n周海燕：\n您于2025年4月3日来信反映的小区噪声问题收悉，"
            "现答复如下：")
    assert "周海燕" in _flagged(text, "personal_privacy", "person_name")


def test_an_office_addressed_by_a_letter_is_not_a_person() -> None:
    text = "关于来信办理情况的函\n\n区市场监管局：\n你局转来的信访件已收悉，现将办理情况函告如下。"
    assert _flagged(text, "personal_privacy", "person_name") == []


def test_family_members_in_cadre_material_are_private() -> None:
    text = "附：家庭主要成员\n丈夫 孙立群，1980年生，个体经营；儿子 孙浩然，2012年生，学生。"
    names = _flagged(text, "personal_privacy", "person_name")
    assert "孙立群" in names and "孙浩然" in names


def test_names_in_a_recruitment_publicity_are_not_private() -> None:
    text = ("县教育局2025年公开招聘教师拟聘用人员公示\n"
            "序号|姓名|性别|岗位\n1|谢雨桐|女|小学语文\n"
            "附：核对信息 谢雨桐 身份证号 110101199003074274")
    assert _flagged(text, "personal_privacy", "person_name") == []
    assert _flagged(text, "personal_privacy", "id_card")  # the careless ID is still private


@pytest.mark.parametrize(("text", "part"), [
    ("复核发现，该生家庭住址填报为永登县柳树镇红山村五社23号，与户籍地不一致。", "五社23号"),
    ("被征收人：马占林，房屋坐落：建设北路88号院4排6户，建筑面积58平方米。", "4排6户"),
])
def test_village_groups_and_courtyard_rows_are_addresses(text: str, part: str) -> None:
    assert any(part in t for t in _flagged(text, "personal_privacy", "address"))


def test_the_disease_of_a_named_person_is_health_data() -> None:
    text = "备注：第4号杨玉梅所患疾病为系统性红斑狼疮伴狼疮肾炎，需长期服药。"
    assert _flagged(text, "personal_privacy", "health")


def test_the_covered_diseases_of_a_policy_are_not_health_data() -> None:
    text = "参保人员所患疾病属于门诊慢特病病种目录范围的，可申请门诊慢特病待遇。"
    assert _flagged(text, "personal_privacy", "health") == []


def test_words_that_run_on_from_a_context_word_are_not_names() -> None:
    text = "推动居民区公共空间改造，做好救助对象公示和居民公约修订工作，关爱妇女儿童权益。"
    assert _flagged(text, "personal_privacy", "person_name") == []


# ------------------------------------------------------------------ markers, process, internal

def test_internal_use_is_internal_affairs_not_a_classification() -> None:
    text = "2025年度处室考核得分汇总\n(人事处内部使用)\n序号|处室|得分"
    assert _flagged(text, "state_secret") == []
    assert _flagged(text, "internal_affairs", "internal_marker")
    assert _suggest(text).attribute is DisclosureAttribute.ON_REQUEST


def test_a_real_classification_mark_stays_a_state_secret() -> None:
    assert _flagged("机密★5年\n关于边境口岸建设的报告", "state_secret")


@pytest.mark.parametrize(("text", "rule_text"), [
    ("本纪要为讨论情况的原始记录，未经与会人员审阅，不作为决策依据。", "未经与会人员审阅"),
    ("四、分管副区长意见（未形成决定）：倾向于方案二。", "未形成决定"),
    ("有关补助标准尚未与市财政局、各镇达成一致，请提出意见。", "达成一致"),
    ("附件：各单位反馈意见汇总（截至5月6日）", "反馈意见"),
])
def test_raw_records_and_consultations_are_process_information(text: str,
                                                              rule_text: str) -> None:
    assert any(rule_text in t for t in _flagged(text, "process_info"))


@pytest.mark.parametrize("text", [
    "各双方经过友好协商，已达成一致意见，现予公布。",
    "请各单位于5月10日前将反馈意见汇总后报送市发展改革委。",
    "县人民政府第12次常务会议纪要\n会议审议通过了《县城市管理办法》。",
])
def test_published_decisions_and_instructions_are_not_process_information(text: str) -> None:
    assert _flagged(text, "process_info") == []


@pytest.mark.parametrize(("text", "rule_text"), [
    ("关于春节期间局机关值班安排的通知（内部传阅）", "机关值班安排"),
    ("本规程为局机关内部公文处理工作规程，仅在局机关内部执行。", "内部执行"),
    ("7|规划科|钱卫东|81.5|称职(待考核委员会复核)", "待考核委员会复核"),
    ("考察中有2名谈话对象反映该同志工作方法较简单。", "谈话对象反映"),
])
def test_rosters_procedures_pending_grades_and_talks_are_internal(text: str,
                                                                  rule_text: str) -> None:
    assert any(rule_text in t for t in _flagged(text, "internal_affairs"))


def test_a_published_holiday_duty_notice_alone_stays_proactive() -> None:
    text = "关于2025年国庆期间机关值班安排的公告\n值班电话：0551-12345678，欢迎群众来电。"
    assert _suggest(text).attribute is DisclosureAttribute.PROACTIVE


# ------------------------------------------------------------------ article 14, trade secrets

@pytest.mark.parametrize(("text", "category"), [
    ("风险处置方案：该行不良贷款率已升至21.3%，流动性比例降至18%，低于监管红线。",
     "economic_security"),
    ("风险处置方案：受让股权的谈判底价不低于净资产的0.5倍。", "economic_security"),
    ("第二批：计划于9月3日启动收储，收储数量2万吨，收储时点严禁外泄。", "economic_security"),
    ("该型号组件单台成本约3.6万元，折扣率为出厂价的65%。", "trade_secret"),
    ("密封胶配方为甲组分与乙组分按质量比4:1混合，添加量占总量的1.2%。", "trade_secret"),
    ("取水口至水厂之间约800米明渠两侧无隔离围网，夜间无人巡查。", "public_safety"),
    ("二号水厂加氯间泄漏检测设备自去年故障后至今未修复。", "public_safety"),
    ("防汛应急物资存放于镇政府东侧仓库（粮站路3号第2号库房）。", "public_safety"),
    ("民兵武器弹药库设在乡武装部后院平房内。", "national_security"),
    ("磋商方案：我方可接受的底线为双方各划出2平方公里。", "national_security"),
    ("据掌握，部分拆迁户正在酝酿于月底到市政府集体上访。", "social_stability"),
    ("经初步调查，我局拟于下周将该案移送公安机关侦办。", "investigation"),
])
def test_article_14_and_trade_secret_vocabularies(text: str, category: str) -> None:
    assert _flagged(text, category), _hits(text)


@pytest.mark.parametrize(("text", "category"), [
    ("全省银行业不良贷款率降至1.3%，拨备覆盖率保持在较高水平。", "economic_security"),
    ("人民银行运用支农再贷款支持乡村振兴，累计发放再贷款52亿元。", "economic_security"),
    ("样品按质量比1:1混合后，应按国家标准规定的试验方法测定。", "trade_secret"),
    ("检查发现2处取水口无隔离围网，现已整改完成。", "public_safety"),
    ("要坚持底线思维，守住不发生系统性风险的底线。", "national_security"),
    ("被告人张某因组织聚集冲击政府机关，依法判决有期徒刑二年。", "social_stability"),
    ("对涉嫌犯罪的案件，行政执法机关应当依法移送公安机关。", "investigation"),
])
def test_published_wording_is_left_alone(text: str, category: str) -> None:
    assert _flagged(text, category) == [], _hits(text)


def test_a_bid_evaluation_carrying_supplier_costs_is_withheld() -> None:
    text = ("某医院彩超设备采购项目评标报告\n项目编号：CG-01\n"
            "第二名投标人报价说明中披露其单台成本约41万元，约定年度采购量不少于8台。")
    assert _suggest(text).attribute is DisclosureAttribute.WITHHELD
