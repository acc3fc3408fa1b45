"""Entry point of the frozen bundle (both the windowed and the console program)."""

import multiprocessing
import sys

from workbench.cli import main

if __name__ == "__main__":
    # A spawned extraction worker (services.offload) starts this executable again with
    # multiprocessing's arguments: run the worker, not the application.
    multiprocessing.freeze_support()
    sys.exit(main())
