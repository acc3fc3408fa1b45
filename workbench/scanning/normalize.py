"""Text normalisation for matching, with an exact map from normalised offsets to original ones."""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from dataclasses import dataclass

#: Invisible characters that hide inside terms (pasted from web pages or WPS): dropped.
ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e"

_WS_RE = re.compile(r"\s+")

# CJK blocks whose traditional forms are folded (basic block and extension A).
_CJK_RANGES = ((0x3400, 0x4DC0), (0x4E00, 0xA000))


@dataclass(frozen=True)
class OffsetMap:
    """Piecewise map from offsets of a derived string back to the string it came from.

    Each piece is ``(derived_start, source_start, derived_len, source_len)`` where either the
    lengths are equal (a 1:1 copy) or ``source_len == 1`` (one source character expanded, e.g.
    NFKC of "…" is "..."). Dropped source characters have no piece.
    """

    derived_starts: tuple[int, ...]
    pieces: tuple[tuple[int, int, int, int], ...]

    @classmethod
    def identity(cls) -> OffsetMap:
        return cls((), ())

    def _piece(self, i: int) -> tuple[int, int, int, int] | None:
        if not self.pieces:
            return None
        k = bisect.bisect_right(self.derived_starts, i) - 1
        return self.pieces[max(k, 0)]

    def start(self, i: int) -> int:
        """Source offset of the derived character at ``i``."""
        piece = self._piece(i)
        if piece is None:
            return i
        d0, s0, dlen, slen = piece
        return s0 + (i - d0) if dlen == slen else s0

    def end(self, j: int) -> int:
        """Source end offset (exclusive) of a derived span ending at ``j`` (exclusive)."""
        if j <= 0:
            return self.start(0) if self.pieces else 0
        piece = self._piece(j - 1)
        if piece is None:
            return j
        d0, s0, dlen, slen = piece
        return s0 + (j - 1 - d0) + 1 if dlen == slen else s0 + 1


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
    # Full-width Latin letters fold to ASCII capitals first: lower them too.
    for cp, rep in list(table.items()):
        if rep.isascii() and rep.lower() != rep:
            table[cp] = rep.lower()
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


def fold(text: str) -> tuple[str, OffsetMap]:
    """Fold width, case, traditional forms and zero-width characters; keep an offset map."""
    table, _ = _fold_tables()
    matches = list(_special_re().finditer(text))
    if not matches:
        return text.translate(table), OffsetMap.identity()
    parts: list[str] = []
    starts: list[int] = []
    pieces: list[tuple[int, int, int, int]] = []
    d = 0
    prev = 0
    for m in matches:
        p = m.start()
        if p > prev:
            chunk = text[prev:p].translate(table)
            starts.append(d)
            pieces.append((d, prev, len(chunk), len(chunk)))
            parts.append(chunk)
            d += len(chunk)
        rep = table[ord(text[p])]
        if rep:
            starts.append(d)
            pieces.append((d, p, len(rep), 1))
            parts.append(rep)
            d += len(rep)
        prev = p + 1
    if prev < len(text):
        chunk = text[prev:].translate(table)
        starts.append(d)
        pieces.append((d, prev, len(chunk), len(chunk)))
        parts.append(chunk)
    return "".join(parts), OffsetMap(tuple(starts), tuple(pieces))


def strip_whitespace(text: str) -> tuple[str, OffsetMap]:
    """Remove every whitespace run (line wraps and stray spaces inside terms); keep a map."""
    starts: list[int] = []
    pieces: list[tuple[int, int, int, int]] = []
    parts: list[str] = []
    d = 0
    prev = 0
    for m in _WS_RE.finditer(text):
        if m.start() > prev:
            n = m.start() - prev
            starts.append(d)
            pieces.append((d, prev, n, n))
            parts.append(text[prev:m.start()])
            d += n
        prev = m.end()
    if not pieces and prev == 0:
        return text, OffsetMap.identity()
    if prev < len(text):
        n = len(text) - prev
        starts.append(d)
        pieces.append((d, prev, n, n))
        parts.append(text[prev:])
    return "".join(parts), OffsetMap(tuple(starts), tuple(pieces))


def normalize_term(term: str) -> str:
    """The form a list term takes in the automaton (same folding as the text)."""
    table, _ = _fold_tables()
    return _WS_RE.sub("", term.translate(table))


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
        folded, fmap = fold(text)
        compact, cmap = strip_whitespace(folded)
        return cls(text, folded, fmap, compact, cmap)

    def folded_span(self, start: int, end: int) -> tuple[int, int]:
        """Original span of a span of ``folded``."""
        return self.folded_map.start(start), self.folded_map.end(end)

    def compact_span(self, start: int, end: int) -> tuple[int, int]:
        """Original span of a span of ``compact``."""
        return self.folded_span(self.compact_map.start(start), self.compact_map.end(end))
