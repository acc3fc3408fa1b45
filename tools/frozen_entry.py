"""Entry point of the frozen bundle (both the windowed and the console program)."""

import sys

from workbench.cli import main

if __name__ == "__main__":
    sys.exit(main())
