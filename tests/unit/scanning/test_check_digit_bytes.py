"""Check digits summed over ASCII bytes equal the per-digit int() sums they replaced."""

from __future__ import annotations

import random

from workbench.scanning.validators import id_check_digit, luhn_valid

_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def _id_reference(first17: str) -> str:
    return "10X98765432"[sum(int(c) * w for c, w in zip(first17, _WEIGHTS, strict=True)) % 11]


def _luhn_reference(number: str) -> bool:
    if not number.isdigit():
        return False
    total = 0
    for i, c in enumerate(reversed(number)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def test_the_byte_sums_agree_with_the_reference_on_random_numbers() -> None:
    rng = random.Random(7)
    for _ in range(20_000):
        first17 = "".join(rng.choice("0123456789") for _ in range(17))
        assert id_check_digit(first17) == _id_reference(first17)
        number = "".join(rng.choice("0123456789") for _ in range(rng.randint(0, 21)))
        assert luhn_valid(number) == _luhn_reference(number)


def test_non_ascii_digits_keep_the_old_behaviour() -> None:
    full_width = "１２３４５６７８９０１２３４５６７"
    assert id_check_digit(full_width) == _id_reference(full_width)
    card = "６２２２０２００００００００００００"
    assert luhn_valid(card) == _luhn_reference(card)
    assert not luhn_valid("6222 0200") and not luhn_valid("")


def test_digit_runs_region_by_region_equal_the_pattern_over_the_whole_text() -> None:
    from workbench.scanning.numbers import _RUN, digit_runs

    rng = random.Random(23)
    alphabet = "0123456789" * 4 + " \t-–—\r\nx.*ab中X"
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60)))
        assert digit_runs(text) == [m.span() for m in _RUN.finditer(text)], repr(text)


def test_the_spelt_out_white_space_class_is_regex_s() -> None:
    import re

    import regex

    from workbench.scanning.params import WHITE_SPACE

    ours = re.compile(WHITE_SPACE)
    theirs = regex.compile(r"\s")
    for cp in range(0x110000):
        if 0xD800 <= cp < 0xE000:
            continue
        ch = chr(cp)
        assert bool(ours.match(ch)) == bool(theirs.match(ch)), hex(cp)
