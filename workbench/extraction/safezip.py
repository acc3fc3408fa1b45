"""A zip reader that refuses zip bombs and reports damage as InputFileError."""

from __future__ import annotations

import io
import zipfile

from workbench.core.errors import InputFileError
from workbench.extraction.limits import Limits

_CHUNK = 1024 * 1024


def _bomb(detail: str) -> InputFileError:
    return InputFileError(
        f"The file looks like a zip bomb ({detail}): it was not opened. "
        "Ask the author to save it again from Word or WPS.",
        code="zip_bomb",
    )


class SafeZip:
    """Opens a zip from bytes, checks its central directory against the limits, reads members.

    Declared sizes can lie, so reading also counts the bytes actually inflated.
    """

    def __init__(self, data: bytes, limits: Limits, *, kind: str = "document") -> None:
        self._limits = limits
        self._read_total = 0
        try:
            self._zip = zipfile.ZipFile(io.BytesIO(data))
            infos = self._zip.infolist()
        except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError,
                NotImplementedError, IndexError, KeyError, OverflowError) as exc:
            raise InputFileError(
                f"The {kind} is damaged (its zip structure cannot be read): ask the author for "
                "a fresh copy, or open it in Word/WPS and save it again.",
                code="corrupt_file", detail=str(exc),
            ) from exc
        if len(infos) > limits.max_zip_members:
            raise _bomb(f"{len(infos)} parts, limit {limits.max_zip_members}")
        total = sum(max(i.file_size, 0) for i in infos)
        if total > limits.max_zip_uncompressed_bytes:
            raise _bomb(f"{total} bytes uncompressed, limit {limits.max_zip_uncompressed_bytes}")
        for info in infos:
            if info.file_size >= limits.zip_ratio_min_bytes:
                ratio = info.file_size / max(info.compress_size, 1)
                if ratio > limits.max_zip_ratio:
                    raise _bomb(f"part {info.filename} compressed {ratio:.0f}:1")
        # Later members win, as in zipfile itself; names are case-sensitive in OOXML.
        self._infos = {i.filename: i for i in infos}
        self.kind = kind

    def names(self) -> list[str]:
        return list(self._infos)

    def has(self, name: str) -> bool:
        return name in self._infos

    def is_encrypted(self, name: str) -> bool:
        info = self._infos.get(name)
        return bool(info is not None and info.flag_bits & 0x1)

    def read(self, name: str) -> bytes:
        """The member's bytes, inflated under the size caps.

        Raises:
            InputFileError: corrupt_file for a damaged member, zip_bomb when it inflates too far.
        """
        info = self._infos[name]
        cap = self._limits.max_zip_uncompressed_bytes - self._read_total
        out = bytearray()
        try:
            with self._zip.open(info) as fh:
                while chunk := fh.read(_CHUNK):
                    out += chunk
                    if len(out) > cap:
                        raise _bomb(f"part {name} inflates beyond the limit")
                    if (len(out) >= self._limits.zip_ratio_min_bytes
                            and len(out) / max(info.compress_size, 1) > self._limits.max_zip_ratio):
                        raise _bomb(f"part {name} inflates more than "
                                    f"{self._limits.max_zip_ratio:.0f}:1")
        except InputFileError:
            raise
        except RuntimeError as exc:  # zipfile raises RuntimeError for encrypted members
            raise InputFileError(
                f"A part of the {self.kind} is password-protected: remove the password in "
                "Word/WPS, or ask the author for an unprotected copy.",
                code="encrypted",
            ) from exc
        except Exception as exc:  # zlib.error, BadZipFile (CRC), EOFError, OSError, ...
            raise InputFileError(
                f"The {self.kind} is damaged (part {name} cannot be unpacked): ask the author "
                "for a fresh copy, or open it in Word/WPS and save it again.",
                code="corrupt_file", detail=f"{type(exc).__name__}: {exc}",
            ) from exc
        self._read_total += len(out)
        return bytes(out)
