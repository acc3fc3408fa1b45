"""Check digits and plausibility tests for numbers that identify people (GB 11643, Luhn)."""

from __future__ import annotations

import datetime as _dt
import operator

#: First two digits of a resident ID: the province-level division (GB/T 2260).
PROVINCE_CODES = frozenset({
    11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46,
    50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83, 91,
})

_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"
_ID_ZERO = ord("0") * sum(_ID_WEIGHTS)  # what the ASCII codes add over the digit values
#: Luhn's doubled digit per ASCII digit byte (2d, less 9 when that has two digits).
_LUHN_DOUBLED = bytes(range(256)).translate(
    bytes((2 * (b - 48) - 9 * (b >= 53)) % 256 if 48 <= b <= 57 else 0 for b in range(256)))

#: Card number prefixes issued to banks in China or the international schemes they use.
#: UnionPay (62) dominates personal cards; the rest need more evidence (see the recogniser).
UNIONPAY_PREFIXES = ("62",)
#: Gansu's prefecture codes (province 62): an ID-shaped number under one of them with a wrong
#: check digit is read as a mistyped ID; under any other 62xx it is a UnionPay card's prefix.
GANSU_PREFECTURES = frozenset({*(f"62{n:02d}" for n in range(1, 13)), "6229", "6230"})
SCHEME_PREFIXES = ("4", "51", "52", "53", "54", "55", "35", "37", "60", "9")


def id_check_digit(first17: str) -> str:
    """The GB 11643-1999 check character for the first 17 digits."""
    if len(first17) == 17 and first17.isascii() and first17.isdigit():
        # The weighted sum over the ASCII bytes, less the weighted '0's: no int() per digit.
        total = sum(map(operator.mul, first17.encode("ascii"), _ID_WEIGHTS)) - _ID_ZERO
        return _ID_CHECK[total % 11]
    total = sum(int(c) * w for c, w in zip(first17, _ID_WEIGHTS, strict=True))
    return _ID_CHECK[total % 11]


def _valid_date(year: int, month: int, day: int, *, today: _dt.date | None = None) -> bool:
    try:
        born = _dt.date(year, month, day)
    except ValueError:
        return False
    today = today or _dt.date.today()
    return _dt.date(1890, 1, 1) <= born <= today


def id18_shape(number: str) -> bool:
    """18 characters with a plausible province and birth date (check digit not tested)."""
    if len(number) != 18 or not number[:17].isdigit() or number[17] not in "0123456789Xx":
        return False
    if int(number[:2]) not in PROVINCE_CODES:
        return False
    return _valid_date(int(number[6:10]), int(number[10:12]), int(number[12:14]))


def is_resident_id18(number: str) -> bool:
    """A second-generation resident ID: plausible province and birth date, valid check digit."""
    return id18_shape(number) and id_check_digit(number[:17]) == number[17].upper()


def is_resident_id15(number: str) -> bool:
    """A first-generation (15-digit) ID: province, birth date 19YYMMDD; it has no check digit."""
    if len(number) != 15 or not number.isdigit():
        return False
    if int(number[:2]) not in PROVINCE_CODES:
        return False
    return _valid_date(1900 + int(number[6:8]), int(number[8:10]), int(number[10:12]))


def luhn_valid(number: str) -> bool:
    """The Luhn (mod 10) check used by card numbers."""
    if not number.isdigit():
        return False
    if number.isascii():
        # Every second digit from the right doubled (a byte table), the others as they are.
        digits = number.encode("ascii")[::-1]
        plain = digits[0::2]
        total = sum(plain) - 48 * len(plain) + sum(digits[1::2].translate(_LUHN_DOUBLED))
        return total % 10 == 0
    total = 0
    for i, c in enumerate(reversed(number)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def card_prefix_strength(number: str) -> int:
    """2 for a UnionPay prefix, 1 for another scheme's, 0 for none."""
    if number.startswith(UNIONPAY_PREFIXES):
        return 2
    if number.startswith(SCHEME_PREFIXES):
        return 1
    return 0


#: Second and third digits never given to an 11-digit mobile: 140–144 number the 13-digit
#: machine-to-machine cards, the others are unallocated. An officer's badge number
#: (执法证号14030124017) or a file number often starts like that.
_NOT_MOBILE = frozenset({"40", "41", "42", "43", "44", "54", "60", "61", "63", "64", "68", "69",
                         "79"})


def is_mobile(number: str) -> bool:
    """A mainland mobile number: 11 digits, 1[3-9]x, with an allocated prefix."""
    return (len(number) == 11 and number.isdigit() and number[0] == "1"
            and number[1] in "3456789" and number[1:3] not in _NOT_MOBILE)
