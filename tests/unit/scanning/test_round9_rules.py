"""Rules added after the seventh blind corpus's remaining misses (free-text facts with no
warning word), each with sentences written for this test and a published counterpart it must
leave alone."""

from __future__ import annotations

import pytest

from tests.helpers.scanning import flagged as _flagged
from tests.helpers.scanning import suggest as _suggest
from workbench.core.attributes import DisclosureAttribute


@pytest.mark.parametrize(("text", "category", "subtype", "piece"), [
    # Border and defence facts.
    ("边防工作情况汇报\n3号执勤点设在枫岭村西侧山脊，为距边境线最近的固定点位。",
     "national_security", "border_control", "执勤点设在枫岭村西侧山脊"),
    ("边境管控情况\n第12号界碑与协定位置偏移约60米，邻方村民在该区域放牧。", "national_security",
     "border_control", "界碑与协定位置偏移约60米"),
    ("边境管控情况\n东沟至石门之间约5公里边境线尚无视频覆盖。", "national_security",
     "border_control", "边境线尚无视频覆盖"),
    ("边防派出所情况\n该所实有民警41人，较编制缺编9人，一线执勤压力较大。", "national_security",
     "border_control", "实有民警41人"),
    ("入伍新兵去向\n分配至某部，驻南岭县白石乡，担负山口一线守卫任务。", "national_security",
     "military", "担负山口一线守卫任务"),
    ("人防工作情况\n县自来水厂、110千伏南郊变电站已列为重点防护目标。", "national_security",
     "military", "列为重点防护目标"),
    ("民族宗教工作排查\n有人在山后组私设聚会点，组织传播境外宗教宣传品。", "national_security",
     "ethnic_religious", "私设聚会点"),
    ("网络安全事件报告\n经溯源，攻击源IP位于境外，样本特征与某境外组织高度吻合。",
     "national_security", "cyber", "攻击源IP位于境外"),
    # State secrets in content.
    ("储备粮管理情况汇报\n目前市级储备粮实际库存小麦12400吨，较省下达计划缺口约900吨。",
     "state_secret", "content", "市级储备粮实际库存小麦12400吨"),
    ("人民防空工作汇报\n战时中心城区需疏散人口3.5万人，疏散道路为G205国道。", "state_secret",
     "content", "战时中心城区需疏散人口3.5万人"),
    ("清查报告\n丢失的台账载有全县17处重要目标的位置和守护力量配置。", "state_secret", "content",
     "重要目标的位置和守护力量配置"),
    # Social stability.
    ("情况报告\n部分业主计划于9月18日前往县住建局集体上访，要求开发商退房。",
     "social_stability", "stability_plan", "计划于9月18日前往县住建局集体上访"),
    ("处置方案\n对外统一口径为“系设备例行检修”，不接受媒体采访。", "social_stability",
     "public_opinion", "对外统一口径为“系设备例行检修”"),
    ("处置方案\n拟于凌晨对堵路现场实施清障，届时抽调警力约120人。", "social_stability",
     "stability_plan", "抽调警力约120人"),
    ("矛盾纠纷排查\n两个村民小组因山林权属多次对峙，存在械斗苗头。", "social_stability",
     "dispute", "存在械斗苗头"),
    # Investigation.
    ("事故情况通报\n公安机关正在核查驾驶人是否涉嫌危险驾驶。", "investigation", "ongoing_case",
     "核查驾驶人是否涉嫌危险驾驶"),
    ("核查情况\n该线索系公司财务人员孟丽华实名举报。", "investigation", "informant", "孟丽华"),
    # Law prohibited.
    ("疫情调查报告\n该病例在入院筛查中检出HIV抗体阳性，已转介复检。", "law_prohibited",
     "hiv_person", "检出HIV抗体阳性"),
    ("复查意见\n经查，其子曾于2020年因抢劫被判处有期徒刑一年，犯罪时不满18周岁。",
     "law_prohibited", "minor", "犯罪时不满18周岁"),
    ("审查调查进展\n根据反洗钱监测分析中心提供的可疑交易线索，资金流向已查明。",
     "law_prohibited", "sensitive_list", "提供的可疑交易线索"),
    # Process information and internal affairs.
    ("编制说明（草案）\n发改局意见为压减至2000万元，财政局意见为全额保留。", "process_info",
     "consultation", "发改局意见为压减至2000万元"),
    ("编制说明（草案）\n该目标系根据省定任务倒推得出，实际难以完成。", "process_info",
     "deliberation", "根据省定任务倒推得出"),
    ("征收工作方案\n住宅谈判底线为评估价上浮12%，超出部分以“奖励费”名义列支。", "process_info",
     "deliberation", "以“奖励费”名义列支"),
    ("考核情况请示\n县交通局得分原为88.5分，考核办拟加2分。", "internal_affairs", "assessment",
     "拟加2分"),
    ("年度考核请示\n拟定不称职1人，为县统计局一名干部（长期病休未到岗）。", "internal_affairs",
     "assessment", "拟定不称职1人"),
    ("事件调查报告\n拟对运维中心负责人杨明给予通报批评，对外包单位扣减服务费。",
     "internal_affairs", "personnel", "拟对运维中心负责人杨明给予通报批评"),
    ("干部工作会议纪要\n会议认为该同志存在未办结的信访件，建议暂缓任用。", "internal_affairs",
     "personnel", "建议暂缓任用"),
    # Third parties' business and technology; economic security.
    ("项目评估报告\n核心原料由其母公司独家供应，采购价较市场价低15%。", "trade_secret",
     "contract_terms", "母公司独家供应"),
    ("合作协议公开文本\n涉及甲方未公开的实用新型专利申请所载的结构设计。",
     "intellectual_property", "unpublished_patent", "未公开的实用新型专利申请"),
    ("财政运行分析\n平台公司2亿元城投债将于明年一季度集中到期，尚无明确偿债来源。",
     "economic_security", "debt_risk", "尚无明确偿债来源"),
    ("数据出境自评估\n相关育种数据出境后可能被境外机构利用，威胁我国种业安全。",
     "economic_security", "strategic_resources", "威胁我国种业安全"),
])
def test_a_fact_of_a_seventh_corpus_residue_family_is_flagged(
        text: str, category: str, subtype: str | None, piece: str) -> None:
    found = _flagged(text, category, subtype)
    assert any(piece in t or t in piece for t in found), found


