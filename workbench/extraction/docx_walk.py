"""Walks one WordprocessingML part (body, header, notes...) into located lines of text."""

from __future__ import annotations

from dataclasses import dataclass, replace

from lxml import etree

from workbench.extraction.builder import TextBuilder
from workbench.extraction.model import Location
from workbench.extraction.ooxml import qn

W_P, W_TBL, W_TR, W_TC = qn("w:p"), qn("w:tbl"), qn("w:tr"), qn("w:tc")
W_T, W_DELTEXT, W_TAB, W_BR, W_CR = qn("w:t"), qn("w:delText"), qn("w:tab"), qn("w:br"), qn("w:cr")
W_NBHYPHEN, W_SYM = qn("w:noBreakHyphen"), qn("w:sym")
W_INS, W_DEL, W_MOVETO, W_MOVEFROM = qn("w:ins"), qn("w:del"), qn("w:moveTo"), qn("w:moveFrom")
W_TXBX = qn("w:txbxContent")
W_AUTHOR = qn("w:author")
MC_ALT, MC_CHOICE, MC_FALLBACK = (qn("mc:AlternateContent"), qn("mc:Choice"),
                                  qn("mc:Fallback"))
M_T = "{http://schemas.openxmlformats.org/officeDocument/2006/math}t"

# Inside these there is formatting or field code, never text a reader sees. w:rPr/w:pPr also
# hold w:ins/w:del marks for formatting changes, which must not be taken for inserted text.
SKIPPED_TAGS = frozenset(qn(t) for t in (
    "w:pPr", "w:rPr", "w:tblPr", "w:trPr", "w:tcPr", "w:tblGrid", "w:sectPr", "w:instrText",
    "w:delInstrText", "w:fldChar", "w:lastRenderedPageBreak", "w:proofErr", "w:bookmarkStart",
    "w:bookmarkEnd", "w:commentRangeStart", "w:commentRangeEnd", "w:sdtPr", "w:sdtEndPr",
))
# Containers that may wrap rows or cells (content controls, custom XML).
_WRAPPERS = frozenset(qn(t) for t in ("w:sdt", "w:sdtContent", "w:customXml", "w:smartTag"))
# w:sym in a symbol font: the few code points that matter for classification marks.
_SYMBOLS = {0xF0AB: "★", 0xF0B5: "☆", 0xF06C: "●"}


@dataclass(frozen=True)
class _Piece:
    kind: str  # normal, inserted, deleted
    author: str | None
    text: str
    column: int


def choose_alternative(alt: etree._Element) -> etree._Element | None:
    """The branch of an ``mc:AlternateContent`` to read: the first Choice, else the Fallback.

    Word writes the same text box twice (DrawingML in the Choice, VML in the Fallback); reading
    both would duplicate every hit.
    """
    for child in alt:
        if child.tag == MC_CHOICE:
            return child
    for child in alt:
        if child.tag == MC_FALLBACK:
            return child
    return None


def children(el: etree._Element, tag: str):
    """Children with ``tag``, looking through content-control and custom-XML wrappers."""
    for child in el:
        if child.tag == tag:
            yield child
        elif child.tag in _WRAPPERS:
            yield from children(child, tag)


class PartWalker:
    """Emits the paragraphs of one XML part, in document order, into a TextBuilder.

    Args:
        root: The parsed part.
        xml_part: Its zip member name (goes into every Location).
        builder: Where text and segments go.
    """

    def __init__(self, root: etree._Element, xml_part: str, builder: TextBuilder) -> None:
        self.builder = builder
        self.xml_part = xml_part
        # Keeping the lists alive keeps lxml's element proxies (and so the dict keys) stable.
        self._paras = list(root.iter(W_P))
        self._tables = list(root.iter(W_TBL))
        self._p_index = {p: i for i, p in enumerate(self._paras)}
        self._t_index = {t: i for i, t in enumerate(self._tables)}
        self._pending_sep = "\n"

    def walk(self, el: etree._Element, base: Location) -> None:
        """Emit every paragraph and table under ``el`` (block level), located from ``base``."""
        for child in el:
            tag = child.tag
            if tag == W_P:
                self.paragraph(child, base)
            elif tag == W_TBL:
                self.table(child, base)
            elif tag == MC_ALT:
                chosen = choose_alternative(child)
                if chosen is not None:
                    self.walk(chosen, base)
            elif isinstance(tag, str) and tag not in SKIPPED_TAGS:
                self.walk(child, base)

    def table(self, tbl: etree._Element, base: Location) -> None:
        part = "table" if base.part == "body" else base.part
        t_index = self._t_index.get(tbl)
        for r, row in enumerate(children(tbl, W_TR)):
            for c, cell in enumerate(children(row, W_TC)):
                # Cells of one row share a line, tab-separated, so a name and the ID number
                # beside it stay in one context for the scanner.
                self._pending_sep = "\t" if c else "\n"
                self.walk(cell, replace(base, part=part, table=t_index, row=r, col=c))
            self._pending_sep = "\n"

    def paragraph(self, p: etree._Element, base: Location) -> None:
        pieces: list[_Piece] = []
        boxes: list[etree._Element] = []
        _inline(p, "normal", None, pieces, boxes, [0])
        loc = replace(base, paragraph=self._p_index.get(p), xml_part=self.xml_part)
        main = [x for x in pieces if x.kind != "deleted"]
        if main:
            self.builder.new_line(self._pending_sep)
            self._pending_sep = "\n"
            for piece in _merge(main):
                part = "inserted" if piece.kind == "inserted" else loc.part
                self.builder.add(piece.text, replace(loc, part=part, column=piece.column,
                                                     author=piece.author or loc.author))
        # Deleted text goes on lines of its own: interleaved with its replacement it would
        # garble both (an ID number with one digit changed would match neither version).
        for group in _deleted_groups(pieces):
            self.builder.new_line()
            for piece in _merge(group):
                self.builder.add(piece.text, replace(loc, part="deleted", column=piece.column,
                                                     author=piece.author or loc.author))
        for box in boxes:
            self.walk(box, replace(base, part="textbox", table=None, row=None, col=None))


