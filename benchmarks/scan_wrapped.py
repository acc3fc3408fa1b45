"""Scan quality on drafts laid out as a PDF gives them back: every paragraph broken into lines
of a fixed width, with a page number between pages.

A PDF's text comes out one printed line at a time (GB/T 9704 sets 28 characters a line, 22
lines a page), so a sentence is cut by line breaks wherever the line ran full. This prints,
per labelled corpus, the measures of ``scan_quality.py`` for the drafts as written and as
wrapped, so that what the layout costs is one figure.

Run: ``python benchmarks/scan_wrapped.py [CORPUS_DIR ...] [--width 28]`` (defaults to the own
corpus and the holdouts the engine was written from). Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.scan_quality import item_found, occurrences  # noqa: E402
from workbench.extraction import extract  # noqa: E402
from workbench.scanning import Scanner, load_negative_list  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures"
LINES_PER_PAGE = 22


def wrap(text: str, width: int) -> tuple[str, list[int]]:
    """``text`` with each paragraph broken into lines of ``width`` (an ASCII character takes
    half a place, as in print) and ``— n —`` after every page; and, per character of
    ``text``, its offset in the result. Table rows (with a tab) are kept whole."""
    out: list[str] = []
    where: list[int] = []
    size = 0
    lines = page = 0

    def put(s: str) -> None:
        nonlocal size
        out.append(s)
        size += len(s)

    def line_break() -> None:
        nonlocal lines, page
        put("\n")
        lines += 1
        if lines % LINES_PER_PAGE == 0:
            page += 1
            put(f"— {page} —\n")

    paragraphs = text.split("\n")
    for n, paragraph in enumerate(paragraphs):
        used = 0.0
        for ch in paragraph:
            room = 0.5 if ch.isascii() else 1.0
            if "\t" not in paragraph and used + room > width:
                line_break()
                used = 0.0
            where.append(size)
            put(ch)
            used += room
        if n < len(paragraphs) - 1:
            where.append(size)  # the paragraph's own line break
            line_break()
    return "".join(out), where


def measure(corpus: Path, scanner: Scanner, width: int | None) -> tuple[int, ...]:
    """Items found, items, decoys flagged, decoys, attributes right, drafts."""
    found = items = flagged = decoys = right = drafts = 0
    for label_path in sorted(corpus.glob("*.toml")):
        labels = tomllib.loads(label_path.read_text(encoding="utf-8"))
        original = label_path.with_suffix(".txt").read_text(encoding="utf-8")
        text, where = wrap(original, width) if width else (original, list(range(len(original))))

        def moved(span: tuple[int, int], where: list[int] = where) -> tuple[int, int]:
            return where[span[0]], where[span[1] - 1] + 1

        result = scanner.scan(extract(text.encode("utf-8"), label_path.with_suffix(".txt").name))
        drafts += 1
        right += result.suggestion.attribute == labels["attribute"]
        for item in labels.get("must_find", []):
            spans = [moved(s) for s in occurrences(original, item["text"])]
            if not spans:
                continue
            items += 1
            found += item_found(result.hits, item, spans)
        for decoy in labels.get("decoys", []):
            spans = [moved(s) for s in occurrences(original, decoy)]
            if not spans:
                continue
            decoys += 1
            flagged += any(h.start < b and a < h.end for h in result.hits for a, b in spans)
    return found, items, flagged, decoys, right, drafts


def _row(name: str, f: tuple[int, ...]) -> str:
    found, items, flagged, decoys, right, drafts = f
    return (f"{name:<14} recall {found / items:6.1%} ({found}/{items})  decoys "
            f"{flagged / max(decoys, 1):5.1%}  attribute {right / drafts:6.1%}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="*", type=Path)
    parser.add_argument("--width", type=int, default=28, help="characters a printed line")
    args = parser.parse_args(argv)
    corpora = args.corpora or [FIXTURES / "corpus", FIXTURES / "holdout",
                               *(FIXTURES / f"holdout{i}"
                                 for i in (*range(2, 26), 27, 28, 29, 30, 31, 32))]
    scanner = Scanner(load_negative_list())
    sums = {"as written": [0] * 6, "wrapped": [0] * 6}
    for corpus in corpora:
        for label, width in (("as written", None), ("wrapped", args.width)):
            figures = measure(corpus, scanner, width)
            sums[label] = [a + b for a, b in zip(sums[label], figures, strict=True)]
            print(_row(f"{corpus.name} {label[:7]}", figures))
    for label, figures in sums.items():
        print(_row(f"all {label}", tuple(figures)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
