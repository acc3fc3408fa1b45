"""Recognisers for e-mail addresses and home addresses."""

from __future__ import annotations

import re

import regex

from workbench.scanning.found import Found
from workbench.scanning.names import name_ending_at
from workbench.scanning.numbers import PRIVATE_PHONE_LABELS

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


#: The numbers that may precede a mailbox in a contact line: a person's (an ID or card number, a
#: mobile) or an office's landline with its area code, with the separators drafts use.
_NUMBER_BEFORE = re.compile(
    r"(?<![0-9])(?:(?P<person>[0-9]{15,18}[0-9Xx]?|1[3-9][0-9](?:[ -]?[0-9]{4}){2})"
    r"|(?P<landline>(?:0[1-9][0-9]{1,2}-?|\(0[1-9][0-9]{1,2}\))[2-9][0-9]{6,7}))(?![0-9])"
)
#: How far back a contact line's phone is looked for: the mailbox's own line and the two above.
_CONTACT_LOOKBACK_LINES = 3
_CONTACT_LOOKBACK_CHARS = 120


def _listed_with_office_landline(text: str, start: int) -> bool:
    """Whether the nearest number before a mailbox, in its contact lines, is an office landline.

    An office lists its mailbox next to its landline (电话：0749-…；邮箱：…); a person's mailbox
    sits next to a mobile, an ID number or a name, which the rule's context words weigh, and a
    home landline on the person's own line does not make it an office's.
    """
    begin = start
    for _ in range(_CONTACT_LOOKBACK_LINES):
        begin = text.rfind("\n", 0, begin)
        if begin < 0:
            break
    begin = max(begin + 1, start - _CONTACT_LOOKBACK_CHARS)
    numbers = _NUMBER_BEFORE.findall(text, begin, start)
    if not numbers or not numbers[-1][1]:
        return False
    # A person's own contact line may end with a home landline (手机…，家庭电话0946-…，电子邮箱…).
    line = text[text.rfind("\n", 0, start) + 1:start]
    return not any(person for person, _ in _NUMBER_BEFORE.findall(line)) and not any(
        label in line for label in PRIVATE_PHONE_LABELS)


#: A mailbox right after the means of writing (通过电子邮件（…）反映, 随后通过邮件…补充): the
#: sender's own.
_WROTE_FROM = regex.compile(r"(?:电子邮件|电子邮箱|邮件|邮箱)\s*[（(:：]?\s*$")
#: Who wrote: a private person (市民罗先生, 村民某某, 投诉人…), in the same sentence.
_PRIVATE_SENDER = regex.compile(r"市民|村民|居民|群众|网民|投诉人|举报人|来信人|信访人|申请人"
                                r"|来电人|\p{Han}(?:先生|女士)")
#: …unless the sentence invites the public to write (市民可通过电子邮件（…）反映).
_INVITATION = regex.compile(r"可|欢迎|请|如有|若有")
_SENDER_REACH = 40


def _written_from(text: str, start: int) -> bool:
    """Whether the mailbox at ``start`` is the one a private person wrote from."""
    if _WROTE_FROM.search(text, max(0, start - 8), start) is None:
        return False
    return _private_and_uninvited(text, start, _SENDER_REACH)


def _private_and_uninvited(text: str, start: int, reach: int) -> bool:
    """Whether the sentence before ``start`` (at most ``reach`` characters) names a private
    person and invites nobody to write."""
    lo = max(0, start - reach)
    lo = max(lo, max(text.rfind(c, lo, start) for c in "。；;\n") + 1)
    return _PRIVATE_SENDER.search(text, lo, start) is not None \
        and _INVITATION.search(text, lo, start) is None


#: A mailbox somebody filled in, left or used (报名时填写的电子邮箱…, 团伙使用的邮箱…): the
#: person's own; an office gives its mailbox as 联系邮箱 or 指定邮箱 instead.
_OWN_MAILBOX = regex.compile(r"(?:填写|预留|留存|留下|使用|注册)的?(?:电子)?邮箱(?:地址)?"
                             r"(?:为|是)?\s*[（(:：]?\s*$")


