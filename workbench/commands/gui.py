"""`workbench gui` (and plain `workbench`): open the window; Qt is imported only here, lazily."""

from __future__ import annotations

import argparse
import os
import sys


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", metavar="URL",
                        help="SQLite file path or postgresql:// URL (default: configured)")
    parser.add_argument("--language", choices=("zh_CN", "en"),
                        help="interface language (default: the one chosen in the window)")


def display_problem() -> str | None:
    """Why no window can open here, or None. Checked before Qt, which would abort instead."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return None
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return None
    return ("No graphical display was found (DISPLAY and WAYLAND_DISPLAY are not set). Start "
            "the workbench from a desktop session; on a server use `workbench scan`, "
            "`workbench --self-test` or the other commands.")


def run(args: argparse.Namespace) -> int:
    problem = display_problem()
    if problem:
        print(f"workbench: {problem}", file=sys.stderr)
        return 1
    from workbench.gui.launcher import launch
    from workbench.heap import freeze_long_lived

    freeze_long_lived()  # after the imports: keeps full collections short (see workbench.heap)
    return launch(getattr(args, "db", None), getattr(args, "language", None))
