"""Window settings of this PC (geometry, column widths, language), declared in one place.

Stored in an INI file in the workbench's user folder, never in the registry or ``~/.config``:
``WORKBENCH_HOME`` (set by the tests) therefore keeps tests away from the real user's settings.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

from workbench.paths import user_data_dir

log = logging.getLogger("workbench.gui.settings")

SETTINGS_VERSION = 1


@dataclass(frozen=True)
class UiSetting:
    key: str
    default: Any
    type: type


SPECS = {
    spec.key: spec for spec in (
        UiSetting("language", "zh_CN", str),
        UiSetting("main/geometry", QByteArray(), QByteArray),
        UiSetting("main/state", QByteArray(), QByteArray),
        UiSetting("main/splitter", QByteArray(), QByteArray),
        UiSetting("documents/header", QByteArray(), QByteArray),
        UiSetting("review/splitter", QByteArray(), QByteArray),
        UiSetting("last/import_dir", "", str),
        UiSetting("last/export_dir", "", str),
        UiSetting("last/username", "", str),
        UiSetting("font_warning_shown", False, bool),
        UiSetting("demo/db", "", str),
    )
}


def ui_settings() -> QSettings:
    path = user_data_dir() / "window.ini"
    settings = QSettings(str(path), QSettings.Format.IniFormat)
    if settings.value("version", 0, int) < SETTINGS_VERSION:
        # Upgrade steps go here when a key changes meaning; version 1 is the first.
        settings.setValue("version", SETTINGS_VERSION)
    return settings


def get(key: str) -> Any:
    spec = SPECS[key]
    settings = ui_settings()
    # WORKAROUND: PySide6 mis-counts references of a bool passed as QSettings.value()'s
    # default (a crash at exit); read without a default and convert here.
    if not settings.contains(key):
        return spec.default
    value = settings.value(key)
    if spec.type is bool:
        return value in (True, "true", "1", 1)
    if value is None or (spec.type is not QByteArray and not isinstance(value, spec.type)):
        try:
            return spec.type(value)
        except (TypeError, ValueError):
            return spec.default
    return value


def put(key: str, value: Any) -> None:
    assert key in SPECS, key
    if SPECS[key].type is bool:
        value = "true" if value else "false"  # see the WORKAROUND in get()
    ui_settings().setValue(key, value)
