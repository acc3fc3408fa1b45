"""``workbench scan PATH...``: scan files or folders without any database (a contract)."""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

from workbench.core.attributes import ATTRIBUTE_NAME_ZH
from workbench.core.categories import CATEGORY_NAME_ZH
from workbench.core.errors import InputFileError, ValidationError

log = logging.getLogger("workbench.commands.scan")

EXIT_OK, EXIT_UNREADABLE, EXIT_USAGE = 0, 1, 2


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="+", metavar="PATH",
                        help="files or folders (folders are searched recursively)")
    parser.add_argument("--format", choices=("text", "jsonl"), default="text",
                        help="text: a summary per file; jsonl: one JSON object per file per line")
    parser.add_argument("--negative-list", metavar="DIR", type=Path, default=None,
                        help="use this baseline negative-list folder instead of the shipped one")
    parser.add_argument("--overlay", metavar="PATH", type=Path, action="append", default=[],
                        help="a department overlay file or folder on top of the list "
                             "(may be given more than once)")


def run(args: argparse.Namespace) -> int:
    from workbench.scanning import Scanner, load_negative_list

    try:
        negative_list = load_negative_list(args.negative_list, args.overlay)
    except ValidationError as exc:
        print(f"workbench scan: {exc.message}", file=sys.stderr)
        return EXIT_USAGE
    scanner = Scanner(negative_list)
    out = sys.stdout
    failures = 0
    for path in _inputs(args.paths):
        record = scan_file(scanner, path)
        if record["status"] != "ok":
            failures += 1
        if args.format == "jsonl":
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
        else:
            _write_text(out, record)
        out.flush()
    return EXIT_UNREADABLE if failures else EXIT_OK


def _inputs(paths: list[str]) -> Iterator[Path]:
    """Named files as given; folders recursively, keeping only readable formats."""
    from workbench.extraction import supported_extensions

    extensions = {e.lower() for e in supported_extensions()}
    for name in paths:
        path = Path(name)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                rel = child.relative_to(path).parts
                if any(p.startswith((".", "~$")) for p in rel):
                    continue  # hidden files and Office lock files
                if child.is_file() and child.suffix.lower() in extensions:
                    yield child
        else:
            yield path


def scan_file(scanner: Any, path: Path) -> dict[str, Any]:
    """One JSON record (DESIGN.md contract) for one file; never raises for a bad file."""
    from workbench.extraction import extract

    record: dict[str, Any] = {
        "file": str(path), "sha256": None, "status": "error", "error": None,
        "text_complete": None, "warnings": [], "negative_list_version": scanner.version,
        "suggested_attribute": None, "needs_redaction": None, "hits": [],
    }
    try:
        if not path.exists():
            raise InputFileError(f"{path}: no such file or folder", code="not_found")
        if not path.is_file():
            raise InputFileError(f"{path}: not a regular file", code="not_a_file")
        data = path.read_bytes()
        record["sha256"] = hashlib.sha256(data).hexdigest()
        extracted = extract(data, path.name)
        result = scanner.scan(extracted)
    except InputFileError as exc:
        record["error"] = _one_line(exc.message)
        return record
    except OSError as exc:
        record["error"] = _one_line(f"{path}: cannot be read ({exc.strerror or exc})")
        return record
    except Exception as exc:  # a bug: one line for the user, the traceback in the log
        log.exception("scanning %s failed unexpectedly", path)
        record["error"] = _one_line(f"unexpected error while scanning ({type(exc).__name__}); "
                                    "please report it with the log file")
        return record
    suggestion = result.suggestion
    record.update({
        "status": "ok",
        "format": extracted.format,
        "text_complete": result.text_complete,
        "warnings": [w.message for w in extracted.warnings],
        "warning_codes": [w.code for w in extracted.warnings],
        "suggested_attribute": str(suggestion.attribute),
        "needs_redaction": suggestion.needs_redaction,
        "suggestion_reason": suggestion.reason,
        "suggestion_legal_ground": suggestion.legal_ground,
        "manual_review": suggestion.manual_review,
        "hits": [h.to_dict() for h in result.hits],
    })
    return record


def _one_line(message: str) -> str:
    return " ".join(message.split())


def _write_text(out: TextIO, record: dict[str, Any]) -> None:
    from workbench.core.attributes import DisclosureAttribute
    from workbench.core.categories import Category

    out.write(f"== {record['file']}\n")
    if record["status"] != "ok":
        out.write(f"   ERROR: {record['error']}\n\n")
        return
    attribute = DisclosureAttribute(record["suggested_attribute"])
    redaction = ", needs redaction" if record["needs_redaction"] else ""
    out.write(f"   suggested: {attribute} {ATTRIBUTE_NAME_ZH[attribute]}{redaction}"
              f" — {record['suggestion_reason']}\n")
    if not record["text_complete"]:
        out.write("   TEXT INCOMPLETE: a person must read the original\n")
    for warning in record["warnings"]:
        out.write(f"   warning: {warning}\n")
    out.write(f"   {len(record['hits'])} hit(s), negative list {record['negative_list_version']}\n")
    for hit in record["hits"]:
        where = _where(hit.get("location"))
        category = CATEGORY_NAME_ZH[Category(hit["category"])]
        subtype = f"/{hit['subtype']}" if hit.get("subtype") else ""
        out.write(f"   [{hit['score']:.2f}] {category}{subtype} “{hit['text']}” "
                  f"@{hit['start']}{where} — {hit['explanation']}\n")
    out.write("\n")


def _where(location: dict[str, Any] | None) -> str:
    if not location:
        return ""
    parts = [str(location.get("part", ""))]
    for key in ("page", "paragraph", "line", "table", "row", "col"):
        if key in location:
            parts.append(f"{key} {location[key]}")
    return " (" + ", ".join(p for p in parts if p) + ")"