#: How far back the sentence of a person's contact details (举报人某某，系…村民，…单位电话…，
#: 电子邮箱…) is read.
_PERSON_SENTENCE_REACH = 80
#: Local parts an office names its mailbox by, after the work it receives (ybjtzhaopin@163.com,
#: xxgk…, jubao…): a function, not a person. Words that are also given names in pinyin (zixun
#: 子勋, baoming 宝明, jianyi 建毅) are left out.
_FUNCTION_MAILBOX = regex.compile(
    r"zhaopin|zhaosheng|xinfang|jubao|tousu|zwgk|xxgk|gongkai|bangong|bgs|office|kefu"
    r"|service|tougao")


def find_emails(text: str) -> list[Found]:
    out: list[Found] = []
    for m in _EMAIL.finditer(text):
        local, domain = m.group().rsplit("@", 1)
        if _written_from(text, m.start()):
            out.append(Found("email", m.start(), m.end(), 0.45,
                             f"the mailbox a private person wrote from ({domain})"))
        elif _OWN_MAILBOX.search(text, max(0, m.start() - 14), m.start()):
            out.append(Found("email", m.start(), m.end(), 0.45,
                             f"a mailbox somebody filled in or used ({domain})"))
        elif _FUNCTION_MAILBOX.search(local.lower()):
            out.append(Found("email", m.start(), m.end(), -0.4,
                             f"an office's mailbox named by its work ({local})"))
        elif domain.endswith(_PERSONAL_DOMAINS) \
                and _private_and_uninvited(text, m.start(), _PERSON_SENTENCE_REACH):
            out.append(Found("email", m.start(), m.end(), 0.45,
                             f"personal mailbox ({domain}) in a private person's details"))
        elif domain.endswith(_PUBLIC_DOMAINS):
            out.append(Found("email", m.start(), m.end(), -0.4,
                             f"institutional mailbox ({domain})"))
        elif _listed_with_office_landline(text, m.start()):
            out.append(Found("email", m.start(), m.end(), -0.4,
                             f"mailbox listed with an office landline ({domain})"))
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
# 排 and 户 number the rows and doors of a courtyard compound (号院2排3户); a letter alone names
# a building in newer compounds (宿舍区B栋412室).
_UNIT_NO = rf"[a-z]?{_NUM}"
_UNIT = rf"(?:{_UNIT_NO}(?:号楼|栋|幢|座|单元|室|楼|层|号|户|排)|[a-z](?:栋|幢|座|号楼)|-{_NUM})"
# Rural and sectioned forms too: 村…组18号, 村二队58号, 那况坡12号, 解放路东段42号, 远大路东屯渡段
# 3号附1号, 经三路北段66号院4号楼 (a compound 院 with its buildings); 村三社17号 (社 is the village
# group in Sichuan, Gansu and Chongqing, as 组 and 队 are elsewhere).
_ADDRESS_TAIL = regex.compile(
    # An estate named without its road, down to building, unit and room (滨江世纪城7号楼2单元
    # 1502室): three parts name one household's flat, as a hotline record or a complaint
    # writes a caller's home. First, so 苑12号楼 is not read as house number 12.
    rf"(?:小区|花园|苑|公寓|家园|新村|城|府|庭|园){_NUM}(?:号楼|栋|幢|座){_NUM}单元{_NUM}(?:室|号|户)|"
    # or down to building and room, the building perhaps lettered (人才公寓B3栋1704室)
    rf"(?:小区|花园|苑|公寓|家园|新村){_UNIT_NO}(?:号楼|栋|幢|座){_NUM}室|"
    # 委 numbers the residents' committees of north-eastern towns (新华社区9委5栋, 重机二委14栋).
    rf"(?:路|街|巷|道|弄|胡同|村|社区|小区|花园|苑|新村|家园|公寓|公馆|里|屯|庄|组|队|坡|段|委)"
    # a section of a workers' village first (工人村三区12号楼, 矿工新村东区4排8号), and rows
    # of one-storey houses (7排3号)
    # (号楼 only with a unit or room after it: 名苑12号楼至15号楼 is a range of buildings)
    rf"(?:(?:[东西南北中]|{_NUM})区)?{_NUM}(?:号楼(?={_NUM})|号院|号|弄|组|社|栋|幢|排)"
    rf"(?:附{_NUM}号)?"
    rf"(?:(?:{_ESTATE})?{_UNIT}{{1,4}})?"
    # A road, then an estate without a house number of its own, then building, unit and room
    # (开元东路凯通国际城7栋1单元1103室): how most flats in newer towns are written.
    rf"|(?:路|街|巷|道|大道){_ESTATE}{_UNIT}{{2,4}}"
    # Works compounds with no street number at all, only building and room (纺织厂宿舍4栋301室,
    # 粮站家属院2排3户, …南侧家属院3号楼): how older towns write the homes of a factory's or an
    # office's staff.
    rf"|(?:宿舍|宿舍区|家属院|家属区|家属楼|家属房|大院){_UNIT}{{1,4}}"
)
_ADMIN = re.compile(r"(?:省|自治区|市|自治州|地区|盟|区|县|旗|街道|镇|乡)")
_RESIDENTIAL = re.compile(r"(?:单元|室|号楼|栋|幢|户|组|排)")
_LEAD_WORDS = re.compile(
    r".*(?P<lead>家庭住址|家中|户籍所在地|户籍地|现居住|居住于|居住在|居住的|家住|现住|住址|住所地|住所|住在|地址|位于"
    r"|暂住|(?<![居入暂常在])住)(?:为|是|在|于)?"
)
#: The compound of a party committee, a government or an office (市委大院, 人武部大院): offices,
#: not homes (its 家属院 is).
_OFFICE_COMPOUND = re.compile(r"(?:委|政府|机关|部|局|队|所)大院")
#: Verbs of going to a place: the address begins after the last of them.
_WENT_TO = re.compile(r".*(?:走访|前往|来到|赶到|到达|入户|上门|路过|途经|看望|慰问|探望|拜访|赶赴"
                      r"|赴|到|去)")
