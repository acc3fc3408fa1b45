"""The fast folding (str.replace + re.split, a map built from the multi-character folds only)
gives exactly what the per-character ``str.translate`` with a map of every piece gave."""

from __future__ import annotations

import itertools
import random
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from workbench.scanning.normalize import (
    ZERO_WIDTH,
    NormalizedText,
    OffsetMap,
    _fold_tables,
    _special_re,
    _translate,
    fold,
    normalize_term,
    normalize_terms,
    strip_whitespace,
)

_WS_RE = re.compile(r"\s+")


def _old_fold(text: str) -> tuple[str, OffsetMap]:
    """The folding as it was before the fast path (the reference)."""
    table, _ = _fold_tables()
    matches = list(_special_re().finditer(text))
    if not matches:
        return text.translate(table), OffsetMap.identity()
    parts: list[str] = []
    dstarts: list[int] = []
    sstarts: list[int] = []
    expanded: set[int] = set()
    d = 0
    prev = 0
    for m in matches:
        p = m.start()
        if p > prev:
            chunk = text[prev:p].translate(table)
            dstarts.append(d)
            sstarts.append(prev)
            parts.append(chunk)
            d += len(chunk)
        rep = table[ord(text[p])]
        if rep:
            expanded.add(len(dstarts))
            dstarts.append(d)
            sstarts.append(p)
            parts.append(rep)
            d += len(rep)
        prev = p + 1
    if prev < len(text):
        dstarts.append(d)
        sstarts.append(prev)
        parts.append(text[prev:].translate(table))
    return "".join(parts), OffsetMap(dstarts, sstarts, frozenset(expanded))


def _old_strip(text: str) -> tuple[str, OffsetMap]:
    spans = [m.span() for m in _WS_RE.finditer(text)]
    if not spans:
        return text, OffsetMap.identity()
    sstarts = [0, *(e for _, e in spans)]
    lengths = [s - prev for s, prev in zip((s for s, _ in spans), sstarts, strict=False)]
    lengths.append(len(text) - sstarts[-1])
    dstarts = [0, *itertools.accumulate(lengths[:-1])]
    return _WS_RE.sub("", text), OffsetMap(dstarts, sstarts)


def _same(a: tuple[str, OffsetMap], b: tuple[str, OffsetMap]) -> None:
    assert a[0] == b[0]
    assert a[1].derived_starts == b[1].derived_starts
    assert a[1].source_starts == b[1].source_starts
    assert a[1].expanded == b[1].expanded


def _alphabet() -> str:
    """Plain and traditional hanzi, full-width forms and punctuation, ASCII of both cases,
    zero-width marks, one-to-many folds (㎡ …), whitespace of several kinds."""
    table, specials = _fold_tables()
    traditional = [chr(cp) for cp in table if 0x4E00 <= cp < 0xA000][:300]
    full_width = [chr(cp) for cp in range(0xFF01, 0xFF5F)]
    return "".join([*"秘密机关国家身份证号码住址", *traditional, *full_width,
                    *"，：（）；！？。、《》“”★…", *"AbCxyZ0123456789-.",
                    *ZERO_WIDTH, *sorted(specials)[:80], *" \t\n\r\u3000\u00a0\u2028"])


def test_fold_and_strip_match_the_reference_on_random_text() -> None:
    rng = random.Random(20240601)
    alphabet = _alphabet()
    for _ in range(400):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 300)))
        _same(fold(text), _old_fold(text))
        folded = fold(text)[0]
        _same(strip_whitespace(folded), _old_strip(folded))
        assert _translate(text) == text.translate(_fold_tables()[0])


@settings(max_examples=300, deadline=None)
@given(st.text(st.sampled_from(list(_alphabet())), max_size=60))
def test_fold_matches_the_reference(text: str) -> None:
    _same(fold(text), _old_fold(text))
    _same(strip_whitespace(text), _old_strip(text))


def test_every_folding_character_folds_as_the_table_says() -> None:
    table, _ = _fold_tables()
    chars = "".join(chr(cp) for cp in sorted(table))
    assert _translate(chars) == chars.translate(table)
    # Each alone, too (the common punctuation goes through str.replace, the rest through split).
    assert all(_translate(chr(cp)) == rep for cp, rep in table.items())


def test_offsets_map_back_like_before() -> None:
    text = "機密★１０年\u200b 秘 密…身份證號：１１０１０５\n１９９０，面积30㎡。\n"
    n = NormalizedText.of(text)
    folded, fmap = _old_fold(text)
    compact, cmap = _old_strip(folded)
    assert n.compact == compact
    for i in range(len(compact)):
        for j in range(i + 1, min(len(compact), i + 6) + 1):
            ref = fmap.start(cmap.start(i)), fmap.end(cmap.end(j))
            assert n.compact_span(i, j) == ref


def test_terms_fold_like_before() -> None:
    table, _ = _fold_tables()
    terms = ["內部 資料", "ＡＢＣ", "秘\u200b密", "面积㎡", "（征求意见稿）"]
    assert normalize_terms(terms) == [_WS_RE.sub("", t.translate(table)) for t in terms]
    assert [normalize_term(t) for t in terms] == normalize_terms(terms)


def test_span_is_start_and_end() -> None:
    rng = random.Random(3)
    alphabet = _alphabet()
    for _ in range(200):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 80)))
        for mapping in (fold(text)[1], strip_whitespace(text)[1]):
            for i in range(-1, len(text) + 2):
                for j in (i - 1, i, i + 1, i + 3):
                    assert mapping.span(i, j) == (mapping.start(i), mapping.end(j))
