"""Rules written from review practice: each with sentences of our own, found and not found.

None of these sentences comes from a test corpus; they are what such drafts typically say.
"""

from __future__ import annotations

import sys

import pytest

from tests.helpers.scanning import SCANNER
from tests.helpers.scanning import flagged as _flagged
from tests.helpers.scanning import hits as _hits
from tests.helpers.scanning import suggest as _suggest
from workbench.core.attributes import DisclosureAttribute
from workbench.scanning import lexicon
from workbench.scanning.numbers import find_numbers
from workbench.scanning.params import find_parameters
from workbench.scanning.validators import luhn_valid

# ------------------------------------------------------------------ health

@pytest.mark.parametrize(("text", "part"), [
    ("申请人覃丽华之子患先天性心脏病，2024年3月住院治疗。", "患先天性心脏病"),
    ("2. 陈某某，女，45岁，城南社区居民，确诊为乳腺癌，家庭生活困难。", "确诊为乳腺癌"),
    ("救助对象本人罹患慢性肾衰竭，需每周三次血液透析。", "罹患慢性肾衰竭"),
])
def test_a_persons_illness_is_health_data(text: str, part: str) -> None:
    health = [t for c, s, t in _hits(text) if s == "health"]
    assert any(part in t for t in health), _hits(text)


@pytest.mark.parametrize("text", [
    "对患有重特大疾病的困难群众，可按规定申请医疗救助，救助比例不低于70%。",
    "尿毒症、白血病等22种重特大疾病纳入门诊慢特病保障范围。",
    "我市艾滋病疫情总体处于低流行水平，新报告艾滋病病毒感染者和病人同比下降8%。",
    "患者可通过公众号预约挂号，住院患者家属探视时间为每日15时至19时。",
])
def test_illness_in_policy_text_is_not_health_data(text: str) -> None:
    assert [s for _, s, _ in _hits(text) if s == "health"] == []


def test_hiv_status_cites_the_aids_regulation() -> None:
    hits = [h for h in SCANNER.scan_text("3．黄某某，男，39岁，村民，确诊艾滋病，自付费用9000元。")
            if h.subtype == "health"]
    assert hits and "《艾滋病防治条例》" in hits[0].legal_ground
    assert "第十五条" in hits[0].legal_ground


# ------------------------------------------------------------------ names

def test_names_in_profiles_and_after_residents() -> None:
    text = ("1．蓝凤英，女，73岁，独居老人。\n"
            "辖区村民黄志远（住民生路28号附2号）与邻居因宅基地发生纠纷。")
    names = [t for _, s, t in _hits(text) if s == "person_name"]
    assert names == ["蓝凤英", "黄志远"]


@pytest.mark.parametrize("text", [
    "黄志刚，男，壮族，1979年8月生，大学学历，现任市发展改革委副主任。",  # a cadre biography
    "社区居民积极参与垃圾分类，居民满意度达到95%。",
    "经调解，双方当事人达成协议，当事人应当自觉履行。",
    "违法行为人陈述和申辩的权利已告知。",
    "村民代表大会审议通过了村规民约，居民安全感明显提升。",
])
def test_words_that_start_with_a_surname_are_not_names(text: str) -> None:
    assert [t for _, s, t in _hits(text) if s == "person_name"] == []


