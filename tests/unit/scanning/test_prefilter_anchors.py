"""Inner-literal anchoring: a pattern tried only where its anchors allow finds what a full
``finditer`` finds."""

from __future__ import annotations

import random

import pytest
import regex

from workbench.scanning import Scanner, load_negative_list
from workbench.scanning.engine import _matches_at
from workbench.scanning.normalize import NormalizedText
from workbench.scanning.prefilter import pattern_anchors, pattern_prefixes


def test_a_rarer_inner_word_anchors_a_branch_with_common_first_words() -> None:
    (branch,) = pattern_anchors("(?:拟|将|计划)[^。；;\n]{0,24}?(?:开展搜查|传唤|抓捕)")
    assert branch.prefixes == frozenset({"拟", "将", "计划"})
    assert branch.inner == frozenset({"开展搜查", "传唤", "抓捕"})
    assert (branch.lo, branch.hi) == (1, 26)


def test_an_optional_first_word_and_a_literal_run() -> None:
    (branch,) = pattern_anchors("(?:正式)?前[^。]{0,3}不得对外")
    assert branch.prefixes is None
    assert branch.inner == frozenset({"不得对外"})
    assert (branch.lo, branch.hi) == (1, 6)


def test_each_branch_gets_its_own_anchor() -> None:
    first, second = pattern_anchors("(?:经|由)[^，]{2,4}?(?:入口|出口)|调取[^。]{0,3}银行流水")
    assert first.inner == frozenset({"入口", "出口"}) and (first.lo, first.hi) == (3, 5)
    assert second.inner == frozenset({"银行流水"}) and (second.lo, second.hi) == (2, 5)


def test_a_short_word_set_and_the_small_class_after_it_anchor_on_their_pairs() -> None:
    """路 alone is everywhere; 路 followed by a house-number digit is rare."""
    (branch,) = pattern_anchors(r"\p{Han}{2,14}?(?:路|大道)[0-9一二]{1,4}号")
    assert branch.prefixes is None
    assert branch.inner == frozenset(a + b for a in ("路", "大道") for b in "0123456789一二")
    assert (branch.lo, branch.hi) == (2, 14)
    (branch,) = pattern_anchors(r"[0-9]{1,6}(?:元|万元)/(?:台|套)")
    assert branch.inner == frozenset({"元/", "万元/"}) and (branch.lo, branch.hi) == (1, 6)


def test_a_negated_class_makes_no_pairs() -> None:
    (branch,) = pattern_anchors(r"\p{Han}{2,4}(?:路|街)[^号]{1,3}储备库")
    assert branch.inner == frozenset({"储备库"})


@pytest.mark.parametrize("pattern", [
    "(?i)(?:温度|压力)为[0-9]+",  # inline flags: not read
    "(?:拟|将)[^。]*传唤",  # unbounded distance: the prefixes only
    "(?:拟|将)(?>[^。]{0,3})传唤",  # an atomic group: not read
    r"[0-9]{2}分",  # a class of digits first: no anchor at all
])
def test_what_cannot_be_bounded_gets_no_inner_anchor(pattern: str) -> None:
    branches = pattern_anchors(pattern)
    assert branches is None or all(b.inner is None for b in branches)


def test_short_ranges_after_a_literal_make_longer_prefixes() -> None:
    prefixes = pattern_prefixes("[京津][a-c][·.]?[0-9]{5}")
    assert prefixes == frozenset(a + b for a in "京津" for b in "abc")
    assert pattern_prefixes("[0-9][0-9]{5}") is None  # a range first: no single digits


def test_anchored_matching_equals_finditer_on_random_text() -> None:
    """Every rule pattern, on random text built from the pattern's own literals: the starts
    the scanner computes give exactly finditer's matches."""
    scanner = Scanner(load_negative_list())
    rng = random.Random(5)
    words = sorted(set(scanner._anchor_words) | set("，。；\n 、的了在是0123456789ab"))
    for _ in range(60):
        text = "".join(rng.choice(words) for _ in range(rng.randint(50, 400)))
        norm = NormalizedText.of(text)
        found: list[tuple[int, int]] = []
        for pid, s, _ in scanner._automaton.find_matches_as_indexes(norm.compact,
                                                                   overlapping=True):
            if pid in scanner._anchor_pids:
                found.append((scanner._anchor_pids[pid], s))
        starts = scanner._pattern_starts(norm, found, most=10**9)
        for slot, at in starts.items():
            pattern: regex.Pattern[str] = scanner._patterns[slot][1]
            assert at is not None
            expected = [m.span() for m in pattern.finditer(norm.folded)]
            assert [m.span() for m in _matches_at(pattern, norm.folded, at)] == expected


def test_case_insensitive_literals_expand_to_every_case_the_engine_matches() -> None:
    from workbench.scanning.prefilter import _all_cases

    for ch in "pkshiμ温":
        probe = regex.compile(regex.escape(ch), regex.IGNORECASE)
        brute = {chr(cp) for cp in range(0x110000) if not 0xD800 <= cp < 0xE000
                 and probe.fullmatch(chr(cp))}
        assert set(_all_cases(ch)) == brute, ch
    assert pattern_prefixes("(?i)(?:ph|温度)值?为") == frozenset({"ph", "pH", "Ph", "PH", "温度"})
    assert pattern_prefixes("(?m)^秘密") is None  # other flags: not read


def test_a_case_insensitive_pattern_anchored_on_its_variants_finds_what_finditer_finds() -> None:
    pattern = regex.compile("(?i)(?:ph|温度|k值)(?:控制在|为)[0-9]+")
    prefixes = tuple(pattern_prefixes(pattern.pattern) or ())
    assert any(p.startswith("\u212a值") for p in prefixes)  # the Kelvin sign is a k too
    rng = random.Random(9)
    pieces = ["ph", "PH", "pH", "温度", "k值", "K值", "\u212a值", "控制在", "为", "7", "12", "，"]
    for _ in range(300):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 40)))
        starts = [p for p in range(len(text)) if text.startswith(prefixes, p)]
        assert [m.span() for m in _matches_at(pattern, text, starts)] == \
            [m.span() for m in pattern.finditer(text)]


#: Patterns that may run over the whole text: each one costs a pass over every document.
_UNANCHORED = {"internal_affairs.individual_scores"}


def test_every_baseline_pattern_but_the_listed_ones_has_an_anchor() -> None:
    """A pattern with no literal to skip to is tried at every position of every draft (a
    number pattern starting at any digit cost a fifth of a hit-dense scan)."""
    unanchored = {rule.id for rule in load_negative_list().rules
                  if rule.pattern is not None and pattern_anchors(rule.pattern) is None}
    assert unanchored == _UNANCHORED
