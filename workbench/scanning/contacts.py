"""Recognisers for e-mail addresses and home addresses."""

from __future__ import annotations

import regex

from workbench.scanning.found import Found

_EMAIL = regex.compile(
    r"(?<![a-z0-9._%+\-])[a-z0-9][a-z0-9._%+\-]{0,63}@[a-z0-9\-]+(?:\.[a-z0-9\-]+)*\.[a-z]{2,10}"
    r"(?![a-z0-9\-])"
)
#: Domains of government and institutional mailboxes: published on purpose.
_PUBLIC_DOMAINS = (".gov.cn", ".gov", ".org.cn", ".edu.cn", ".ac.cn")
#: Free mail providers: a mailbox there belongs to a person.
_PERSONAL_DOMAINS = (
    "qq.com", "163.com", "126.com", "yeah.net", "sina.com", "sina.cn", "sohu.com", "gmail.com",
    "hotmail.com", "outlook.com", "foxmail.com", "139.com", "189.cn", "aliyun.com", "yahoo.com",
    "icloud.com", "live.com",
)


def find_emails(text: str) -> list[Found]:
    out: list[Found] = []
    for m in _EMAIL.finditer(text):
        domain = m.group().rsplit("@", 1)[1]
        if domain.endswith(_PUBLIC_DOMAINS):
            out.append(Found("email", m.start(), m.end(), -0.4,
                             f"institutional mailbox ({domain})"))
        elif domain.endswith(_PERSONAL_DOMAINS):
            out.append(Found("email", m.start(), m.end(), 0.1,
                             f"personal mailbox at a free provider ({domain})"))
        else:
            out.append(Found("email", m.start(), m.end(), 0.0, f"e-mail address ({domain})"))
    return out


_NUM = r"[0-9一二三四五六七八九十百〇零]{1,5}"
# The anchor of a street address: a road, lane or village element followed by a house number,
# then optional building/unit/room parts. The part to its left (city, district, street) is
# taken by walking back over Chinese characters.
_ESTATE = r"\p{Han}{1,8}?(?:小区|花园|苑|公寓|大厦|家园|新村|公馆|广场|府|庭|园|城)"
_UNIT = rf"(?:[a-z]?{_NUM}(?:号楼|栋|幢|座|单元|室|楼|层|号|户)|-{_NUM})"
_ADDRESS_TAIL = regex.compile(
    rf"(?:路|街|巷|道|弄|胡同|村|社区|小区|花园|苑|新村|家园|公寓|公馆|里|屯|庄){_NUM}(?:号|弄|组|栋|幢)"
    rf"(?:(?:{_ESTATE})?{_UNIT}{{1,4}})?"
)
_ADMIN = regex.compile(r"(?:省|自治区|市|自治州|地区|盟|区|县|旗|街道|镇|乡)")
_RESIDENTIAL = regex.compile(r"(?:单元|室|号楼|栋|幢|户|组)")
_LEAD_WORDS = regex.compile(
    r".*(?:家庭住址|户籍所在地|户籍地|现居住|居住于|居住在|家住|现住|住址|住所|住在|地址|位于|暂住)(?:为|是|在|于)?"
)
_BACK = 26


def find_addresses(text: str) -> list[Found]:
    """Street addresses in compact (whitespace-free) text."""
    out: list[Found] = []
    for m in _ADDRESS_TAIL.finditer(text):
        start = m.start()
        lo = max(0, start - _BACK)
        while start > lo and "\u4e00" <= text[start - 1] <= "\u9fff":
            start -= 1
        lead = _LEAD_WORDS.match(text, start, m.start())
        if lead:
            start = lead.end()
        if m.start() - start < 1:
            continue
        body = text[start:m.end()]
        adjust = 0.0
        evidence = "street address with a house number"
        if _ADMIN.search(body, 0, m.start() - start):
            evidence += " and district/town"
        if _RESIDENTIAL.search(body, m.start() - start):
            adjust += 0.15
            evidence += ", down to building/unit/room"
        out.append(Found("address", start, m.end(), adjust, evidence))
    return out
