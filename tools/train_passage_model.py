"""Train the passage model (negative_list/_passages.json) on labelled corpora, and measure how
well it carries over to a writer it has not read.

Run: ``python tools/train_passage_model.py CORPUS_DIR... [--cv] [--out FILE]``. Needs the
``train`` extra (scikit-learn); the application itself only reads the written file.

Every must_find item of the corpora's sidecars outside personal privacy (which the number,
name and condition recognisers cover) labels the clauses it overlaps with its category; all
other clauses, decoys among them, are negatives. ``--cv`` holds out one corpus at a time,
trains on the rest and prints what the model adds to the rules on the held-out corpus: item
recall and decoys flagged, before and after. That is the figure to trust, not the quality
command on corpora the model was trained on. Keep a blind corpus out of the arguments.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import tomllib
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.scan_quality import occurrences  # noqa: E402
from workbench.core.attributes import DisclosureAttribute  # noqa: E402
from workbench.core.categories import Category  # noqa: E402
from workbench.extraction import extract  # noqa: E402
from workbench.paths import negative_list_dir  # noqa: E402
from workbench.scanning import Scanner, load_negative_list  # noqa: E402
from workbench.scanning.normalize import NormalizedText  # noqa: E402
from workbench.scanning.passages import MODEL_FILE, PassageModel, ngrams, unit_spans  # noqa: E402

#: The categories the model learns: privacy is the recognisers' (numbers, names, conditions).
LEARNED = tuple(c for c in Category if c is not Category.PERSONAL_PRIVACY)
#: Fewer labelled clauses than this and a category is not learned.
MIN_POSITIVES = 5
#: Weights smaller than this are dropped from the file (they move no probability visibly).
PRUNE = 0.8
#: An n-gram must occur in this many clauses to be read at all.
MIN_DF = 3


@dataclass(frozen=True)
class Thresholds:
    """The probabilities the written model marks a clause from (see ``PassageModel``)."""

    proactive: float
    withheld: float
    on_request: float | None
    also: float


@dataclass
class Document:
    name: str
    text: str
    folded: str  # what the model reads (the scanner's folded text)
    publish: bool  # whether the rules alone would publish the paper
    attribute: DisclosureAttribute  # what the rules alone suggest for it
    starts: np.ndarray  # the clauses the model reads, in ``folded``
    ends: np.ndarray
    spans: list[tuple[int, int]]  # the same clauses in ``text``
    labels: list[frozenset[Category]]  # per clause, the categories of the items it overlaps
    rule_hits: list[tuple[str, str | None, int, int]]  # category, subtype, start, end
    must_find: list[dict]
    decoys: list[str]


def read_corpus(folder: Path, scanner: Scanner) -> list[Document]:
    """Each labelled draft of ``folder`` with its clauses, their labels and the rules' hits."""
    out = []
    for label_path in sorted(folder.glob("*.toml")):
        sidecar = tomllib.loads(label_path.read_text(encoding="utf-8"))
        doc_path = label_path.with_suffix(".txt")
        extracted = extract(doc_path.read_bytes(), doc_path.name)
        text = extracted.text
        result = scanner.scan(extracted)
        norm = NormalizedText.of(text)
        folded = norm.folded
        items = [(Category(i["category"]), s) for i in sidecar.get("must_find", [])
                 if i["category"] != Category.PERSONAL_PRIVACY.value
                 for s in occurrences(text, i["text"])]
        starts, ends = unit_spans(folded)
        spans = [norm.folded_span(int(s), int(e)) for s, e in zip(starts, ends, strict=True)]
        labels = [frozenset(c for c, (a, b) in items if a < o1 and o0 < b) for o0, o1 in spans]
        rule_hits = [(h.category.value, h.subtype, h.start, h.end) for h in result.hits]
        out.append(Document(
            doc_path.stem, text, folded,
            result.suggestion.attribute is DisclosureAttribute.PROACTIVE,
            result.suggestion.attribute, starts, ends, spans,
            labels, rule_hits, sidecar.get("must_find", []), sidecar.get("decoys", [])))
    return out


