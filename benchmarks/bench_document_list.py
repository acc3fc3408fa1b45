"""Document list at 10,000 documents with hits: queue counts, first page, deep page, search.

Run: ``python benchmarks/bench_document_list.py [--documents 10000] [--runs 5]
[--pg postgresql://postgres@127.0.0.1:5432/test]``. Fills a temporary SQLite file and, when a
server answers, a fresh PostgreSQL schema; prints the median of each query. Asserts nothing.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from workbench.core.categories import Category  # noqa: E402
from workbench.services import queues, users  # noqa: E402
from workbench.services.actors import CurrentUser, console_operator  # noqa: E402
from workbench.services.workspace import Workspace  # noqa: E402
from workbench.storage import repositories as repo  # noqa: E402

PASSWORD = "bench-password-1"
CATEGORIES = [c.value for c in Category]


def fill(ws: Workspace, documents: int, reviewer: CurrentUser) -> int:
    """``documents`` documents with 0 to 12 hits each over a few categories; returns hits."""
    rng = random.Random(7)
    now = datetime.now(UTC)
    hits = 0
    with ws.db.session() as session:
        repo.ensure_file(session, "0" * 64, b"x")
        for start in range(0, documents, 1000):
            batch = [repo.Document(
                title=f"关于第{i:05d}项工作的通知", doc_number=f"某办发〔2026〕{i}号",
                filename=f"{i}.docx", format="docx", sha256="0" * 64,
                state=("in_review", "submitted", "approved")[i % 3],
                reviewer_id=reviewer.user_id, imported_at=now,
                updated_at=now + timedelta(seconds=i),
                step_due=date.today() - timedelta(days=i % 2))
                for i in range(start, min(documents, start + 1000))]
            session.add_all(batch)
            session.flush()
            rows = []
            for document in batch:
                for _ in range(rng.randrange(13)):
                    rows.append(repo.Hit(
                        document_id=document.id, category=rng.choice(CATEGORIES[5:10]),
                        rule_id="bench", start_offset=0, end_offset=2, text="某某",
                        verdict=rng.choice((None, "redact", "dismiss"))))
            session.add_all(rows)
            hits += len(rows)
    return hits


def timed(fn: Callable[[], object], runs: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(runs):
        started = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), result


def bench(url: str, label: str, documents: int, runs: int) -> None:
    ws = Workspace.open(url)
    try:
        operator = console_operator()
        users.add_user(ws, operator, "rev", ["reviewer", "supervisor"], PASSWORD)
        actor = users.login(ws, "rev", PASSWORD)
        started = time.perf_counter()
        hits = fill(ws, documents, actor)
        print(f"\n{label}: {documents:,} documents, {hits:,} hits "
              f"(filled in {time.perf_counter() - started:.1f} s)")
        cases = {
            "queue counts": lambda: queues.queue_counts(ws, actor),
            "first page (200, by updated)": lambda: queues.list_documents(
                ws, actor, limit=200),
            "deep page (offset 9,800, by title)": lambda: queues.list_documents(
                ws, actor, sort="title", descending=False, offset=max(0, documents - 200),
                limit=200),
            "search '0999' (200)": lambda: queues.list_documents(
                ws, actor, search="0999", limit=200),
            "queue signed off (200)": lambda: queues.list_documents(
                ws, actor, queue="signed_off", limit=200),
        }
        for name, fn in cases.items():
            median, result = timed(fn, runs)
            rows = getattr(result, "rows", ())
            with_hits = sum(1 for r in rows if r.hits_by_category)
            extra = f"  ({len(rows)} rows, {with_hits} with per-category counts)" if rows else ""
            print(f"  {name:<38} {median:8.1f} ms{extra}")
    finally:
        ws.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--documents", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--pg", default="postgresql://postgres@127.0.0.1:5432/test")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        bench(f"sqlite:///{Path(folder) / 'bench.db'}", "SQLite", args.documents, args.runs)
    try:
        import psycopg
    except ImportError:
        print("\nPostgreSQL: psycopg missing, skipped")
        return
    schema = f"wbbench_{uuid.uuid4().hex[:10]}"
    try:
        with psycopg.connect(args.pg, autocommit=True, connect_timeout=3) as conn:
            conn.execute(f'create schema "{schema}"')
    except psycopg.Error as exc:
        print(f"\nPostgreSQL: {args.pg} not reachable ({exc}), skipped")
        return
    url = args.pg.replace("postgresql://", "postgresql+psycopg://", 1)
    try:
        bench(f"{url}?options=-csearch_path%3D{schema}", "PostgreSQL", args.documents,
              args.runs)
    finally:
        with psycopg.connect(args.pg, autocommit=True) as conn:
            conn.execute(f'drop schema "{schema}" cascade')


if __name__ == "__main__":
    main()
