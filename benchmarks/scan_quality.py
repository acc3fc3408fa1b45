"""Scan quality on the labelled corpus: recall, decoy flag rate, attribute accuracy.

Run: ``python benchmarks/scan_quality.py [CORPUS_DIR] [-v]`` (defaults to
``tests/fixtures/corpus``). The same measures are asserted by
``tests/unit/scanning/test_quality.py``.
"""

from __future__ import annotations

import argparse
import sys
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script from anywhere
    sys.path.insert(0, str(ROOT))

from workbench.extraction import extract  # noqa: E402
from workbench.scanning import Hit, Scanner, load_negative_list  # noqa: E402

DEFAULT_CORPUS = ROOT / "tests" / "fixtures" / "corpus"
#: Subtypes that are validated by structure (check digits, grammar): recall must be 100 %.
VALIDATED = frozenset({"id_card", "mobile", "landline", "bank_card", "classification_mark"})


@dataclass
class Report:
    documents: int = 0
    must_total: int = 0
    must_found: int = 0
    validated_total: dict[str, int] = field(default_factory=dict)
    validated_found: dict[str, int] = field(default_factory=dict)
    decoys_total: int = 0
    decoys_flagged: int = 0
    attribute_right: int = 0
    redaction_right: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.must_found / self.must_total if self.must_total else 1.0

    @property
    def validated_recall(self) -> float:
        total = sum(self.validated_total.values())
        return sum(self.validated_found.values()) / total if total else 1.0

    @property
    def decoy_rate(self) -> float:
        return self.decoys_flagged / self.decoys_total if self.decoys_total else 0.0

    @property
    def attribute_accuracy(self) -> float:
        return self.attribute_right / self.documents if self.documents else 1.0

    @property
    def redaction_accuracy(self) -> float:
        return self.redaction_right / self.documents if self.documents else 1.0


def occurrences(text: str, needle: str) -> list[tuple[int, int]]:
    """Spans of every occurrence of ``needle`` in ``text`` (overlapping ones too)."""
    out, i = [], text.find(needle)
    while i >= 0:
        out.append((i, i + len(needle)))
        i = text.find(needle, i + 1)
    return out


def _overlaps(hit: Hit, span: tuple[int, int]) -> bool:
    return hit.start < span[1] and span[0] < hit.end


def item_found(hits: Sequence[Hit], item: dict, spans: list[tuple[int, int]]) -> bool:
    """Whether a hit of the item's category (and subtype, if labelled) overlaps one of its
    occurrences ``spans``."""
    return any(h.category == item["category"]
               and ("subtype" not in item or h.subtype == item["subtype"])
               and any(_overlaps(h, s) for s in spans)
               for h in hits)


def evaluate(corpus: Path = DEFAULT_CORPUS, scanner: Scanner | None = None) -> Report:
    """Scan every labelled document of ``corpus`` and compare with its sidecar."""
    scanner = scanner or Scanner(load_negative_list())
    report = Report()
    for label_path in sorted(corpus.glob("*.toml")):
        doc_path = label_path.with_suffix(".txt")
        labels = tomllib.loads(label_path.read_text(encoding="utf-8"))
        extracted = extract(doc_path.read_bytes(), doc_path.name)
        text = extracted.text
        result = scanner.scan(extracted)
        report.documents += 1
        name = doc_path.stem
        for item in labels.get("must_find", []):
            spans = occurrences(text, item["text"])
            if not spans:
                report.problems.append(f"{name}: label text not in document: {item['text']!r}")
                continue
            found = item_found(result.hits, item, spans)
            report.must_total += 1
            report.must_found += found
            subtype = item.get("subtype")
            if subtype in VALIDATED:
                report.validated_total[subtype] = report.validated_total.get(subtype, 0) + 1
                report.validated_found[subtype] = report.validated_found.get(subtype, 0) + found
            if not found:
                report.problems.append(f"{name}: missed {item['category']}"
                                       f"/{subtype or '*'} {item['text']!r}")
        for decoy in labels.get("decoys", []):
            spans = occurrences(text, decoy)
            if not spans:
                report.problems.append(f"{name}: decoy text not in document: {decoy!r}")
                continue
            flagged = [h for h in result.hits if any(_overlaps(h, s) for s in spans)]
            report.decoys_total += 1
            report.decoys_flagged += bool(flagged)
            if flagged:
                report.problems.append(f"{name}: decoy flagged {decoy!r} by {flagged[0].rule} "
                                       f"({flagged[0].score})")
        suggestion = result.suggestion
        if suggestion.attribute == labels["attribute"]:
            report.attribute_right += 1
        else:
            report.problems.append(f"{name}: suggested {suggestion.attribute}, expected "
                                   f"{labels['attribute']} ({suggestion.reason})")
        if suggestion.needs_redaction == labels.get("needs_redaction", False):
            report.redaction_right += 1
        else:
            report.problems.append(f"{name}: needs_redaction {suggestion.needs_redaction}, "
                                   f"expected {labels.get('needs_redaction', False)}")
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss")
    args = parser.parse_args(argv)
    r = evaluate(args.corpus)
    print(f"documents                      {r.documents}")
    print(f"must-withhold recall           {r.recall:7.1%}  ({r.must_found}/{r.must_total})"
          "   target >= 95%")
    print(f"validated types recall         {r.validated_recall:7.1%}"
          f"  ({sum(r.validated_found.values())}/{sum(r.validated_total.values())})"
          "   target 100%")
    for subtype in sorted(r.validated_total):
        print(f"  {subtype:<28} {r.validated_found[subtype] / r.validated_total[subtype]:7.1%}"
              f"  ({r.validated_found[subtype]}/{r.validated_total[subtype]})")
    print(f"decoys flagged                 {r.decoy_rate:7.1%}  ({r.decoys_flagged}/"
          f"{r.decoys_total})   target <= 10%")
    print(f"attribute accuracy             {r.attribute_accuracy:7.1%}  ({r.attribute_right}/"
          f"{r.documents})   target >= 85%")
    print(f"needs_redaction accuracy       {r.redaction_accuracy:7.1%}  ({r.redaction_right}/"
          f"{r.documents})")
    if args.verbose or r.problems:
        for problem in r.problems:
            print(f"  - {problem}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
