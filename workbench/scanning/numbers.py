"""Recognisers for numbers that identify people: resident IDs, mobiles, landlines, bank cards."""

from __future__ import annotations

import re

from workbench.scanning.found import Found
from workbench.scanning.tables import column_cells, heading_rows
from workbench.scanning.validators import (
    GANSU_PREFECTURES,
    card_prefix_strength,
    id18_shape,
    is_mobile,
    is_resident_id15,
    is_resident_id18,
    luhn_valid,
)

# A run of digits that may be broken by single separators or a line wrap (an ID pasted across
# two lines, a card written in groups of four). Runs touching '*' are masked fragments
# (138****1234) and runs glued to letters or a decimal point are codes or measurements.
# These patterns need nothing of ``regex``: the stdlib engine runs them a little faster.
_RUN = re.compile(
    r"(?:(?<![0-9a-z*.])|(?<=tel)|(?<=mob))"
    r"[0-9](?:(?:[ \t\-–—]{1,3}|[ \t\-–—]*\r?\n[ \t]*)?[0-9]){9,}x?"
    r"(?![0-9a-z*]|\.[0-9])"
)
#: Where ``_RUN`` can match: every match lies in a run of digits and separator characters
#: starting with a digit and at least ten characters long (a trailing x and the look-around
#: characters aside). One pass over the text finds these regions; _RUN runs only inside.
_REGION = re.compile(r"[0-9][0-9 \t\-–—\r\n]{9,}")
#: Letters a phone number may follow directly (tel13800…, mob13800…).
_PREFIXES = ("tel", "mob")
_DIGITS = frozenset("0123456789")
_NOT_BEFORE = frozenset("0123456789abcdefghijklmnopqrstuvwxyz*.")
_NOT_AFTER = frozenset("0123456789abcdefghijklmnopqrstuvwxyz*")
_SEP = re.compile(r"[^0-9x]+")
#: A landline under a bracketed area code, its local part whole or in two groups
#: ((0729)8652 417, (021)6489 5572): the length is checked after the match.
_PAREN_LANDLINE = re.compile(r"\((0[0-9]{2,3})\)[ \t]*([2-8][0-9]{2,3}(?:[ \t\-]?[0-9]{3,4}))"
                             r"(?![0-9])")

#: Labels that make a number an identifier rather than a person's number.
IDENTIFIER_LABELS = (
    "编号", "订单号", "流水号", "单号", "合同号", "发票号", "文号", "序列号", "条形码", "备案号",
    "批次号", "交易号", "凭证号", "登记号", "统一社会信用代码", "许可证号", "证书号", "工号",
    "坐标", "邮编", "邮政编码",
)

_MOBILE_GROUPS = {(11,), (3, 4, 4), (4, 3, 4), (3, 8), (7, 4)}

#: Labels that make a landline a person's own number (您的家庭电话0731-…, 宅电…, 家中固定电话…,
#: a hotline ticket's 来电号码…): whose line, then which word for a line, in every pairing
#: writers use.
PRIVATE_PHONE_LABELS = ("宅电", "来电号码", "家属电话", "家属联系电话",
                        *(owner + line
                          for owner in ("家庭", "住宅", "家中", "家里", "私人", "个人", "家的",
                                        "房东家", "亲戚家")
                          for line in ("电话", "固话", "固定电话", "座机")))
#: A local number without its area code (6231457) is a person's home line only where it says
#: so: right after a home-phone label, or marked 宅/家 after it. Offices print theirs with the
#: area code or leave them alone; a bare seven digits elsewhere is a figure or a code.
_LOCAL_LABELLED = re.compile(
    "(?:" + "|".join(PRIVATE_PHONE_LABELS)
    + r")(?:号码)?[:：]?[ \t]*([2-8][0-9]{6,7})(?![0-9a-z*])")
_LOCAL_MARKED = re.compile(r"(?<![0-9a-z*.\-])([2-8][0-9]{6,7})[ \t]*\((?:宅|家|住宅|家庭)\)")
#: A number abroad with its country code (+886 932 517 406, +65 9123 4578): a mainland reader
#: dials it only for one person (an investor, a relative abroad); offices abroad give a
#: landline beside a hotline, which the rule's context words lower.
_INTERNATIONAL = re.compile(r"\+[ \t]?(?!86)([1-9][0-9]{0,2})[ \t\-]?((?:[0-9][ \t\-]?){6,11}[0-9])"
                            r"(?![0-9])")
#: Column headings of a phone column, and the words that make it an office's.
_PHONE_HEADS = ("电话", "联系方式", "固话", "座机")
_OFFICE_HEADS = ("办公", "单位", "值班", "咨询", "热线", "监督", "举报", "服务")
#: Headings that make a table a list of private persons (households, applicants, patients).
_PERSON_HEADS = ("姓名", "户主", "户名", "身份证", "住址", "家庭", "监护人", "困难", "对象",
                 "申请人", "患者", "人员")
