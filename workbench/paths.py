"""Where bundled data lives (source tree, installed wheel or frozen bundle) and user dirs."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from workbench import APP_ID

_PACKAGE_DIR = Path(__file__).resolve().parent


def bundle_root() -> Path:
    """The folder holding ``negative_list/`` and ``resources/``.

    Frozen: PyInstaller's extraction folder. Installed wheel: ``workbench/_bundled``.
    Source checkout: the repository root.
    """
    frozen_dir = getattr(sys, "_MEIPASS", None)
    if frozen_dir:
        return Path(frozen_dir)
    bundled = _PACKAGE_DIR / "_bundled"
    if bundled.is_dir():
        return bundled
    return _PACKAGE_DIR.parent


def negative_list_dir() -> Path:
    return bundle_root() / "negative_list"


def resources_dir() -> Path:
    return bundle_root() / "resources"


def resource(*parts: str) -> Path:
    """Path of one file under ``resources/``; works frozen and from source (STYLE habit 10)."""
    return resources_dir().joinpath(*parts)


def user_data_dir() -> Path:
    """Per-user data folder; ``WORKBENCH_HOME`` overrides it (tests, portable installs)."""
    override = os.environ.get("WORKBENCH_HOME")
    if override:
        return Path(override)
    from platformdirs import user_data_path

    return user_data_path(APP_ID, appauthor=False)


def user_log_dir() -> Path:
    override = os.environ.get("WORKBENCH_HOME")
    if override:
        return Path(override) / "logs"
    from platformdirs import user_log_path

    return user_log_path(APP_ID, appauthor=False)