def train(docs: list[Document], trained_on: str, thresholds: Thresholds) -> PassageModel:
    """Fit TF-IDF (raw counts, L2 norm) and one balanced logistic regression per category on
    ``docs``' clauses, with "the rules would publish the paper" as one more feature."""
    import scipy.sparse as sparse
    from sklearn.feature_extraction.text import CountVectorizer
    from sklearn.linear_model import LogisticRegression

    clauses = [d.folded[s:e] for d in docs for s, e in zip(d.starts, d.ends, strict=True)]
    publish = np.array([d.publish for d in docs for _ in d.starts], dtype=float)
    labels = [ls for d in docs for ls in d.labels]
    vectorizer = CountVectorizer(analyzer=ngrams, min_df=MIN_DF)
    counts = vectorizer.fit_transform(clauses).astype(float)
    # sklearn's smooth idf, which the scanner reads from the file.
    df = np.bincount(counts.indices, minlength=counts.shape[1])
    idf = np.log((1 + counts.shape[0]) / (1 + df)) + 1
    # Per clause, the root of the summed idf² of its positions: the scanner's norm.
    norm = np.sqrt(counts @ (idf ** 2))
    scale = np.divide(1.0, norm, out=np.zeros_like(norm), where=norm > 0)
    vocabulary = vectorizer.get_feature_names_out()
    # Single characters count in the norm but carry no weight: every position has one, and
    # weighing them cost more scanning time than all longer n-grams together, for nothing
    # the held-out figures could see (see the README).
    weighed = np.flatnonzero([len(g) > 1 for g in vocabulary])
    matrix = sparse.hstack([(sparse.diags(scale) @ counts.multiply(idf).tocsr())[:, weighed],
                            sparse.csr_matrix(publish[:, None])]).tocsr()
    categories, intercepts, proactive = [], [], []
    weights: dict[str, list[tuple[int, float]]] = {}
    for category in LEARNED:
        y = [category in ls for ls in labels]
        if sum(y) < MIN_POSITIVES:
            continue
        fit = LogisticRegression(C=4.0, max_iter=3000, class_weight="balanced").fit(matrix, y)
        k = len(categories)
        categories.append(category)
        intercepts.append(float(fit.intercept_[0]))
        proactive.append(float(fit.coef_[0][-1]))
        for gram, w in zip(vocabulary[weighed], fit.coef_[0][:-1], strict=True):
            if abs(w) >= PRUNE:
                weights.setdefault(str(gram), []).append((k, float(w)))
    return PassageModel(tuple(categories), dict(zip(map(str, vocabulary), idf.tolist(),
                                                    strict=True)),
                        {g: tuple(v) for g, v in weights.items()}, tuple(intercepts),
                        tuple(proactive), thresholds.proactive, thresholds.withheld, trained_on,
                        thresholds.on_request, thresholds.also)


def marks(model: PassageModel, d: Document) -> list[tuple[str, str, int, int]]:
    """The clauses the scanner would mark in ``d`` (as ``Scanner._with_passages`` does):
    category, "*", span."""
    threshold = model.threshold_for(d.attribute)
    also = 1.0 if d.publish else model.threshold_also
    found = model.marked(d.folded, d.starts, d.ends, d.publish, min(threshold, also))
    flagged = {j for j, _, p in found if p >= threshold}
    held = [(s, e) for _, _, s, e in d.rule_hits]
    return [(model.categories[k].value, "*", *d.spans[j]) for j, k, p in found
            if p >= threshold or j in flagged
            or any(s <= d.spans[j][0] and d.spans[j][1] <= e for s, e in held)]


