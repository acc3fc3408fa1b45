"""Finds PDF fonts whose glyphs cannot be mapped to Unicode (no ToUnicode, identity codes).

PDFium returns the raw character code for such glyphs, which looks like ordinary (if odd)
Unicode: without this check a 公文 set in 方正小标宋 without a ToUnicode map would come out as
confident garbage. pikepdf (qpdf) reads the font dictionaries; it is fast and already pinned.
"""

from __future__ import annotations

import io
import logging
import re

import pikepdf
from pdfminer.glyphlist import glyphname2unicode

log = logging.getLogger(__name__)

_CJK_ORDERINGS = {"GB1", "CNS1", "Japan1", "Korea1", "KR"}  # PDFium maps these CIDs itself
_UNI_NAME = re.compile(r"^(uni[0-9A-Fa-f]{4,}|u[0-9A-Fa-f]{4,6})$")
_MAX_DEPTH = 4


def strip_subset(name: str) -> str:
    """``ABCDEF+SimSun`` -> ``SimSun`` (the subset tag differs between tools)."""
    name = name.lstrip("/")
    return name[7:] if len(name) > 7 and name[6] == "+" and name[:6].isupper() else name


def _names_known(encoding: object) -> bool:
    if not isinstance(encoding, pikepdf.Dictionary) or "/Differences" not in encoding:
        return True
    for item in encoding.Differences:
        if isinstance(item, pikepdf.Name):
            name = str(item)[1:]
            if name not in glyphname2unicode and not _UNI_NAME.match(name) and name != ".notdef":
                return False
    return True


def font_is_unmapped(font: pikepdf.Object) -> bool:
    """True when the font gives no trustworthy path from its codes to Unicode."""
    if not isinstance(font, pikepdf.Dictionary) or "/ToUnicode" in font:
        return False
    subtype = str(font.get("/Subtype", ""))
    encoding = font.get("/Encoding")
    if subtype == "/Type0":
        if isinstance(encoding, pikepdf.Stream):
            return True  # an embedded CMap maps codes to CIDs, never to Unicode
        if str(encoding) in ("/Identity-H", "/Identity-V"):
            descendants = font.get("/DescendantFonts")
            try:
                ordering = str(descendants[0].CIDSystemInfo.Ordering)
            except (AttributeError, IndexError, KeyError, TypeError, ValueError):
                return True
            return ordering not in _CJK_ORDERINGS
        return False  # predefined CMaps (UniGB-UCS2-H ...) are Unicode-based
    if subtype == "/Type3" and encoding is None:
        return True
    return not _names_known(encoding)


def _scan(resources: object, found: set[str], seen: set[tuple[int, int]], depth: int) -> None:
    if not isinstance(resources, pikepdf.Dictionary) or depth > _MAX_DEPTH:
        return
    fonts = resources.get("/Font")
    if isinstance(fonts, pikepdf.Dictionary):
        for _, font in fonts.items():
            if font_is_unmapped(font):
                found.add(strip_subset(str(font.get("/BaseFont", "/"))))
    xobjects = resources.get("/XObject")
    if isinstance(xobjects, pikepdf.Dictionary):
        for _, xobj in xobjects.items():
            key = xobj.objgen
            if key != (0, 0) and key in seen:
                continue
            seen.add(key)
            if isinstance(xobj, pikepdf.Stream) and xobj.get("/Subtype") == "/Form":
                _scan(xobj.get("/Resources"), found, seen, depth + 1)


def unmapped_fonts(data: bytes) -> dict[int, set[str]] | None:
    """Page index -> base names of unmapped fonts used on it; None if qpdf cannot tell."""
    try:
        with pikepdf.open(io.BytesIO(data)) as pdf:
            out: dict[int, set[str]] = {}
            for index, page in enumerate(pdf.pages):
                found: set[str] = set()
                _scan(page.resources, found, set(), 0)  # includes inherited resources
                if found:
                    out[index] = found
            return out
    except Exception:  # a second opinion only: PDFium's own checks still run
        log.debug("font scan failed", exc_info=True)
        return None

