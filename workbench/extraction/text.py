"""The plain-text reader: decode (see encoding.py), normalise line ends, one segment a line."""

from __future__ import annotations

from workbench.extraction.builder import TextBuilder
from workbench.extraction.encoding import decode
from workbench.extraction.model import ExtractedText, Location


def read_text(data: bytes) -> ExtractedText:
    """Extract a .txt file: CRLF and CR become LF; ``line`` is the 1-based line in the file.

    Raises:
        InputFileError: binary_junk.
    """
    raw, codec = decode(data)
    text = raw.replace("\r\n", "\n").replace("\r", "\n")
    builder = TextBuilder()
    for number, line in enumerate(text.split("\n"), start=1):
        if number > 1:
            builder.separator("\n")  # keep empty lines: the text stays the file's text
        builder.add(line, Location(part="text", line=number))
    assert builder.text() == text
    return ExtractedText(text=text, format="txt", segments=builder.segments, encoding=codec)
