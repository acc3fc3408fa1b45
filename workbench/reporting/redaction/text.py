"""The .txt writer: masks in place, the original encoding, BOM and line endings kept."""

from __future__ import annotations

import codecs
import re

from workbench.extraction import ExtractedText
from workbench.reporting.redaction.masking import MaskPlan
from workbench.reporting.redaction.model import Stamp

_LINE_END = re.compile(r"(\r\n|\r|\n)")
_BOMS = {"utf-8-sig": codecs.BOM_UTF8, "utf-16-le": codecs.BOM_UTF16_LE,
         "utf-16-be": codecs.BOM_UTF16_BE, "utf-32-le": codecs.BOM_UTF32_LE,
         "utf-32-be": codecs.BOM_UTF32_BE}
# Characters a legacy codepage may lack, and what stands in for them there.
_FALLBACKS = {"■": "*", "【": "[", "】": "]"}
# Big5 files cannot hold the simplified forms of the attribute line.
_TRADITIONAL = str.maketrans({"开": "開", "发": "發", "请": "請"})


def _codec(extracted: ExtractedText) -> str:
    return extracted.encoding or "utf-8"


def _encodable(text: str, codec: str) -> str:
    """``text`` with mask characters the codec cannot write replaced by ASCII ones."""
    if _can(text, codec):
        return text
    return "".join(c if _can(c, codec) else _FALLBACKS.get(c, "*") for c in text)


def _can(text: str, codec: str) -> bool:
    try:
        text.encode(codec)
    except UnicodeEncodeError:
        return False
    return True


def _bom(data: bytes, codec: str) -> bytes:
    bom = _BOMS.get(codec, b"")
    return bom if bom and data.startswith(bom) else b""


def _base(codec: str) -> str:
    return "utf-8" if codec == "utf-8-sig" else codec


def decode_original(data: bytes, codec: str) -> str:
    """The file's text exactly as the reader decoded it (line endings not yet normalised)."""
    return data[len(_bom(data, codec)):].decode(_base(codec))


def write_text(data: bytes, extracted: ExtractedText, plan: MaskPlan,
               stamp: Stamp | None) -> tuple[bytes, list[str]]:
    """Mask ``data`` (a text file) by the plan; returns the new bytes and warnings."""
    warnings: list[str] = []
    codec = _codec(extracted)
    raw = decode_original(data, codec)
    pieces = _LINE_END.split(raw)
    lines, ends = pieces[0::2], pieces[1::2]
    # The reader's text is the lines joined by "\n": offsets map to (line, column) directly.
    starts, pos = [], 0
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    assert "\n".join(lines) == extracted.text, "text reader and writer disagree"
    new_lines = list(lines)
    for group in reversed(plan.groups):
        out = [group.output_at(o) for o in range(group.start, group.end)]
        if group.label is not None:
            out = [""] * len(out)
            first = next((i for i, o in enumerate(range(group.start, group.end))
                          if extracted.text[o] != "\n"), None)
            if first is not None:
                out[first] = group.label
        _apply(new_lines, starts, group.start, out, codec)
    text = _join(new_lines, ends)
    if stamp is not None:
        if not _can(stamp.text, codec):
            stamp = Stamp(stamp.text.translate(_TRADITIONAL), stamp.position)
        if _can(stamp.text, codec):
            text = _stamped(text, stamp, ends[0] if ends else "\n")
        else:
            warnings.append(f"stamp_unencodable:{codec}")
    return _bom(data, codec) + text.encode(_base(codec)), warnings


def _apply(lines: list[str], starts: list[int], start: int, out: list[str], codec: str) -> None:
    """Replace characters from ``start`` on by ``out`` (line breaks inside stay breaks)."""
    by_line: dict[int, dict[int, str]] = {}
    for i, piece in enumerate(out):
        offset = start + i
        line = _line_of(starts, offset)
        column = offset - starts[line]
        if column >= len(lines[line]):
            continue  # the "\n" between lines: a line break is never masked
        by_line.setdefault(line, {})[column] = _encodable(piece, codec)
    for line, columns in by_line.items():
        chars = list(lines[line])
        for column, piece in columns.items():
            chars[column] = piece
        lines[line] = "".join(chars)


def _line_of(starts: list[int], offset: int) -> int:
    lo, hi = 0, len(starts) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if starts[mid] <= offset:
            lo = mid
        else:
            hi = mid - 1
    return lo


def _join(lines: list[str], ends: list[str]) -> str:
    out = []
    for i, line in enumerate(lines):
        out.append(line)
        if i < len(ends):
            out.append(ends[i])
    return "".join(out)


def _stamped(text: str, stamp: Stamp, newline: str) -> str:
    if stamp.position == "header":
        return stamp.text + newline + text
    if text and not text.endswith(("\n", "\r")):
        text += newline
    return text + stamp.text + newline
