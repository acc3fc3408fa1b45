"""Atomic writing: a failure never leaves half a file; environment errors are named as such."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from workbench.core.errors import EnvironmentProblem, ValidationError
from workbench.reporting import write_audit_csv, write_review_form_pdf
from workbench.reporting.atomic import write_atomically
from workbench.reporting.records import AuditTrail


def test_failure_keeps_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "trail.csv"
    target.write_text("old", encoding="utf-8")

    def half_then_crash(temp: Path) -> None:
        temp.write_text("half", encoding="utf-8")
        raise RuntimeError("crash while writing")

    with pytest.raises(RuntimeError):
        write_atomically(target, half_then_crash)
    assert target.read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["trail.csv"]


def test_disk_full_is_an_environment_problem(tmp_path: Path) -> None:
    def full(temp: Path) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    with pytest.raises(EnvironmentProblem) as caught:
        write_atomically(tmp_path / "x.pdf", full)
    assert caught.value.code == "disk_full"
    assert list(tmp_path.iterdir()) == []


def test_missing_folder(tmp_path: Path, trail: AuditTrail) -> None:
    with pytest.raises(EnvironmentProblem) as caught:
        write_audit_csv(trail, tmp_path / "no" / "such" / "trail.csv")
    assert caught.value.code == "export_folder_missing"


@pytest.mark.skipif(os.name == "nt" or os.geteuid() == 0,
                    reason="root (and Windows ACLs) ignore a read-only folder's mode bits")
def test_read_only_folder(tmp_path: Path, trail: AuditTrail) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(EnvironmentProblem):
            write_audit_csv(trail, folder / "trail.csv")
    finally:
        folder.chmod(0o700)


def test_unwritable_target_is_an_environment_problem(tmp_path: Path, trail: AuditTrail,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """What a file held open by WPS on Windows looks like: the rename is refused."""
    def refuse(src: str, dst: str) -> None:
        raise PermissionError(errno.EACCES, "Access is denied")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(EnvironmentProblem) as caught:
        write_audit_csv(trail, tmp_path / "trail.csv")
    assert caught.value.code == "export_not_writable"
    assert list(tmp_path.iterdir()) == []


def test_folder_as_target_and_wrong_record(tmp_path: Path, trail: AuditTrail) -> None:
    with pytest.raises(ValidationError):
        write_audit_csv(trail, tmp_path)
    with pytest.raises(ValidationError):
        write_review_form_pdf(trail, tmp_path / "form.pdf")  # type: ignore[arg-type]
