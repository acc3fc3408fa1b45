"""Logging: one logger per area, a rotating file in the user's log folder, nothing secret."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from workbench.paths import user_log_dir

LOG_FILENAME = "workbench.log"
_FORMAT = "%(asctime)s %(levelname)-7s %(name)s [%(threadName)s] %(message)s"


def log_file() -> Path:
    return user_log_dir() / LOG_FILENAME


def setup_logging(*, level: int = logging.INFO, console: bool = False) -> Path | None:
    """Send the ``workbench`` loggers to a rotating file (5 x 2 MB); returns the file path.

    A folder that cannot be written (read-only profile, full disk) must not stop the program:
    logging then goes to stderr only.
    """
    root = logging.getLogger("workbench")
    root.setLevel(level)
    if any(getattr(h, "_workbench", False) for h in root.handlers):
        return log_file()
    path: Path | None = log_file()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=2_000_000, backupCount=5, encoding="utf-8", delay=True)
    except OSError:
        handler = logging.StreamHandler()
        path = None
    handler.setFormatter(logging.Formatter(_FORMAT))
    handler._workbench = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    if console:
        stream = logging.StreamHandler()
        stream.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        stream._workbench = True  # type: ignore[attr-defined]
        root.addHandler(stream)
    return path
