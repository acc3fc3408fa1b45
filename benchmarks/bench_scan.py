"""Scan speed: whole-scan throughput vs. a bare pyahocorasick pass, build cost, 300 pages.

The whole scan includes the learned passage model; the rules alone are timed beside it.

Run: ``python benchmarks/bench_scan.py [--mb 10] [--runs 3]``. Prints figures; asserts nothing.
"""

from __future__ import annotations

import argparse
import gc
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from workbench.core.categories import Category  # noqa: E402
from workbench.scanning import Overlay, OverlayTerm, Scanner, load_negative_list  # noqa: E402
from workbench.scanning.normalize import normalize_term  # noqa: E402
from workbench.scanning.validators import id_check_digit, luhn_valid  # noqa: E402

CORPUS = ROOT / "tests" / "fixtures" / "corpus"
def _rss_mb() -> float:
    """Resident memory of this process (Linux /proc; 0 elsewhere)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def _common_hanzi() -> str:
    """The 3,755 level-1 characters of GB 2312: what real terms are written with."""
    chars = []
    for hi in range(0xB0, 0xD8):
        for lo in range(0xA1, 0xFF):
            try:
                chars.append(bytes((hi, lo)).decode("gb2312"))
            except UnicodeDecodeError:
                continue
    return "".join(chars)


def _random_terms(n: int, rng: random.Random) -> list[str]:
    pool = _common_hanzi()
    terms: set[str] = set()
    while len(terms) < n:
        terms.add("".join(rng.choice(pool) for _ in range(rng.randint(3, 6))))
    return sorted(terms)


def _synthetic_pii(rng: random.Random) -> str:
    born = f"{rng.randint(1950, 2005)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}"
    first17 = f"{rng.choice([11, 32, 44, 45, 52])}0102{born}{rng.randint(0, 999):03d}"
    body = "622202" + "".join(rng.choice("0123456789") for _ in range(12))
    card = next(body + d for d in "0123456789" if luhn_valid(body + d))
    mobile = "1" + rng.choice("3589") + "".join(rng.choice("0123456789") for _ in range(9))
    return (f"低保户王建国，身份证号{first17 + id_check_digit(first17)}，联系电话{mobile}，"
            f"银行卡号{card}，家住幸福路{rng.randint(1, 300)}号{rng.randint(1, 9)}栋。\n")


def build_text(megabytes: float, rng: random.Random, *, dense: bool = True) -> str:
    """``build_documents`` joined into one text."""
    return "".join(build_documents(megabytes, rng, dense=dense))


def build_documents(megabytes: float, rng: random.Random, *, dense: bool = True) -> list[str]:
    """Drafts from the labelled corpus repeated, with synthetic personal data mixed in.

    ``dense``: every document (the corpus drafts are test cases, about one hit per 200
    characters) plus a personal-data record after each. Otherwise a typical mix: mostly the
    corpus' clean published documents, a test-case draft every tenth, a personal-data record
    about every 20 KB.
    """
    import tomllib

    paths = sorted(CORPUS.glob("*.txt"))
    docs = [p.read_text(encoding="utf-8") for p in paths]
    clean = [d for p, d in zip(paths, docs, strict=True)
             if not tomllib.loads(p.with_suffix(".toml").read_text(encoding="utf-8"))
             .get("must_find")]
    parts: list[str] = []
    size = since_pii = 0
    target = int(megabytes * 1_000_000)
    while size < target:
        if dense:
            chunk = rng.choice(docs) + _synthetic_pii(rng)
        else:
            chunk = rng.choice(docs) if rng.random() < 0.1 else rng.choice(clean)
            if since_pii > 20_000:
                chunk += _synthetic_pii(rng)
                since_pii = 0
        parts.append(chunk)
        n = len(chunk.encode("utf-8"))
        size += n
        since_pii += n
    return parts


def _median_time(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        gc.collect()
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def _median_times(fns, runs: int) -> list[float]:
    """Each function's median time, the functions taking turns run after run: a slow spell
    of a shared machine then falls on all of them, not on one (the ratios stay fair)."""
    times: list[list[float]] = [[] for _ in fns]
    for _ in range(runs):
        for fn, own in zip(fns, times, strict=True):
            gc.collect()
            t0 = time.perf_counter()
            fn()
            own.append(time.perf_counter() - t0)
    return [statistics.median(own) for own in times]


def _jieba_load_seconds() -> float:
    code = ("import time,logging;logging.disable(50);t=time.perf_counter();import jieba;"
            "jieba.initialize();print(time.perf_counter()-t)")
    out = subprocess.run([sys.executable, "-W", "ignore", "-c", code], capture_output=True,
                         text=True, check=False)
    try:
        return float(out.stdout.strip().splitlines()[-1])
    except (ValueError, IndexError):
        return float("nan")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=10.0, help="corpus size in MB of UTF-8")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    rng = random.Random(20240601)

    t0 = time.perf_counter()
    baseline = load_negative_list()
    Scanner(baseline)
    print(f"load baseline list + build scanner (cold, incl. t2s table): "
          f"{time.perf_counter() - t0:.3f} s")

    extra = _random_terms(10_000, rng)
    overlay = Overlay("benchmark", terms=(OverlayTerm(Category.INTERNAL_AFFAIRS, tuple(extra)),))
    nl = baseline.with_overlays(overlay)
    t0 = time.perf_counter()
    scanner = Scanner(nl)
    rules_alone = Scanner(nl, passages=False)
    print(f"build scanner, baseline + 10,000 terms: {time.perf_counter() - t0:.3f} s "
          f"({scanner.term_count} automaton patterns)")

    import ahocorasick

    automaton = ahocorasick.Automaton()
    terms = {normalize_term(t) for r in nl.rules for t in r.terms}
    for term in terms:
        automaton.add_word(term, term)
    automaton.make_automaton()

    for label, dense in (("typical mix", False), ("hit-dense test drafts", True)):
        documents = build_documents(args.mb, rng, dense=dense)
        text = "".join(documents)
        mb = len(text.encode("utf-8")) / 1_000_000
        hits: list = []

        def whole(text: str = text, hits: list = hits) -> None:
            hits[:] = scanner.scan_text(text)

        def bare(text: str = text) -> None:
            for _ in automaton.iter(text):
                pass

        def rules(text: str = text) -> None:
            rules_alone.scan_text(text)

        t_scan, t_rules, t_bare = _median_times((whole, rules, bare), args.runs)
        print(f"[{label}] {mb:.1f} MB UTF-8, {len(text):,} characters, {len(hits):,} hits")
        print(f"  whole scan (normalise, terms, recognisers, context, scoring): "
              f"{mb / t_scan:6.1f} MB/s  ({t_scan:.2f} s)")
        print(f"  bare pyahocorasick iter() over the same {len(terms):,} terms: "
              f"{mb / t_bare:6.1f} MB/s  ({t_bare:.2f} s)")
        print(f"  ratio whole scan / bare pass: {t_bare / t_scan:.2f}  (goal >= 1.0)")
        print(f"  rules alone, without the passage model: {mb / t_rules:6.1f} MB/s  "
              f"({t_rules:.2f} s), ratio {t_bare / t_rules:.2f}")

        # The same text as the product meets it: one draft at a time, each its own paper
        # (the model speaks only in the drafts the rules keep inside).
        def each_whole(documents: list = documents) -> None:
            for doc in documents:
                scanner.scan_text(doc)

        def each_bare(documents: list = documents) -> None:
            for doc in documents:
                for _ in automaton.iter(doc):
                    pass

        def each_rules(documents: list = documents) -> None:
            for doc in documents:
                rules_alone.scan_text(doc)

        d_scan, d_rules, d_bare = _median_times((each_whole, each_rules, each_bare), args.runs)
        print(f"  one draft at a time ({len(documents):,} drafts): whole {d_scan:.2f} s, "
              f"rules alone {d_rules:.2f} s, bare {d_bare:.2f} s, ratio {d_bare / d_scan:.2f} "
              f"(rules alone {d_bare / d_rules:.2f})")

    automaton.clear()
    gc.collect()
    big = _random_terms(100_000, rng)
    before = _rss_mb()
    t0 = time.perf_counter()
    big_list = baseline.with_overlays(
        Overlay("big", terms=(OverlayTerm(Category.INTERNAL_AFFAIRS, tuple(big)),)))
    t_version = time.perf_counter() - t0
    t0 = time.perf_counter()
    big_scanner = Scanner(big_list)
    t_big = time.perf_counter() - t0
    print(f"build scanner with 100,000 extra terms: {t_big:.2f} s (goal < 2 s), "
          f"+{_rss_mb() - before:.0f} MB resident; hashing the overlay into the version "
          f"{t_version:.2f} s")
    del big_scanner

    page = build_text(1.0, random.Random(7), dense=False)
    doc = page[: 300 * 1100]  # about 1,100 characters a printed page
    t_doc = _median_time(lambda: scanner.scan_text(doc), args.runs)
    t_doc_rules = _median_time(lambda: rules_alone.scan_text(doc), args.runs)
    print(f"300-page document ({len(doc):,} characters): {t_doc * 1000:.0f} ms "
          f"({t_doc_rules * 1000:.0f} ms without the passage model)")

    print(f"jieba imported by any scan above: {'jieba' in sys.modules}")
    print(f"jieba import + dictionary load (separate process, kept out of scans): "
          f"{_jieba_load_seconds():.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
