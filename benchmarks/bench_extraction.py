"""Extraction speed and memory: our PDF reader vs pdfplumber's plain text, and docx.

Run: ``.venv/bin/python benchmarks/bench_extraction.py [--pages 300] [--runs 3]``.
Generates a Chinese PDF and a docx of the same text in a temp dir, prints pages/s for our
reader next to pdfplumber's ``extract_text()`` on the same file, the ratio, docx paragraphs/s,
and peak memory. Our reader is timed twice: reading (text, checks, the index boxes are looked
up from) and reading plus the boxes of every hit (the contact name, mobile and e-mail on 7 of
every 36 lines, every page: far more than a real document's hits). Not a test: it prints, it
never fails.
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import pdfplumber

from tests.helpers.docs import docx_from_paragraphs, pdf_text
from workbench.extraction import extract

_SENTENCES = [
    "为进一步做好政府信息公开工作，现将有关事项通知如下。",
    "各单位要严格落实先审查、后公开的要求，确保公开内容准确。",
    "对涉及个人隐私的信息，应当进行区分处理后再予以公开。",
    "联系人：赵文静，联系电话：13800001234，电子邮箱：zwj@example.gov.cn。",
    "本办法自发布之日起施行，由市政务公开办公室负责解释。",
]


def _pages(count: int, lines_per_page: int = 36) -> list[list[str]]:
    return [[f"{p + 1}-{i + 1} " + _SENTENCES[(p + i) % len(_SENTENCES)]
             for i in range(lines_per_page)] for p in range(count)]


# A CJK TrueType font to embed, as Word/WPS exports do; the first one found is used.
_FONT_CANDIDATES = [
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "C:/Windows/Fonts/simsun.ttc", "C:/Windows/Fonts/simhei.ttf",
]


def _embeddable_font() -> str | None:
    return next((f for f in _FONT_CANDIDATES if Path(f).is_file()), None)


def _best(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _peak_mib(fn) -> float:
    tracemalloc.start()
    fn()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 2**20


def _max_rss_mib() -> float | None:
    try:
        import resource
    except ImportError:  # Windows
        return None
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / 2**20 if sys.platform == "darwin" else rss / 1024


def _hit_ranges(text: str) -> list[tuple[int, int]]:
    ranges = []
    for needle in _HITS:
        at = text.find(needle)
        while at != -1:
            ranges.append((at, at + len(needle)))
            at = text.find(needle, at + 1)
    return ranges


_HITS = ("赵文静", "13800001234", "zwj@example.gov.cn")


def _bench_pdf(label: str, pdf: bytes, pages: int, runs: int) -> None:
    ours = extract(pdf, "bench.pdf")
    assert ours.page_count == pages and ours.box_source is not None and ours.text_complete
    ranges = _hit_ranges(ours.text)
    located = ours.boxes_at(ranges)
    hit_chars = sum(end - start for start, end in ranges)
    assert sum(b is not None for boxes in located for b in boxes) == hit_chars
    every = extract(pdf, "bench.pdf")  # its 400,000 boxes are dropped right after
    start = time.perf_counter()
    boxed = sum(1 for b in every.char_boxes if b is not None)  # every character, once
    t_all_boxes = time.perf_counter() - start
    del every

    def with_hit_boxes() -> None:
        extracted = extract(pdf, "bench.pdf")
        extracted.boxes_at(ranges)

    def plumber() -> None:
        with pdfplumber.open(io.BytesIO(pdf)) as doc:
            for page in doc.pages:
                page.extract_text()
                page.close()

    t_ours = _best(lambda: extract(pdf, "bench.pdf"), runs)
    t_hits = _best(with_hit_boxes, runs)
    t_plumber = _best(plumber, max(1, runs - 2))
    peak = _peak_mib(with_hit_boxes)
    ours_pps, hits_pps, plumber_pps = pages / t_ours, pages / t_hits, pages / t_plumber
    print(f"PDF, {label}: {pages} pages, {len(pdf) / 2**20:.1f} MB, {len(ours.text)} characters, "
          f"{boxed} with a box; {len(ranges)} hits, {hit_chars} hit characters")
    print(f"  ours, text + checks + box index:      {ours_pps:8.1f} pages/s  ({t_ours:.2f} s)"
          f"  ratio {ours_pps / plumber_pps:.1f}x")
    print(f"  ours, + the boxes of every hit:       {hits_pps:8.1f} pages/s  ({t_hits:.2f} s)"
          f"  ratio {hits_pps / plumber_pps:.1f}x  (goal >= 10x)")
    print(f"  pdfplumber extract_text():            {plumber_pps:8.1f} pages/s  "
          f"({t_plumber:.2f} s)")
    print(f"  (every character's box, the char_boxes compatibility view: {t_all_boxes:.2f} s "
          f"more); peak Python heap of our reader with hit boxes: {peak:.1f} MiB "
          "(goal < 500 MB)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    pages = _pages(args.pages)
    font = _embeddable_font()
    with tempfile.TemporaryDirectory() as tmp:
        files = {}
        if font:
            files[f"embedded subset of {Path(font).name}"] = pdf_text(pages, embed_font=font)
        files["STSong-Light named, not embedded"] = pdf_text(pages)
        for label, data in files.items():
            path = Path(tmp) / "bench.pdf"
            path.write_bytes(data)
            _bench_pdf(label, path.read_bytes(), args.pages, args.runs)

        docx_path = Path(tmp) / "bench.docx"
        docx_path.write_bytes(docx_from_paragraphs([line for page in pages for line in page]))
        docx = docx_path.read_bytes()
        paragraphs = sum(len(p) for p in pages)
        t_docx = _best(lambda: extract(docx, "bench.docx"), args.runs)
        peak_docx = _peak_mib(lambda: extract(docx, "bench.docx"))
    print(f"DOCX: {paragraphs} paragraphs (same text): {paragraphs / t_docx:,.0f} paragraphs/s "
          f"({t_docx:.3f} s), peak Python heap {peak_docx:.1f} MiB")
    rss = _max_rss_mib()
    if rss is not None:
        print(f"Max RSS of the whole benchmark process (incl. PDFium, pdfplumber): {rss:.0f} MiB")


if __name__ == "__main__":
    main()
