"""Technical parameters: a clause carrying several measured process quantities.

A formula or a process specification is written as quantities with physical units
(马蹄粉18.5kg, 175℃, 12MPa, 90秒, 3.5%). The content a reviewer must redact is the clause that
carries them, not the cue word 配方 or 工艺参数 before it. The recogniser reports every clause
(up to 。；; or a line break) holding at least two such quantities, one of them with a physical
unit (percentages alone are statistics); the negative-list rule decides by its context words
(配方, 工艺, 技术要点 …) whether the clause is a company's technology.
"""

from __future__ import annotations

import re

from workbench.scanning.found import Found
from workbench.scanning.normalize import WHITE_SPACE_CHARS

#: What ``\s`` matches in the ``regex`` module (Unicode White_Space), spelt out: the stdlib
#: ``re`` runs the pattern below about three times faster, and its own ``\s`` (str.isspace)
#: also takes \x1c-\x1f.
WHITE_SPACE = f"[{WHITE_SPACE_CHARS}]"
# Number + unit. Units are physical (mass, volume, temperature, pressure, time, speed, size) or a
# share (%, ‰, ppm); "分" alone is ambiguous (scores, money) and only counts before 秒/钟.
_QUANTITY = re.compile(
    r"(?<![0-9a-z.])[0-9]+(?:\.[0-9]+)?" + WHITE_SPACE
    + r"*(?:(?P<phys>kg|mg|g|t|吨|千克|公斤|毫克|克|ml|毫升|l|升"
    r"|℃|°c|摄氏度|mpa|kpa|pa|兆帕|千帕|r/min|转/分|rpm|mm|μm|um|nm|毫米|微米|纳米|目"
    r"|小时|分钟|分(?=[0-9]+秒)|秒|min|s|h)|(?P<share>%|‰|ppm))(?![a-z])"
)
_CLAUSE_STOP = "。；;\n!?！？"
_MAX_CLAUSE = 200


def find_parameters(text: str, lo: int = 0, hi: int | None = None) -> list[Found]:
    """Clauses of ``text[lo:hi]`` (folded) with two or more quantities, one of them physical."""
    out: list[Found] = []
    clause_end = -1
    clause_start = 0
    count = 0
    physical = False
    for m in _QUANTITY.finditer(text, lo, len(text) if hi is None else hi):
        if m.start() >= clause_end:
            if count >= 2 and physical:
                out.append(_found(text, clause_start, clause_end, count))
            clause_start = _boundary_back(text, m.start())
            clause_end = _boundary_forward(text, m.end())
            count, physical = 0, False
        count += 1
        physical = physical or m.group("phys") is not None
    if count >= 2 and physical:
        out.append(_found(text, clause_start, clause_end, count))
    return out


def _found(text: str, start: int, end: int, count: int) -> Found:
    while start < end and text[start] in " \t\u3000":
        start += 1
    return Found("technical_parameters", start, end, 0.0,
                 f"clause with {count} measured quantities (amounts, temperatures, times)")


def _boundary_back(text: str, pos: int) -> int:
    lo = max(0, pos - _MAX_CLAUSE)
    i = pos
    while i > lo and text[i - 1] not in _CLAUSE_STOP:
        i -= 1
    return i


def _boundary_forward(text: str, pos: int) -> int:
    hi = min(len(text), pos + _MAX_CLAUSE)
    i = pos
    while i < hi and text[i] not in _CLAUSE_STOP:
        i += 1
    return i
