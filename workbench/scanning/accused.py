"""Names of the people an allegation is about: an official or a resident named in a sentence
that tells what they are accused of (副局长何某某违规收受礼金, 反映余某某在…收受好处,
拟对莫某某采取留置措施, 以冉某、覃某为首的团伙).

A paper on a problem clue (问题线索), an initial check (初核) or a referral names the people
concerned in plain narrative, by their post, with no 犯罪嫌疑人 before them. Publishing the name
before a decision prejudges the case and warns the people concerned (监察法; 条例第十四条), so
the name is the case's to keep back. Whoever runs the check (纪委书记某某带队) is acting in
their role and is skipped.
"""

from __future__ import annotations

import regex

from workbench.scanning.found import Found
from workbench.scanning.names import (
    in_book_title,
    is_name_token,
    listed_names,
    name_ending_at,
    plausible_name,
)
from workbench.scanning.sentences import SENTENCE_ENDS

#: What a sentence about an allegation says: the conduct, or the check made of it.
_ALLEGATION = regex.compile(
    r"收受|受贿|索贿|索要|好处费|好处|回扣|礼金|挪用|侵占|贪污|骗取|套取|虚构|冒领|通风报信"
    r"|插手|违规(?:发放|报销|使用|占用|经商|兼职|借贷|审批|拨付|承揽|收取)|利用职务"
    r"|问题线索|初核|初步核实|立案审查|立案调查|立案侦查|审查调查|采取留置|留置措施|为首的|团伙"
    # who set others on (授意, 指使), money taken into one's own account or kept off the books
    # (转入其本人账户, 未入集体账户, 小金库), and a check still running on a named person
    # (纪委监委正在核查，拟给予政务处分)
    r"|授意|指使|伙同|转入其?(?:本人|个人)|未入(?:集体)?账|账外|小金库|截留|坐收坐支"
    r"|正在核查|对其立案|拟给予[^。；;\n]{0,6}处分")
#: A paper that holds none of these tells no allegation (the recogniser is skipped).
ALLEGATION_WORDS = ("收受", "受贿", "索", "好处", "回扣", "礼金", "挪用", "侵占", "贪污", "骗取",
                    "套取", "虚构", "冒领", "通风报信", "插手", "违规", "利用职务", "问题线索",
                    "初核", "初步核实", "审查", "留置", "为首", "团伙", "立案", "授意", "指使",
                    "伙同", "转入", "未入", "账外", "小金库", "截留", "坐收坐支", "核查", "处分")
#: A post or standing right before the person's name (副局长何某某, 村民罗某某, 居民冉某).
_POST_BEFORE = regex.compile(
    r"(?:镇长|乡长|局长|站长|院长|所长|科长|股长|处长|主任|书记|支书|经理|会计|出纳|主管|队长"
    r"|校长|委员|干部|职工|员工|村民|居民|法定代表人|负责人|实际控制人|董事长|医生|护士"
    r"|工作人员|管理员|网格员|驾驶员|科员|专干|队员|报账员|统计员|保管员|收费员|理事长|社长"
    r"|组长|村长)(?=\p{Han})")
#: Verbs that put an accused person right after them (反映余某某…, 拟对莫某某采取…).
_VERB_BEFORE = regex.compile(
    r"(?:反映|举报|检举|控告|揭发|移送|(?<=拟|决定|同意|建议|已|已经|依法|正在)对)")
#: What an accused person does or has done right after the name.
_DEED_AFTER = regex.compile(
    r"(?:在|于|利用|多次|先后|涉嫌|违规|收受|授意|插手|索要|挪用|侵占|伙同|指使|问题线索"
    r"|问题|案|一案|的问题|采取|等人|立案|进行调查|开展调查)")
#: A deed that marks the name right before it by itself, with the adverbs that may come
#: between (某某多次收受, 某某违规收受): 在, 于, 问题 follow far too many words for that.
_DEED = regex.compile(
    r"(?:多次|先后|长期|曾经|私自|擅自|违规|非法|违法)*"
    r"(?:涉嫌|收受|授意|插手|索要|挪用|侵占|伙同|指使|问题线索|一案)")