#: Lead words that say a person lives there (地址, 位于 and 住所 do not: offices and companies
#: have them too). A bare 住 before an address ("，住建设路9号") is how case files and
#: mediation records write a person's residence.
_HOME_LEADS = frozenset({"家庭住址", "户籍所在地", "户籍地", "现居住", "居住于", "居住在", "居住的",
                         "家住", "现住", "住址", "住在", "暂住", "住"})
#: A company's registered address (住所 of 有限公司 with its 统一社会信用代码) is not private:
#: the nearest party marker before the address decides whose address it is. 住所地 is how a
#: review decision or a judgment gives an organisation's seat (第三人：某某煤矿，住所地…); a
#: person there "住…".
_COMPANY_MARKERS = ("有限公司", "有限责任公司", "股份公司", "统一社会信用代码", "法定代表人",
                    "营业执照", "合作社", "个体工商户名称", "经营场所", "注册地址", "住所地")
_PERSON_MARKERS = ("身份证", "公民身份号码", "性别", "出生", "男，", "女，", "男,", "女,",
                   "户主", "家住")
_PARTY_BACK = 120
#: Greedy ``.*`` backs off from the end to the last position where a marker starts.
_LAST_MARKER = re.compile("(?s).*(?=" + "|".join(
    re.escape(w) for w in (*_COMPANY_MARKERS, *_PERSON_MARKERS)) + ")")
_BACK = 26
#: What a person's own house is called right after its address (…44号的老房子, …的住宅).
_OWN_HOUSE_AFTER = re.compile(r"的(?:老|自建)?(?:房子|住房|住宅|家|宅院|祖屋)")
#: A flat written by building, unit and room alone, in brackets after its owner's name (业主
#: 某某（3栋2单元1102室，…）): how a complaint or a case file places a resident in a known estate.
_FLAT_IN_BRACKET = regex.compile(
    rf"(?<=[（(]){_NUM}(?:号楼|栋|幢|座){_NUM}单元{_NUM}(?:室|号|户)")


#: A flat by building, unit and room with its household after it (11栋2单元401室住户某某,
#: 3号楼1单元502室业主): the residents of a known estate, as a petition reply names them.
_FLAT_OF_HOUSEHOLD = regex.compile(
    rf"{_NUM}(?:号楼|栋|幢|座){_NUM}单元{_NUM}(?:室|号|户)(?=住户|业主|居民|租户)")


