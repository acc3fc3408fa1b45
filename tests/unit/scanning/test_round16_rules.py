"""Round 16: profiles after 为 and with a day of birth, private mailboxes that name their row,
surnames that were missing, poisonings, and utility-model applications under examination."""

from __future__ import annotations

import pytest

from tests.helpers.scanning import SCANNER


def _found(text: str) -> list[tuple[str | None, str]]:
    return [(h.subtype, h.text) for h in SCANNER.scan_text(text)]


def test_a_victim_named_after_a_role_with_sex_and_age() -> None:
    found = _found("事故造成1人死亡，死亡工人为蒋长贵（男，51岁，平安村人）。")
    assert ("person_name", "蒋长贵") in found


def test_a_party_written_with_the_day_of_birth_is_a_private_person() -> None:
    found = _found("委托代理人：罗桂英，女，1962年4月18日出生。")
    assert ("person_name", "罗桂英") in found


def test_an_official_written_with_year_and_month_of_birth_is_not_read_as_private() -> None:
    found = _found("任前公示\n彭志刚，男，汉族，1975年3月生，现任县交通运输局副局长。")
    assert ("person_name", "彭志刚") not in found


def test_a_private_mailbox_names_the_person_in_its_row() -> None:
    found = _found("序号\t企业名称\t联系人\n3\t某某商贸有限公司\t邓佩琪 dengpq_88@126.com\n")
    assert ("person_name", "邓佩琪") in found
    assert ("email", "dengpq_88@126.com") in found


@pytest.mark.parametrize("text, name", [
    ("来访人洪秀珍反映其房屋漏水。", "洪秀珍"),
    ("来访人阎福生反映其房屋漏水。", "阎福生"),
])
def test_surnames_that_were_missing(text: str, name: str) -> None:
    assert ("person_name", name) in _found(text)


def test_flood_words_that_start_with_the_surname_hong_are_not_names() -> None:
    found = _found("受洪水影响，来访人反映洪峰过境时低洼处积水。")
    assert not [t for s, t in found if s == "person_name"]


def test_a_poisoning_said_of_a_named_child() -> None:
    found = _found("5月3日，村民周小军（7岁）因误食毒蘑菇致中毒，经救治后脱险。")
    assert any(s == "health" and "中毒" in t for s, t in found)


def test_food_poisoning_counts_in_a_statistics_line_are_not_health_data() -> None:
    found = _found("今年全市共发生食物中毒事件2起，较去年下降50%。")
    assert not [t for s, t in found if s == "health"]


def test_a_utility_model_application_under_examination_is_unpublished() -> None:
    hits = SCANNER.scan_text("该装置已申请实用新型专利，实用新型申请202430112233.5尚在审查中。")
    assert any(h.category.value == "intellectual_property" for h in hits)


def test_a_granted_utility_model_is_not_flagged() -> None:
    hits = SCANNER.scan_text("企业拥有授权实用新型专利12件，其中2024年新增3件。")
    assert not any(h.category.value == "intellectual_property" for h in hits)