#: Headings of a list of staff (姓名 职务 联系电话): their work numbers, published on purpose.
_STAFF_HEADS = ("职务", "单位", "部门", "科室", "职责")
_LOCAL = re.compile(r"[2-8][0-9]{6,7}")
_MAX_JOIN = 19


def _area_split(digits: str) -> int | None:
    """Length of a plausible area code at the start of ``digits`` (010, 02x, 0xxx) or None."""
    if not digits.startswith("0") or len(digits) < 10:
        return None
    if digits.startswith(("010", "02")):
        area = 3
    elif digits[1] in "3456789":
        area = 4
    else:
        return None
    local = digits[area:]
    if len(local) in (7, 8) and local[0] in "2345678":
        return area
    return None


def _classify(digits: str, groups: list[int], wrapped: bool) -> tuple[str, float, str] | None:
    """Kind, score adjustment and evidence for one joined digit string, or None."""
    n = len(digits)
    grouped = len(groups) > 1
    if n == 18:
        if is_resident_id18(digits):
            how = " (split across separators)" if grouped else ""
            return "resident_id", 0.0, f"18-digit ID with a valid check digit{how}"
        if id18_shape(digits) and (digits[:4] in GANSU_PREFECTURES
                                   or card_prefix_strength(digits) < 2 or not luhn_valid(digits)):
            # ID-shaped but a wrong check digit: a mistyped or example ID, not a card either;
            # unless it is a UnionPay number passing Luhn whose 62xx is no Gansu prefecture
            # (an 18-digit card can carry a date-like run: 622202 2000 0101 0001).
            return "id_invalid", 0.0, ""
    digits_only = digits.isdigit()
    if n == 15 and digits_only and is_resident_id15(digits):
        return "resident_id15", -0.1, "15-digit (first-generation) ID with a valid birth date"
    if 16 <= n <= 19 and digits_only and luhn_valid(digits):
        strength = card_prefix_strength(digits)
        fours = grouped and all(g == 4 for g in groups[:-1])
        adjust = {2: -0.15, 1: -0.45, 0: -0.6}[strength] + (0.1 if fours else 0.0)
        prefix = {2: "UnionPay prefix 62", 1: "card-scheme prefix", 0: "no issuer prefix"}[strength]
        return "bank_card", adjust, f"{n}-digit card number passing Luhn, {prefix}"
    if n == 11 and digits_only and is_mobile(digits) and (
            wrapped or tuple(groups) in _MOBILE_GROUPS):
        return "mobile", 0.0, "11-digit mobile number (1[3-9]x)"
    if n == 13 and digits_only and digits.startswith("86") and is_mobile(digits[2:]) \
            and not grouped:
        return "mobile", 0.0, "mobile number with the country code 86"
    if digits_only and 10 <= n <= 12:
        area = _area_split(digits)
        plausible_groups = not grouped or groups[0] == area or wrapped
        if area is not None and plausible_groups:
            return "landline", 0.0, f"landline with area code {digits[:area]}"
    return None


def digit_runs(text: str) -> list[tuple[int, int]]:
    """The spans ``_RUN.finditer(text)`` gives, found region by region (see ``_REGION``).

    A region of digits only is read without the pattern: _RUN matches it whole (with an x
    after it) or not at all, as its look-behind and look-ahead say. Other regions are
    searched with _RUN, its end three characters past the region's so that the trailing x
    and the look-ahead see what they see in the whole text.
    """
    out: list[tuple[int, int]] = []
    n = len(text)
    for region in _REGION.finditer(text):
        a, b = region.span()
        if region.group().isdigit():
            if a > 0 and text[a - 1] in _NOT_BEFORE and text[max(0, a - 3):a] not in _PREFIXES:
                continue
            end = b
            if b < n and text[b] == "x":
                end = b + 1  # x? takes it, if what follows the x allows; else no match
            if end < n and (text[end] in _NOT_AFTER or (
                    text[end] == "." and end + 1 < n and text[end + 1] in _DIGITS)):
                continue
            out.append((a, end))
            continue
        stop = min(n, b + 3)
        m = _RUN.search(text, a, stop)
        while m is not None:
            out.append(m.span())
            m = _RUN.search(text, m.end(), stop)
    return out


