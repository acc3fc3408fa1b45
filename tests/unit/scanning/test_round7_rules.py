"""Rules added after the sixth blind corpus (its first run: 67.9 % item recall), each with
sentences written for this test and a published counterpart it must leave alone."""

from __future__ import annotations

import pytest

from tests.helpers.scanning import flagged as _flagged


@pytest.mark.parametrize(("text", "category", "piece"), [
    ("口岸合作会谈方案\n我方代表团由副县长带队。用地规模最多增加至300亩，对方提出的零租金坚决不同意。",
     "national_security", "300亩"),
    ("边境管控力量部署报告\n某连分驻两个哨所，配属巡逻车4台；巡逻时间为每日8时、20时。",
     "national_security", "巡逻时间"),
    ("国防动员潜力调查汇报\n全县可征用民用运输车辆2300台，可提供战时床位500张。",
     "national_security", "2300台"),
    ("城投公司债务风险处置方案\n集团可动用资金仅0.8亿元，拟申请应急周转资金1亿元，银行尚未同意展期。",
     "economic_security", "1亿元"),
    ("业主维权问题处置预案\n由网信部门监测业主微信群动态，对带头人实施劝离。", "social_stability",
     "微信群"),
    ("关于涉罪未成年人帮教情况的报告\n帮教对象甲因抢夺手机被判处拘役三个月，缓刑四个月。",
     "law_prohibited", "被判处拘役"),
    ("关于移送问题线索的函\n举报人韦建新系实名举报，请注意保护；我局拟于5月8日对该公司进行现场检查。",
     "investigation", "韦建新"),
    ("项目评审意见\n该企业主要客户为某电机集团（占其销售额55%），供货价格为每吨9200元。",
     "trade_secret", "占其销售额55%"),
    ("技术合同登记情况分析\n约定许可费800万元，另按销售额的2%提成3年。", "trade_secret", "800万元"),
    ("拟提拔人选考察材料\n推荐该同志的19人，在4名候选人中排第二；其配偶在城区经营一家饭店。",
     "internal_affairs", "排第二"),
    ("关于追加经费的请示\n对资金来源有两种意见。", "process_info", "两种意见"),
])
def test_a_fact_of_a_sixth_corpus_family_is_flagged(text: str, category: str, piece: str) -> None:
    assert any(piece in t for t in _flagged(text, category)), _flagged(text, category)


@pytest.mark.parametrize(("text", "category"), [
    ("招商推介会新闻\n项目用地最多可达300亩，欢迎企业洽谈。", "national_security"),
    ("征兵工作通告\n今年可提供体检名额500个，报名截至6月30日。", "national_security"),
    ("全县金融运行简报\n各项贷款余额增长6%，拟于下月发布详细数据。", "economic_security"),
    ("社区文化活动方案\n社区将通过微信群发布活动通知，欢迎居民报名。", "social_stability"),
    ("普法宣传稿\n某男子因盗窃被判处有期徒刑一年。", "law_prohibited"),
    ("典型案例通报\n举报人韦某系实名举报，经查属实，已依法处理。", "investigation"),
    ("全县技术合同成交额统计\n技术合同成交额同比增长12%，其中转让费合计3亿元。", "trade_secret"),
    ("任前公示\n周海峰，男，1980年生，拟任县交通运输局副局长。", "internal_affairs"),
    ("工作简报\n经研究决定，采纳第一种意见，项目于下月开工。", "process_info"),
])
def test_the_same_kind_of_fact_in_a_published_paper_is_left_alone(text: str,
                                                                   category: str) -> None:
    assert _flagged(text, category) == []
