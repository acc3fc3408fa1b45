"""Which of many spans overlap a sorted set of others, in array operations (the passage
model's thousands of clauses against the hits already found)."""

from __future__ import annotations

import numpy as np


def covered(starts: list[int], ends: list[int], lo: np.ndarray, hi: np.ndarray,
            reach: int) -> np.ndarray:
    """Per query span ``lo[i]..hi[i]``: whether a span of ``starts``/``ends`` (sorted by
    start) that starts at most ``reach`` before it overlaps it. Queries ``i`` answer as
    ``engine._overlaps`` does one at a time."""
    out = np.zeros(len(lo), dtype=bool)
    if not starts or not len(lo):
        return out
    first_start = np.asarray(starts, dtype=np.int64)
    last_end = np.asarray(ends, dtype=np.int64)
    first = np.searchsorted(first_start, lo - reach, side="left")
    after = np.searchsorted(first_start, hi, side="left")
    some = np.flatnonzero(after > first)
    if not len(some):
        return out
    # The largest end among spans first..after-1: a sparse table of range maxima.
    levels = [last_end]
    while 1 << len(levels) <= len(last_end):
        half = 1 << (len(levels) - 1)
        levels.append(np.maximum(levels[-1][:-half], levels[-1][half:]))
    a, b = first[some], after[some]
    level = np.floor(np.log2(b - a)).astype(np.int64)
    largest = np.empty(len(some), dtype=np.int64)
    for k in np.unique(level).tolist():
        at = np.flatnonzero(level == k)
        table = levels[k]
        largest[at] = np.maximum(table[a[at]], table[b[at] - (1 << k)])
    out[some] = largest > lo[some]
    return out
