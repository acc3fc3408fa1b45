"""Blind holdout measurement of the scanner, black-box through the command line.

Run: ``python benchmarks/scan_holdout.py [CORPUS_DIR] [--jsonl FILE]`` (defaults to
``tests/fixtures/holdout``). It runs ``python -m workbench scan CORPUS --format jsonl`` (or reads
a saved jsonl), compares every file with its ``.toml`` sidecar (format: see the corpus README) and
prints recall (overall, per validated type, per category), the decoy flag rate, attribute and
redaction accuracy, then EVERY miss, false alarm and wrong attribute.

It imports nothing from ``workbench`` on purpose: the holdout measures the shipped command.
It also checks the labels themselves (every ID label has a valid GB 11643 check digit, every
card label a valid Luhn digit), so a typo in the corpus cannot pass for a scanner miss.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tomllib
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT / "tests" / "fixtures" / "holdout"
VALIDATED = ("id_card", "mobile", "landline", "bank_card", "classification_mark")

_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)


def gb11643_ok(text: str) -> bool:
    s = re.sub(r"\s", "", text).upper()
    if not re.fullmatch(r"\d{17}[\dX]", s):
        return False
    return "10X98765432"[sum(int(c) * w for c, w in zip(s[:17], _W, strict=True)) % 11] == s[17]


def luhn_ok(text: str) -> bool:
    digits = re.sub(r"\D", "", text)
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return bool(digits) and total % 10 == 0


def _spans(text: str, needle: str) -> list[tuple[int, int]]:
    out, i = [], text.find(needle)
    while i >= 0:
        out.append((i, i + len(needle)))
        i = text.find(needle, i + 1)
    return out


def _hit_span(hit: dict, text: str) -> tuple[int, int]:
    """The hit's span in ``text``; falls back to locating its text if offsets disagree."""
    start, end = hit.get("start"), hit.get("end")
    if isinstance(start, int) and isinstance(end, int) and text[start:end] == hit.get("text"):
        return start, end
    found = text.find(hit.get("text") or "\0")
    return (found, found + len(hit["text"])) if found >= 0 else (-1, -1)


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _describe(hit: dict) -> str:
    sub = f"/{hit['subtype']}" if hit.get("subtype") else ""
    return f"{hit['category']}{sub} {hit.get('text')!r} [{hit.get('rule')}]"


def run_scan(corpus: Path) -> dict[str, dict]:
    cmd = [sys.executable, "-m", "workbench", "scan", str(corpus), "--format", "jsonl"]
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, encoding="utf-8")
    if proc.returncode not in (0, 1):
        raise SystemExit(f"scan failed ({proc.returncode}): {proc.stderr.strip()}")
    return _parse(proc.stdout)


def _parse(jsonl: str) -> dict[str, dict]:
    out = {}
    for line in jsonl.splitlines():
        if line.strip():
            rec = json.loads(line)
            out[Path(rec["file"]).name] = rec
    return out


