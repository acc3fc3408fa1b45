"""Golden output of the scanner: a digest of every hit and suggestion on fixed corpora.

Run: ``python benchmarks/scan_golden.py`` prints the digest and checks it against ``EXPECTED``
(exit 1 on a difference); ``--dump FILE`` also writes one line per hit for diffing. Speed work
on the engine must leave the digest unchanged.

Scanned: every .txt under tests/fixtures/corpus, holdout, holdout2 and holdout3 with the
baseline list, and the two 10 MB benchmark texts of ``bench_scan.py`` (same seed) with the
baseline list plus the benchmark's 10,000 extra terms. The scan date is fixed.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_scan import _random_terms, build_text  # noqa: E402

from workbench.core.categories import Category  # noqa: E402
from workbench.scanning import Overlay, OverlayTerm, Scanner, load_negative_list  # noqa: E402
from workbench.scanning.suggest import suggest  # noqa: E402

FIXTURES = ("corpus", "holdout", "holdout2", "holdout3")  # never holdout4: a blind corpus
TODAY = date(2025, 6, 1)
EXPECTED = "a35039082a484975b2a35c147d17dd4158b5e6d25e3aa1c5ff3c5a9657642a74"


def _lines(name: str, scanner: Scanner, text: str) -> list[str]:
    hits = scanner.scan_text(text)
    out = [f"{name}\t{h.rule}\t{h.category}\t{h.subtype}\t{h.start}\t{h.end}\t{h.text!r}\t"
           f"{h.score!r}\t{h.explanation!r}\t{h.legal_ground!r}\t{h.negative_list_version}"
           for h in hits]
    s = suggest(hits, scanner.negative_list, text_complete=True, text=text)
    out.append(f"{name}\tSUGGEST\t{s!r}\t{scanner.version}")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dump", type=Path, help="write every hit line to this file")
    parser.add_argument("--no-big", action="store_true", help="skip the two 10 MB texts")
    args = parser.parse_args(argv)
    baseline = load_negative_list()
    scanner = Scanner(baseline, today=TODAY)
    lines: list[str] = []
    for sub in FIXTURES:
        for path in sorted((ROOT / "tests" / "fixtures" / sub).glob("*.txt")):
            lines += _lines(f"{sub}/{path.name}", scanner, path.read_text(encoding="utf-8"))
    if not args.no_big:
        rng = random.Random(20240601)  # as bench_scan.main: terms first, then the two texts
        extra = _random_terms(10_000, rng)
        overlay = Overlay("benchmark",
                          terms=(OverlayTerm(Category.INTERNAL_AFFAIRS, tuple(extra)),))
        big = Scanner(baseline.with_overlays(overlay), today=TODAY)
        for label, dense in (("typical", False), ("dense", True)):
            lines += _lines(f"bench/{label}", big, build_text(10.0, rng, dense=dense))
    digest = hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()
    if args.dump:
        args.dump.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines):,} lines, digest {digest}")
    if args.no_big or not EXPECTED:
        return 0
    if digest != EXPECTED:
        print(f"DIFFERENT from the recorded {EXPECTED}")
        return 1
    print("identical to the recorded digest")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
