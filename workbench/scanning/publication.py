"""Papers written to be published: which kind a draft is, and how much of it masking takes."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from workbench.scanning.sentences import sentences

_BLANKS = re.compile(r"\s+")
_TITLE_LINES = 2
#: A title line is short; a longer line is the body's first paragraph.
_TITLE_CHARS = 50
#: Marks a title does not hold and a paragraph does.
_BODY_MARKS = re.compile(r"[，。；]")


@dataclass(frozen=True)
class Publication:
    """The ``[publication]`` table of ``_paper_kinds.toml`` (paper kinds already expanded)."""

    title: tuple[str, ...]
    restricted: tuple[str, ...]
    withheld_subjects: tuple[str, ...]
    discretionary_subjects: tuple[str, ...]

    def published_kind(self, text: str, *, discretionary: bool = False) -> str | None:
        """The title word that makes ``text`` a paper written to be published, or None.

        None too when the paper restricts itself anywhere in its text, or when its title
        names a subject that is withheld (``discretionary``: kept back under article 16)
        whatever the kind of paper.
        """
        compact = _BLANKS.sub("", text)
        if any(_restricts(compact, w) for w in self.restricted):
            return None
        title = "".join(_BLANKS.sub("", line) for line in _head_lines(text))
        subjects = self.discretionary_subjects if discretionary else self.withheld_subjects
        if any(w in title for w in subjects):
            return None
        # The kind the title names first (an annual report citing a 通知 is a report).
        found = [(title.find(w), w) for w in self.title if w in title]
        return min(found)[1] if found else None


def _restricts(compact: str, word: str) -> bool:
    """Whether ``word`` stands in ``compact`` as the paper's own restriction: not after 暂,
    which holds back one matter for a while (交涉情况暂不对外发布) in a paper published with
    that matter masked."""
    at = compact.find(word)
    while at >= 0:
        if at == 0 or compact[at - 1] != "暂":
            return True
        at = compact.find(word, at + 1)
    return False


def _head_lines(text: str) -> list[str]:
    """The first ``_TITLE_LINES`` lines of ``text`` that are not blank, up to the first that
    is a paragraph rather than a title (too long, or a sentence: 根据《…选拔任用工作条例》，…)."""
    out: list[str] = []
    for line in text.splitlines():
        if line.strip():
            if out and (len(line.strip()) > _TITLE_CHARS or _BODY_MARKS.search(line)):
                break
            out.append(line)
            if len(out) == _TITLE_LINES:
                break
    return out


def sentence_share(text: str, spans: Sequence[tuple[int, int]]) -> float:
    """The share of the paper's sentences (``sentences``) that one of ``spans`` touches."""
    every = sentences(text)
    if not every:
        return 1.0
    merged: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], e))
        else:
            merged.append((s, e))
    touched = k = 0
    for s, e in every:  # both sorted; the merged spans are disjoint
        while k < len(merged) and merged[k][1] <= s:
            k += 1
        touched += k < len(merged) and merged[k][0] < e
    return touched / len(every)