def find_numbers(text: str) -> list[Found]:
    """Every validated ID, card, mobile and landline number in folded text."""
    out: list[Found] = []
    for start, end in digit_runs(text):
        raw = text[start:end]
        if raw.isdigit() or (raw[:-1].isdigit() and raw[-1] == "x"):
            # The common case, no separators: one string to classify, nothing to join.
            if len(raw) <= _MAX_JOIN:
                kind = _classify(raw, [len(raw)], False)
                if kind is not None and kind[0] != "id_invalid":
                    name, adjust, evidence = kind
                    out.append(Found("resident_id" if name == "resident_id15" else name,
                                     start, end, adjust, evidence,
                                     name == "resident_id15"))
            continue
        spans = []  # (start, end) of each digit group in text coordinates
        pos = start
        for part in _SEP.split(raw):
            if part:
                idx = text.index(part, pos)
                spans.append((idx, idx + len(part)))
                pos = idx + len(part)
        if _thousands_tail(text, start, spans[0]):
            spans = spans[1:]  # 326,136<tab>6228…: 136 ends a figure, the card starts after
        _parse_groups(text, spans, out)
    for m in _PAREN_LANDLINE.finditer(text):
        if sum(c.isdigit() for c in m.group(2)) not in (7, 8):
            continue
        out.append(Found("landline", m.start(), m.end(), 0.0,
                         f"landline with area code {m.group(1)}"))
    if "电" in text or "座机" in text or "固话" in text:
        for m in _LOCAL_LABELLED.finditer(text):
            out.append(Found("landline", m.start(1), m.end(1), 0.0,
                             "local number without area code, labelled a home phone"))
    if "+" in text:
        for m in _INTERNATIONAL.finditer(text):
            out.append(Found("mobile", m.start(), m.end(), -0.05,
                             f"number abroad with the country code +{m.group(1)}",
                             needs_context=True))
    if any(w in text for w in _PHONE_HEADS):
        out.extend(_local_numbers_in_phone_columns(text))
    out.extend(_numbers_in_chinese_numerals(text))
    if "宅)" in text or "家)" in text:
        for m in _LOCAL_MARKED.finditer(text):
            out.append(Found("landline", m.start(1), m.end(1), 0.2,
                             "local number without area code, marked a home phone"))
    return out


#: A number written out in Chinese numerals (联系电话：一三五三五六二七八〇四): how a record
#: taken down by hand or read back to a caller sometimes gives it, always after its label.
#: Eleven or eighteen numerals in a row say nothing else.
_CHINESE_NUMERAL_RUN = re.compile(r"[〇零一二三四五六七八九]{11}"
                                  r"(?:[〇零一二三四五六七八九]{6}[〇零一二三四五六七八九x])?"
                                  r"(?![〇零一二三四五六七八九十百千万亿])")
_CHINESE_DIGITS = str.maketrans("〇零一二三四五六七八九", "00123456789")
_NUMBER_LABELS = ("电话", "手机", "联系方式", "身份证", "号码")
#: How far after its label such a number may start (联系电话（本人）：…).
_LABEL_REACH = 12


def _numbers_in_chinese_numerals(text: str) -> list[Found]:
    """Mobiles and resident IDs written in Chinese numerals after a label, validated as their
    digits are. Read only after the labels: a run of numerals is searched for in a few
    characters, not in the whole text, where 一 and 二 are everywhere."""
    out: list[Found] = []
    starts: set[int] = set()
    for label in _NUMBER_LABELS:
        at = text.find(label)
        while at >= 0:
            end = at + len(label)
            m = _CHINESE_NUMERAL_RUN.search(text, end, end + _LABEL_REACH + 18)
            if m is not None and m.start() - end <= _LABEL_REACH and m.start() not in starts \
                    and (m.start() == 0 or text[m.start() - 1] not in _CHINESE_NUMERALS):
                starts.add(m.start())
                out.extend(_chinese_numeral_number(m))
            at = text.find(label, end)
    return out


_CHINESE_NUMERALS = frozenset("〇零一二三四五六七八九十百千万亿")


def _chinese_numeral_number(m: re.Match[str]) -> list[Found]:
    """The mobile or resident ID that a run of Chinese numerals ``m`` spells, if valid."""
    digits = m.group().translate(_CHINESE_DIGITS)
    if len(digits) == 11 and is_mobile(digits):
        return [Found("mobile", m.start(), m.end(), 0.0,
                      "11-digit mobile number (1[3-9]x) written in Chinese numerals")]
    if len(digits) == 18 and is_resident_id18(digits):
        return [Found("resident_id", m.start(), m.end(), 0.0,
                      "18-digit ID with a valid check digit, written in Chinese numerals")]
    return []


def _thousands_tail(text: str, start: int, first: tuple[int, int]) -> bool:
    """Whether a run's first group is the last three digits of a figure written with
    thousands separators (326,136): a comma with a digit before it, three digits after."""
    return (first[1] - first[0] == 3 and start >= 2 and text[start - 1] == ","
            and text[start - 2] in _DIGITS)