def test_the_word_list_is_read_only_when_a_name_is_checked() -> None:
    import subprocess

    code = ("import sys\n"
            "from workbench.scanning import Scanner, load_negative_list, lexicon\n"
            "s = Scanner(load_negative_list())\n"
            "s.scan_text('关于做好防汛工作的通知，各单位加强值守。')\n"
            "assert not lexicon.loaded()\n"
            "s.scan_text('患者李明因病住院。')\n"
            "assert lexicon.loaded()\n"
            "assert 'jieba' not in sys.modules\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=False)
    assert done.returncode == 0, done.stderr
    assert lexicon.frequency("应当") > lexicon.COMMON_FREQ


# ------------------------------------------------------------------ addresses

def test_household_addresses_in_tables_and_after_zhu() -> None:
    table = "序号 姓名 家庭住址 联系电话\n1 蒙某珍 江南区五一路33号 0771-4567890\n"
    addresses = [t for _, s, t in _hits(table) if s == "address"]
    assert addresses == ["江南区五一路33号"]
    assert ("personal_privacy", "address", "民生路28号") in _hits("当事人刘某，住民生路28号。")


def test_a_companys_registered_address_is_not_private() -> None:
    text = ("当事人：南宁市某餐饮有限公司\n统一社会信用代码：91450100MA5K00000X\n"
            "住所：南宁市兴宁区民主路12号一层\n")
    assert [s for _, s, _ in _hits(text) if s == "address"] == []


# ------------------------------------------------------------------ numbers

def test_the_tail_of_a_longer_account_number_is_not_a_card() -> None:
    body = "622202001234567"
    card = next(body + d for d in "0123456789" if luhn_valid(body + d))
    grouped = " ".join(card[i:i + 4] for i in range(0, 16, 4))
    assert [f.recognizer for f in find_numbers(f"卡号：{grouped}")] == ["bank_card"]
    # The same sixteen digits after another group of the same number: an account's tail.
    assert [f.recognizer for f in find_numbers(f"账号：4501 {grouped}")] == []


# ------------------------------------------------------------------ mandatory categories

@pytest.mark.parametrize(("text", "category"), [
    ("该加压站仅有单回路供电，一旦遭到破坏将导致全区供水中断。", "public_safety"),
    ("2号油库位于工业园区兴业路16号院内，库区夜间仅安排1名保安巡查。", "public_safety"),
    ("经协调，驻地部队在北山设有观通站，战时将在东侧高地展开阵地。", "national_security"),
    ("我方谈判底线为每吨不低于500美元，让步空间控制在5%以内。", "national_security"),
    ("本数据在新闻发布会正式发布前，严格控制知悉范围。", "economic_security"),
    ("关于城北片区征收户集体上访事件的应急处置预案", "social_stability"),
    ("专案组对涉案资金流向开展侦查，现将案件侦办进展报告如下。", "investigation"),
])
def test_mandatory_content_is_found_and_withheld(text: str, category: str) -> None:
    assert _flagged(text, category), _hits(text)
    assert _suggest(text).attribute is DisclosureAttribute.WITHHELD


@pytest.mark.parametrize("text", [
    "各单位要严禁使用默认口令和弱口令。",
    "经排查发现的12处监控盲区已全部完成整改。",
    "应急避难场所位于人民公园东侧，可容纳5000人。",
    "项目位于青秀区民族大道88号，总建筑面积3.2万平方米。",
    "驻军部队积极参与地方抢险救灾，体现了军民鱼水情。",
    "国家统计局将于7月15日发布上半年国民经济运行数据。",
    "各地要妥善处置群体性事件，维护社会稳定。",
])
def test_published_wording_is_not_withheld(text: str) -> None:
    assert _suggest(text).attribute is DisclosureAttribute.PROACTIVE, _hits(text)


# ------------------------------------------------------------------ discretionary

@pytest.mark.parametrize(("text", "category"), [
    ("（讨论稿）\n关于调整公交票价的实施方案", "process_info"),
    ("【办公室按：此条是否保留，请分管领导定夺。】", "process_info"),
    ("会议讨论时，赵副局长持不同意见，会议未形成一致意见。", "process_info"),
    ("第三项资金来源待市财政局意见。", "process_info"),
    ("综合科：王某 83分（称职），刘某 76分（基本称职）。", "internal_affairs"),
    ("本次民主推荐黄某得票42票，得票率72.4%。", "internal_affairs"),
    ("（内部执行）\n局机关公务用车管理规定", "internal_affairs"),
])
def test_deliberation_and_internal_affairs_are_found(text: str, category: str) -> None:
    assert _flagged(text, category), _hits(text)
    # A stage of a decision is kept back; an internal matter is released on request.
    expected = (DisclosureAttribute.WITHHELD if category == "process_info"
                else DisclosureAttribute.ON_REQUEST)
    assert _suggest(text).attribute is expected


@pytest.mark.parametrize("text", [
    "本方案待市政府常务会议审定后印发实施。",
    "笔试成绩公示：张某 86.5分（合格）。",
    "年度考核结果分为优秀、称职、基本称职和不称职四个等次。",
    "审查内容：（二）是否涉及商业秘密、个人隐私；（三）是否属于讨论记录、过程稿、磋商信函等过程性信息。",
    "2023年共受理申请56件，其中属于过程性信息3件，属于行政执法案卷0件。",
    "上述事实有现场检查笔录、询问笔录、进货单据等证据证实。",
    "各地遇到重大问题要及时向领导小组请示报告。",
    "现将会议议定事项纪要如下：一、原则通过老旧小区改造方案。",
])
def test_talk_about_kinds_of_information_is_not_such_information(text: str) -> None:
    assert _suggest(text).attribute is DisclosureAttribute.PROACTIVE, _hits(text)


def test_one_weak_discretionary_hint_does_not_flip_a_document() -> None:
    hits = SCANNER.scan_text("机关食堂实行明码标价，接受干部职工监督。")
    assert hits and max(h.score for h in hits) < 0.7
    assert _suggest("机关食堂实行明码标价，接受干部职工监督。").attribute \
        is DisclosureAttribute.PROACTIVE


# ------------------------------------------------------------------ trade secrets and IP

def test_parameters_are_found_as_the_clause_carrying_them() -> None:
    found = find_parameters("涂料配方：钛白粉25%、丙烯酸乳液40%，在60℃下搅拌30分钟。同比增长5%。")
    assert len(found) == 1 and found[0].start == 0
    text = "该企业申报的涂料配方：钛白粉25%、丙烯酸乳液40%、助剂2.5%，在60℃下搅拌30分钟。"
    secret = _flagged(text, "trade_secret")
    assert secret and "丙烯酸乳液40%" in secret[0]


def test_published_figures_are_not_parameters() -> None:
    for text in ("食品生产企业应当按照国家标准控制杀菌温度不低于121℃，时间不少于15分钟。",
                 "该公司配方肥料已获得国家发明专利授权，亩均增产12%，减少化肥用量15kg。"):
        assert _flagged(text, "trade_secret") == [], _hits(text)


def test_core_technology_is_withheld_and_passages_are_redacted() -> None:
    core = ("某新材料有限公司技术方案（节选）\n"
            "技术要点：以秸秆纤维为基材，加入4.5%改性树脂，在160℃、10MPa条件下压制60秒。\n"
            "申请人声明：以上内容属于企业未公开技术信息，请予以保密。\n")
    assert _suggest(core).attribute is DisclosureAttribute.WITHHELD
    passage = ("关于推荐某公司申报技术创新示范企业的意见\n"
               "该公司近三年研发投入稳定增长，产品质量可靠，带动就业300余人，社会效益明显。\n"
               "其提交的熔炼工艺参数涉及商业秘密，不宜公开。经审核，同意推荐。\n")
    suggestion = _suggest(passage)
    assert suggestion.attribute is DisclosureAttribute.PROACTIVE
    assert suggestion.needs_redaction is True
    assert suggestion.legal_ground and "第十五条" in suggestion.legal_ground


def test_an_unpublished_patent_application_is_found() -> None:
    text = "项目核心技术已提交发明专利申请（申请号202310123456.7），尚未公开。"
    assert _flagged(text, "intellectual_property"), _hits(text)


@pytest.mark.parametrize("text", [
    "业主方代表签字确认后，施工单位方可进场。",
    "我市新建无人值守变电站3座，实现智能化运维。",
    "民兵高炮分队开展实弹射击训练，提升防空能力。",
    "审计部门跟踪财政资金流向，确保专款专用。",
    "检察机关针对案件办理中发现的问题发出检察建议。",
    "各级党组织要守好宣传思想阵地。",
    "档案封存于市档案馆，依法保管。",
    "李胜利同志、王和平同志被评为先进个人。",
])
def test_everyday_public_wording_raises_nothing(text: str) -> None:
    assert _hits(text) == []
