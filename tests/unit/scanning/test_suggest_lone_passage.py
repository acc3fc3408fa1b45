"""One weak article-14 passage is masked (区分处理), not a reason to withhold the whole paper."""

from __future__ import annotations

from workbench.core.attributes import DisclosureAttribute
from workbench.core.categories import Category
from workbench.scanning.model import Hit
from workbench.scanning.suggest import suggest


def _hit(category: Category, text: str, score: float, start: int = 0) -> Hit:
    return Hit(category=category, subtype=None, rule=f"{category}.test", text=text, start=start,
               end=start + len(text), score=score, legal_ground="第十四条", explanation="test",
               negative_list_version="v")


def test_a_lone_passage_at_the_bare_score_is_masked_and_named_in_the_reason() -> None:
    s = suggest([_hit(Category.INVESTIGATION, "刑事拘留", 0.7)])
    assert s.attribute is DisclosureAttribute.PROACTIVE and s.needs_redaction
    assert "刑事拘留" in s.reason and "请复核" in s.reason
    assert s.legal_ground == "第十四条"


def test_the_same_passage_twice_is_still_one_passage() -> None:
    s = suggest([_hit(Category.INVESTIGATION, "刑事拘留", 0.7),
                 _hit(Category.INVESTIGATION, "刑事拘留", 0.7, start=40)])
    assert s.attribute is DisclosureAttribute.PROACTIVE and s.needs_redaction


def test_two_different_passages_withhold() -> None:
    s = suggest([_hit(Category.INVESTIGATION, "刑事拘留", 0.7),
                 _hit(Category.SOCIAL_STABILITY, "重点稳控对象", 0.7, start=40)])
    assert s.attribute is DisclosureAttribute.WITHHELD


def test_a_confident_passage_withholds_alone() -> None:
    s = suggest([_hit(Category.PUBLIC_SAFETY, "储备库位于某路8号", 0.8)])
    assert s.attribute is DisclosureAttribute.WITHHELD


def test_a_classification_mark_withholds_alone_whatever_its_score() -> None:
    s = suggest([_hit(Category.STATE_SECRET, "内部资料", 0.7)])
    assert s.attribute is DisclosureAttribute.WITHHELD


def _fact(category: Category, text: str, start: int) -> Hit:
    return Hit(category=category, subtype="paper_fact", rule=f"{category}.paper_fact",
               text=text, start=start, end=start + len(text), score=0.55,
               legal_ground="第十四条", explanation="test", negative_list_version="v")


def test_a_lone_passage_the_paper_keeps_returning_to_withholds() -> None:
    lone = _hit(Category.INVESTIGATION, "案件线索", 0.7)
    facts = [_fact(Category.INVESTIGATION, "拟于9月12日开展突击检查", 20),
             _fact(Category.INVESTIGATION, "实际控制人转入资金300万元", 60)]
    s = suggest([lone, *facts])
    assert s.attribute is DisclosureAttribute.WITHHELD
    assert "案件线索" in s.reason and "2处同类具体事实" in s.reason


def test_facts_of_another_category_do_not_corroborate_a_lone_passage() -> None:
    lone = _hit(Category.INVESTIGATION, "案件线索", 0.7)
    facts = [_fact(Category.PUBLIC_SAFETY, "仓库位于城东路18号", 20),
             _fact(Category.PUBLIC_SAFETY, "夜间仅1人值守", 60)]
    s = suggest([lone, *facts])
    assert s.attribute is DisclosureAttribute.PROACTIVE and s.needs_redaction