def measure(model: PassageModel, docs: list[Document]) -> tuple[int, int, int, int, int, int]:
    """Items found by the rules alone and with the model, decoys flagged likewise, totals."""
    items = found_rules = found_both = 0
    decoys = flagged_rules = flagged_both = 0
    for d in docs:
        both = d.rule_hits + marks(model, d)
        for item in d.must_find:
            spans = occurrences(d.text, item["text"])
            if not spans:
                continue

            def finds(hits: list, item: dict = item, spans: list = spans) -> bool:
                return any(c == item["category"]
                           and st in (item.get("subtype", st), "*")
                           and any(s < b and a < e for a, b in spans)
                           for c, st, s, e in hits)

            items += 1
            found_rules += finds(d.rule_hits)
            found_both += finds(both)
        for decoy in d.decoys:
            spans = occurrences(d.text, decoy)
            if not spans:
                continue

            def flags(hits: list, spans: list = spans) -> bool:
                return any(s < b and a < e for a, b in spans for _, _, s, e in hits)

            decoys += 1
            flagged_rules += flags(d.rule_hits)
            flagged_both += flags(both)
    return items, found_rules, found_both, decoys, flagged_rules, flagged_both


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="+", type=Path)
    parser.add_argument("--cv", action="store_true",
                        help="hold out each corpus in turn and print what the model adds")
    parser.add_argument("--out", type=Path, default=ROOT / "negative_list" / MODEL_FILE)
    parser.add_argument("--threshold-proactive", type=float, default=1.0)
    parser.add_argument("--threshold-withheld", type=float, default=0.4)
    parser.add_argument("--threshold-on-request", type=float, default=None,
                        help="in papers the rules release on request (default: as withheld)")
    parser.add_argument("--threshold-also", type=float, default=1.0,
                        help="in another category, in a clause already flagged (1.0: never)")
    args = parser.parse_args(argv)
    # The rules alone: the model must not read its own earlier marks (nor need the earlier
    # file to be readable).
    with tempfile.TemporaryDirectory() as scratch:
        rules = Path(scratch) / "negative_list"
        shutil.copytree(negative_list_dir(), rules, ignore=shutil.ignore_patterns(MODEL_FILE))
        scanner = Scanner(load_negative_list(rules), passages=False)
        corpora = {folder.name: read_corpus(folder, scanner) for folder in args.corpora}
    thresholds = Thresholds(args.threshold_proactive, args.threshold_withheld,
                            args.threshold_on_request, args.threshold_also)
    if args.cv:
        print(f"{'held out':<12} {'items':>5}  {'recall rules → +model':>22}  "
              f"{'decoys':>6}  {'flagged rules → +model':>22}")
        sums = [0] * 6
        for name, docs in corpora.items():
            rest = [d for other, ds in corpora.items() if other != name for d in ds]
            figures = measure(train(rest, "cv", thresholds), docs)
            sums = [a + b for a, b in zip(sums, figures, strict=True)]
            print(_row(name, figures))
        print(_row("all", tuple(sums)))
        return 0
    docs = [d for ds in corpora.values() for d in ds]
    trained_on = ", ".join(f"{name} ({len(ds)})" for name, ds in corpora.items())
    model = train(docs, trained_on, thresholds)
    args.out.write_text(model.to_json() + "\n", encoding="utf-8")
    print(f"wrote {args.out}: {len(model.idf)} n-grams, {len(model.weights)} weighted, "
          f"categories {', '.join(c.value for c in model.categories)}; "
          f"{sum(len(d.starts) for d in docs)} clauses from {len(docs)} drafts")
    return 0


def _row(name: str, f: tuple[int, ...]) -> str:
    items, r0, r1, decoys, d0, d1 = f
    return (f"{name:<12} {items:>5}  {r0 / items:>10.1%} → {r1 / items:>8.1%}  "
            f"{decoys:>6}  {d0 / max(decoys, 1):>10.1%} → {d1 / max(decoys, 1):>8.1%}")


if __name__ == "__main__":
    raise SystemExit(main())
