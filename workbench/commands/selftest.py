"""`workbench --self-test`: prove an installation works, frozen or from source.

Checks, in order: the department profile, the database (open, migrate, integrity, audit
chain), extraction and scanning of a built-in sample of each format (each must yield the
findings it was written with), and the main window rendered offscreen. Prints a short report;
exits 0 only if every check passed.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from workbench import STARTED_AT, __version__
from workbench.paths import bundle_root, resource

#: What each built-in sample must yield: (category, subtype or None).
EXPECTED_FINDINGS = {
    ("personal_privacy", "id_card"),
    ("personal_privacy", "mobile"),
    ("process_info", None),
}
SAMPLES = ("sample.txt", "sample.docx", "sample.pdf")



@dataclass
class CheckResult:
    name: str
    ok: bool
    detail: str
    seconds: float


def add_arguments(parser: argparse.ArgumentParser) -> None:  # pragma: no cover - no subcommand
    return None


def _timed(name: str, fn: Callable[[], str]) -> CheckResult:
    start = time.perf_counter()
    try:
        detail = fn()
        ok = True
    except Exception as exc:  # every failure becomes a line of the report, never a traceback
        detail = f"{type(exc).__name__}: {exc}".splitlines()[0]
        ok = False
    return CheckResult(name, ok, detail, time.perf_counter() - start)


def _check_profile() -> str:
    from workbench.config import load_config
    from workbench.departments import active_profile

    profile = active_profile(load_config().department)
    return f"{profile.id} ({profile.display_name}), sign-off: {' > '.join(profile.signoff_chain)}"


def _check_database(url: str | None) -> Callable[[], str]:
    def check() -> str:
        from workbench.services.health import check_database

        health = check_database(url)
        if not health.ok:
            problems = []
            if health.revision != health.head_revision:
                problems.append(f"schema at {health.revision}, expected {health.head_revision}")
            problems += health.integrity_problems
            if health.audit_break_seq is not None:
                problems.append(f"audit chain broken at event {health.audit_break_seq}")
            raise RuntimeError("; ".join(problems))
        migrated = f", migrated {','.join(health.migrated_now)}" if health.migrated_now else ""
        return (f"{health.kind} {health.display}, schema {health.revision}{migrated}, "
                f"audit chain intact ({health.audit_events} events)")
    return check


def _department_scanner():
    from workbench.config import load_config
    from workbench.departments import active_profile
    from workbench.scanning.api import default_scanner
    from workbench.scanning.loader import load_overlay

    profile = active_profile(load_config().department)
    overlays = (tuple(load_overlay(profile.negative_list_overlay))
                if profile.negative_list_overlay else ())
    return default_scanner(overlays)


def _check_sample(name: str) -> Callable[[], str]:
    def check() -> str:
        from workbench.extraction import extract

        data = resource("selftest", name).read_bytes()
        extracted = extract(data, name)
        result = _department_scanner().scan(extracted)
        found = {(h.category, h.subtype) for h in result.hits}
        found |= {(h.category, None) for h in result.hits}
        missing = EXPECTED_FINDINGS - found
        if missing:
            raise RuntimeError(f"expected findings missing: {sorted(map(str, missing))}")
        if not extracted.text_complete:
            raise RuntimeError(f"text reported incomplete: {extracted.warnings}")
        return (f"{len(extracted.text)} characters, {len(result.hits)} hits, suggested "
                f"{result.suggestion.attribute}")
    return check


def _check_import() -> str:
    """Import and scan a sample through the services into a throwaway database: proves the
    worker process starts (frozen, it is this executable again) and ends with the workspace."""
    import tempfile

    from workbench.services import documents, scans, users
    from workbench.services.workspace import Workspace

    with tempfile.TemporaryDirectory(prefix="workbench-selftest-") as tmp:
        ws = Workspace.open(f"sqlite:///{Path(tmp) / 'import.db'}", offload=True)
        try:
            users.create_first_admin(ws, "selftest", "selftest-password")
            admin = users.login(ws, "selftest", "selftest-password")
            users.add_user(ws, admin, "reviewer", ["reviewer"], "selftest-password")
            reviewer = users.login(ws, "reviewer", "selftest-password")
            data = resource("selftest", "sample.docx").read_bytes()
            result = documents.import_document(ws, reviewer, data, "sample.docx")
            summary = scans.scan_document(ws, reviewer, result.document_id,
                                          result.change.version or 0)
            assert ws.worker is not None
            pids = ws.worker.pids()
            if not pids or pids[0] == os.getpid():
                raise RuntimeError("the sample was not read in a worker process")
        finally:
            ws.close()
    if _alive(pids[0]):
        raise RuntimeError(f"the worker process {pids[0]} outlived its workspace")
    return f"sample.docx imported, {summary.hits} hits, read in worker process {pids[0]}"


def _alive(pid: int) -> bool:
    import multiprocessing

    return any(child.pid == pid for child in multiprocessing.active_children())


def _check_word_list() -> str:
    from workbench.scanning import lexicon

    words = lexicon.word_count()
    # jieba's dictionary yields about 45,000 words of 2-4 characters that are frequent enough.
    if words < 20_000:
        raise RuntimeError(f"the word list for telling names from words has {words} entries; "
                           "jieba's dict.txt is missing from this build")
    return f"{words:,} words for telling names from words"


def _check_passage_model() -> str:
    import math

    from workbench.scanning import load_negative_list

    model = load_negative_list().passages
    if model is None:
        raise RuntimeError("the negative list ships no passage model (_passages.json)")
    # Scoring runs on numpy: a clause scored proves the arrays work in this build.
    probabilities = model.probabilities("会议研究后决定暂缓公布该调整方案", False)
    if len(probabilities) != len(model.categories) or not all(
            0 <= p <= 1 and math.isfinite(p) for p in probabilities):
        raise RuntimeError(f"the passage model scored a clause as {probabilities}")
    return f"{len(model.idf):,} n-grams, {len(model.categories)} categories"


def _check_window() -> str:
    from workbench.gui.selftest_render import render_main_window

    width, height, seconds = render_main_window()
    return f"main window {width}x{height} rendered offscreen in {seconds:.2f} s"


def _bundle_size() -> str:
    if not getattr(sys, "frozen", False):
        return "running from source"
    root = Path(sys.executable).resolve().parent
    total = sum(p.stat().st_size for p in root.rglob("*") if p.is_file() and not p.is_symlink())
    return f"{total / 1_048_576:.0f} MB in {root}"


def run(args: argparse.Namespace) -> int:
    url = getattr(args, "db", None)
    checks = [
        _timed("profile", _check_profile),
        _timed("database", _check_database(url)),
        *(_timed(f"extract+scan {name}", _check_sample(name)) for name in SAMPLES),
        _timed("name word list", _check_word_list),
        _timed("passage model", _check_passage_model),
        _timed("import in worker process", _check_import),
        _timed("window", _check_window),
    ]
    mode = "frozen" if getattr(sys, "frozen", False) else "source"
    print(f"workbench {__version__} self-test ({mode}, data from {bundle_root()})")
    for check in checks:
        mark = "ok  " if check.ok else "FAIL"
        print(f"  [{mark}] {check.name:<24} {check.detail} ({check.seconds:.2f} s)")
    print(f"  bundle: {_bundle_size()}")
    print(f"  start to window rendered: {time.perf_counter() - STARTED_AT:.2f} s")
    failed = [c.name for c in checks if not c.ok]
    if failed:
        print(f"self-test FAILED: {', '.join(failed)}")
        return 1
    print("self-test passed")
    return 0
