#!/usr/bin/env python3
"""Bootstrap: create or refresh the local virtual environment, then run the app or the tests.

Usage:  python3 dev.py run     open the workbench on the embedded SQLite database
        python3 dev.py test    run every quality gate and the whole test suite
        python3 dev.py env     only create or refresh .venv

Needs nothing but Python 3.11+ (with its standard ``venv`` module) and the files of this
repository. Works the same on Linux, UOS/Kylin and Windows.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
STAMP = VENV / ".installed-from"


def _venv_python() -> Path:
    if os.name == "nt":
        return VENV / "Scripts" / "python.exe"
    return VENV / "bin" / "python"


def _requirements_digest() -> str:
    """What decides whether the environment must be refreshed: the project metadata."""
    return hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()


def ensure_env() -> Path:
    """Create .venv if missing and (re)install the project when pyproject.toml changed."""
    if sys.version_info < (3, 11):  # noqa: UP036 - dev.py runs under any python3
        sys.exit(f"Python 3.11 or newer is needed; this is {sys.version.split()[0]}.")
    python = _venv_python()
    if not python.exists():
        print(f"Creating the virtual environment in {VENV} ...", flush=True)
        try:
            venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
        except Exception as exc:  # ensurepip missing on some Linux distributions
            sys.exit(
                f"Could not create a virtual environment ({exc}).\n"
                "On Debian/Ubuntu/UOS/Kylin install it with:  sudo apt-get install python3-venv"
            )
    digest = _requirements_digest()
    if not STAMP.exists() or STAMP.read_text().strip() != digest:
        print("Installing the workbench and its dependencies (first run or changed) ...",
              flush=True)
        pip = [str(python), "-m", "pip", "--disable-pip-version-check"]
        subprocess.run([*pip, "install", "--quiet", "--upgrade", "pip"], check=True)
        subprocess.run([*pip, "install", "--quiet", "-e", f"{ROOT}[dev]"], check=True)
        STAMP.write_text(digest)
    return python


def _run(cmd: list[str], **kwargs) -> int:
    print("$", " ".join(cmd), flush=True)
    return subprocess.run(cmd, cwd=ROOT, **kwargs).returncode


def run_tests(python: Path, extra: list[str]) -> int:
    """Every gate a change must pass: lint, layer contracts, then the whole suite."""
    scripts = VENV / ("Scripts" if os.name == "nt" else "bin")
    for gate in (
        [str(python), "-m", "ruff", "check", "."],
        [str(scripts / "lint-imports"), "--no-cache"],
    ):
        if _run(gate) != 0:
            print("Quality gate failed:", gate[0], file=sys.stderr)
            return 1
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return _run([str(python), "-m", "pytest", *extra], env=env)


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in {"run", "test", "env"}:
        print(__doc__)
        return 2
    python = ensure_env()
    if argv[0] == "env":
        return 0
    if argv[0] == "test":
        return run_tests(python, argv[1:])
    return _run([str(python), "-m", "workbench", *argv[1:]])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