@pytest.mark.parametrize(("text", "category"), [
    ("边境旅游指南\n游客可前往距边境线最近的观景台打卡。", "national_security"),
    ("界桩保护宣传\n严禁损毁、移动界桩，发现界桩损毁请及时报告。", "national_security"),
    ("防空警报试鸣公告\n听到警报后，战时应迅速疏散至就近人防工程。", "state_secret"),
    ("储备粮竞价销售公告\n本次竞价销售县级储备粮稻谷，数量5000吨。", "state_secret"),
    ("信访工作宣传\n引导群众依法逐级反映诉求，不得集体上访、聚集。", "social_stability"),
    ("应急演练总结\n演练中抽调救援力量约200人，圆满完成演练科目。", "social_stability"),
    ("刑事诉讼法宣传\n犯罪的时候不满十八周岁，被判处五年有期徒刑以下刑罚的，应当予以封存。",
     "law_prohibited"),
    ("艾滋病防治宣传\n今年全县免费检测点共检出HIV抗体阳性例数较上年下降。", "law_prohibited"),
    ("政策解读\n反洗钱义务机构应当按规定报送可疑交易报告。", "law_prohibited"),
    ("行政复议决定书\n经审查，复议机关意见为维持原行政处罚决定。", "process_info"),
    ("考核办法\n每发现一处问题扣0.5分，扣完为止。", "internal_affairs"),
    ("公务员考核条例解读\n对确定为不称职等次的，应当按规定予以降级。", "internal_affairs"),
    ("招标公告\n招标文件不得要求由指定供应商独家供应。", "trade_secret"),
    ("防范化解债务风险宣传\n各地要维护金融安全，防范化解地方债务风险。", "economic_security"),
    ("网络安全宣传周\n提高防范意识，警惕境外黑客组织的网络攻击。", "national_security"),
])
def test_its_published_counterpart_is_left_alone(text: str, category: str) -> None:
    assert _flagged(text, category) == []


@pytest.mark.parametrize("text", [
    "医保基金追回通报\n该线索由离职员工方晓燕实名举报。已追回基金12万元。",
    "行政处罚决定书\n本案举报人系该项目原施工队负责人。",
])
def test_an_informant_is_masked_not_withheld(text: str) -> None:
    suggestion = _suggest(text)
    assert suggestion is not None
    assert suggestion.attribute == DisclosureAttribute.PROACTIVE
    assert suggestion.needs_redaction
    assert "举报人身份" in suggestion.reason
