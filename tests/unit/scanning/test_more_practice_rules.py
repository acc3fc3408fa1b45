"""Rules added after the second blind corpus, each with sentences written for this test.

Positive cases show what a rule must find; the published wording next to them shows what it
must leave alone (a rule that flags everyday public text trains reviewers to dismiss hits).
"""

from __future__ import annotations

import pytest

from tests.helpers.scanning import flagged as _flagged
from tests.helpers.scanning import hits as _hits
from tests.helpers.scanning import suggest as _suggest
from workbench.core.attributes import DisclosureAttribute

# ------------------------------------------------------------------ landlines

@pytest.mark.parametrize(("text", "number"), [
    # A personal number in the same row makes the landline private.
    (("2. 户主：韩卫东，身份证号：110101199003074274，宅基地坐落：后营村三组，"
     "补偿款已拨付，联系电话：0771-5538 2046。"), "0771-5538 2046"),
    # The label of a private party at the start of the contact line.
    ("投诉人称其家中漏水已近一月，多次协调无果，投诉人联系电话：0898-66231547。",
     "0898-66231547"),
])
def test_a_landline_in_a_private_row_is_found(text: str, number: str) -> None:
    found = _flagged(text, "personal_privacy", "landline")
    assert any(number in t or t in number for t in found), _hits(text)


def test_an_office_number_under_a_private_row_stays_public() -> None:
    text = ("1. 户主：韩卫东，身份证号：110101199003074274，手机：13907715521。\n"
            "咨询电话：0771-5538204（区征收办）\n某某区人民政府")
    assert _flagged(text, "personal_privacy", "landline") == [], _hits(text)


# ------------------------------------------------------------------ addresses and names

@pytest.mark.parametrize(("text", "part"), [
    ("申请人：苏建国，身份证号码110101199003074274，家住青山镇石桥村五组21号。", "石桥村五组21号"),
    ("户籍地：良庆区那马镇那马村那蒙坡7号，监护人电话：13977102234", "那蒙坡7号"),
    ("当事人家住建设路西段18号3单元5楼，经调解双方达成协议。", "建设路西段18号3单元5楼"),
    ("来访人家住纬二路南段9号院2号楼，反映楼道照明损坏。", "纬二路南段9号院2号楼"),
    ("户主：吴小平，身份证号：110101199003074274，房屋坐落：河湾村二队33号附2号",
     "河湾村二队33号附2号"),
])
def test_rural_and_sectioned_addresses_in_personal_context(text: str, part: str) -> None:
    found = _flagged(text, "personal_privacy", "address")
    assert any(part in t for t in found), _hits(text)


def test_an_office_address_below_data_rows_is_not_a_household() -> None:
    text = ("申请人：苏建国，身份证号码110101199003074274，现住址青山镇石桥村五组21号。\n\n"
            "如有异议，请与区住房保障中心联系，地址：青山区和平路西段120号，电话：0472-5123456。")
    found = _flagged(text, "personal_privacy", "address")
    assert not any("和平路" in t for t in found), _hits(text)


@pytest.mark.parametrize(("text", "name"), [
    ("市民邱丽娟来电反映，小区门口积水严重。", "邱丽娟"),
    ("来电人宁志刚称其母亲长期卧床。", "宁志刚"),
    ("家住东风路的退休职工贺长林反映，供暖温度不达标。", "贺长林"),
])
def test_names_after_hotline_and_petition_context(text: str, name: str) -> None:
    assert name in _flagged(text, "personal_privacy", "person_name"), _hits(text)


@pytest.mark.parametrize("text", [
    "市民张某某反映，路灯不亮。",
    "将低保对象和返贫监测对象全部纳入帮扶范围。",
    "欢迎广大市民游客前来参观。",
])
def test_masked_names_and_conjunctions_are_not_names(text: str) -> None:
    assert _flagged(text, "personal_privacy", "person_name") == [], _hits(text)


# ------------------------------------------------------------------ health

