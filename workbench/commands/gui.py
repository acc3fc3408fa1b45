"""`workbench gui` (and plain `workbench`): open the window; Qt is imported only here, lazily."""

from __future__ import annotations

import argparse


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", metavar="URL",
                        help="SQLite file path or postgresql:// URL (default: configured)")
    parser.add_argument("--language", choices=("zh_CN", "en"),
                        help="interface language (default: the one chosen in the window)")


def run(args: argparse.Namespace) -> int:
    from workbench.gui.launcher import launch
    from workbench.heap import freeze_long_lived

    freeze_long_lived()  # after the imports: keeps full collections short (see workbench.heap)
    return launch(getattr(args, "db", None), getattr(args, "language", None))
