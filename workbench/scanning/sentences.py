"""Where a draft's sentences are: the spans a fact or a share of the paper is counted in."""

from __future__ import annotations

import re
from collections.abc import Sequence

#: Where a sentence ends in a draft: full stops, semicolons, line breaks and table cells' rows.
SENTENCE_ENDS = "。；;！!？?\n"
_SENTENCE_END = re.compile(f"[{SENTENCE_ENDS}]")
#: A sentence read as a fact is this long (blanks it starts with aside).
MIN_CHARS = 8
MAX_CHARS = 220
#: The blanks a sentence's indentation is made of.
LEADING_BLANKS = " \t\u3000"
#: Blanks a sentence may start with (indentation) beyond its length.
_BLANK_SLACK = 40


def head_lines(text: str, n: int) -> str:
    """The first ``n`` lines of ``text`` (where a draft states its issuer and title)."""
    end = -1
    for _ in range(n):
        end = text.find("\n", end + 1)
        if end < 0:
            return text
    return text[:end]


def sentence_start(text: str, pos: int, reach: int) -> int:
    """Where the sentence holding ``pos`` starts, looking back at most ``reach`` characters."""
    lo = max(0, pos - reach)
    return max(lo, max(text.rfind(c, lo, pos) for c in SENTENCE_ENDS) + 1)


def sentences(text: str) -> list[tuple[int, int]]:
    """Spans of the sentences of ``text`` worth reading as facts (not headings or fragments)."""
    out: list[tuple[int, int]] = []
    # The first line is the paper's title: it names the subject, it states no fact.
    start = text.find("\n") + 1
    for m in _SENTENCE_END.finditer(text + "\n"):
        s, e = start, m.start()
        start = m.end()
        while s < e and text[s] in LEADING_BLANKS:
            s += 1
        size = e - s
        if MIN_CHARS <= size <= MAX_CHARS:
            out.append((s, e))
    return out


def sentences_holding(text: str, positions: Sequence[int]) -> list[tuple[int, int]]:
    """The spans of ``sentences(text)`` that hold one of ``positions`` (sorted).

    A long paper has some hundred thousand sentences and only the ones with a subject word
    matter: each is found from its word (the next sentence end forward, the last one back)
    instead of splitting the whole text.
    """
    out: list[tuple[int, int]] = []
    floor = text.find("\n") + 1
    n = len(text)
    # Searching the reversed text forward finds the previous sentence end in one C call.
    backwards = text[::-1]
    reach = MAX_CHARS + _BLANK_SLACK
    last_end = -1
    for p in positions:
        if p < floor or p < last_end:
            continue
        m = _SENTENCE_END.search(text, p)
        e = m.start() if m is not None else n
        lo = max(floor, p - reach)
        m = _SENTENCE_END.search(backwards, n - p, n - lo)
        if m is None and lo > floor:
            # No end within reach: the sentence is too long unless blanks pad its start.
            m = _SENTENCE_END.search(backwards, n - lo, n - floor)
        s = n - m.start() if m is not None else floor
        last_end = e + 1
        while s < e and text[s] in LEADING_BLANKS:
            s += 1
        if MIN_CHARS <= e - s <= MAX_CHARS:
            out.append((s, e))
    return out
