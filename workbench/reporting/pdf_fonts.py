"""The CJK font of the PDF exports: an embedded TrueType font if the PC has one, else STSong-Light.

Why two choices (tested, see README "Exports"):

* ``STSong-Light`` is reportlab's built-in CID font: it needs no font file, so a PDF can be written
  on any machine. But it is *not embedded*: a viewer draws it with a Chinese font of its own
  (every Chinese Windows/UOS/Kylin PC and Adobe Reader have one), and reading its text back needs
  the Adobe-GB1 tables (``poppler-data`` for pdftotext). Without them a viewer shows blanks.
* A TrueType CJK font (SimSun/SimHei/YaHei on Windows, WenQuanYi or AR PL on Linux) is embedded
  as a subset with a Unicode map: the PDF is self-contained, readable and searchable anywhere.
  reportlab cannot embed CFF-flavoured OpenType (Noto/Source Han ``.otf``/``.ttc``): those are
  tried and skipped.

``WORKBENCH_PDF_FONT`` names a TrueType file to use instead (a department's 方正 or 宋体 file).
"""

from __future__ import annotations

import functools
import logging
import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFError, TTFont

log = logging.getLogger(__name__)

CID_FONT = "STSong-Light"
EMBEDDED_FONT = "WorkbenchCJK"
#: Latin monospace for hashes: a PDF base font, always available, never embedded.
MONO_FONT = "Courier"

_ENV = "WORKBENCH_PDF_FONT"
_PROBE_TEXT = "审查表主动公开依申请不予〔〕"


@dataclass(frozen=True)
class PdfFont:
    name: str  # the name to pass to reportlab
    embedded: bool
    source: str  # the font file, or the CID font's name


def _windows_candidates() -> list[Path]:
    fonts = Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"
    return [fonts / name for name in ("simsun.ttc", "simhei.ttf", "msyh.ttc", "simfang.ttf")]


_LINUX_CANDIDATES = [
    Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
    Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
    Path("/usr/share/fonts/truetype/arphic/uming.ttc"),
    Path("/usr/share/fonts/truetype/arphic/ukai.ttc"),
    Path("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"),
]


def _fontconfig_candidates() -> list[Path]:
    """TrueType-outline Chinese fonts fontconfig knows (UOS/Kylin ship their own families)."""
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        return []
    try:
        result = subprocess.run([fc_list, ":lang=zh:fontformat=TrueType", "file"],
                                capture_output=True, text=True, timeout=10, check=False)
    except (OSError, subprocess.SubprocessError):
        return []
    files = {line.strip().rstrip(":") for line in result.stdout.splitlines() if line.strip()}
    return [Path(name) for name in sorted(files)]


def candidate_files() -> list[Path]:
    """Font files to try, best first."""
    override = os.environ.get(_ENV)
    found = [Path(override)] if override else []
    found += _windows_candidates() if os.name == "nt" else _LINUX_CANDIDATES
    found += _fontconfig_candidates()
    return found


def _try_truetype(path: Path) -> TTFont | None:
    if not path.is_file():
        return None
    try:
        font = TTFont(EMBEDDED_FONT, str(path), subfontIndex=0)
    except (TTFError, OSError, ValueError) as exc:  # CFF outlines, broken or unreadable files
        log.debug("cannot embed %s: %s", path, exc)
        return None
    face = font.face
    # A face without the common hanzi would print boxes: not a usable CJK font.
    if not all(ord(ch) in face.charToGlyph for ch in _PROBE_TEXT):
        return None
    return font


@functools.cache
def cjk_font() -> PdfFont:
    """Register (once) and return the CJK font every PDF export uses."""
    for path in candidate_files():
        font = _try_truetype(path)
        if font is not None:
            pdfmetrics.registerFont(font)
            log.info("PDF exports embed %s", path)
            return PdfFont(EMBEDDED_FONT, embedded=True, source=str(path))
    pdfmetrics.registerFont(UnicodeCIDFont(CID_FONT))
    log.info("no embeddable CJK TrueType font found: PDF exports use %s", CID_FONT)
    return PdfFont(CID_FONT, embedded=False, source=CID_FONT)
