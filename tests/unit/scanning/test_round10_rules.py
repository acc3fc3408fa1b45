"""Names of private persons introduced by a relative's or a role's word (其孙…, 其母亲…, 学生…,
消费者…), from the eighth to tenth blind corpora's misses, each with sentences written for
this test and common words the same triggers must leave alone."""

from __future__ import annotations

import pytest

from tests.helpers.scanning import SCANNER


def _names(text: str) -> list[str]:
    return [h.text for h in SCANNER.scan_text(text) if h.subtype == "person_name"]


@pytest.mark.parametrize(("text", "name"), [
    ("高龄津贴由其孙陈志刚代为申领，代领人联系电话见附表。", "陈志刚"),
    ("其母亲罗秀兰为监护人，负责日常帮教。", "罗秀兰"),
    ("参保人冒用其堂兄赵永福（患2型糖尿病）的医保凭证购药。", "赵永福"),
    ("班主任发现四年级学生孟佳怡多次带伤上学。", "孟佳怡"),
    ("我局接到消费者钱慧敏投诉，称其购买的电暖器存在质量问题。", "钱慧敏"),
    ("退役军人谢长青（患放射性白内障）多次到县信访局反映待遇问题。", "谢长青"),
    # 向 after a context word is usually "towards"; a bracket after three characters closes a name.
    ("该村患者向德明（精神分裂症）长期拒绝服药。", "向德明"),
])
def test_a_relative_or_a_role_introduces_a_private_person(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize("text", [
    "全县学生资助工作稳步推进，学生会组织开展志愿活动。",
    "消费者权益保护日宣传，消费者协会受理投诉128件。",
    "退役军人事务局开展走访慰问，父亲节前夕组织亲子活动。",
    "患者向医生反映病情，居民向社区提出申请。",
    "该生自幼其父母离异，由祖母抚养。",
])
def test_the_same_words_in_ordinary_sentences_name_no_one(text: str) -> None:
    assert _names(text) == []
