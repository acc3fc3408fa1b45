"""Digit runs across table cells: a figure's thousands group or a neighbouring cell must not
be read as the start of a mobile and swallow the card number written after it."""

from __future__ import annotations

import pytest

from workbench.scanning.numbers import find_numbers

CARD = "6222027100583129466"  # a synthetic 19-digit UnionPay card (benchmarks/make_ids.py)
GROUPED = f"{CARD[:4]} {CARD[4:8]} {CARD[8:12]} {CARD[12:16]} {CARD[16:]}"


def _found(text: str) -> list[tuple[str, str]]:
    return [(f.recognizer, text[f.start:f.end]) for f in find_numbers(text)]


def test_a_card_after_a_figure_with_thousands_separators() -> None:
    row = f"DG-3-09\t户主\t5.08\t326,136\t{GROUPED}\n"
    assert _found(row) == [("bank_card", GROUPED)]


def test_groups_joined_by_different_separators_are_no_mobile() -> None:
    # 136 ends the cell before; the card begins in the next one.
    found = _found(f"合计\t136\t{GROUPED}")
    assert ("mobile", f"136\t{GROUPED[:9]}") not in found
    assert not any(kind == "mobile" for kind, _ in found)


@pytest.mark.parametrize("text", [
    "联系电话138 0013 8000", "手机：138-0013-8000", "电话：13800138000,13900139000",
])
def test_mobiles_grouped_alike_or_listed_with_commas_are_still_found(text: str) -> None:
    assert [kind for kind, _ in _found(text)] and all(
        kind == "mobile" for kind, _ in _found(text))