#: Whoever checks the allegation: their unit right before the post, or their act after the name.
_CHECKER_BEFORE = regex.compile(r"纪委|监委|纪检|巡察|审计|检查组|调查组|专案组|核查组|督查")
_CHECKER_AFTER = regex.compile(r"(?:同志)?(?:带队|主持|牵头|签批|批示|任组长|负责核查|组织)")
_SENTENCE_END = regex.compile(f"[{SENTENCE_ENDS}]")
_CHECKER_REACH = 8
#: How far a sentence is read either side of its allegation word.
_SENTENCE_REACH = 200
#: A case already decided for the named person (王某某受到党内严重警告处分, 被判处…): a closed
#: case a bulletin publishes with its names on purpose, not an allegation to keep back.
_DECIDED = regex.compile(
    r"(?<!拟|建议|提出|拟对其|建议对其)(?:受到|被给予|已给予|给予|被判处|判处|被开除|开除)"
    r"[^。；;\n]{0,24}?(?:处分|处理|党籍|公职|有期徒刑|拘役|罚金)")
_DECIDED_REACH = 60


def names_accused(text: str) -> list[Found]:
    """The people the allegations of ``text`` are about, each once per mention."""
    out: list[Found] = []
    seen: set[tuple[int, int]] = set()
    decided: dict[str, bool] = {}
    last_end = -1
    for m in _ALLEGATION.finditer(text):
        if m.start() < last_end:
            continue
        floor = max(0, m.start() - _SENTENCE_REACH)
        cut = max(text.rfind(c, floor, m.start()) for c in SENTENCE_ENDS)
        lo = cut + 1 if cut >= 0 else floor
        end = _SENTENCE_END.search(text, m.end(), m.end() + _SENTENCE_REACH)
        hi = end.start() if end is not None else min(len(text), m.end() + _SENTENCE_REACH)
        last_end = hi
        for span, why in _accused_in(text, lo, hi):
            name = text[span[0]:span[1]]
            if name not in decided:
                decided[name] = _decided(text, name)
            if span not in seen and not decided[name]:
                seen.add(span)
                out.append(Found("suspect_name", span[0], span[1], 0.0, why))
    return out


def _decided(text: str, name: str) -> bool:
    """Whether the paper tells a decision already made on ``name`` (a closed case)."""
    at = text.find(name)
    while at >= 0:
        after = at + len(name)
        end = _SENTENCE_END.search(text, after, after + _DECIDED_REACH)
        if _DECIDED.search(text, after, end.start() if end else after + _DECIDED_REACH):
            return True
        at = text.find(name, at + 1)
    return False


def _accused_in(text: str, lo: int, hi: int) -> list[tuple[tuple[int, int], str]]:
    found: list[tuple[tuple[int, int], str]] = []
    for m in _POST_BEFORE.finditer(text, lo, hi):
        span = plausible_name(text, m.end())
        if span is None or span[1] > hi or not is_name_token(text[span[0]:span[1]]):
            continue
        if _CHECKER_BEFORE.search(text, max(lo, m.start() - _CHECKER_REACH), m.start()) \
                or _CHECKER_AFTER.match(text, span[1]):
            continue  # 县纪委副书记某某带队: the person making the check
        why = f"name after {m.group()} in a sentence telling an allegation"
        found.append((span, why))
        found.extend(((s, e), why) for s, e in listed_names(text, span[1]))
    for m in _VERB_BEFORE.finditer(text, lo, hi):
        span = plausible_name(text, m.end())
        if span is None or not is_name_token(text[span[0]:span[1]]) \
                or not _DEED_AFTER.match(text, span[1]):
            continue
        found.append((span, f"name after {m.group()}, followed by what is alleged"))
    for m in _DEED.finditer(text, lo, hi):
        span = name_ending_at(text, m.start())
        if span is None or in_book_title(text, *span):
            continue
        found.append((span, f"name of the person who {m.group()}"))
    return found
