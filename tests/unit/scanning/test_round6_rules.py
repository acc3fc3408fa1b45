"""Rules added after the fifth blind corpus's second reading, each with sentences written for
this test: the owner of a bracketed profile, works-compound homes, candidates' own mailboxes,
and facts read by the kind of paper they sit in (``negative_list/_paper_kinds.toml``).
"""

from __future__ import annotations

import pytest

from tests.helpers.scanning import flagged as _flagged

ID_A = "320102199001011232"  # synthetic, valid check digit
ID_B = "320102201205061215"


def test_every_person_of_a_line_owns_the_id_in_their_own_bracket() -> None:
    text = (f"二、沙河镇新桥村 许明轩(男,2012年5月出生,身份证号{ID_B})、"
            f"许嘉怡(女,1990年1月出生,身份证号{ID_A}),兄妹二人")
    names = _flagged(text, "personal_privacy", "person_name")
    assert "许明轩" in names and "许嘉怡" in names


def test_a_profile_bracket_after_a_role_word_names_its_owner() -> None:
    text = f"经排查，首例为该厂食堂帮厨人员汤丽萍(女,36岁,身份证号{ID_A},住城关镇)。"
    assert _flagged(text, "personal_privacy", "person_name") == ["汤丽萍"]


def test_a_closed_bracket_does_not_lend_its_owner_to_a_later_number() -> None:
    text = f"经办人王建华(科员)核对后，录入证件号码{ID_A}。"
    assert "王建华" not in _flagged(text, "personal_privacy", "person_name")


def test_a_home_in_a_works_compound_is_an_address() -> None:
    text = "当事人住址：城南区建设街道机械厂宿舍3栋205室，联系电话见附件。"
    assert _flagged(text, "personal_privacy", "address")


def test_a_meeting_room_in_the_offices_compound_is_not_a_home() -> None:
    text = "会议定于周五下午在区委大院2号楼3楼会议室召开。"
    assert _flagged(text, "personal_privacy", "address") == []


def test_a_candidate_s_registered_mailbox_is_private_despite_the_office_reply_box() -> None:
    text = "请将回执发送至报名回执邮箱。考生钱思远注册邮箱qsy_2001@163.com有误，请本人更正。"
    assert _flagged(text, "personal_privacy", "email")


def test_the_office_reply_box_of_the_same_notice_stays_public() -> None:
    text = "报名材料扫描件请发送至回执邮箱jyjrsk@163.com，咨询电话见附件。"
    assert _flagged(text, "personal_privacy", "email") == []


@pytest.mark.parametrize("word", ["内部掌握", "不得外传", "控制知悉范围"])
def test_a_paper_that_keeps_itself_inside_makes_its_risk_figures_sensitive(word: str) -> None:
    text = f"（{word}）\n某村镇银行截至6月末不良贷款率升至8.7%，当月存款净流出1.9亿元。"
    assert _flagged(text, "economic_security")
