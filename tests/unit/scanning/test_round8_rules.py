"""Rules added after the seventh blind corpus (its first run: 70.0 % item recall), each with
sentences written for this test and a published counterpart it must leave alone."""

from __future__ import annotations

import pytest

from tests.helpers.scanning import flagged as _flagged


@pytest.mark.parametrize(("text", "category", "subtype", "piece"), [
    ("信访复查意见书\n你反映邻居孔某（住东风村三组8号，家中座机0731-5582016）加盖围墙。",
     "personal_privacy", "landline", "0731-5582016"),
    ("关于部分应征青年体检情况的说明\n新兵郑宇航体检复查发现乙肝表面抗原阳性，不予批准入伍。",
     "personal_privacy", "person_name", "郑宇航"),
    ("临时救助审批表\n申请人家庭困难，其女韩悦患再生障碍性贫血，正在省人民医院治疗。",
     "personal_privacy", "person_name", "韩悦"),
    ("体育免考名单说明\n1. 苏雨桐同学因患先天性心脏病，经家长申请免考。",
     "personal_privacy", "person_name", "苏雨桐"),
    ("医保基金追回通报\n以参保人为名虚增床日。柏春兰实际诊断为慢性阻塞性肺病，仅门诊治疗。",
     "personal_privacy", "person_name", "柏春兰"),
    ("关于年度考核结果的请示\n【批注 办公室李某：加分依据不足，请再议。】", "process_info", None,
     "【批注 办公室李某："),
    # A tracked change copied inline (a later round: 修订 with no author before the colon).
    ("禁牧管理办法（送审稿）\n违者每只羊罚款20元【修订：删除“20元”，改为“40元”】。",
     "process_info", None, "【修订："),
    ("党风廉政情况通报（讨论稿）\n拟给予其党内警告处分，尚待县纪委常委会审议。", "process_info",
     None, "待县纪委常委会审议"),
])
def test_a_fact_of_a_seventh_corpus_family_is_flagged(text: str, category: str,
                                                      subtype: str | None, piece: str) -> None:
    found = _flagged(text, category, subtype)
    assert any(piece in t for t in found), found


@pytest.mark.parametrize(("text", "category", "subtype"), [
    ("服务指南\n办事大厅咨询电话0731-5582000，工作日8:30-17:30。", "personal_privacy", "landline"),
    ("健康教育宣传稿\n全县患高血压人数较上年下降，请居民定期测量血压。", "personal_privacy",
     "person_name"),
    ("征兵通告\n严禁任何单位和个人收受钱物、弄虚作假，应征青年拒绝征集的依法处理。",
     "investigation", None),
    ("关于印发考核办法的通知\n本办法待县委常委会审议通过后印发实施。", "process_info", None),
    ("食品安全监督抽检结果公告\n对不合格产品已责令下架，并依法立案调查。", "investigation", None),
    ("精神卫生工作总结\n推进严重精神障碍患者“应管尽管、应治尽治”。", "law_prohibited", None),
])
def test_the_same_kind_of_fact_in_a_published_paper_is_left_alone(
        text: str, category: str, subtype: str | None) -> None:
    assert _flagged(text, category, subtype) == []
