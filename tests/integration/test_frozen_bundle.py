"""The installer build: bundle the example department, run it, package it, upgrade it.

Slow (the PyInstaller build takes one to two minutes), and run by the README's test command all
the same: a bundle that does not start is the one failure IT staff must never ship.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tarfile
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DEPARTMENT = "example-finance"
PACKAGE = f"workbench-{DEPARTMENT}"

pytestmark = [pytest.mark.frozen, pytest.mark.slow]


def _run(cmd: list[str], *, home: Path, stdin: str | None = None,
         timeout: int = 300) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("WORKBENCH_")}
    env |= {"WORKBENCH_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(cmd, input=stdin, capture_output=True, text=True, env=env,
                          timeout=timeout, check=False)


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    from workbench import __version__

    work = tmp_path_factory.mktemp("pyinstaller")
    env = dict(os.environ, WORKBENCH_DEPARTMENT=DEPARTMENT)
    result = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(work / "dist"), "--workpath", str(work / "build"),
         str(ROOT / "build_installer.spec")],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=1200, check=False)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-5000:]
    folder = work / "dist" / f"{PACKAGE}-{__version__}"
    assert (folder / "workbench").is_file() and (folder / "workbench-cli").is_file()
    archive = work / "dist" / f"{PACKAGE}-{__version__}.tar.gz"
    with tarfile.open(archive) as tar:
        assert f"{PACKAGE}-{__version__}/workbench-cli" in tar.getnames()
    yield folder


def test_the_bundle_reports_its_version(bundle: Path, tmp_path: Path) -> None:
    from workbench import __version__

    result = _run([str(bundle / "workbench-cli"), "--version"], home=tmp_path)
    assert result.returncode == 0
    assert result.stdout.strip() == f"workbench {__version__}"


def test_the_bundle_passes_its_self_test_offscreen(bundle: Path, tmp_path: Path) -> None:
    result = _run([str(bundle / "workbench-cli"), "--self-test"], home=tmp_path)
    report = result.stdout
    print(report)  # the figures (size, start-up time) belong in the test log
    assert result.returncode == 0, report + result.stderr
    assert "(frozen," in report and "self-test passed" in report
    assert "example-finance" in report and "初审 > 复审 > 终审" in report
    for name in ("sample.txt", "sample.docx", "sample.pdf"):
        assert f"[ok  ] extract+scan {name}" in report
    assert "[ok  ] name word list" in report  # jieba's dictionary made it into the bundle
    assert "[ok  ] passage model" in report  # numpy and the model file made it too
    # The spawned worker is the bundle's executable again (freeze_support in frozen_entry).
    assert "[ok  ] import in worker process" in report
    assert "bundle:" in report and "MB" in report
    assert "Traceback" not in result.stderr


def test_the_bundle_reports_unreadable_files_without_a_traceback(bundle: Path,
                                                                 tmp_path: Path) -> None:
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"PK\x03\x04 this is not really a zip")
    good = tmp_path / "notice.txt"
    good.write_text("关于召开年度工作会议的通知\n请各单位按时参加。\n", encoding="utf-8")
    result = _run([str(bundle / "workbench-cli"), "scan", "--format", "jsonl", str(broken),
                   str(good)], home=tmp_path)
    assert result.returncode == 1
    lines = [line for line in result.stdout.splitlines() if line.strip()]
    assert len(lines) == 2
    assert '"status": "error"' in lines[0] or '"status":"error"' in lines[0]
    assert "Traceback" not in result.stdout + result.stderr


def test_the_self_test_fails_loudly_when_something_is_broken(bundle: Path,
                                                             tmp_path: Path) -> None:
    """A check that cannot fail proves nothing: break the database and watch it fail."""
    bad_home = tmp_path / "home"
    bad_home.mkdir()
    result = _run([str(bundle / "workbench-cli"), "--self-test"], home=bad_home)
    assert result.returncode == 0  # sanity: a clean home passes
    (bad_home / "workbench.db").write_bytes(b"this is not a database")
    for suffix in ("-wal", "-shm"):
        (bad_home / f"workbench.db{suffix}").unlink(missing_ok=True)
    result = _run([str(bundle / "workbench-cli"), "--self-test"], home=bad_home)
    assert result.returncode == 1
    assert "[FAIL] database" in result.stdout
    assert "self-test FAILED" in result.stdout


def _dpkg_can_install() -> bool:
    return (shutil.which("dpkg") is not None and shutil.which("dpkg-deb") is not None
            and hasattr(os, "geteuid") and os.geteuid() == 0)


def _build_deb(bundle: Path, out: Path, version: str | None = None) -> Path:
    cmd = [sys.executable, str(ROOT / "packaging" / "linux" / "build_deb.py"), str(bundle),
           "-o", str(out)]
    if version:
        cmd += ["--version", version]
    result = subprocess.run(cmd, capture_output=True, text=True, check=False, timeout=600)
    assert result.returncode == 0, result.stderr
    return Path(result.stdout.strip().splitlines()[-1])


@pytest.mark.skipif(shutil.which("dpkg-deb") is None, reason="dpkg-deb is not installed")
def test_the_deb_installs_runs_and_upgrades_keeping_data(bundle: Path, tmp_path: Path) -> None:
    from workbench import __version__

    deb = _build_deb(bundle, tmp_path / "debs")
    contents = subprocess.run(["dpkg-deb", "--contents", str(deb)], capture_output=True,
                              text=True, check=True).stdout
    for path in (f"./usr/share/applications/{PACKAGE}.desktop", f"./usr/bin/{PACKAGE}-cli",
                 f"./usr/share/icons/hicolor/256x256/apps/{PACKAGE}.png",
                 f"./opt/{PACKAGE}/workbench-cli"):
        assert path in contents
    home = tmp_path / "home"
    home.mkdir()
    if _dpkg_can_install():
        installed = Path("/usr/bin") / f"{PACKAGE}-cli"
        subprocess.run(["dpkg", "-i", str(deb)], check=True, capture_output=True)
    else:  # not root: unpack where dpkg would put it, relative to a private root
        root = tmp_path / "root"
        subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
        installed = root / "opt" / PACKAGE / "workbench-cli"
    try:
        result = _run([str(installed), "--self-test"], home=home)
        assert result.returncode == 0, result.stdout + result.stderr
        # Build N creates data: an account and audit events.
        added = _run([str(installed), "user", "add", "liming", "--role", "reviewer",
                      "--password-stdin"], home=home, stdin="Correct-Horse-42\n")
        assert added.returncode == 0, added.stdout + added.stderr
        # Build N+1 is installed over it...
        newer = _build_deb(bundle, tmp_path / "debs-new", version=f"{__version__}.1")
        if _dpkg_can_install():
            subprocess.run(["dpkg", "-i", str(newer)], check=True, capture_output=True)
            status = subprocess.run(["dpkg-query", "-W", PACKAGE], capture_output=True,
                                    text=True, check=True).stdout
            assert f"{__version__}.1" in status
        else:
            subprocess.run(["dpkg-deb", "-x", str(newer), str(tmp_path / "root")], check=True)
        # ...and still has the user's data, with an intact chain.
        listed = _run([str(installed), "user", "list"], home=home)
        assert listed.returncode == 0 and "liming" in listed.stdout
        verified = _run([str(installed), "audit", "verify"], home=home)
        assert verified.returncode == 0, verified.stdout + verified.stderr
    finally:
        if _dpkg_can_install():
            subprocess.run(["dpkg", "-r", PACKAGE], check=False, capture_output=True)
