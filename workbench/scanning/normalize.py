"""Text normalisation for matching, with an exact map from normalised offsets to original ones."""

from __future__ import annotations

import bisect
import functools
import itertools
import re
import unicodedata
from dataclasses import dataclass

import numpy as np

from workbench.scanning.wraps import unwrapped

#: Invisible characters that hide inside terms (pasted from web pages or WPS): dropped.
ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e"

#: From this many offsets on, ``OffsetMap.starts`` maps them in array operations.
_ARRAY_MIN = 64

_WS_RE = re.compile(r"\s+")
#: The characters ``\s`` matches in the ``regex`` module (Unicode White_Space), for a class of
#: the stdlib ``re`` (whose own ``\s``, str.isspace, also takes \x1c-\x1f).
WHITE_SPACE_CHARS = "\t\n\x0b\x0c\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"

# CJK blocks whose traditional forms are folded (basic block and extension A).
_CJK_RANGES = ((0x3400, 0x4DC0), (0x4E00, 0xA000))


class OffsetMap:
    """Piecewise map from offsets of a derived string back to the string it came from.

    Piece ``k`` starts at ``derived_starts[k]`` in the derived string and at
    ``source_starts[k]`` in the source. A piece is a 1:1 copy unless ``k`` is in ``expanded``:
    then one source character became several derived ones (NFKC of "…" is "..."). Dropped
    source characters have no piece. An empty map is the identity.
    """

    __slots__ = ("_arrays", "derived_starts", "expanded", "source_starts")

    def __init__(self, derived_starts: list[int], source_starts: list[int],
                 expanded: frozenset[int] = frozenset()) -> None:
        self.derived_starts = derived_starts
        self.source_starts = source_starts
        self.expanded = expanded
        self._arrays: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None

    @classmethod
    def identity(cls) -> OffsetMap:
        return cls([], [])

    def start(self, i: int) -> int:
        """Source offset of the derived character at ``i``."""
        if not self.derived_starts:
            return i
        k = max(bisect.bisect_right(self.derived_starts, i) - 1, 0)
        if k in self.expanded:
            return self.source_starts[k]
        return self.source_starts[k] + i - self.derived_starts[k]

    def starts(self, offsets: list[int]) -> list[int]:
        """``[self.start(i) for i in offsets]``, with less work per offset."""
        derived = self.derived_starts
        if not derived:
            return list(offsets)
        if len(offsets) >= _ARRAY_MIN:
            return self.starts_array(np.asarray(offsets, dtype=np.int64)).tolist()
        if self.expanded or derived[0] != 0 or any(i < 0 for i in offsets):
            return [self.start(i) for i in offsets]
        source = self.source_starts
        right = bisect.bisect_right
        return [source[k] + i - derived[k] for i in offsets
                for k in (right(derived, i) - 1,)]

    def starts_array(self, offsets: np.ndarray) -> np.ndarray:
        """``starts`` of an int64 array, in array operations (a long text's anchors map
        thousands of offsets at once)."""
        if not self.derived_starts:
            return offsets.copy()
        derived, source, expanded = self._tables()
        k = np.maximum(np.searchsorted(derived, offsets, side="right") - 1, 0)
        return source[k] + np.where(expanded[k], 0, offsets - derived[k])

    def ends_array(self, offsets: np.ndarray) -> np.ndarray:
        """``end`` of each offset of an int64 array, in array operations."""
        if not self.derived_starts:
            return offsets.copy()
        derived, source, expanded = self._tables()
        k = np.maximum(np.searchsorted(derived, offsets - 1, side="right") - 1, 0)
        out = source[k] + np.where(expanded[k], 1, offsets - derived[k])
        return np.where(offsets <= 0, source[0], out)

    def _tables(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The pieces as arrays (built once per map, on first use)."""
        if self._arrays is None:
            expanded = np.zeros(len(self.derived_starts), dtype=bool)
            expanded[list(self.expanded)] = True
            self._arrays = (np.asarray(self.derived_starts, dtype=np.int64),
                            np.asarray(self.source_starts, dtype=np.int64), expanded)
        return self._arrays

    def span(self, i: int, j: int) -> tuple[int, int]:
        """``(self.start(i), self.end(j))`` in one call (the engine maps many hit spans)."""
        derived = self.derived_starts
        if not derived:
            return i, j
        source = self.source_starts
        expanded = self.expanded
        k = bisect.bisect_right(derived, i) - 1
        if k < 0:
            k = 0
        start = source[k] if k in expanded else source[k] + i - derived[k]
        if j <= 0:
            return start, source[0]
        k = bisect.bisect_right(derived, j - 1) - 1
        if k < 0:
            k = 0
        return start, (source[k] + 1 if k in expanded else source[k] + j - derived[k])

    def end(self, j: int) -> int:
        """Source end offset (exclusive) of a derived span ending at ``j`` (exclusive)."""
        if not self.derived_starts:
            return j
        if j <= 0:
            return self.source_starts[0]
        k = max(bisect.bisect_right(self.derived_starts, j - 1) - 1, 0)
        if k in self.expanded:
            return self.source_starts[k] + 1
        return self.source_starts[k] + j - self.derived_starts[k]


@functools.cache
def _fold_tables() -> tuple[dict[int, str], frozenset[str]]:
    """Build the per-character folding table once per process.

    Returns the ``str.translate`` table (NFKC width folding, ASCII lower case, traditional to
    simplified, zero-width removal) and the set of characters whose replacement is not exactly
    one character (they need an offset map; every other character maps 1:1).
    """
    table: dict[int, str] = {}
    for cp in range(0x20, 0x10000):
        if 0xD800 <= cp < 0xE000:
            continue
        ch = chr(cp)
        folded = unicodedata.normalize("NFKC", ch)
        # NFKC turns some compatibility characters into spaces or combining marks: keep the
        # original then, it carries no term text and we must not invent whitespace.
        if folded != ch and folded.strip() and not unicodedata.combining(folded[0]):
            table[cp] = folded
    table[0x3000] = " "  # ideographic space is a space for the whitespace rule below
    for ch in ZERO_WIDTH:
        table[ord(ch)] = ""
    for cp in range(ord("A"), ord("Z") + 1):
        table[cp] = chr(cp + 32)
    # Full-width Latin letters fold to ASCII capitals first: lower them too, and the ASCII
    # capitals of a compatibility sign (℃ is °C).
    for cp, rep in list(table.items()):
        lowered = "".join(c.lower() if c.isascii() else c for c in rep)
        if lowered != rep:
            table[cp] = lowered
    for cp, rep in _traditional_to_simplified().items():
        table.setdefault(cp, rep)
    specials = frozenset(chr(cp) for cp, rep in table.items() if len(rep) != 1)
    return table, specials


def _traditional_to_simplified() -> dict[int, str]:
    """Per-character t2s table derived from OpenCC (one character in, one out, only)."""
    try:
        import opencc
    except ImportError:  # folding is a convenience; matching still works without it
        return {}
    converter = opencc.OpenCC("t2s")
    chars = [chr(cp) for lo, hi in _CJK_RANGES for cp in range(lo, hi)]
    # Newlines keep OpenCC's phrase dictionary from converting neighbours together.
    out = converter.convert("\n".join(chars)).split("\n")
    if len(out) != len(chars):
        out = [converter.convert(c) for c in chars]
    return {ord(c): s for c, s in zip(chars, out, strict=True) if len(s) == 1 and s != c}


@functools.cache
def _special_re() -> re.Pattern[str]:
    _, specials = _fold_tables()
    return re.compile("[" + "".join(re.escape(c) for c in sorted(specials)) + "]")


#: Full-width punctuation that fills Chinese prose (，alone is about one character in forty):
#: replaced with ``str.replace`` before the character-class pass, which then has few matches.
_COMMON_FOLDS = "，：（）；！？"


@functools.cache
def _translator() -> tuple[tuple[tuple[str, str], ...], re.Pattern[str], dict[str, str]]:
    """What ``_translate`` needs: the common 1:1 folds done by ``str.replace`` first, a
    pattern capturing one character that folds, and the replacement of every such character.

    A common fold is done first only when its replacement is a character that does not fold
    itself, so the order of the two passes cannot matter.
    """
    table, _ = _fold_tables()
    by_char = {chr(cp): rep for cp, rep in table.items()}
    common = tuple((c, by_char[c]) for c in _COMMON_FOLDS
                   if c in by_char and len(by_char[c]) == 1 and by_char[c] not in by_char)
    chars = "".join(re.escape(c) for c in sorted(by_char))
    return common, re.compile(f"([{chars}])"), by_char


def _translate(text: str) -> str:
    """``text.translate(table)`` of ``_fold_tables`` without a dictionary look-up per character.

    ``str.translate`` with a dict looks every character up (about 150 ns each, most of the
    normalisation of a 10 MB text); here the C string functions find the few characters that
    change: a ``str.replace`` per common full-width punctuation mark, then one ``re.split`` on
    the class of the remaining folding characters, whose pieces are mapped and joined.
    """
    common, pattern, by_char = _translator()
    for src, rep in common:
        text = text.replace(src, rep)
    parts = pattern.split(text)
    if len(parts) == 1:
        return text
    parts[1::2] = map(by_char.__getitem__, parts[1::2])
    return "".join(parts)


def fold(text: str) -> tuple[str, OffsetMap]:
    """Fold width, case, traditional forms and zero-width characters; keep an offset map.

    Only the characters whose replacement is not exactly one character (zero-width marks
    dropped, ㎡ expanded) need an offset map; every other fold keeps offsets. The map is built
    from their positions alone: the stretches between them keep their length.
    """
    table, _ = _fold_tables()
    folded = _translate(text)
    positions = [m.start() for m in _special_re().finditer(text)]
    if not positions:
        return folded, OffsetMap.identity()
    dstarts: list[int] = []
    sstarts: list[int] = []
    expanded: set[int] = set()
    d = 0
    prev = 0
    for p in positions:
        if p > prev:
            dstarts.append(d)
            sstarts.append(prev)
            d += p - prev
        rep = table[ord(text[p])]
        if rep:
            expanded.add(len(dstarts))
            dstarts.append(d)
            sstarts.append(p)
            d += len(rep)
        prev = p + 1
    if prev < len(text):
        dstarts.append(d)
        sstarts.append(prev)
    return folded, OffsetMap(dstarts, sstarts, frozenset(expanded))


_WS_SPLIT = re.compile(r"(\s+)")


def strip_whitespace(text: str) -> tuple[str, OffsetMap]:
    """Remove every whitespace run (line wraps and stray spaces inside terms); keep a map."""
    parts = _WS_SPLIT.split(text)
    if len(parts) == 1:
        return text, OffsetMap.identity()
    # parts alternate text, whitespace run, text, …: piece k of the result is parts[2k]; it
    # starts in the source where the lengths of all parts before it end.
    bounds = list(itertools.accumulate(map(len, parts), initial=0))
    kept = parts[0::2]
    sstarts = bounds[0:-1:2]
    dstarts = list(itertools.accumulate(map(len, kept[:-1]), initial=0))
    return "".join(kept), OffsetMap(dstarts, sstarts)


def normalize_term(term: str) -> str:
    """The form a list term takes in the automaton (same folding as the text)."""
    return _WS_RE.sub("", _translate(term))


def normalize_terms(terms: list[str]) -> list[str]:
    """``normalize_term`` for many terms in one pass (100,000 department terms build fast)."""
    if not terms:
        return []
    joined = "\x00".join(terms)
    out = _WS_RE.sub("", _translate(joined)).split("\x00")
    if len(out) != len(terms):  # a term held the separator: fall back to one by one
        return [normalize_term(t) for t in terms]
    return out


@dataclass(frozen=True)
class NormalizedText:
    """The two views the engine matches on, both mapping back to the original text.

    ``folded`` keeps whitespace (the number recognisers need separators to tell two numbers
    apart); ``compact`` also drops whitespace (terms are matched there, so 秘 密 is found).
    """

    original: str
    folded: str
    folded_map: OffsetMap
    compact: str
    compact_map: OffsetMap  # compact -> folded

    @classmethod
    def of(cls, text: str) -> NormalizedText:
        # A printed layout's line breaks inside sentences are dropped (see ``wraps``).
        folded, fmap = fold(unwrapped(text))
        compact, cmap = strip_whitespace(folded)
        return cls(text, folded, fmap, compact, cmap)

    def folded_span(self, start: int, end: int) -> tuple[int, int]:
        """Original span of a span of ``folded``."""
        return self.folded_map.span(start, end)

    def compact_span(self, start: int, end: int) -> tuple[int, int]:
        """Original span of a span of ``compact``."""
        return self.folded_map.span(*self.compact_map.span(start, end))
