"""A reply letter addressed to a private person is released to that person on request."""

from __future__ import annotations

from tests.helpers.scanning import SCANNER
from tests.helpers.scanning import suggest as _suggest
from workbench.core.attributes import DisclosureAttribute

_LETTER = (
    "蓼川县住房和城乡建设局\n信访事项处理意见书\n蓼住建信〔2026〕7号\n\n宋明远：\n"
    "您于2026年3月2日反映的小区排水管道堵塞问题收悉。经调查核实，现答复如下：\n"
    "一、物业服务企业已于3月10日完成管道疏通。\n"
    "如不服本处理意见，可自收到之日起30日内向县人民政府申请复查。\n"
)


def test_a_letter_to_a_named_petitioner_is_released_on_request_with_masking() -> None:
    result = SCANNER.scan_text(_LETTER)
    addressee = [h for h in result if h.rule == "personal_privacy.addressee"]
    assert [h.text for h in addressee] == ["宋明远"]
    assert addressee[0].subtype == "person_name"
    suggestion = _suggest(_LETTER)
    assert suggestion is not None
    assert suggestion.attribute is DisclosureAttribute.ON_REQUEST
    assert suggestion.needs_redaction
    assert "宋明远" in suggestion.reason


def test_a_published_reply_with_the_name_masked_stays_proactive() -> None:
    masked = _LETTER.replace("宋明远：", "宋某某：").replace("处理意见书", "处理意见书（公开稿）")
    result = SCANNER.scan_text(masked)
    assert not [h for h in result if h.rule == "personal_privacy.addressee"]
    suggestion = _suggest(masked)
    assert suggestion is not None
    assert suggestion.attribute is DisclosureAttribute.PROACTIVE


def test_a_reply_to_an_office_is_not_a_letter_to_a_person() -> None:
    to_office = _LETTER.replace("宋明远：", "县城管局：")
    result = SCANNER.scan_text(to_office)
    assert not [h for h in result if h.rule == "personal_privacy.addressee"]


def test_the_letter_s_own_sentences_are_not_marked_as_facts() -> None:
    # The letter is released to its addressee for who it is written to; its content alone
    # does not make it a paper kept back, so no fact sentences are marked.
    assert not [h for h in SCANNER.scan_text(_LETTER) if h.subtype == "paper_fact"]
