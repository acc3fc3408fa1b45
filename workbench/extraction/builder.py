"""TextBuilder: appends located pieces of text into one string and its segment map."""

from __future__ import annotations

from workbench.extraction.model import Location, Segment


class TextBuilder:
    """Collects text line by line; every non-empty piece becomes a Segment.

    Lines are separated by ``\\n`` (or another separator the caller asks for, e.g. ``\\t``
    between table cells of one row). Separators belong to no segment, so ``location_at`` returns
    None for them, as the ``ExtractedText`` contract says.
    """

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._length = 0
        self._line_open = False
        self.segments: list[Segment] = []

    @property
    def length(self) -> int:
        return self._length

    def new_line(self, separator: str = "\n") -> None:
        """End the current line; the next piece starts after ``separator``.

        Nothing is written before the first line, so the text never starts with a separator.
        """
        if self._line_open:
            self._write(separator)
            self._line_open = False

    def separator(self, text: str) -> None:
        """Write characters that belong to no segment (e.g. the newline after an empty line)."""
        self._write(text)

    def add(self, text: str, location: Location | None) -> None:
        """Append ``text`` to the current line, as one segment at ``location``.

        Args:
            text: The characters, verbatim.
            location: Where they sit; None for characters the reader inserted itself.
        """
        if not text:
            return
        start = self._length
        self._write(text)
        self._line_open = True
        if location is None:
            return
        last = self.segments[-1] if self.segments else None
        if last is not None and last.end == start and last.location == location:
            # Same location continuing (e.g. one run after another): one segment, not two.
            self.segments[-1] = Segment(last.start, self._length, location)
        else:
            self.segments.append(Segment(start, self._length, location))

    def _write(self, text: str) -> None:
        self._parts.append(text)
        self._length += len(text)

    def text(self) -> str:
        return "".join(self._parts)
