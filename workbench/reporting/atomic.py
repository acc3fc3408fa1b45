"""Write an export next to its target and rename it into place, returning the file's SHA-256."""

from __future__ import annotations

import errno
import hashlib
import logging
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from workbench.core.errors import EnvironmentProblem, ValidationError

log = logging.getLogger(__name__)

_CHUNK = 1 << 20
#: OS errors the person can fix (space, permissions, a file held open by WPS/Excel).
_DISK_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def check_target(path: str | os.PathLike[str]) -> Path:
    """Refuse targets that can never be written, before any work is done."""
    if not isinstance(path, str | os.PathLike) or not os.fspath(path):
        raise ValidationError("No output file was given.", code="export_path")
    target = Path(path)
    if target.is_dir():
        raise ValidationError(f"{target} is a folder, not a file name.", code="export_path",
                              path=str(target))
    if not target.parent.is_dir():
        raise EnvironmentProblem(f"The folder {target.parent} does not exist.",
                                 code="export_folder_missing", path=str(target))
    return target


def write_atomically(path: str | os.PathLike[str], write: Callable[[Path], None]) -> str:
    """Let ``write`` fill a temporary file beside ``path``, then rename it over ``path``.

    A crash or an error leaves either the old file or none, never half a file: the temporary
    file is in the same folder (so the rename is atomic) and is removed on failure.

    Args:
        path: The file to create or replace.
        write: Writes the whole export to the path it is given.

    Returns:
        The SHA-256 (hex) of the file as written.

    Raises:
        EnvironmentProblem: The folder is missing or not writable, the disk is full, or the
            target is held open by another program.
    """
    target = check_target(path)
    try:
        fd, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part",
                                         dir=target.parent)
    except OSError as exc:
        raise _environment(exc, target) from exc
    os.close(fd)
    temp = Path(temp_name)
    try:
        write(temp)
        with temp.open("rb+") as handle:
            os.fsync(handle.fileno())  # the bytes are on disk before the name points at them
        digest = sha256_of(temp)
        os.replace(temp, target)
    except OSError as exc:
        _discard(temp)
        raise _environment(exc, target) from exc
    except BaseException:
        _discard(temp)
        raise
    log.info("wrote %s (sha256 %s)", target, digest)
    return digest


def _discard(temp: Path) -> None:
    try:
        temp.unlink(missing_ok=True)
    except OSError:  # nothing more to do: the name starts with a dot and ends with .part
        log.warning("could not remove the temporary file %s", temp)


def _environment(exc: OSError, target: Path) -> EnvironmentProblem:
    if exc.errno in _DISK_FULL:
        return EnvironmentProblem(f"The disk is full; {target} was not written.",
                                  code="disk_full", path=str(target))
    if isinstance(exc, PermissionError):
        return EnvironmentProblem(
            f"{target} cannot be written: no permission, or the file is open in another "
            "program.", code="export_not_writable", path=str(target))
    return EnvironmentProblem(f"{target} could not be written: {exc.strerror or exc}.",
                              code="export_failed", path=str(target))