def _inline(el: etree._Element, kind: str, author: str | None,
            pieces: list[_Piece], boxes: list[etree._Element], pos: list[int]) -> None:
    """Collect the text of a paragraph's inline content as pieces, in document order."""
    for child in el:
        tag = child.tag
        if not isinstance(tag, str) or tag in SKIPPED_TAGS:
            continue
        text: str | None = None
        if tag in (W_T, M_T):
            text = child.text or ""
        elif tag == W_DELTEXT:
            _add(pieces, pos, "deleted", author, child.text or "")
            continue
        elif (mark := mark_text(child)) is not None:
            text = mark
        elif tag in (W_INS, W_MOVETO):
            _inline(child, "inserted", child.get(W_AUTHOR), pieces, boxes, pos)
            continue
        elif tag in (W_DEL, W_MOVEFROM):
            _inline(child, "deleted", child.get(W_AUTHOR), pieces, boxes, pos)
            continue
        elif tag == W_TXBX:
            boxes.append(child)  # read after the paragraph, as its own lines
            continue
        elif tag == MC_ALT:
            chosen = choose_alternative(child)
            if chosen is not None:
                _inline(chosen, kind, author, pieces, boxes, pos)
            continue
        elif tag in (W_P, W_TBL):
            boxes.append(child)  # block content where inline was expected: read it anyway
            continue
        else:
            _inline(child, kind, author, pieces, boxes, pos)
            continue
        _add(pieces, pos, kind, author, text)


def _add(pieces: list[_Piece], pos: list[int], kind: str, author: str | None,
         text: str) -> None:
    if text:
        pieces.append(_Piece(kind, author if kind != "normal" else None, text, pos[0]))
        pos[0] += len(text)


def paragraph_raw_text(p: etree._Element) -> str:
    """The paragraph's raw text that ``Location.column`` counts in (for redaction in place)."""
    pieces: list[_Piece] = []
    _inline(p, "normal", None, pieces, [], [0])
    return "".join(x.text for x in pieces)


def mark_text(el: etree._Element) -> str | None:
    """The text one inline mark stands for (tab, line break, non-breaking hyphen, symbol);
    None for any other element. Shared with the redaction writer, so offsets agree."""
    tag = el.tag
    if tag == W_TAB:
        return "\t"
    if tag in (W_BR, W_CR):
        return "\n"
    if tag == W_NBHYPHEN:
        return "-"
    if tag == W_SYM:
        return _symbol(el)
    return None


def _symbol(el: etree._Element) -> str:
    try:
        code = int(el.get(qn("w:char"), ""), 16)
    except ValueError:
        return ""
    return _SYMBOLS.get(code | 0xF000 if code < 0x100 else code, "")


def _merge(pieces: list[_Piece]) -> list[_Piece]:
    """Join runs of the same kind and author that are contiguous in the raw text."""
    out: list[_Piece] = []
    for piece in pieces:
        last = out[-1] if out else None
        if (last is not None and last.kind == piece.kind and last.author == piece.author
                and last.column + len(last.text) == piece.column):
            out[-1] = _Piece(last.kind, last.author, last.text + piece.text, last.column)
        else:
            out.append(piece)
    return out


def _deleted_groups(pieces: list[_Piece]) -> list[list[_Piece]]:
    """Maximal stretches of deleted pieces with no surviving text between them."""
    groups: list[list[_Piece]] = []
    current: list[_Piece] = []
    for piece in pieces:
        if piece.kind == "deleted":
            current.append(piece)
        elif current:
            groups.append(current)
            current = []
    if current:
        groups.append(current)
    return groups
