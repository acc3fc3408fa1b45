"""Concrete facts in a paper that is already not to be published: the clauses a reviewer marks
to show why.

A paper withheld for a classification mark, an open case or a risk it describes keeps most of
its sensitive content in plain sentences no listed word announces: where a key is kept, how
much a guarantor has paid out, who is to take over a post. Once such a paper is known (a
confident article-14 or article-16 hit), each sentence that states a concrete fact (a figure,
a date or a plan, a place, a judgment) is read under the category whose subject words it uses
most (``recognizer = "paper_fact"`` rules, one per category, their ``context_plus`` the subject
words; every category tied for the most), and the clauses that state the fact are marked.
These hits sit below the suggestion's thresholds and never decide the attribute by
themselves: they show the reviewer the passages behind it. The one use the suggestion makes of
them is to tell a lone article-14 passage the paper keeps returning to from a stray one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from workbench.core.attributes import DisclosureAttribute
from workbench.core.categories import Category
from workbench.scanning.model import Hit
from workbench.scanning.suggest import ADDRESSEE_RULE, masked_passage, suggest

#: What makes a sentence a concrete fact rather than a principle: a figure, a plan with its
#: time, a place written precisely enough to find, or a judgment or proposal of this paper's
#: authors (建议…, 尚需…, 暂不…, 可能…, 对外称…), which is what a draft keeps back.
_FIGURE = re.compile(r"[0-9]")
_CONCRETE_WORDS = re.compile(
    r"拟(?![稿定])|计划于|定于|将于|准备于|届时|下一步|下周|近期"
    r"|位于|设在|设于|存放|保管|无人值守|东侧|西侧|南侧|北侧|东北角|西北角|东南角|西南角"
    r"|尽头|下方|附近|一人|代号"
    # a gap or a shortfall found (无视频监控, 未安装, 埋深不足, 仅能满足) and where a device is
    # put (架设在, 加装, 隐蔽): what an inspection or a security plan states of a site
    r"|无视频|无人巡|未安装|未设置|未配备|不足|仅能|仅有|架设在|架设于|加装|隐蔽"
    r"|建议|尚需|尚未|尚在|暂不|暂缓|暂停|认为|可能|对外称|口径|不宜|防止|避免|以免|反映|须先"
)
#: Clauses that cite, direct or invite rather than state a fact of this paper.
_NOT_A_FACT = re.compile(
    r"(?:根据|依据|按照|依照|按|依)《|热线|咨询电话|监督电话|举报电话|联系电话|报警|拨打|电子邮箱|邮箱"
    r"|特此|如下[:：]?$|请(?:各|你)"
    # an office's number after its name (市住建局燃气管理科：0589-…): contact, not a fact
    r"|(?<![0-9])0[0-9]{2,3}-[0-9]{7,8}(?![0-9])"
    # a byline: the issuing office and the date under a title (市督查考核办公室　2025年1月20日)
    r"|^[\u4e00-\u9fff]{2,30}(?:办公室|局|委员会|委|办|中心|政府|厅|部)[ \t\u3000]*"
    r"[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日$"
)
#: A sentence that invites the public to write or report (公示期间…可通过来信反映；提倡署名反映，
#: 以便调查核实): the procedure of a published notice, whatever it names, states no fact.
_INVITES = re.compile(r"提倡|欢迎|可通过|可以通过|以便(?:调查|核实|及时)")
#: Where a sentence divides into clauses.
CLAUSE_ENDS = "，,：:"
_CLAUSE_END = re.compile(f"[{CLAUSE_ENDS}]")


def fact_topics(hits: Sequence[Hit]) -> frozenset[Category] | None:
    """The categories whose fact sentences are worth marking in this paper, or None.

    Every category when the hits already keep the paper from proactive release (the
    suggestion's own reading: one weak passage alone, or an informant's name, is masked and
    does not count). When one article-14 passage alone is to be masked, its own category:
    whether the paper returns to that subject decides whether it is a stray passage. A reply
    letter is released to its addressee for who it is written to, not for what it says: its
    addressee does not count, and its lone passage stays a passage to mask.
    """
    own = [h for h in hits if h.rule != ADDRESSEE_RULE]
    if suggest(own).attribute is not DisclosureAttribute.PROACTIVE:
        return frozenset(Category)
    lone = masked_passage(own)
    if lone is None or len(own) < len(hits):
        return None
    return frozenset({lone.category})


def clauses(sentence: str) -> list[tuple[int, int]]:
    """Spans of the clauses of a sentence (between commas and colons)."""
    out: list[tuple[int, int]] = []
    start = 0
    for m in _CLAUSE_END.finditer(sentence):
        out.append((start, m.start()))
        start = m.end()
    out.append((start, len(sentence)))
    return out


def is_concrete(sentence: str) -> bool:
    """A figure, a dated plan, a precise place or a judgment, in a clause that does not cite,
    direct or invite."""
    if _FIGURE.search(sentence) is None and _CONCRETE_WORDS.search(sentence) is None:
        return False
    if _INVITES.search(sentence) is not None:
        return False
    if not _may_cite(sentence):
        return True
    return any(_stated(sentence[s:e]) for s, e in clauses(sentence))


def _may_cite(sentence: str) -> bool:
    """Whether one of the sentence's clauses may match ``_NOT_A_FACT`` (its anchored parts
    match at a clause's end, inside the sentence)."""
    return "如下" in sentence or _NOT_A_FACT.search(sentence) is not None


def _stated(clause: str) -> bool:
    return ((_FIGURE.search(clause) is not None or _CONCRETE_WORDS.search(clause) is not None)
            and _NOT_A_FACT.search(clause) is None)


def fact_clauses(sentence: str, words: Sequence[str]) -> list[tuple[int, int]]:
    """The clauses of ``sentence`` that state the fact, in order.

    A clause states it when it holds one of the topic's subject ``words`` or a concrete
    marker, or when a figure alone follows such a clause (its amount, not a total published
    elsewhere in the sentence). Clauses that cite, direct or invite (a hotline, a law's name)
    are left out.
    """
    out: list[tuple[int, int]] = []
    if _INVITES.search(sentence) is not None:
        return out
    stated = False
    cites = _may_cite(sentence)
    for s, e in clauses(sentence):
        clause = sentence[s:e]
        if e - s < 2 or (cites and _NOT_A_FACT.search(clause)):
            stated = False
        elif any(w in clause for w in words) or _CONCRETE_WORDS.search(clause):
            stated = True
            out.append((s, e))
        elif stated and _FIGURE.search(clause):
            stated = False
            out.append((s, e))
        else:
            stated = False
    return out


def runs(sentence: str, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` (clauses, in order) with the ones only a clause mark parts merged."""
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if out and _CLAUSE_END.fullmatch(sentence, out[-1][1], s):
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


def best_topics(sentence: str, topics: Sequence[tuple[int, Sequence[str], Sequence[str]]]
                ) -> list[tuple[int, list[str]]]:
    """The topics (rule indexes) whose subject words the sentence uses most, with those words:
    one, or every topic tied for the most (the reviewer sees each reading).

    ``topics``: (rule index, subject words present in the paper, words that rule it out), in
    priority order.
    """
    best: list[tuple[int, list[str]]] = []
    for index, words, minus in topics:
        used = [w for w in words if w in sentence]
        if not used or any(w in sentence for w in minus):
            continue
        if not best or len(used) > len(best[0][1]):
            best = [(index, used)]
        elif len(used) == len(best[0][1]):
            best.append((index, used))
    return best
