"""Overlap of many spans with sorted others, in arrays: the answer of the one-at-a-time test."""

from __future__ import annotations

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from workbench.scanning.engine import _overlaps, _sorted_spans
from workbench.scanning.overlap import covered

_SPAN = st.tuples(st.integers(0, 300), st.integers(1, 60)).map(lambda t: (t[0], t[0] + t[1]))


@given(st.lists(_SPAN, max_size=80), st.lists(_SPAN, max_size=80), st.integers(0, 100))
def test_covered_answers_each_query_as_the_one_at_a_time_test(
        spans: list[tuple[int, int]], queries: list[tuple[int, int]], reach: int) -> None:
    index = _sorted_spans(list(spans))
    lo = np.array([a for a, _ in queries], dtype=np.int64)
    hi = np.array([b for _, b in queries], dtype=np.int64)
    expected = [_overlaps(index, a, b, reach) for a, b in queries]
    assert covered(*index, lo, hi, reach).tolist() == expected


def test_a_span_longer_than_the_reach_is_not_looked_for() -> None:
    index = _sorted_spans([(0, 500)])
    assert covered(*index, np.array([450]), np.array([460]), 400).tolist() == [False]
    assert covered(*index, np.array([350]), np.array([360]), 400).tolist() == [True]