@pytest.mark.parametrize(("text", "part"), [
    ("1. 伍国强，男，身份证号 110101199003074274，淋巴瘤化疗期间，拟救助3.2万元。", "淋巴瘤"),
    ("3. 龚秀芝  肢体残疾二级  护理补贴 每季度330元", "肢体残疾"),
    ("备注：第2户户主因车祸致高位截瘫，第5户为一户多残。", "第2户户主因车祸致高位截瘫"),
    ("经查，钟敏同志体检中发现肺结节，建议定期复查。", "肺结节"),
])
def test_a_diagnosis_next_to_a_person_is_health_data(text: str, part: str) -> None:
    found = _flagged(text, "personal_privacy", "health")
    assert any(part in t or t in part for t in found), _hits(text)


@pytest.mark.parametrize("text", [
    "将恶性肿瘤、尿毒症透析等重特大疾病纳入门诊慢特病保障范围。",
    "全市严重精神障碍患者规范管理率达到92%，精神分裂症患者服药率稳步提升。",
    "开展甲状腺结节筛查，筛查人数达1.2万人。",
])
def test_disease_names_in_policy_text_are_not_health_data(text: str) -> None:
    assert _flagged(text, "personal_privacy", "health") == [], _hits(text)


# ------------------------------------------------------------------ article 14

@pytest.mark.parametrize(("text", "category"), [
    ("民兵应急分队机动力量一个中队增派至边境一线三号点位。", "national_security"),
    ("二号界桩至五号界桩之间现有拦阻设施缺口7处，尚未封堵。", "national_security"),
    ("指挥所设于既有坑道内，埋深约30米，与某部通信枢纽相连。", "national_security"),
    ("关于边界事务磋商的我方基本立场和底线如下。", "national_security"),
    ("该营主战装备拟于明年前移部署至西山一线。", "national_security"),
    ("战备成品油储备300吨，存放于东郊油库2号储罐。", "public_safety"),
    ("液氯钢瓶存放点距离居民楼仅20米，紧急切断装置已损坏。", "public_safety"),
    ("目前已有部分业主在微信群内串联聚集，存在集访苗头。", "social_stability"),
    ("届时调集警力150名，分两个梯队部署于广场南北两侧。", "social_stability"),
    ("接返工作组名单和住地不对外公开。", "social_stability"),
    ("上半年全县地区生产总值同比增长4.2%。\n以上数据统一发布前严禁对外提供。",
     "economic_security"),
    ("该社不良贷款率实际为21.3%，远高于对外披露的3.1%。", "economic_security"),
    ("为缓解流动性压力，拟由县财政分三批向该农商行注资8亿元。", "economic_security"),
    ("下一步拟对其关联企业开展搜查，并调取相关银行流水。", "investigation"),
    (("根据统计联网直报数据，各企业情况如下：\n1.江北精密机械有限公司：1—6月工业总产值3.42亿元，"
     "同比下降8.1%。"), "law_prohibited"),
])
def test_article_14_content_is_found_and_withheld(text: str, category: str) -> None:
    assert _flagged(text, category), _hits(text)
    assert _suggest(text).attribute is DisclosureAttribute.WITHHELD, _hits(text)


@pytest.mark.parametrize("text", [
    "经初步核算，全年全市地区生产总值同比增长5.3%。",  # a statistical communiqué
    "夏季高温期间，人民公园防空洞纳凉点位于公园北门，免费向游客开放。",
    "江北精密机械有限公司荣获省级专精特新企业称号，全年营业收入突破3亿元。",
    "经立案调查，当事人于2024年5月购进上述产品并对外销售。",
    "举报人为单位的，应当提供营业执照复印件。",
    "各地要守住不发生规模性返贫的底线。",
    "液氯储存场所与居民区的距离应当不少于50米。",
])
def test_published_wording_stays_public(text: str) -> None:
    assert _suggest(text).attribute is DisclosureAttribute.PROACTIVE, _hits(text)


# ------------------------------------------------------------------ third parties

def test_a_bidders_unit_price_build_up_is_a_trade_secret() -> None:
    text = ("南方建工有限公司：水泥稳定碎石基层综合单价92.5元/立方米，其中人工费11.2元、"
            "材料费66.0元、机械费9.8元；其水泥采购价格为每吨385元。")
    found = _flagged(text, "trade_secret", "cost_price")
    assert any("人工费" in t for t in found) and any("385" in t for t in found), _hits(text)


def test_a_bid_evaluation_built_on_unit_prices_is_withheld() -> None:
    text = ("某某路面改造项目评标报告（投标报价分析）\n\n"
            "南方建工有限公司：水泥稳定碎石基层综合单价92.5元/立方米，其中人工费11.2元、"
            "材料费66.0元、机械费9.8元；其水泥采购价格为每吨385元。")
    assert _suggest(text).attribute is DisclosureAttribute.WITHHELD, _hits(text)


