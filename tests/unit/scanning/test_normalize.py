"""Normalisation folds width, script and invisible characters and maps offsets back exactly."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from workbench.scanning.normalize import NormalizedText, normalize_term


def _orig(n: NormalizedText, needle: str) -> str:
    i = n.compact.find(needle)
    assert i >= 0, (needle, n.compact)
    s, e = n.compact_span(i, i + len(needle))
    return n.original[s:e]


def test_full_width_traditional_and_spaces_fold_to_the_term() -> None:
    n = NormalizedText.of("機密★１０年\u200b 秘 密…身份證號：１１０１０５\n１９９０")
    assert n.compact.startswith("机密★10年秘密...身份证号:")
    assert _orig(n, "机密★10年") == "機密★１０年"
    assert _orig(n, "秘密") == "秘 密"
    assert _orig(n, "1101051990") == "１１０１０５\n１９９０"


def test_one_to_many_expansions_map_to_the_whole_source_character() -> None:
    n = NormalizedText.of("温度25℃，面积30㎡。")
    i = n.compact.find("m2")
    assert n.original[slice(*n.compact_span(i, i + 2))] == "㎡"
    assert n.original[slice(*n.compact_span(i + 1, i + 2))] == "㎡"


def test_terms_are_folded_like_the_text() -> None:
    assert normalize_term("內部 資料") == "内部资料"
    assert normalize_term("ＡＢＣ") == "abc"


_ALPHABET = st.sampled_from(list("秘密機關 \n\t\u200b１２ab…㎡，。★國"))


@given(st.text(_ALPHABET, max_size=40))
def test_every_compact_character_maps_inside_the_original(text: str) -> None:
    n = NormalizedText.of(text)
    for i in range(len(n.compact)):
        s, e = n.compact_span(i, i + 1)
        assert 0 <= s < e <= len(text)
        assert not text[s:e].isspace()
    if n.compact:
        s, e = n.compact_span(0, len(n.compact))
        assert text[s:e].strip(" \n\t\u200b") == text[s:e]


_PIECES = st.sampled_from(["秘", "密", " ", "\n", "\u3000", "㎡", "…", "\u200b", "１", "a", "號"])


@given(st.lists(_PIECES, min_size=1, max_size=120), st.lists(st.integers(-3, 400), max_size=200))
def test_offsets_mapped_in_arrays_are_the_offsets_mapped_one_by_one(
        pieces: list[str], extra: list[int]) -> None:
    import numpy as np

    n = NormalizedText.of("".join(pieces))
    for mapping, size in ((n.compact_map, len(n.compact)), (n.folded_map, len(n.folded))):
        # Long enough for the array path; out-of-range offsets too.
        offsets = sorted(list(range(size)) * 70 + [i for i in extra if i <= size])
        expected = [mapping.start(i) for i in offsets]
        assert mapping.starts(offsets) == expected
        assert mapping.starts_array(np.asarray(offsets, dtype=np.int64)).tolist() == expected
        ends = sorted(range(-2, size + 2))
        assert mapping.ends_array(np.asarray(ends, dtype=np.int64)).tolist() == \
            [mapping.end(j) for j in ends]
