"""This PC's configuration: which database and department (a small TOML file per user).

Department-wide settings (sign-off chain, intervals, deadlines) live in the database so that
every PC sharing it agrees; only what is needed to *find* that database is kept here.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, replace
from pathlib import Path

import tomli_w

from workbench.core.errors import ValidationError
from workbench.paths import user_data_dir

CONFIG_FILENAME = "config.toml"
DEFAULT_DB_FILENAME = "workbench.db"


@dataclass(frozen=True)
class LocalConfig:
    """Declared settings of this PC, with their defaults."""

    db_url: str | None = None  # None: the embedded SQLite file in the user's data folder
    department: str = "default"
    language: str = "zh_CN"


def config_path() -> Path:
    return user_data_dir() / CONFIG_FILENAME


def default_sqlite_path() -> Path:
    return user_data_dir() / DEFAULT_DB_FILENAME


def load_config() -> LocalConfig:
    path = config_path()
    if not path.exists():
        return LocalConfig()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ValidationError(f"The configuration file {path} cannot be read ({exc}). "
                              "Fix or delete it.", code="config_invalid") from exc
    known = {k: v for k, v in data.items() if k in LocalConfig.__dataclass_fields__}
    return replace(LocalConfig(), **known)


def save_config(config: LocalConfig) -> Path:
    path = config_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {k: v for k, v in config.__dict__.items() if v is not None}
    tmp = path.with_suffix(".tmp")
    tmp.write_text(tomli_w.dumps(data), encoding="utf-8")
    tmp.replace(path)  # atomic: a crash never leaves half a config file
    return path


def resolve_db_url(explicit: str | None = None, config: LocalConfig | None = None) -> str:
    """The database to open: ``--db`` > ``WORKBENCH_DB_URL`` > config file > embedded file."""
    if explicit:
        return explicit
    env = os.environ.get("WORKBENCH_DB_URL")
    if env:
        return env
    config = config or load_config()
    if config.db_url:
        return config.db_url
    return str(default_sqlite_path())