def _parse_groups(text: str, spans: list[tuple[int, int]], out: list[Found]) -> None:
    """Numbers in a run of digit groups. A group that is a whole valid 18-digit ID on its own
    stands alone: joined to the cell before it (a table's 人数 column, ``3\t4305…``) it can
    make a 19-digit string that happens to pass Luhn, and the ID would be lost to a weak card."""
    first = 0
    for g, (s, e) in enumerate(spans):
        if e - s == 18:
            kind = _classify(text[s:e], [18], False)
            if kind is not None and kind[0] == "resident_id":
                _join_groups(text, spans[first:g], out)
                out.append(Found("resident_id", s, e, kind[1], kind[2], False))
                first = g + 1
    _join_groups(text, spans[first:], out)


def _join_groups(text: str, spans: list[tuple[int, int]], out: list[Found]) -> None:
    i, k = 0, len(spans)
    while i < k:
        matched = False
        for j in range(k, i, -1):
            total = sum(e - s for s, e in spans[i:j])
            if total > _MAX_JOIN or total < 10 or _row_number_after(text, spans, i, j):
                continue
            digits = "".join(text[s:e] for s, e in spans[i:j])
            wrapped = any("\n" in text[spans[g][1]:spans[g + 1][0]] for g in range(i, j - 1))
            kind = _classify(digits, [e - s for s, e in spans[i:j]], wrapped)
            if kind is None:
                continue
            if kind[0] == "mobile" and not wrapped and len({
                    text[spans[g][1]:spans[g + 1][0]] for g in range(i, j - 1)}) > 1:
                continue  # 136<tab>6228 4828: groups of different cells, not one number
            if kind[0] == "mobile" and len(groups := [e - s for s, e in spans[i:j]]) == 3 \
                    and groups[0] == 4 and "\t" in text[spans[i][1]:spans[j - 1][0]]:
                continue  # 1650<tab>633<tab>1120: three figures of a table row, not 1588 792 0318
            name, adjust, evidence = kind
            if name == "bank_card" and _inside_longer_number(text, spans, i, j):
                continue  # the tail of a longer account number (户名 of an institution)
            if name != "id_invalid":
                needs_context = name in ("resident_id15",)
                out.append(Found("resident_id" if name == "resident_id15" else name,
                                 spans[i][0], spans[j - 1][1], adjust, evidence, needs_context))
            i = j
            matched = True
            break
        if not matched:
            i += 1


def _row_number_after(text: str, spans: list[tuple[int, int]], i: int, j: int) -> bool:
    r"""Whether the last of groups ``i..j`` is the next row's number of a table, not the end of
    a wrapped number: one to three digits after a line break, then a cell separator
    (``0731-6147295\n2\t柴某某``)."""
    if j - i < 2:
        return False
    s, e = spans[j - 1]
    return e - s <= 3 and "\n" in text[spans[j - 2][1]:s] and (
        text.startswith("\t", e) or text.startswith("  ", e) or text.startswith("\u3000", e))


def _inside_longer_number(text: str, spans: list[tuple[int, int]], i: int, j: int) -> bool:
    """Whether groups ``i..j`` are a slice of one longer grouped number, not a number of their
    own: a short group joined by the same separator sits right before or after them
    (``4500 1640 5308 5200 1247`` is a 20-digit account, its last 16 digits are no card)."""
    sep = text[spans[i][1]:spans[i + 1][0]] if j - i > 1 else None
    if sep is None or "\n" in sep:
        return False
    if i > 0:
        s, e = spans[i - 1]
        if e - s <= 6 and text[e:spans[i][0]] == sep:
            return True
    if j < len(spans):
        s, e = spans[j]
        if e - s <= 6 and text[spans[j - 1][1]:s] == sep:
            return True
    return False


def _local_numbers_in_phone_columns(text: str) -> list[Found]:
    """Local numbers without area code (6231457) in the phone column of a table of private
    persons: a household's or an applicant's own line, as the column heading says."""
    out: list[Found] = []
    seen: set[int] = set()
    for word in _PHONE_HEADS:
        for heads, end in heading_rows(text, word):
            if end in seen:
                continue
            seen.add(end)
            column = next((k for k, h in enumerate(heads) if any(w in h for w in _PHONE_HEADS)
                           and not any(w in h for w in _OFFICE_HEADS) and len(h) <= 8), None)
            if column is None or not any(w in h for h in heads for w in _PERSON_HEADS) \
                    or any(w in h for h in heads for w in _STAFF_HEADS):
                continue
            for s0, s1 in column_cells(text, end, column, len(heads)):
                if _LOCAL.fullmatch(text, s0, s1):
                    out.append(Found("landline", s0, s1, 0.1,
                                     "local number in the phone column of a list of persons"))
    return out
