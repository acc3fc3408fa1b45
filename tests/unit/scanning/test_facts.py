"""Concrete-fact sentences of a paper already not to be published."""

from __future__ import annotations

from tests.helpers.scanning import SCANNER
from tests.helpers.scanning import suggest as _suggest
from workbench.core.attributes import DisclosureAttribute
from workbench.scanning.facts import (
    best_topics,
    fact_clauses,
    is_concrete,
    runs,
)

_MARKED = "秘密★1年\n关于园区应急处置能力的情况报告\n"


def _facts(text: str) -> list[tuple[str, str]]:
    return [(str(h.category), h.text) for h in SCANNER.scan_text(text)
            if h.subtype == "paper_fact"]


def test_a_fact_has_a_figure_a_plan_a_place_or_a_judgment() -> None:
    assert is_concrete("拟于下周对其名下房产采取查封措施")
    assert is_concrete("应急闸门需2人操作约15分钟")
    assert is_concrete("油库位于港区北堤尽头")
    assert is_concrete("建议听证会前由街道对重点人员做好稳控")
    assert is_concrete("此事暂不对外通报")
    assert not is_concrete("进一步压实工作责任，切实做好安全防范")
    assert not is_concrete("根据《安全生产法》第21条规定执行")
    assert not is_concrete("如有疑问请拨打热线12345")


def test_an_invitation_to_the_public_states_no_fact() -> None:
    # The procedure of a published notice: it names 反映, 线索, 调查, yet tells nothing.
    assert not is_concrete("反映问题要实事求是，提倡署名反映，并提供具体事实或线索，以便调查核实")
    assert not is_concrete("公示期间可通过来信、来电等方式反映情况")
    assert fact_clauses("提倡署名反映，并提供具体线索", ["线索"]) == []


def test_a_citation_or_hotline_clause_does_not_make_a_sentence_concrete() -> None:
    assert is_concrete("根据《条例》第5条，仓库设在港区北堤")
    assert not is_concrete("联系电话0736-5221026，邮箱lc@163.com")


def test_the_topic_with_most_words_wins_and_ties_are_all_kept() -> None:
    topics = [(1, ["钥匙"], ["宣传"]), (2, ["补助", "列支"], [])]
    assert best_topics("钥匙保管，每人补助200元从经费列支", topics) == [(2, ["补助", "列支"])]
    assert best_topics("钥匙和补助", topics) == [(1, ["钥匙"]), (2, ["补助"])]
    assert best_topics("钥匙宣传", [(1, ["钥匙"], ["宣传"])]) == []


def test_only_the_clauses_that_state_the_fact_are_marked() -> None:
    sentence = "经查，油库位于港区北堤，储量3000吨，咨询电话0736-5221026，详见《管理办法》"
    picked = [sentence[s:e] for s, e in fact_clauses(sentence, ["油库"])]
    # The figure right after the fact is its amount; the hotline and the citation are not.
    assert picked == ["油库位于港区北堤", "储量3000吨"]
    assert [sentence[s:e] for s, e in runs(sentence, fact_clauses(sentence, ["油库"]))] == [
        "油库位于港区北堤，储量3000吨"]


def test_a_figure_alone_is_not_a_fact() -> None:
    sentence = "全县地区生产总值96.84亿元，同比增长5.3%"
    assert fact_clauses(sentence, ["储备"]) == []


def test_a_withheld_paper_shows_its_concrete_facts() -> None:
    text = (_MARKED + "物资库钥匙由消防站站长一人保管，夜间无人值守。\n"
            "园区贷款已逾期4200万元，银行拟压降授信。\n"
            "各单位要进一步提高认识，压实责任。\n")
    facts = _facts(text)
    assert ("public_safety", "物资库钥匙由消防站站长一人保管，夜间无人值守") in facts
    assert ("economic_security", "园区贷款已逾期4200万元，银行拟压降授信") in facts
    assert not any("提高认识" in t for _, t in facts)


def test_a_published_paper_gets_no_fact_hits() -> None:
    text = ("关于园区应急物资储备的公告\n物资库钥匙由消防站站长一人保管，夜间无人值守。\n"
            "园区贷款已逾期4200万元。\n")
    assert _facts(text) == []


def test_fact_hits_never_decide_the_attribute() -> None:
    # Minutes are kept back as a stage of a decision; the fact sentences about prices must
    # not add a redaction the minutes themselves did not call for.
    text = ("某某局党组会议纪要\n会议研究了采购事项。\n"
            "会议议定：供应商报价为3600元，较市场价低9%，由办公室负责落实。\n")
    suggestion = _suggest(text)
    assert suggestion is not None
    facts = _facts(text)
    assert facts, SCANNER.scan_text(text)
    without = [h for h in SCANNER.scan_text(text) if h.subtype != "paper_fact"]
    assert not any(h.category == "trade_secret" for h in without)
    assert suggestion.attribute is DisclosureAttribute.WITHHELD
    assert suggestion.reason.startswith("过程性信息")
    assert not suggestion.needs_redaction


_REFERRAL = (
    "蓼川县审计局\n关于移送县城投公司有关问题线索的函\n"
    "县纪委监委：\n审计中发现以下问题线索，现移送你委。\n"
    "一、原副经理周某涉嫌在工程分包中收受好处费，转入其亲属账户28万元。\n"
    "二、该公司账户于2025年3月向其亲属控制的空壳公司转入资金112万元。\n"
)


def test_a_lone_passage_with_facts_of_its_own_kind_is_the_paper_s_subject() -> None:
    suggestion = _suggest(_REFERRAL)
    assert suggestion is not None
    assert suggestion.attribute is DisclosureAttribute.WITHHELD
    assert any(c == "investigation" for c, _ in _facts(_REFERRAL))


def test_a_published_bulletin_of_closed_cases_is_not_corroborated() -> None:
    bulletin = _REFERRAL.replace("蓼川县审计局\n关于移送县城投公司有关问题线索的函",
                                 "县纪委监委通报3起违反中央八项规定精神典型问题\n")
    suggestion = _suggest(bulletin)
    assert suggestion is not None
    # The lone passage stays one to mask: the title says the cases are told as a warning.
    assert suggestion.attribute is DisclosureAttribute.PROACTIVE
    assert "问题线索" in suggestion.reason and "请复核" in suggestion.reason
    assert _facts(bulletin) == []
