"""Line breaks a printed layout put inside a sentence, read as if they were not there.

A PDF's text comes back one printed line at a time (公文 are set 28 characters a line, GB/T
9704), so a sentence, a clause, a table-free record or a name can be cut by a line break
wherever the line ran full, and a page number can stand in the middle of a sentence. The
scanner reads sentences, clauses and rows by their line breaks; it reads such a text with
the breaks of full lines, and the page-number lines between them, turned into zero-width
spaces, which folding then drops (``normalize``); the folded text's offset map still leads
back to the original.

A text is taken as laid out only when many of its lines run to one common width without
ending a sentence; a text from Word, one paragraph a line, has no such width and is left
as it is.
"""

from __future__ import annotations

import re

import numpy as np

from workbench.scanning.codepoints import code_points

#: Dropped by folding (normalize.ZERO_WIDTH), so a name or a number cut by a line is whole.
ZERO_WIDTH_SPACE = "\u200b"
#: What ends a paragraph, a heading's lead-in or a record (full-width forms and their folds).
_ENDS = frozenset("。！？；：!?;:")
_END_CODES = np.array([ord(c) for c in _ENDS], dtype=np.uint32)
#: A line that opens a new item: 一、 （二） 3. (4) 5、 第六条 附件 ① …
_ITEM = re.compile(r"[ \u3000]*(?:[一二三四五六七八九十]+[、.．]"
                   r"|[(（][一二三四五六七八九十0-9]+[)）]|[0-9]+[、.．)）]"
                   r"|第[一二三四五六七八九十百0-9]+[条章节款项]|附件|附表|[①-⑳])")
#: A page number on a line of its own: — 3 —, -3-, 第3页, 第3页 共10页, 3/10.
_PAGE_NUMBER = re.compile(r"[ \u3000]*(?:[—–－-]+[ \u3000]*[0-9]+[ \u3000]*[—–－-]+"
                          r"|第[ \u3000]*[0-9]+[ \u3000]*页(?:[ \u3000]*共[ \u3000]*[0-9]+"
                          r"[ \u3000]*页)?|[0-9]+[ \u3000]*/[ \u3000]*[0-9]+)[ \u3000]*")
#: Column alignment: a table whose cells are set apart by tabs, bars or spaces (three
#: single spaces too: 赵某 男 2023061008 82.35, but not those that group a number's digits:
#: 手机 137 7103 4582).
_ALIGNED = ("\t", "|", "｜", "  ", "\u3000")
_ALIGNED_SPACES = 3
_GROUPING_SPACE = re.compile(r"(?<=[0-9]) (?=[0-9])")
#: No page number line is longer.
_PAGE_NUMBER_CHARS = 24
#: A line that opens a field of a record (被处罚单位：…, 统一社会信用代码：…), a date line
#: under a signature, or a paragraph (indented, as paragraphs are set).
_NEW_LINE = re.compile(r"[ \u3000]*[^\s，,。：:]{1,12}[：:]|(?:19|20)[0-9]{2}年|二[〇○零]"
                       r"|[ \u3000]")
#: What may close a line after the mark that ends its sentence (。】, ？”; a carriage return
#: when the text came with Windows line ends).
_CLOSERS = " \u3000\r】）)」』”’\"'"
#: A line this close to the common width ran full.
_FULL = 0.8
#: At least this many full lines that end no sentence make a text laid out.
_MIN_FULL_LINES = 3
_MIN_FULL_SHARE = 0.25


def _is_body(line: str) -> bool:
    """A line of running text: not blank, not a table row, not a page number."""
    inner = line.strip(" \u3000")
    if not inner or any(mark in inner for mark in _ALIGNED) or _is_page_number(line):
        return False
    spaces = inner.count(" ")
    return spaces < _ALIGNED_SPACES or \
        spaces - len(_GROUPING_SPACE.findall(inner)) < _ALIGNED_SPACES


def _is_page_number(line: str) -> bool:
    return len(line) <= _PAGE_NUMBER_CHARS and _PAGE_NUMBER.fullmatch(line) is not None


def soft_breaks(text: str) -> list[int]:
    """Offsets in ``text`` to read as not there: the line breaks after lines that ran full
    and end no sentence (when the next line does not open something new), and the
    page-number lines standing between two halves of one sentence, with their breaks. A line
    that opens an item (一、, （二）, 3.), a field (地址：…), a date or an indented paragraph
    starts anew."""
    if text.count("\n") < 2 * _MIN_FULL_LINES:
        return []
    # Line widths in array operations (a long text has a hundred thousand lines); an ASCII
    # character takes half a place, as in print.
    codes = code_points(text)
    breaks = np.flatnonzero(codes == 10)
    starts = np.concatenate(([0], breaks + 1))
    ends = np.concatenate((breaks, [len(codes)]))
    ascii_before = np.concatenate(([0], np.cumsum(codes < 128)))
    width = (ends - starts) - 0.5 * (ascii_before[ends] - ascii_before[starts])
    filled = np.flatnonzero(width > 0)
    if len(filled) < 2 * _MIN_FULL_LINES:
        return []
    common = np.sort(width[filled])[int(0.8 * (len(filled) - 1))]
    # Most long lines of a text from Word end their paragraph with 。: dropped before any
    # line is looked at one by one.
    last = codes[np.maximum(ends - 1, 0)]
    long = np.flatnonzero((width >= _FULL * common) & ~np.isin(last, _END_CODES))
    enough = max(_MIN_FULL_LINES, _MIN_FULL_SHARE * len(filled))
    if len(long) < enough:
        return []
    lines = text.split("\n")
    full = [i for i in long.tolist()
            if lines[i].rstrip(_CLOSERS)[-1:] not in _ENDS and _is_body(lines[i])]
    if len(full) < enough:
        return []
    out: list[int] = []
    for i in full:
        j = i + 1
        while j < len(lines) and _is_page_number(lines[j]):
            j += 1
        if j >= len(lines) or not _is_body(lines[j]) or _ITEM.match(lines[j]) \
                or _NEW_LINE.match(lines[j]):
            continue
        out.append(int(ends[i]))  # the full line's break
        for k in range(i + 1, j):  # page numbers between: the line and its break
            out.extend(range(int(starts[k]), int(ends[k]) + 1))
    return out


def unwrapped(text: str) -> str:
    """``text`` with its ``soft_breaks`` turned into zero-width spaces, which folding drops
    (a wrapped e-mail address or number is whole again): same length, same offsets."""
    breaks = soft_breaks(text)
    if not breaks:
        return text
    pieces: list[str] = []
    last = 0
    for k in breaks:
        pieces.append(text[last:k])
        pieces.append(ZERO_WIDTH_SPACE)
        last = k + 1
    pieces.append(text[last:])
    return "".join(pieces)
