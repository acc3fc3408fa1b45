"""The passage model: a linear classifier of clauses, learned from labelled drafts, that marks
the sensitive passages no listed word or pattern announces.

The rules find what a phrase, a number or a paper's kind gives away. What they miss is
mostly plain prose: a cadre's faults in an inspection report, a bank's fallback plan, the
meeting that moved a man off his post. Each writer words these differently, so a rule read off
one writer's sentence finds nothing in the next writer's. A model that has read many writers'
labelled passages does transfer: it weighs every character n-gram of a clause at once.

The model is data (``negative_list/_passages.json``, written by
``tools/train_passage_model.py``): an n-gram vocabulary with its inverse document
frequencies, one weight per n-gram and category, one intercept per category, the weight of
"the rules would publish this paper", and the probability a clause needs to be marked, per
kind of paper the rules suggest (and, in another category, once it is flagged).

A clause's value for a category is the sum, over the positions of its 1-, 2- and 3-grams, of
weight × idf, divided by the root of the sum of idf² over the same positions, plus the
intercept. That is TF-IDF with raw counts and an L2 norm, written so that every position adds
on its own: the whole text is scored in a few array operations (numpy) instead of one Python
step per n-gram, which kept the model at a fraction of the rules' speed.
"""

from __future__ import annotations

import functools
import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from workbench.core.attributes import DisclosureAttribute
from workbench.core.categories import Category
from workbench.core.errors import ValidationError
from workbench.scanning.codepoints import code_points
from workbench.scanning.facts import CLAUSE_ENDS
from workbench.scanning.sentences import LEADING_BLANKS, MAX_CHARS, MIN_CHARS, SENTENCE_ENDS

#: The model file's name in the negative-list folder (``_``: not a category file).
MODEL_FILE = "_passages.json"
FORMAT = 2
#: A clause shorter than this says too little to be read alone.
MIN_UNIT_CHARS = 4
#: The n-gram orders a clause is read by.
ORDERS = (1, 2, 3)

_MAX_CODE_POINT = 0x110000
#: Fibonacci hashing: the golden ratio's 64-bit fraction spreads n-gram codes over a table.
_HASH_MULTIPLIER = np.uint64(0x9E3779B97F4A7C15)
_EMPTY = np.uint64(2**64 - 1)
#: Above the 48 bits three 16-bit character ids take: which order a code is of.
_ORDER_SHIFT = 56
#: Character ids are 16 bits (0: none), which is what the file may hold.
_MAX_CHARACTERS = 1 << 16


def ngrams(text: str) -> list[str]:
    """The character n-grams of ``text``, one per position and order (training reads a clause
    this way; scoring reads the same positions)."""
    n = len(text)
    out = list(text)
    out.extend(text[i:i + 2] for i in range(n - 1))
    out.extend(text[i:i + 3] for i in range(n - 2))
    return out


def _class_table(chars: str) -> np.ndarray:
    table = np.zeros(_MAX_CODE_POINT, dtype=bool)
    table[[ord(c) for c in chars]] = True
    return table


_SENTENCE_END_AT = _class_table(SENTENCE_ENDS)
_CLAUSE_END_AT = _class_table(CLAUSE_ENDS)
_BLANK_AT = _class_table(LEADING_BLANKS)


def unit_spans(text: str) -> tuple[np.ndarray, np.ndarray]:
    """Starts and ends of the clauses the model reads: the clauses (``facts.clauses``) of the
    sentences (``sentences.sentences``) of ``text``, at least ``MIN_UNIT_CHARS`` long."""
    points = code_points(text)
    n = len(points)
    if not n:
        return np.empty(0, np.int64), np.empty(0, np.int64)
    # As sentences() reads it: the title line is skipped, every end closes a sentence.
    ends = np.flatnonzero(_SENTENCE_END_AT[points])
    ends = np.append(ends, n)
    starts = np.empty_like(ends)
    starts[0] = text.find("\n") + 1
    starts[1:] = ends[:-1] + 1
    starts = _skip_blanks(points, starts, ends)
    size = ends - starts
    keep = (size >= MIN_CHARS) & (size <= MAX_CHARS)
    starts, ends = starts[keep], ends[keep]
    # The clause ends inside the kept sentences split them.
    marks = np.flatnonzero(_CLAUSE_END_AT[points])
    owner = np.searchsorted(starts, marks, side="right") - 1
    inside = owner >= 0
    inside[inside] = marks[inside] < ends[owner[inside]]
    marks = marks[inside]
    clause_starts = np.sort(np.concatenate([starts, marks + 1]))
    clause_ends = np.sort(np.concatenate([ends, marks]))
    long_enough = clause_ends - clause_starts >= MIN_UNIT_CHARS
    return clause_starts[long_enough], clause_ends[long_enough]


