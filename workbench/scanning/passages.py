"""The passage model: a linear classifier of clauses, learned from labelled drafts, that marks
the sensitive passages no listed word or pattern announces.

The rules find what a phrase, a number or a paper's kind gives away. What they miss is
mostly plain prose: a cadre's faults in an inspection report, a bank's fallback plan, the
meeting that moved a man off his post. Each writer words these differently, so a rule read off
one writer's sentence finds nothing in the next writer's. A model that has read many writers'
labelled passages does transfer: it weighs every character n-gram of a clause at once.

The model is data (``negative_list/_passages.json``, written by
``tools/train_passage_model.py``): an n-gram vocabulary with its inverse document
frequencies, one weight per n-gram and category, one intercept per category and the
probability a clause needs to be marked. Scoring is TF-IDF (sublinear counts, L2 norm) and a
logistic function, in plain Python: the application ships no machine-learning library.
"""

from __future__ import annotations

import functools
import json
import math
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from workbench.core.categories import Category
from workbench.core.errors import ValidationError
from workbench.scanning.facts import clauses

#: The model file's name in the negative-list folder (``_``: not a category file).
MODEL_FILE = "_passages.json"
FORMAT = 1
#: A clause shorter than this says too little to be read alone.
MIN_UNIT_CHARS = 4


def ngrams(text: str) -> list[str]:
    """The character n-grams of ``text`` (training and scoring both read a clause this way)."""
    n = len(text)
    out = list(text)
    out.extend(text[i:i + 2] for i in range(n - 1))
    out.extend(text[i:i + 3] for i in range(n - 2))
    return out


def feature_text(clause: str, proactive: bool) -> str:
    """What the model reads of a clause: the clause and whether the rules already keep the
    paper from proactive release (a clause reads differently in a paper kept inside)."""
    return f"{clause} ⟦{'p' if proactive else 'w'}⟧"


def units(text: str, sentence_spans: Sequence[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """The clauses of the sentences of ``text`` long enough to be read (spans in ``text``)."""
    for s, e in sentence_spans:
        for a, b in clauses(text[s:e]):
            if b - a >= MIN_UNIT_CHARS:
                yield s + a, s + b


@dataclass(frozen=True)
class PassageModel:
    """A trained model: per n-gram its idf and its weights, per category an intercept."""

    categories: tuple[Category, ...]
    idf: dict[str, float]
    weights: dict[str, tuple[tuple[int, float], ...]]  # n-gram -> (category index, weight)
    intercepts: tuple[float, ...]
    threshold_proactive: float  # in a paper the rules would publish
    threshold_withheld: float  # in a paper the rules already keep inside
    trained_on: str  # which labelled corpora, for the record

    def probabilities(self, feature: str) -> list[float]:
        """The probability, per category, that a clause (``feature_text``) is to be marked."""
        table = self._table
        sums = [0.0] * len(self.categories)
        norm2 = 0.0
        for g, c in Counter(ngrams(feature)).items():
            entry = table.get(g)
            if entry is None:
                continue
            f, f2, weights = entry
            if c == 1:  # most n-grams occur once in a clause: sublinear count 1
                value = f
                norm2 += f2
            else:
                value = (1.0 + math.log(c)) * f
                norm2 += value * value
            for k, w in weights:
                sums[k] += value * w
        scale = 1.0 / math.sqrt(norm2) if norm2 else 0.0
        return [_logistic(s * scale + b) for s, b in zip(sums, self.intercepts, strict=True)]

    def marked(self, feature: str, threshold: float) -> list[tuple[int, float]]:
        """The categories (index, probability) whose probability reaches ``threshold``."""
        return [(k, p) for k, p in enumerate(self.probabilities(feature)) if p >= threshold]

    @functools.cached_property
    def _table(self) -> dict[str, tuple[float, float, tuple[tuple[int, float], ...]]]:
        """Per n-gram its idf, the idf squared and its weights, in one lookup."""
        weights = self.weights
        return {g: (f, f * f, weights.get(g, ())) for g, f in self.idf.items()}

    def to_json(self) -> str:
        """The model file's text (stable: sorted keys, rounded figures)."""
        vocabulary = sorted(self.idf)
        index = {g: i for i, g in enumerate(vocabulary)}
        return json.dumps({
            "format": FORMAT,
            "trained_on": self.trained_on,
            "categories": [c.value for c in self.categories],
            "intercepts": [round(b, 4) for b in self.intercepts],
            "threshold_proactive": self.threshold_proactive,
            "threshold_withheld": self.threshold_withheld,
            "vocabulary": vocabulary,
            "idf": [round(self.idf[g], 3) for g in vocabulary],
            "weights": [[index[g], k, round(w, 3)] for g in sorted(self.weights)
                        for k, w in self.weights[g]],
        }, ensure_ascii=False, separators=(",", ":"))


def load_passage_model(path: Path, raw: bytes) -> PassageModel:
    """Read a model file; a malformed one is a ``ValidationError`` naming the file."""
    try:
        data = json.loads(raw.decode("utf-8"))
        if data.get("format") != FORMAT:
            raise ValueError(f"format {data.get('format')!r}, this version reads {FORMAT}")
        categories = tuple(Category(c) for c in data["categories"])
        vocabulary = data["vocabulary"]
        idf = dict(zip(vocabulary, map(float, data["idf"]), strict=True))
        grouped: dict[str, list[tuple[int, float]]] = {}
        for gram, k, w in data["weights"]:
            if not 0 <= k < len(categories):
                raise ValueError(f"category index {k} out of range")
            grouped.setdefault(vocabulary[gram], []).append((k, float(w)))
        intercepts = tuple(map(float, data["intercepts"]))
        if len(intercepts) != len(categories):
            raise ValueError("one intercept per category is needed")
        model = PassageModel(categories, idf, {g: tuple(v) for g, v in grouped.items()},
                             intercepts, float(data["threshold_proactive"]),
                             float(data["threshold_withheld"]), str(data["trained_on"]))
    except (ValueError, KeyError, TypeError, IndexError, UnicodeDecodeError) as exc:
        raise ValidationError(f"{path.name}: not a passage model this version can read ({exc})",
                              code="negative_list") from None
    return model


def _logistic(x: float) -> float:
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    z = math.exp(x)
    return z / (1.0 + z)