@pytest.mark.parametrize(("text", "subtype"), [
    ("本公司2023年前五大客户及销售额为：甲公司0.8亿元、乙公司0.5亿元。", "customer_list"),
    ("该企业核心工艺中，聚合温度控制在68±2℃，保温时间45分钟。", "technology"),
    ("申报单位产品的单位生产成本为每吨6.4万元，毛利率约31%。", "cost_price"),
])
def test_business_and_process_figures_of_a_company(text: str, subtype: str) -> None:
    assert _flagged(text, "trade_secret", subtype), _hits(text)


@pytest.mark.parametrize("text", [
    "试验条件：温度控制在20±2℃，相对湿度控制在50±5%（国家标准规定）。",
    "本月猪肉平均零售价格为每千克26.4元，环比下降1.2%。",
    "本项目招标控制价中沥青混凝土综合单价为180元/平方米，其中人工费按定额计取。",
])
def test_standards_and_price_monitoring_are_not_trade_secrets(text: str) -> None:
    assert _flagged(text, "trade_secret") == [], _hits(text)


def test_claims_of_an_unpublished_application_are_protected() -> None:
    text = ("该公司已提交发明专利申请，尚未公开。核心权利要求包括：涂层厚度控制在8—12微米，"
            "固化温度180℃。")
    assert _flagged(text, "intellectual_property"), _hits(text)


# ------------------------------------------------------------------ article 16

@pytest.mark.parametrize(("text", "category"), [
    ("本稿系内部讨论稿，请勿外传。", "process_info"),
    ("关于《城区停车收费管理办法（送审稿）》的起草说明", "process_info"),
    ("关于收费标准，市发展改革委认为标准偏高，建议下调10%；经会商，暂按原标准报送。",
     "process_info"),
    ("对第八条的表述，两部门意见尚未统一。", "process_info"),
    ("后三名：韦晓光 68分、庞丽 70分、钟毅 71分，由分管领导诫勉谈话。", "internal_affairs"),
    ("各科室考评得分：办公室 95.5分，法规科 93.0分，执法科 90.5分。", "internal_affairs"),
    ("测评结果：优秀18票、称职9票、基本称职2票。", "internal_affairs"),
    ("考察谈话中有3人反映，该同志工作作风较为粗放。", "internal_affairs"),
    ("会上有同志提出王建华同志任职年限偏短。", "internal_affairs"),
    ("本年度机关考核优秀名额6个，按科室人数分配。", "internal_affairs"),
    ("局务简报（仅供班子成员和科室负责人参阅）", "internal_affairs"),
    ("执法科由办公楼208室搬迁至312室，机关食堂就餐人数日均120人。", "internal_affairs"),
])
def test_deliberation_and_internal_affairs(text: str, category: str) -> None:
    assert _flagged(text, category), _hits(text)
    expected = (DisclosureAttribute.WITHHELD if category == "process_info"
                else DisclosureAttribute.ON_REQUEST)
    assert _suggest(text).attribute is expected, _hits(text)


@pytest.mark.parametrize("text", [
    "你局《关于新建城东污水处理厂的请示》（城建字〔2024〕8号）收悉。经研究，现批复如下：同意建设。",
    "本局认为，当事人的上述行为违反了《食品安全法》第三十四条，建议依法予以处罚。",
    "本表数据仅供参考。",
    "人大常委会表决结果：赞成45票、反对0票、弃权1票，表决通过。",
    "笔试成绩：考生甲 82分、考生乙 79分。",
    "联系人：韦小红，联系电话：0771-2801234，电子邮箱：nnzwgk@163.com",
])
def test_published_decisions_and_contacts_stay_public(text: str) -> None:
    assert _suggest(text).attribute is DisclosureAttribute.PROACTIVE, _hits(text)
    assert not _suggest(text).needs_redaction, _hits(text)


def test_please_do_not_circulate_is_internal_not_a_state_secret() -> None:
    text = "本季度各科室考评得分仅作为年度考核参考，请勿外传。"
    assert _flagged(text, "state_secret") == []
    assert _flagged(text, "internal_affairs"), _hits(text)
