"""Tables pasted from Word or a spreadsheet into a draft: their heading rows, the cells under
one heading read row by row until the table ends, and the rows that give one enterprise's
figures."""

from __future__ import annotations

from collections.abc import Iterator

import regex

#: Where a table's cells divide: tabs, or two or more blanks (a table pasted from Word).
_CELL_GAP = regex.compile(r"\t|[ \u3000]{2,}")
#: A cell: text that may hold single blanks (a padded name, 李 芳) but no gap.
_CELL = regex.compile(r"[^\t \u3000](?:[^\t \u3000]|[ \u3000](?![\t \u3000]))*")
_BLANKS = " \t\u3000"
#: How many rows below its heading a column is read.
_COLUMN_ROWS = 200


def heading_rows(text: str, word: str) -> Iterator[tuple[list[str], int]]:
    """The lines of ``text`` holding ``word`` split into cells (a heading row has three or
    more), each with the offset where the line ends."""
    at = text.find(word)
    while at >= 0:
        start = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        heads = _CELL_GAP.split(text[start:end].strip(_BLANKS))
        if len(heads) >= 3:
            yield heads, end
        at = text.find(word, end)


def column_cells(text: str, heading_end: int, column: int, width: int
                 ) -> Iterator[tuple[int, int]]:
    """Spans of the cells in ``column`` of the rows below a heading row of ``width`` cells
    ending at ``heading_end``, until a line that is no row (a paragraph, a blank line)."""
    pos = heading_end
    for _ in range(_COLUMN_ROWS):
        if pos >= len(text):
            return
        nxt = text.find("\n", pos + 1)
        nxt = len(text) if nxt < 0 else nxt
        line = text[pos + 1:nxt]
        lead = len(line) - len(line.lstrip(_BLANKS))
        cells = list(_CELL.finditer(line, lead))
        if len(cells) < max(2, width - 2):
            return  # the table ended
        if column < len(cells):
            yield pos + 1 + cells[column].start(), pos + 1 + cells[column].end()
        pos = nxt


#: A cell naming an enterprise (…有限公司, …加工厂, …专业合作社).
_ENTERPRISE = regex.compile(r"\p{Han}{2,}(?:公司|厂|合作社|集团|商行|中心|码头)$")
#: A cell holding a figure (9,846; 19.6; 66.5%; -3.1).
_FIGURE_CELL = regex.compile(r"[-+－]?[0-9][0-9,，.]*[%‰]?")
#: How many figures a row needs besides its enterprise.
_ROW_FIGURES = 2


def enterprise_figure_rows(text: str) -> Iterator[tuple[int, int]]:
    """Spans of the table rows that name an enterprise (in the first or second cell, after a
    serial number) followed by figures only: one company's own numbers, a row per company."""
    pos = text.find("\t")
    while pos >= 0:
        start = text.rfind("\n", 0, pos) + 1
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line = text[start:end]
        lead = len(line) - len(line.lstrip(_BLANKS))
        cells = [m.group() for m in _CELL.finditer(line, lead)]
        if cells and _FIGURE_CELL.fullmatch(cells[0]) and len(cells) > 1:
            cells = cells[1:]  # a serial number
        if (len(cells) > _ROW_FIGURES and _ENTERPRISE.search(cells[0])
                and all(_FIGURE_CELL.fullmatch(c) for c in cells[1:])):
            yield start + lead, start + len(line.rstrip(_BLANKS))
        pos = text.find("\t", end)
