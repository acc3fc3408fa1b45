"""`workbench gui` on a machine without a display says so instead of letting Qt abort."""

from __future__ import annotations

import subprocess
import sys

import pytest

from workbench.commands.gui import display_problem


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11/Wayland check is Linux's")
def test_no_display_is_a_one_line_error_and_exit_1() -> None:
    env = {"PATH": "", "WORKBENCH_HOME": "/nonexistent-never-created"}
    result = subprocess.run([sys.executable, "-m", "workbench"], env=env, capture_output=True,
                            text=True, timeout=60, check=False)
    assert result.returncode == 1
    assert "No graphical display" in result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""


@pytest.mark.parametrize(("env", "problem"), [
    ({"DISPLAY": ":0"}, False),
    ({"WAYLAND_DISPLAY": "wayland-0"}, False),
    ({"QT_QPA_PLATFORM": "offscreen"}, False),
    ({}, True),
])
def test_display_problem_on_linux(monkeypatch: pytest.MonkeyPatch, env: dict[str, str],
                                  problem: bool) -> None:
    monkeypatch.setattr(sys, "platform", "linux")
    for key in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(key, raising=False)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    assert (display_problem() is not None) is problem


def test_other_platforms_always_have_a_display(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.delenv("DISPLAY", raising=False)
    assert display_problem() is None
