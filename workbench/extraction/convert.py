"""Legacy and other formats (.doc, .wps, .rtf, .odt) through LibreOffice, when installed."""

from __future__ import annotations

import logging
import os
import shutil
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

from workbench.core.errors import InputFileError

log = logging.getLogger(__name__)

_WINDOWS_PATHS = (r"C:\Program Files\LibreOffice\program\soffice.exe",
                  r"C:\Program Files (x86)\LibreOffice\program\soffice.exe")
_SAFE_SUFFIXES = {".doc", ".dot", ".wps", ".wpt", ".rtf", ".odt", ".ott", ".fodt", ".html"}


def find_soffice() -> str | None:
    """The LibreOffice binary: ``WORKBENCH_SOFFICE``, then PATH, then the usual install paths."""
    override = os.environ.get("WORKBENCH_SOFFICE")
    if override:
        return override if Path(override).is_file() else None
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    if sys.platform == "win32":
        return next((p for p in _WINDOWS_PATHS if Path(p).is_file()), None)
    return None


def _unavailable(suffix: str) -> InputFileError:
    return InputFileError(
        f"{suffix or 'This'} files are read through LibreOffice, which is not installed: install "
        "LibreOffice, or open the file in Word/WPS and save it as .docx.",
        code="conversion_unavailable")


def _failed(detail: str) -> InputFileError:
    return InputFileError(
        "LibreOffice could not convert the file (it may be damaged or password-protected): "
        "open it in Word/WPS and save it as .docx.", code="conversion_failed", detail=detail)


def convert_to_docx(data: bytes, filename: str, timeout_s: float) -> bytes:
    """Run ``soffice --headless --convert-to docx`` in a private temp dir; return the .docx.

    A private profile directory lets this run while the user has LibreOffice open (otherwise
    soffice hands the job to the running instance and returns at once without output).

    Raises:
        InputFileError: conversion_unavailable, conversion_failed.
    """
    suffix = Path(filename).suffix.lower()
    soffice = find_soffice()
    if soffice is None:
        raise _unavailable(suffix)
    with tempfile.TemporaryDirectory(prefix="workbench-convert-") as tmp:
        work = Path(tmp)
        # Our own name: the user's file name may hold characters the shell or soffice mangle.
        source = work / ("input" + (suffix if suffix in _SAFE_SUFFIXES else ".doc"))
        source.write_bytes(data)
        out_dir = work / "out"
        cmd = [soffice, "--headless", "--norestore", "--nologo", "--nolockcheck",
               f"-env:UserInstallation={(work / 'profile').as_uri()}",
               "--convert-to", "docx", "--outdir", str(out_dir), str(source)]
        kwargs: dict = {"stdout": subprocess.PIPE, "stderr": subprocess.PIPE}
        if sys.platform != "win32":
            kwargs["start_new_session"] = True  # so a timeout can kill soffice's children too
        try:
            proc = subprocess.Popen(cmd, **kwargs)
        except OSError as exc:
            raise _unavailable(suffix) from exc
        try:
            _, err = proc.communicate(timeout=timeout_s)
        except subprocess.TimeoutExpired as exc:
            _kill(proc)
            raise InputFileError(
                f"LibreOffice did not finish converting the file within {timeout_s:.0f} s: "
                "open it in Word/WPS and save it as .docx.", code="conversion_failed") from exc
        result = out_dir / "input.docx"
        if proc.returncode != 0 or not result.is_file():
            raise _failed(err.decode("utf-8", "replace")[-500:])
        return result.read_bytes()


def _kill(proc: subprocess.Popen) -> None:
    try:
        if sys.platform != "win32":
            os.killpg(proc.pid, signal.SIGKILL)  # our own new session: only soffice's group
        else:
            proc.kill()
    except OSError:
        pass
    proc.communicate()
