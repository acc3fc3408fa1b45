"""Literal prefixes of rule patterns, so a pattern is tried only where a match can start.

Running 57 ``regex`` patterns over a whole 10 MB text cost about a third of a typical scan.
Most patterns start with literal words (``(?:储备库|仓库|…)位于…``): every match begins with one
of them. One Aho–Corasick pass finds those words for all patterns at once, and each pattern is
then matched only at their positions. The analysis is conservative: a pattern whose possible
starts it cannot list exactly (inline flags, an optional or non-literal first element) gets
``None`` and is scanned over the whole text as before.
"""

from __future__ import annotations

import itertools

_MAX_PREFIXES = 256
_META = set(".^$*+?{}[]()|\\")


def pattern_prefixes(pattern: str) -> frozenset[str] | None:
    """Non-empty strings one of which starts every match of ``pattern`` (None: unknown)."""
    if pattern.startswith("(?") and len(pattern) > 2 and pattern[2].isalpha():
        return None  # inline flags ((?i), (?m) …) change what a literal matches
    try:
        out = _alternation(pattern)
    except (IndexError, ValueError):
        return None
    if out is None or not out or "" in out:
        return None
    return frozenset(out)


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
            exact = None if body.startswith("^") else _class_chars(body)
        elif ch == "\\":
            end = i + 2
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


def _class_chars(body: str) -> set[str] | None:
    """The characters of a class of plain characters (None with ranges or escapes)."""
    out = set()
    i = 0
    while i < len(body):
        ch = body[i]
        if ch == "\\":
            nxt = body[i + 1]
            if nxt.isalnum() or nxt == "_":
                return None
            out.add(nxt)
            i += 2
            continue
        if ch == "-" and 0 < i < len(body) - 1:
            return None  # a range
        if ch in "[]":
            return None
        out.add(ch)
        i += 1
    return out
