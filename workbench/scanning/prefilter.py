"""Literal prefixes of rule patterns, so a pattern is tried only where a match can start.

Running 57 ``regex`` patterns over a whole 10 MB text cost about a third of a typical scan.
Most patterns start with literal words (``(?:储备库|仓库|…)位于…``): every match begins with one
of them. One Aho–Corasick pass finds those words for all patterns at once, and each pattern is
then matched only at their positions. The analysis is conservative: a pattern whose possible
starts it cannot list exactly (inline flags, an optional or non-literal first element) gets
``None`` and is scanned over the whole text as before.
"""

from __future__ import annotations

import functools
import itertools
import math
from dataclasses import dataclass

import regex

_MAX_PREFIXES = 1024  # 31 province characters × 24 letters of a licence plate fit
_MAX_RANGE = 64  # a class range as long as this is read as its characters (a-z, 0-9)
_META = set(".^$*+?{}[]()|\\")


def pattern_prefixes(pattern: str) -> frozenset[str] | None:
    """Non-empty strings one of which starts every match of ``pattern`` (None: unknown)."""
    body, ignore_case = _case_flag(pattern)
    if body is None:
        return None
    try:
        out = _alternation(body)
    except (IndexError, ValueError):
        return None
    if out is None or not out or "" in out:
        return None
    return _case_variants(frozenset(out)) if ignore_case else frozenset(out)


def _case_flag(pattern: str) -> tuple[str | None, bool]:
    """The pattern without a leading ``(?i)`` and whether it had one; (None, False) for any
    other inline flag ((?m), (?s), (?x) … change what this reader assumes)."""
    if pattern.startswith("(?i)"):
        body = pattern[4:]
        return (None, False) if body.startswith("(?") and len(body) > 2 and \
            body[2].isalpha() else (body, True)
    if pattern.startswith("(?") and len(pattern) > 2 and pattern[2].isalpha():
        return None, False
    return pattern, False


_MAX_VARIANTS = 4096


def _case_variants(words: frozenset[str]) -> frozenset[str] | None:
    """Every string a ``(?i)`` literal of ``words`` matches (ph: ph, pH, Ph, PH), so the
    literals can be looked for case-sensitively; None when there would be too many."""
    out: set[str] = set()
    for word in words:
        options = [_all_cases(ch) for ch in word]
        if math.prod(map(len, options)) > _MAX_VARIANTS:
            return None
        out.update(map("".join, itertools.product(*options)))
        if len(out) > _MAX_VARIANTS:
            return None
    return frozenset(out)


@functools.cache
def _all_cases(ch: str) -> tuple[str, ...]:
    """The characters ``regex`` matches for ``ch`` under IGNORECASE (simple case folding:
    k is also K and the Kelvin sign, s also ſ; a hanzi only itself)."""
    get_all_cases = getattr(getattr(regex, "_regex", None), "get_all_cases", None)
    if get_all_cases is not None:
        cases = {chr(cp) for cp in get_all_cases(regex.IGNORECASE, ord(ch))}
    else:  # another regex build: ask the engine about every code point
        probe = regex.compile(regex.escape(ch), regex.IGNORECASE)
        cases = {c for c in map(chr, range(0x110000)) if probe.fullmatch(c)}
    cases.add(ch)
    return tuple(sorted(cases))


