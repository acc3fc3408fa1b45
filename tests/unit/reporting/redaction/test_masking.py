"""Mask styles: full removal and the personal-data norms, chosen per type with overrides."""

from __future__ import annotations

import pytest

from workbench.core.errors import ValidationError
from workbench.reporting.redaction import PERSONAL_DATA_NORMS, Redaction, mask_text
from workbench.reporting.redaction.masking import choose_style, plan_masks


@pytest.mark.parametrize(("text", "style", "subtype", "masked"), [
    ("450102199003071234", "asterisks", "id_card", "4501**********1234"),
    ("13812345678", "asterisks", "mobile", "138****5678"),
    ("+86 13812345678", "asterisks", "mobile", "+86 138****5678"),
    ("6222020200112233445", "asterisks", "bank_card", "***************3445"),
    ("南宁市青秀区民族大道100号3栋501室", "asterisks", "address",
     "南宁市青秀区民族大道**********"),
    ("王小明", "asterisks", "person_name", "王**"),
    ("欧阳明月", "asterisks", "person_name", "欧阳**"),
    ("zhangsan@example.cn", "asterisks", "email", "z*******@example.cn"),
    ("0771-5551234", "asterisks", "landline", "0771-*****34"),
    ("王小明", "block", "person_name", "■■■"),
    ("王 小明", "block", None, "■ ■■"),  # whitespace is no information: kept for the layout
    ("秘密★1年", "placeholder", None, "【已删除】"),
    ("某某事项", "asterisks", None, "****"),  # no norm for the type: every character
])
def test_mask_styles(text: str, style: str, subtype: str | None, masked: str) -> None:
    assert mask_text(text, style, subtype) == masked


def test_overrides_beat_the_reviewers_choice_which_beats_the_default() -> None:
    r = Redaction(0, 2, "王某", "personal_privacy", "person_name", "placeholder")
    assert choose_style(r) == "placeholder"
    assert choose_style(r, PERSONAL_DATA_NORMS) == "asterisks"
    assert choose_style(r, {"personal_privacy": "block"}) == "block"
    assert choose_style(Redaction(0, 2, "王某", "personal_privacy")) == "block"
    with pytest.raises(ValidationError) as err:
        choose_style(r, {"*": "smudge"})
    assert err.value.code == "mask_unknown"


def test_overlapping_redactions_merge_and_the_stronger_mask_wins() -> None:
    text = "住址：南宁市民族大道100号"
    address = Redaction(3, 14, text[3:14], "personal_privacy", "address", "asterisks")
    number = Redaction(10, 13, "100", "personal_privacy", None, "block")
    plan = plan_masks(text, [number, address])
    assert len(plan.groups) == 1
    assert "".join(plan.groups[0].out) == "南宁市民族大道■■■*"
    assert [a.style for a in plan.applied] == ["asterisks", "block"]


def test_a_span_that_does_not_match_the_text_is_refused() -> None:
    with pytest.raises(ValidationError) as err:
        plan_masks("电话13812345678", [Redaction(2, 13, "13812345679", "personal_privacy")])
    assert err.value.code == "redaction_mismatch"
