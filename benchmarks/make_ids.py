"""Compute check digits for synthetic test identifiers (used to write labelled corpora).

Resident ID numbers follow GB 11643-1999 (ISO 7064 MOD 11-2); bank card numbers use the
Luhn digit. All numbers produced here are synthetic and belong to no real person.

Usage::

    python benchmarks/make_ids.py id 45010319850312123      # 17 digits -> full 18-char ID
    python benchmarks/make_ids.py badid 45010319850312123   # same body, wrong check digit
    python benchmarks/make_ids.py card 622848001234567890   # body without its last digit
    python benchmarks/make_ids.py badcard 622848001234567890
    python benchmarks/make_ids.py check 45010319850312123X  # validate an ID or a card number
"""

from __future__ import annotations

import sys

_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK = "10X98765432"


def id_check_digit(body17: str) -> str:
    if len(body17) != 17 or not body17.isdigit():
        raise ValueError(f"need 17 digits, got {body17!r}")
    return _CHECK[sum(int(d) * w for d, w in zip(body17, _WEIGHTS, strict=True)) % 11]


def id_number(body17: str) -> str:
    return body17 + id_check_digit(body17)


def bad_id_number(body17: str) -> str:
    good = id_check_digit(body17)
    wrong = next(c for c in "0123456789X" if c != good and c != "X")
    return body17 + wrong


def id_is_valid(value: str) -> bool:
    value = value.upper()
    return len(value) == 18 and value[:17].isdigit() and id_check_digit(value[:17]) == value[17]


def luhn_digit(body: str) -> str:
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:  # these positions are doubled once the check digit is appended
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def card_number(body: str) -> str:
    return body + luhn_digit(body)


def bad_card_number(body: str) -> str:
    return body + str((int(luhn_digit(body)) + 3) % 10)


def luhn_is_valid(value: str) -> bool:
    return value.isdigit() and luhn_digit(value[:-1]) == value[-1]


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__)
        return 2
    cmd, arg = argv
    arg = arg.replace(" ", "")
    if cmd == "id":
        print(id_number(arg))
    elif cmd == "badid":
        print(bad_id_number(arg))
    elif cmd == "card":
        print(card_number(arg))
    elif cmd == "badcard":
        print(bad_card_number(arg))
    elif cmd == "check":
        print("id valid" if id_is_valid(arg) else "id invalid",
              "| luhn valid" if luhn_is_valid(arg) else "| luhn invalid")
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