def _split_top(s: str) -> list[str]:
    """``s`` split at the ``|`` that are not inside a group or a class."""
    parts, depth, i, start = [], 0, 0, 0
    while i < len(s):
        ch = s[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            i = _class_end(s, i)
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(s[start:i])
            start = i + 1
        i += 1
    parts.append(s[start:])
    return parts


def _class_end(s: str, i: int) -> int:
    """Index after the character class opening at ``s[i]``."""
    j = i + 1
    if j < len(s) and s[j] == "^":
        j += 1
    if j < len(s) and s[j] == "]":
        j += 1
    while s[j] != "]":
        j += 2 if s[j] == "\\" else 1
    return j + 1


def _group_end(s: str, i: int) -> int:
    """Index after the group opening at ``s[i]``."""
    depth = 0
    j = i
    while True:
        ch = s[j]
        if ch == "\\":
            j += 2
            continue
        if ch == "[":
            j = _class_end(s, j)
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return j + 1
        j += 1


def _alternation(s: str) -> set[str] | None:
    out: set[str] = set()
    for branch in _split_top(s):
        prefixes = _sequence(branch)
        if prefixes is None:
            return None
        out |= prefixes
    return out


def _literal_alternation(s: str) -> set[str] | None:
    """The strings an alternation of pure literals matches (None if it is not one)."""
    out: set[str] = set()
    for branch in _split_top(s):
        text = _literal(branch)
        if text is None:
            return None
        out.add(text)
    return out


def _literal(s: str) -> str | None:
    chars = []
    i = 0
    while i < len(s):
        ch = s[i]
        if ch == "\\":
            nxt = s[i + 1]
            if nxt.isalnum() or nxt == "_":
                return None
            chars.append(nxt)
            i += 2
            continue
        if ch in _META:
            return None
        chars.append(ch)
        i += 1
    return "".join(chars)


def _quantifier(s: str, i: int) -> tuple[int, int | None, int]:
    """(min, max, index after) of a quantifier at ``s[i]`` (1, 1, i if there is none)."""
    if i >= len(s):
        return 1, 1, i
    ch = s[i]
    if ch in "?*+":
        lo, hi = {"?": (0, 1), "*": (0, None), "+": (1, None)}[ch]
        j = i + 1
    elif ch == "{":
        close = s.index("}", i)
        body = s[i + 1:close]
        if "," in body:
            a, b = body.split(",", 1)
            lo, hi = int(a or 0), (int(b) if b else None)
        else:
            lo = hi = int(body)
        j = close + 1
    else:
        return 1, 1, i
    if j < len(s) and s[j] in "?+":
        j += 1  # lazy or possessive: the same repetitions
    return lo, hi, j


def _sequence(s: str) -> set[str] | None:
    """Prefixes of every match of one branch (a concatenation of atoms)."""
    result: set[str] = {""}
    i = 0
    while i < len(s):
        ch = s[i]
        exact: set[str] | None  # what the atom matches, when it is literal
        if s.startswith(("(?=", "(?!", "(?<=", "(?<!"), i):
            if result != {""}:
                return result
            i = _group_end(s, i)  # zero-width: says nothing about the first character
            continue
        if ch == "(":
            end = _group_end(s, i)
            inner = s[i + 3:end - 1] if s.startswith("(?:", i) else None
            if inner is None:
                return result if result != {""} else None
            exact = _literal_alternation(inner)
            if exact is None and result == {""}:
                lo, _, _ = _quantifier(s, end)
                return _alternation(inner) if lo >= 1 else None
        elif ch == "[":
            end = _class_end(s, i)
            body = s[i + 1:end - 1]
            # A range (0-9, a-z) as the first atom would anchor on single common
            # characters; after a literal it makes longer, rarer prefixes (京a, 粤b …).
            exact = None if body.startswith("^") else _class_chars(
                body, ranges=result != {""})
        elif ch == "\\":
            end = s.index("}", i) + 1 if s.startswith(("\\p{", "\\P{"), i) else i + 2
            exact = None if (s[i + 1].isalnum() or s[i + 1] == "_") else {s[i + 1]}
        elif ch in _META:
            exact, end = None, i + 1
        else:
            exact, end = {ch}, i + 1
        lo, hi, after = _quantifier(s, end)
        if exact is None or lo == 0 or "" in exact:
            return result if result != {""} else None
        product = {a + b for a, b in itertools.product(result, exact)}
        if len(product) > _MAX_PREFIXES:
            return result if result != {""} else None
        result = product
        if hi != 1:
            return result  # repeated: only its first copy is certain
        i = after
    return result if result != {""} else None


def _class_chars(body: str, *, ranges: bool = False) -> set[str] | None:
    """The characters of a class of plain characters and (with ``ranges``) short ranges
    (a-h); None with escapes such as \\d or \\p{…}, nested sets or long ranges."""
    out = set()
    i = 0
    while i < len(body):
        ch = body[i]
        if ch == "\\":
            first = body[i + 1]
            if first.isalnum() or first == "_":
                return None
            i += 2
        elif ch in "[]":
            return None
        else:
            first = ch
            i += 1
        if i + 1 < len(body) and body[i] == "-":
            if not ranges:
                return None
            last = body[i + 1]
            if last in "\\[]" or not 0 <= ord(last) - ord(first) <= _MAX_RANGE:
                return None
            if i + 2 < len(body) and body[i + 2] == "-":
                return None  # a-c-e: not read
            out.update(chr(cp) for cp in range(ord(first), ord(last) + 1))
            i += 2
        else:
            out.add(first)
    return out


# ---------------------------------------------------------------------------- inner anchors
#
# A pattern that starts with common words (拟|将|计划 …, 经|由|从 …) is tried at tens of
# thousands of positions, though a match also needs a rarer word a few characters later
# (开展搜查|传唤|抓捕 …). ``pattern_anchors`` finds, per top-level branch, such a required
# literal set and how far from the match start it can occur: a match of that branch starts
# only where one of its words occurs between ``lo`` and ``hi`` characters later (and, when
# the branch has literal prefixes, where one of them occurs). Exact, not a heuristic: the
# analysis gives up (None) on anything whose width it cannot bound.

_MIN_INNER = 2  # an inner literal shorter than this is no rarer than the prefixes


@dataclass(frozen=True)
class BranchAnchor:
    """Where a match of one top-level branch can start.

    ``prefixes``: strings one of which starts every match (None: unknown). ``inner``: strings
    one of which occurs in every match starting between ``lo`` and ``hi`` characters after
    the match start (None: no inner anchor; then ``prefixes`` is set).
    """

    prefixes: frozenset[str] | None
    inner: frozenset[str] | None = None
    lo: int = 0
    hi: int = 0


def pattern_anchors(pattern: str) -> tuple[BranchAnchor, ...] | None:
    """Per top-level branch of ``pattern``, an anchor (None if some branch has none)."""
    body, ignore_case = _case_flag(pattern)
    if body is None:
        return None
    pattern = body
    if any(x in pattern for x in ("[[", "\\Q", "(?>", "(?|", "(?(")):
        return None  # nested sets, quoting, atomic or conditional groups: not read here
    try:
        out = []
        for branch in _split_top(pattern):
            prefixes = _sequence(branch)
            if prefixes is not None and "" in prefixes:
                prefixes = None
            inner = _inner_anchor(branch)
            best_prefix = min(map(len, prefixes)) if prefixes else 0
            if inner is not None and min(map(len, inner[0])) > best_prefix:
                out.append(BranchAnchor(frozenset(prefixes) if prefixes else None,
                                        frozenset(inner[0]), inner[1], inner[2]))
            elif prefixes:
                out.append(BranchAnchor(frozenset(prefixes)))
            else:
                return None
        if ignore_case:
            return _branches_any_case(out)
        return tuple(out)
    except (IndexError, ValueError):
        return None


def _branches_any_case(branches: list[BranchAnchor]) -> tuple[BranchAnchor, ...] | None:
    """The anchors of a ``(?i)`` pattern with every case variant of their literals."""
    out = []
    for b in branches:
        prefixes = _case_variants(b.prefixes) if b.prefixes is not None else None
        inner = _case_variants(b.inner) if b.inner is not None else None
        if (b.prefixes is not None and prefixes is None) or (b.inner is not None
                                                               and inner is None):
            return None
        out.append(BranchAnchor(prefixes, inner, b.lo, b.hi))
    return tuple(out)


def _inner_anchor(branch: str) -> tuple[set[str], int, int] | None:
    """The best required literal set of a branch with its offset range from the match start
    (the longest shortest word; then the fewest words), or None."""
    best: tuple[set[str], int, int] | None = None
    wmin, wmax = 0, 0
    i = 0
    run = ""  # consecutive plain characters: one literal
    run_at = (0, 0)
    # The words of the atom just read when it occurs exactly once: a short word set followed
    # by a small class or literal makes longer, rarer words ((?:路|街)[0-9]: 路1, 街7 …).
    prev: tuple[set[str], int, int] | None = None
    run_prev: tuple[set[str], int, int] | None = None

    def consider(words: set[str], lo: int, hi: int) -> None:
        nonlocal best
        if not words or "" in words or min(map(len, words)) < _MIN_INNER:
            return
        if best is None or (min(map(len, words)), -len(words)) > \
                (min(map(len, best[0])), -len(best[0])):
            best = (words, lo, hi)

    def consider_after(first: tuple[set[str], int, int] | None, then: set[str]) -> None:
        if first is not None and len(first[0]) * len(then) <= _MAX_PREFIXES:
            consider({a + b for a in first[0] for b in then}, first[1], first[2])

    def flush_run() -> None:
        nonlocal prev
        consider({run}, *run_at)
        consider_after(run_prev, {run})
        prev = ({run}, *run_at)

    while i < len(branch):
        ch = branch[i]
        atom_words: set[str] | None = None
        class_words: set[str] | None = None
        if branch.startswith(("(?=", "(?!", "(?<=", "(?<!"), i):
            i = _group_end(branch, i)
            prev = None
            continue  # zero width
        if ch == "(":
            end, inner = _group(branch, i)
            if inner is None:
                return best
            width = _width(inner)
            atom_words = _literal_alternation(inner)
        elif ch == "[":
            end = _class_end(branch, i)
            width = (1, 1)
            body = branch[i + 1:end - 1]
            class_words = None if body.startswith("^") else _class_chars(body, ranges=True)
        elif ch == "\\":
            nxt = branch[i + 1]
            if nxt in "sSdDwW":
                end, width = i + 2, (1, 1)
            elif nxt in "pP" and branch[i + 2] == "{":
                end, width = branch.index("}", i) + 1, (1, 1)
            elif not (nxt.isalnum() or nxt == "_"):
                end, width = i + 2, (1, 1)
                atom_words = {nxt}
            else:
                return best
        elif ch == ".":
            end, width = i + 1, (1, 1)
        elif ch in _META:
            return best  # ^, $ or something this reader does not know
        else:
            end, width = i + 1, (1, 1)
            atom_words = {ch}
        if width is None:
            return best
        lo_q, hi_q, after = _quantifier(branch, end)
        plain = atom_words is not None and len(atom_words) == 1 and lo_q == hi_q == 1
        if plain:
            if not run:
                run_at = (wmin, wmax)
                run_prev = prev if wmax is not None else None
            run += next(iter(atom_words))  # type: ignore[arg-type]
        else:
            if run:
                flush_run()
                run = ""
            words = atom_words if atom_words is not None else class_words
            if words and "" not in words and lo_q >= 1 and wmax is not None:
                consider_after(prev, words)
                if atom_words is not None:
                    consider(set(atom_words), wmin, wmax)
            prev = (set(words), wmin, wmax) if (words and "" not in words and lo_q == hi_q == 1
                                                and wmax is not None) else None
        wmin += width[0] * lo_q
        if wmax is not None:
            wmax = None if hi_q is None or width[1] is None else wmax + width[1] * hi_q
        if wmax is None and not run:
            return best
        i = after
    if run:
        flush_run()
    return best


def _group(branch: str, i: int) -> tuple[int, str | None]:
    """The end of the group opening at ``branch[i]`` and its body (None for a group this
    reader does not know: flags, atomic, conditional)."""
    end = _group_end(branch, i)
    if branch.startswith("(?:", i):
        return end, branch[i + 3:end - 1]
    if branch.startswith("(?P<", i):
        return end, branch[branch.index(">", i) + 1:end - 1]
    if branch.startswith("(?", i):
        return end, None
    return end, branch[i + 1:end - 1]


def _width(s: str) -> tuple[int, int | None] | None:
    """(min, max) characters a sub-pattern matches (max None: unbounded; None: unknown)."""
    lo_all: int | None = None
    hi_all: int | None = 0
    for branch in _split_top(s):
        lo, hi = 0, 0
        i = 0
        while i < len(branch):
            ch = branch[i]
            if branch.startswith(("(?=", "(?!", "(?<=", "(?<!"), i):
                i = _group_end(branch, i)
                continue
            if ch == "(":
                end, inner = _group(branch, i)
                if inner is None:
                    return None
                w = _width(inner)
                if w is None:
                    return None
            elif ch == "[":
                end, w = _class_end(branch, i), (1, 1)
            elif ch == "\\":
                nxt = branch[i + 1]
                if nxt in "sSdDwW" or not (nxt.isalnum() or nxt == "_"):
                    end, w = i + 2, (1, 1)
                elif nxt in "pP" and branch[i + 2] == "{":
                    end, w = branch.index("}", i) + 1, (1, 1)
                else:
                    return None
            elif ch == ".":
                end, w = i + 1, (1, 1)
            elif ch in _META:
                return None
            else:
                end, w = i + 1, (1, 1)
            lo_q, hi_q, after = _quantifier(branch, end)
            lo += w[0] * lo_q
            if hi is not None:
                hi = None if hi_q is None or w[1] is None else hi + w[1] * hi_q
            i = after
        lo_all = lo if lo_all is None else min(lo_all, lo)
        if hi_all is not None:
            hi_all = None if hi is None else max(hi_all, hi)
    return (lo_all or 0), hi_all
