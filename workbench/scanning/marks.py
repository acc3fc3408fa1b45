"""Classification marks as a grammar: level, ★, term (秘密★1年), and 密级 fields."""

from __future__ import annotations

import regex

from workbench.scanning.found import Found

# A space or two between the characters (秘 密★1年, 机  密) is how a 版头 is often typeset.
_LEVEL = r"(?:绝[ \t\u3000]{0,2}密|机[ \t\u3000]{0,2}密|秘[ \t\u3000]{0,2}密)"
# Level, star, term. The term may be a number of years or months, or 长期; a bare star is a
# mark with the term left out (older documents), scored a little lower.
_TERM = r"(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})[ \t]*(?:年|个月)|长期"
_MARK = regex.compile(rf"({_LEVEL})[ \t]*[★☆*][ \t]*({_TERM})?")
_FIELD = regex.compile(rf"密级[ \t]*[:：][ \t]*({_LEVEL})")
# A level alone on one of the first lines (the mark's place in the 版头) without the star.
_LONE = regex.compile(rf"(?m)^[ \t]*({_LEVEL})(?:级)?[ \t]*$")
_HEAD_CHARS = 400
_QUOTES_OPEN = "“\"‘'「『《"


def find_marks(text: str) -> list[Found]:
    """Classification marks in folded text."""
    out: list[Found] = []
    for m in _MARK.finditer(text):
        term = m.group(2)
        adjust = 0.0 if term else -0.1
        evidence = f"classification mark: level {m.group(1)}, ★" + (f", term {term}" if term
                                                                     else " (no term)")
        if m.start() < _HEAD_CHARS:
            evidence += ", at the top of the document"
        out.append(Found("classification_mark", m.start(), m.end(),
                         adjust + _quoted(text, m.start(), m.end()), evidence))
    for m in _FIELD.finditer(text):
        out.append(Found("classification_mark", m.start(), m.end(),
                         -0.05 + _quoted(text, m.start(), m.end()),
                         f"密级 field set to {m.group(1)}"))
    for m in _LONE.finditer(text, 0, _HEAD_CHARS):
        out.append(Found("classification_mark", m.start(1), m.end(1), -0.12,
                         f"level {m.group(1)} alone on a line at the top of the document"))
    return out


def _quoted(text: str, start: int, end: int) -> float:
    """A mark written inside quotation marks is being talked about, not applied."""
    before = text[max(0, start - 1):start]
    after = text[end:end + 1]
    if before and before in _QUOTES_OPEN and after and after in "”\"’'」』》":
        return -0.5
    return 0.0