def _skip_blanks(points: np.ndarray, starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """``starts`` moved past the indentation of their sentences (never past their ends)."""
    blank = _BLANK_AT[points]
    indented = np.flatnonzero(blank[np.minimum(starts, len(points) - 1)] & (starts < ends))
    if not len(indented):
        return starts
    # The first non-blank position at or after each indented start.
    solid = np.append(np.flatnonzero(~blank), len(points))
    moved = starts.copy()
    first = solid[np.searchsorted(solid, starts[indented])]
    moved[indented] = np.minimum(first, ends[indented])
    return moved


@dataclass(frozen=True)
class PassageModel:
    """A trained model: per n-gram its idf and its weights, per category an intercept."""

    categories: tuple[Category, ...]
    idf: dict[str, float]
    weights: dict[str, tuple[tuple[int, float], ...]]  # n-gram -> (category index, weight)
    intercepts: tuple[float, ...]
    #: Per category, what "the rules would publish the paper" adds to a clause's value.
    proactive: tuple[float, ...]
    threshold_proactive: float  # in a paper the rules would publish
    threshold_withheld: float  # in a paper the rules already keep inside
    trained_on: str  # which labelled corpora, for the record
    #: In a paper the rules would release on request (a reply to one citizen): None, as in
    #: a withheld one.
    threshold_on_request: float | None = None
    #: In a paper the rules do not publish, a clause already flagged (a hit holds it whole, or
    #: the model marks it) is also marked in any other category from this probability: the
    #: reviewer sees which other ground it reads like, and no text that was clear is flagged.
    #: 1.0: never.
    threshold_also: float = 1.0

    def threshold_for(self, attribute: DisclosureAttribute) -> float:
        """The probability a clause needs to be marked in a paper the rules suggest
        ``attribute`` for."""
        if attribute is DisclosureAttribute.PROACTIVE:
            return self.threshold_proactive
        if attribute is DisclosureAttribute.ON_REQUEST and self.threshold_on_request is not None:
            return self.threshold_on_request
        return self.threshold_withheld

    def values(self, text: str, starts: np.ndarray, ends: np.ndarray,
               publish: bool) -> np.ndarray:
        """The linear value (log-odds) per clause ``text[starts[j]:ends[j]]`` and category
        (clauses in order, none empty, none overlapping)."""
        return self.evidence(text, starts, ends) + self._offset(publish)

    def evidence(self, text: str, starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
        """What the clauses' n-grams add to ``values``: all of it but the intercepts and the
        publish weights, so it can be computed before the rules have decided the paper."""
        index = self._index
        m = len(starts)
        if m == 0:
            return np.empty((0, len(self.categories)))
        points = code_points(text)
        ids = index.char_ids[points].astype(np.uint64)
        # Which clause each position starts in (-1: before the first).
        marker = np.zeros(len(points) + 1, dtype=np.int32)
        marker[starts] = 1  # clauses do not overlap
        owner = np.cumsum(marker, dtype=np.int32) - 1
        norm2 = np.zeros(m)
        owners, weighted = [], []
        for order, rows in enumerate(index.rows_by_order(ids), start=1):
            # The norm: the idf² of every position whose gram lies in a clause (none in a
            # clause shorter than the order).
            running = np.zeros(len(rows) + 1)
            np.cumsum(index.idf2[rows], out=running[1:])
            first = np.minimum(starts, len(rows))
            last = np.maximum(np.minimum(ends - order + 1, len(rows)), first)
            norm2 += running[last] - running[first]
            at = np.flatnonzero(index.entry_count[rows])
            clause = owner[at]
            ok = clause >= 0
            ok[ok] = at[ok] + order <= ends[clause[ok]]
            owners.append(clause[ok])
            weighted.append(rows[at[ok]])
        sums = index.sums(np.concatenate(owners), np.concatenate(weighted), m)
        scale = np.divide(1.0, np.sqrt(norm2), out=np.zeros(m), where=norm2 > 0)
        return sums * scale[:, None]

    def read(self, text: str) -> ClauseReading:
        """``text``'s clauses (``unit_spans``) and their evidence."""
        starts, ends = unit_spans(text)
        return ClauseReading(starts, ends, self.evidence(text, starts, ends))

    def probabilities(self, clause: str, publish: bool) -> list[float]:
        """The probability, per category, that ``clause`` is to be marked."""
        values = self.values(clause, np.array([0]), np.array([len(clause)]), publish)[0]
        return [_logistic(float(v)) for v in values]

    def marked(self, text: str, starts: np.ndarray, ends: np.ndarray, publish: bool,
               threshold: float) -> list[tuple[int, int, float]]:
        """(clause, category index, probability) wherever the probability reaches
        ``threshold``, in the order of the clauses."""
        if threshold >= 1.0 or not len(starts):
            return []
        reading = ClauseReading(starts, ends, self.evidence(text, starts, ends))
        clauses, cats, probabilities = self.marks(reading, publish, threshold)
        return list(zip(clauses.tolist(), cats.tolist(), probabilities.tolist(), strict=True))

    def marks(self, reading: ClauseReading, publish: bool,
              threshold: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """``marked`` as arrays: clause indices, category indices, probabilities."""
        values = reading.evidence + self._offset(publish)
        logit = math.log(threshold / (1 - threshold)) if 0 < threshold < 1 else (
            math.inf if threshold >= 1 else -math.inf)
        clauses, cats = np.nonzero(values >= logit)
        chosen = values[clauses, cats]
        # The logistic without overflow on either side.
        e = np.exp(-np.abs(chosen))
        probabilities = np.where(chosen >= 0, 1.0 / (1.0 + e), e / (1.0 + e))
        return clauses, cats, probabilities

    def _offset(self, publish: bool) -> np.ndarray:
        return np.asarray(self.intercepts) + (np.asarray(self.proactive) if publish else 0.0)

    @functools.cached_property
    def _index(self) -> _Index:
        return _Index.of(self)

    def to_json(self) -> str:
        """The model file's text (stable: sorted keys, rounded figures)."""
        vocabulary = sorted(self.idf)
        index = {g: i for i, g in enumerate(vocabulary)}
        return json.dumps({
            "format": FORMAT,
            "trained_on": self.trained_on,
            "categories": [c.value for c in self.categories],
            "intercepts": [round(b, 4) for b in self.intercepts],
            "proactive": [round(b, 4) for b in self.proactive],
            "threshold_proactive": self.threshold_proactive,
            "threshold_withheld": self.threshold_withheld,
            "threshold_on_request": self.threshold_on_request,
            "threshold_also": self.threshold_also,
            "vocabulary": vocabulary,
            "idf": [round(self.idf[g], 3) for g in vocabulary],
            "weights": [[index[g], k, round(w, 3)] for g in sorted(self.weights)
                        for k, w in self.weights[g]],
        }, ensure_ascii=False, separators=(",", ":"))


@dataclass(frozen=True)
class _Index:
    """The model as arrays. An n-gram's row: a unigram's by its character id, a longer
    one's by its code in an open-addressing hash table. Per row its idf² and its weights
    (× idf), these as runs of (category, weight) entries. Row 0 is "not in the vocabulary"."""

    char_ids: np.ndarray  # code point -> character id (0: in no n-gram of the vocabulary)
    base: int
    unigram_rows: np.ndarray  # character id -> row
    tables: tuple[tuple[np.ndarray, np.ndarray, int], ...]  # per order >= 2: keys, rows, probes
    idf2: np.ndarray  # row -> idf²
    entry_start: np.ndarray  # row -> its first entry
    entry_count: np.ndarray  # row -> how many categories it weighs in (0: none)
    entry_category: np.ndarray
    entry_weight: np.ndarray
    categories: int

    @classmethod
    def of(cls, model: PassageModel) -> _Index:
        # A longer n-gram is looked up only where both shorter ones in it were found: a
        # trained vocabulary holds them (they occur wherever it does); any other gets them
        # as rows that weigh nothing.
        grams = set(model.idf)
        for order in sorted(ORDERS[1:], reverse=True):
            longer = [g for g in grams if len(g) == order]
            grams.update(g[:-1] for g in longer)
            grams.update(g[1:] for g in longer)
        vocabulary = sorted(grams)
        chars = sorted({c for g in vocabulary for c in g})
        # Built with dicts and lists: numpy pays per element touched from Python.
        char_id = {c: i for i, c in enumerate(chars, start=1)}
        char_ids = np.zeros(_MAX_CODE_POINT, dtype=np.uint16)
        char_ids[[ord(c) for c in chars]] = np.arange(1, len(chars) + 1)
        base = len(chars) + 1
        unigram_rows = [0] * base
        by_order: dict[int, tuple[list[int], list[int]]] = {n: ([], []) for n in ORDERS[1:]}
        for row, gram in enumerate(vocabulary, start=1):
            if len(gram) == 1:
                unigram_rows[char_id[gram]] = row
            else:
                codes, rows = by_order[len(gram)]
                codes.append(_code([char_id[c] for c in gram], base))
                rows.append(row)
        tables = tuple(_hash_table(np.array(codes, dtype=np.uint64), np.array(rows))
                       for codes, rows in by_order.values())
        idf = model.idf
        idf2 = np.array([0.0] + [idf.get(g, 0.0) ** 2 for g in vocabulary])
        entry_start, entry_count = [0] * (len(vocabulary) + 1), [0] * (len(vocabulary) + 1)
        categories: list[int] = []
        weights: list[float] = []
        for row, gram in enumerate(vocabulary, start=1):
            entries = model.weights.get(gram)
            if entries:
                entry_start[row], entry_count[row] = len(categories), len(entries)
                categories.extend(k for k, _ in entries)
                weights.extend(w * idf.get(gram, 0.0) for _, w in entries)
        return cls(char_ids, base, np.array(unigram_rows, dtype=np.int64), tables, idf2,
                   np.array(entry_start, dtype=np.int64), np.array(entry_count, dtype=np.int64),
                   np.array(categories, dtype=np.int64), np.array(weights),
                   len(model.categories))

    def rows_by_order(self, ids: np.ndarray) -> list[np.ndarray]:
        """Per order, the vocabulary row of the n-gram at each position (0: not in it)."""
        out = [self.unigram_rows[ids]]
        known = out[0] > 0
        for order, (keys, rows, probes) in enumerate(self.tables, start=2):
            n = len(ids) - order + 1
            if n <= 0:
                out.append(np.empty(0, dtype=np.int64))
                continue
            # An n-gram is in the vocabulary only if the two (n-1)-grams in it are: both
            # occur in every clause it occurs in.
            at = np.flatnonzero(known[:n] & known[1:n + 1])
            codes = ids[at]
            for j in range(1, order):
                codes *= np.uint64(self.base)
                codes += ids[at + j]
            codes |= np.uint64(order << _ORDER_SHIFT)
            found = np.zeros(n, dtype=np.int64)
            found[at] = _lookup(keys, rows, probes, codes)
            out.append(found)
            known = found > 0
        return out

    def sums(self, clauses: np.ndarray, rows: np.ndarray, m: int) -> np.ndarray:
        """Per clause (of ``m``) and category, the summed weights of the rows it holds
        (``clauses[i]`` holds ``rows[i]``)."""
        count = self.entry_count[rows]
        total = int(count.sum())
        # Each (clause, row) pair spread over the row's entries.
        ends = np.cumsum(count)
        entry = np.repeat(self.entry_start[rows] - (ends - count), count) + np.arange(total)
        flat = np.repeat(clauses, count) * self.categories + self.entry_category[entry]
        sums = np.bincount(flat, weights=self.entry_weight[entry],
                           minlength=m * self.categories)
        return sums.reshape(m, self.categories)


def _code(ids: Sequence[int], base: int) -> int:
    """An n-gram's code: its character ids as digits of ``base``, its order above them."""
    code = 0
    for i in ids:
        code = code * base + i
    return code | (len(ids) << _ORDER_SHIFT)


def _slots(codes: np.ndarray, bits: int) -> np.ndarray:
    return ((codes * _HASH_MULTIPLIER) >> np.uint64(64 - bits)).astype(np.int64)


def _hash_table(codes: np.ndarray, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray, int]:
    """An open-addressing table of ``codes`` (linear probing, at most a quarter full): its
    keys, the row of each, and the longest probe any code needs."""
    bits = max(4, (4 * len(codes)).bit_length())
    mask = (1 << bits) - 1
    empty = int(_EMPTY)
    keys, table_rows = [empty] * (mask + 1), [0] * (mask + 1)
    probes = 1
    for code, row, slot in zip(codes.tolist(), rows.tolist(), _slots(codes, bits).tolist(),
                               strict=True):
        step = 0
        while keys[(slot + step) & mask] != empty:
            step += 1
        keys[(slot + step) & mask] = code
        table_rows[(slot + step) & mask] = row
        probes = max(probes, step + 1)
    return np.array(keys, dtype=np.uint64), np.array(table_rows, dtype=np.int64), probes


def _lookup(keys: np.ndarray, rows: np.ndarray, probes: int, codes: np.ndarray) -> np.ndarray:
    """The row of each code in the table (0: not in it)."""
    mask = len(keys) - 1
    slot = _slots(codes, mask.bit_length())
    key = keys[slot]
    found = np.where(key == codes, rows[slot], 0)
    # A code not found yet goes on probing only past an occupied slot.
    pending = np.flatnonzero((found == 0) & (key != _EMPTY))
    slot = slot[pending]
    for _ in range(probes - 1):
        if not len(pending):
            break
        slot = (slot + 1) & mask
        key = keys[slot]
        hit = key == codes[pending]
        found[pending[hit]] = rows[slot[hit]]
        going = ~hit & (key != _EMPTY)
        pending, slot = pending[going], slot[going]
    return found


@dataclass(frozen=True, slots=True)
class ClauseReading:
    """A text's clauses and what their n-grams say, per category (``PassageModel.read``)."""

    starts: np.ndarray
    ends: np.ndarray
    evidence: np.ndarray  # clauses × categories


def load_passage_model(path: Path, raw: bytes) -> PassageModel:
    """Read a model file; a malformed one is a ``ValidationError`` naming the file."""
    try:
        data = json.loads(raw.decode("utf-8"))
        if data.get("format") != FORMAT:
            raise ValueError(f"format {data.get('format')!r}, this version reads {FORMAT}")
        categories = tuple(Category(c) for c in data["categories"])
        vocabulary = data["vocabulary"]
        if any(not isinstance(g, str) or not 1 <= len(g) <= max(ORDERS) for g in vocabulary):
            raise ValueError(f"n-grams are 1 to {max(ORDERS)} characters")
        if len(set("".join(vocabulary))) >= _MAX_CHARACTERS:
            raise ValueError(f"more than {_MAX_CHARACTERS - 1} distinct characters")
        idf = dict(zip(vocabulary, map(float, data["idf"]), strict=True))
        grouped: dict[str, list[tuple[int, float]]] = {}
        for gram, k, w in data["weights"]:
            if not 0 <= k < len(categories):
                raise ValueError(f"category index {k} out of range")
            grouped.setdefault(vocabulary[gram], []).append((k, float(w)))
        intercepts = tuple(map(float, data["intercepts"]))
        proactive = tuple(map(float, data["proactive"]))
        if not len(intercepts) == len(proactive) == len(categories):
            raise ValueError("one intercept and one proactive weight per category are needed")
        model = PassageModel(categories, idf, {g: tuple(v) for g, v in grouped.items()},
                             intercepts, proactive, float(data["threshold_proactive"]),
                             float(data["threshold_withheld"]), str(data["trained_on"]),
                             None if data.get("threshold_on_request") is None
                             else float(data["threshold_on_request"]),
                             float(data.get("threshold_also", 1.0)))
    except (ValueError, KeyError, TypeError, IndexError, UnicodeDecodeError) as exc:
        raise ValidationError(f"{path.name}: not a passage model this version can read ({exc})",
                              code="negative_list") from None
    return model


def _logistic(x: float) -> float:
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    z = math.exp(x)
    return z / (1.0 + z)
