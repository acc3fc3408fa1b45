"""`workbench audit verify|export`: check the hash chain, or write it for an inspector."""

from __future__ import annotations

import argparse
from datetime import date

from workbench.services.actors import console_operator
from workbench.services.audit_trail import FORMATS, export_audit, verify_audit
from workbench.services.workspace import Workspace

EXIT_BROKEN = 3  # distinct from 1 (could not run) so scripts can tell a broken chain apart


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from exc


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="audit_command", metavar="ACTION", required=True)
    verify = sub.add_parser("verify", help="recompute the hash chain; exit 0 if intact")
    verify.add_argument("--db", metavar="URL",
                        help="SQLite file path or postgresql:// URL (default: configured)")
    export = sub.add_parser("export", help="write the trail with its head hash (audited)")
    export.add_argument("--format", required=True, choices=FORMATS)
    export.add_argument("-o", "--output", required=True, metavar="FILE")
    export.add_argument("--document", type=int, metavar="ID", help="only this document's events")
    export.add_argument("--since", type=_date, metavar="DATE",
                        help="only events from this day on (YYYY-MM-DD, UTC)")
    export.add_argument("--db", metavar="URL",
                        help="SQLite file path or postgresql:// URL (default: configured)")


def run(args: argparse.Namespace) -> int:
    workspace = Workspace.open(args.db)
    try:
        if args.audit_command == "verify":
            report = verify_audit(workspace)
            if report.intact:
                print(f"Audit trail intact: {report.events} events, head hash "
                      f"{report.head_hash}.")
                return 0
            broken = report.first_break
            assert broken is not None
            print(f"Audit trail BROKEN at event {broken.seq} ({broken.reason}): that event "
                  "does not match the chain. Events before it verify.")
            return EXIT_BROKEN
        result = export_audit(workspace, console_operator(), args.format, args.output,
                              document_id=args.document, since=args.since)
    finally:
        workspace.close()
    print(f"Wrote {result.rows} events to {result.path} (SHA-256 {result.file_sha256}).")
    print(f"Chain head: event {result.head_seq}, hash {result.head_hash}.")
    if not result.chain_intact:
        print("Warning: the chain does not verify; run `workbench audit verify`.")
        return EXIT_BROKEN
    return 0
