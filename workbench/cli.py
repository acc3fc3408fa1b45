"""The command line (a contract, see DESIGN.md): GUI launcher plus scan/db/user/audit commands.

Each subcommand lives in ``workbench.commands.<name>`` and is imported only when used, so
``workbench --version`` stays instant and jieba/pdf libraries stay off the start-up path.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence

from workbench import APP_NAME, __version__
from workbench.core.errors import EnvironmentProblem, WorkbenchError
from workbench.logs import setup_logging

#: subcommand -> (module, one-line help). Modules expose ``add_arguments(parser)`` and
#: ``run(args) -> int``.
SUBCOMMANDS: dict[str, tuple[str, str]] = {
    "gui": ("workbench.commands.gui", "open the workbench window (the default)"),
    "scan": ("workbench.commands.scan", "scan files or folders without any database"),
    "db": ("workbench.commands.db", "create or migrate the database"),
    "user": ("workbench.commands.user", "manage accounts (IT staff)"),
    "audit": ("workbench.commands.audit", "verify or export the audit trail"),
}

EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2

log = logging.getLogger("workbench.cli")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="workbench",
        description=f"{APP_NAME}: confidentiality review before publication (先审查、后公开).",
    )
    parser.add_argument("--version", action="version", version=f"workbench {__version__}")
    parser.add_argument("--self-test", action="store_true",
                        help="check the install (database, extraction, scan, window offscreen)")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name, (module_name, help_text) in SUBCOMMANDS.items():
        sub = subparsers.add_parser(name, help=help_text, description=help_text)
        sub.set_defaults(_module=module_name)
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name != module_name:
                raise
            # A subcommand not shipped in this build: keep the parser usable.
            sub.set_defaults(_missing=True)
            continue
        module.add_arguments(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    try:
        args = parser.parse_args(args_list)
    except SystemExit as exc:  # argparse exits 2 on usage errors and 0 on --help/--version
        return int(exc.code or 0)
    if args.self_test:
        module_name = "workbench.commands.selftest"
    elif args.command is None:
        module_name = SUBCOMMANDS["gui"][0]
        args = parser.parse_args(["gui"])
    else:
        module_name = args._module
    if getattr(args, "_missing", False):
        print(f"workbench: the '{args.command}' command is not available in this build.",
              file=sys.stderr)
        return EXIT_USAGE
    setup_logging()
    try:
        module = importlib.import_module(module_name)
        return int(module.run(args) or 0)
    except EnvironmentProblem as exc:
        print(f"workbench: {exc.message}", file=sys.stderr)
        return EXIT_FAILURE
    except WorkbenchError as exc:
        print(f"workbench: {exc.message}", file=sys.stderr)
        return EXIT_FAILURE
    except KeyboardInterrupt:
        print("workbench: interrupted.", file=sys.stderr)
        return 130
    except Exception as exc:  # a bug: say so in one line, keep the traceback in the log
        log.exception("unexpected error")
        print(f"workbench: unexpected error ({type(exc).__name__}: {exc}). "
              "Please report it with the log file.", file=sys.stderr)
        return EXIT_FAILURE


def gui_main() -> int:
    """Entry point of the windowed launcher."""
    return main(["gui", *sys.argv[1:]])