#: A home given down to the village and its group but with no house number, after a label
#: that says it is where a person lives or is written to (通讯地址为…县…镇…村…组): how an
#: application form, and the reply that quotes it, places a rural applicant.
_LABELLED_VILLAGE = regex.compile(
    r"(?:家庭住址|家庭地址|通讯地址|通信地址|联系地址|户籍地址|户籍所在地|户籍地|现住址|住址|家住|现住)"
    r"(?:为|是|在|于|[:：])?"
    r"(?P<home>\p{Han}{0,10}?(?:镇|乡|街道)\p{Han}{1,6}?村(?:\p{Han}{1,5}?(?:组|社|屯|队))?)"
    r"(?=[,，。;；)）]|$)")


def find_addresses(text: str) -> list[Found]:
    """Street addresses in compact (whitespace-free) text."""
    out: list[Found] = []
    for m in _ADDRESS_TAIL.finditer(text):
        start = m.start()
        lo = max(0, start - _BACK)
        if text[start] == "委":
            while start > lo and text[start - 1].isdigit():
                start -= 1  # 社区9委: the committee's number, then the community's name
        while start > lo and "\u4e00" <= text[start - 1] <= "\u9fff":
            start -= 1
        lead = _LEAD_WORDS.match(text, start, m.start())
        if lead:
            start = lead.end()
        else:
            went = _WENT_TO.match(text, start, m.start())
            if went:
                start = went.end()  # 网格员周三下午走访沙坝路47号: the address starts after 走访
        if m.start() - start < 1:
            continue
        body = text[start:m.end()]
        adjust = 0.0
        evidence = "street address with a house number"
        home_lead = lead is not None and lead.group("lead") in _HOME_LEADS
        if home_lead:
            adjust += 0.35
            evidence += f" after {lead.group('lead')}"
        elif _OWN_HOUSE_AFTER.match(text, m.end()) or (
                lead and text[lead.start("lead") - 1:lead.start("lead")] == "其"):
            adjust += 0.35
            evidence += ", said of a person's own house (其位于…, …的老房子)"
        named = _after_a_name(text, start)
        if named:
            adjust += 0.2
            evidence += ", in brackets after a person's name"
        party = None if named or home_lead else _party(text, start)
        if party == "company":
            adjust -= 0.6
            evidence += ", a company's registered address"
        elif _OFFICE_COMPOUND.search(text, start, m.end()):
            adjust -= 0.6
            evidence += ", an office compound (市委大院, 政府大院)"
        if _ADMIN.search(body, 0, m.start() - start):
            evidence += " and district/town"
        if _RESIDENTIAL.search(body, m.start() - start):
            adjust += 0.15
            evidence += ", down to building/unit/room"
        out.append(Found("address", start, m.end(), adjust, evidence))
    for m in _LABELLED_VILLAGE.finditer(text):
        out.append(Found("address", m.start("home"), m.end("home"), 0.35,
                         "village and group of a person's home, after its label"))
    for m in _FLAT_OF_HOUSEHOLD.finditer(text):
        if all(f.end <= m.start() or f.start >= m.end() for f in out):
            out.append(Found("address", m.start(), m.end(), 0.35,
                             "building, unit and room of a household (…室住户)"))
    # The street forms above need a road or an estate before the number: no overlap.
    for m in _FLAT_IN_BRACKET.finditer(text):
        if _after_a_name(text, m.start()):
            out.append(Found("address", m.start(), m.end(), 0.35,
                             "building, unit and room in brackets after a person's name"))
    return out


def _after_a_name(text: str, start: int) -> bool:
    """Whether ``start`` opens a bracket right after a person's name (邓某某（住…）)."""
    return start > 0 and text[start - 1] in "（(" and \
        name_ending_at(text, start - 1) is not None


def _party(text: str, start: int) -> str | None:
    """Whose block the address sits in: "company", "person" or None (nearest marker wins)."""
    window = text[max(0, start - _PARTY_BACK):start]
    # The last marker start; a person's marker starting there too wins (as in a tie of the
    # two last positions).
    last = _LAST_MARKER.match(window)
    if last is None:
        return None
    return "person" if window.startswith(_PERSON_MARKERS, last.end()) else "company"