def evaluate(corpus: Path, results: dict[str, dict]) -> int:
    must_total = must_found = 0
    by_validated: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    by_category: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    doc_level: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # category raised anywhere
    decoys_total = decoys_flagged = 0
    docs = attr_right = red_right = 0
    confusion: Counter[tuple[str, str]] = Counter()
    misses, false_alarms, wrong_attr, label_errors, other_hits = [], [], [], [], []

    for label_path in sorted(corpus.glob("*.toml")):
        name = label_path.stem
        doc = label_path.with_suffix(".txt")
        text = doc.read_text(encoding="utf-8")
        labels = tomllib.loads(label_path.read_text(encoding="utf-8"))
        rec = results.get(doc.name)
        if rec is None or rec.get("status") != "ok":
            label_errors.append(f"{name}: no scan result ({rec and rec.get('error')})")
            continue
        docs += 1
        hits = rec.get("hits", [])
        spans = [_hit_span(h, text) for h in hits]
        used = [False] * len(hits)

        for item in labels.get("must_find", []):
            sub = item.get("subtype")
            kind = item.get("kind") or sub
            if sub == "id_card" and not gb11643_ok(item["text"]):
                label_errors.append(f"{name}: label ID fails GB 11643: {item['text']!r}")
            if sub == "bank_card" and not luhn_ok(item["text"]):
                label_errors.append(f"{name}: label card fails Luhn: {item['text']!r}")
            where = _spans(text, item["text"])
            if not where:
                label_errors.append(f"{name}: label text not in document: {item['text']!r}")
                continue
            ok, near = False, []
            for i, (h, s) in enumerate(zip(hits, spans, strict=True)):
                if any(_overlaps(s, w) for w in where):
                    used[i] = True
                    same_sub = sub is None or h.get("subtype") == sub
                    if h["category"] == item["category"] and same_sub:
                        ok = True
                    else:
                        near.append(_describe(h))
            must_total += 1
            must_found += ok
            by_category[item["category"]][0] += 1
            by_category[item["category"]][1] += ok
            if kind in VALIDATED:
                by_validated[kind][0] += 1
                by_validated[kind][1] += ok
            if not ok:
                extra = f" (overlapped only by: {'; '.join(near)})" if near else ""
                misses.append(f"{name}: missed {item['category']}/{sub or '*'} "
                              f"{item['text']!r}{extra}")

        raised = {h["category"] for h in hits}
        for cat in {item["category"] for item in labels.get("must_find", [])}:
            doc_level[cat][0] += 1
            doc_level[cat][1] += cat in raised

        for decoy in labels.get("decoys", []):
            where = _spans(text, decoy)
            if not where:
                label_errors.append(f"{name}: decoy text not in document: {decoy!r}")
                continue
            flagged = [h for h, s in zip(hits, spans, strict=True)
                       if any(_overlaps(s, w) for w in where)]
            for i, s in enumerate(spans):
                if any(_overlaps(s, w) for w in where):
                    used[i] = True
            decoys_total += 1
            decoys_flagged += bool(flagged)
            if flagged:
                false_alarms.append(f"{name}: decoy {decoy!r} flagged as "
                                    + "; ".join(_describe(h) for h in flagged))

        for h, u in zip(hits, used, strict=True):
            if not u:
                other_hits.append(f"{name}: {_describe(h)}")

        want = labels["attribute"]
        got = rec.get("suggested_attribute")
        confusion[(want, got)] += 1
        attr_right += got == want
        if got != want:
            wrong_attr.append(f"{name}: suggested {got}, expected {want}")
        red_want = bool(labels.get("needs_redaction", False))
        red_got = bool(rec.get("needs_redaction"))
        red_right += red_want == red_got
        if red_want != red_got:
            wrong_attr.append(f"{name}: needs_redaction {red_got}, expected {red_want}")

    pct = lambda a, b: f"{a / b:6.1%}  ({a}/{b})" if b else "   n/a"  # noqa: E731
    print(f"documents                      {docs}")
    print(f"must-find recall               {pct(must_found, must_total)}")
    vt = sum(v[0] for v in by_validated.values())
    vf = sum(v[1] for v in by_validated.values())
    print(f"validated types recall         {pct(vf, vt)}")
    for kind in VALIDATED:
        if kind in by_validated:
            print(f"  {kind:<28} {pct(by_validated[kind][1], by_validated[kind][0])}")
    print("recall by category")
    for cat in sorted(by_category):
        print(f"  {cat:<28} {pct(by_category[cat][1], by_category[cat][0])}")
    print("document-level: category raised anywhere in a document that needs it")
    dt, df = sum(v[0] for v in doc_level.values()), sum(v[1] for v in doc_level.values())
    print(f"  {'all categories':<28} {pct(df, dt)}")
    for cat in sorted(doc_level):
        print(f"  {cat:<28} {pct(doc_level[cat][1], doc_level[cat][0])}")
    print(f"decoys flagged                 {pct(decoys_flagged, decoys_total)}")
    print(f"attribute accuracy             {pct(attr_right, docs)}")
    print(f"needs_redaction accuracy       {pct(red_right, docs)}")
    print("attribute confusion (expected -> suggested: count)")
    for (want, got), n in sorted(confusion.items()):
        print(f"  {want:<10} -> {got:<10} {n}")
    for title, rows in (("label errors", label_errors), ("misses", misses),
                        ("false alarms on decoys", false_alarms),
                        ("wrong attribute / redaction", wrong_attr),
                        ("other hits (neither must-find nor decoy; judge by hand)", other_hits)):
        print(f"\n{title}: {len(rows)}")
        for row in rows:
            print(f"  - {row}")
    return 1 if label_errors else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--jsonl", type=Path, help="read a saved `workbench scan --format jsonl`")
    args = parser.parse_args(argv)
    results = (_parse(args.jsonl.read_text(encoding="utf-8")) if args.jsonl
               else run_scan(args.corpus))
    return evaluate(args.corpus, results)


if __name__ == "__main__":
    raise SystemExit(main())
