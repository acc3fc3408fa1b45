"""Entry point for ``python -m workbench``."""

import multiprocessing
import sys

from workbench.cli import main

if __name__ == "__main__":
    # The extraction worker process is spawned (services.offload); a no-op unless frozen.
    multiprocessing.freeze_support()
    sys.exit(main())
