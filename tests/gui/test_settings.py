"""Window settings live under WORKBENCH_HOME, never in the real user's configuration."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from workbench.gui import settings

pytestmark = pytest.mark.gui


def test_settings_file_is_in_the_test_home(qapp):
    settings.put("last/username", "zhangsan")
    path = Path(settings.ui_settings().fileName())
    assert path.is_relative_to(Path(os.environ["WORKBENCH_HOME"]))
    assert settings.get("last/username") == "zhangsan"


def test_defaults(qapp):
    assert settings.get("language") == "zh_CN"
    assert settings.get("font_warning_shown") is False
