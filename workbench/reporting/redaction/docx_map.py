"""Offsets of the ExtractedText back to the XML text nodes of a .docx paragraph, and the masks.

The reader (``extraction/docx_walk.py``) counts ``Location.column`` in a paragraph's raw text:
every ``w:t``, ``w:delText`` and ``m:t`` in order, tabs as ``\\t``, breaks as ``\\n``. The walk
below is the same traversal, keeping the element of each piece, and every paragraph it touches
is checked against the reader's own ``paragraph_raw_text`` so the two can never drift apart.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from lxml import etree

from workbench.core.errors import WorkbenchError
from workbench.extraction.docx_walk import (
    M_T,
    MC_ALT,
    SKIPPED_TAGS,
    W_DELTEXT,
    W_P,
    W_T,
    W_TBL,
    W_TXBX,
    choose_alternative,
    mark_text,
    paragraph_raw_text,
)

XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
_TEXT_TAGS = (W_T, M_T, W_DELTEXT)


@dataclass(frozen=True)
class Atom:
    """One piece of a paragraph's raw text and the element it comes from."""

    element: etree._Element
    column: int
    text: str

    @property
    def editable(self) -> bool:
        """Text nodes take any replacement; tabs, breaks and symbols are single elements."""
        return self.element.tag in _TEXT_TAGS


def _collect(el: etree._Element, out: list[Atom], pos: list[int]) -> None:
    for child in el:
        tag = child.tag
        if not isinstance(tag, str) or tag in SKIPPED_TAGS:
            continue
        if tag in _TEXT_TAGS:
            text = child.text or ""
        elif (mark := mark_text(child)) is not None:
            text = mark
        elif tag in (W_TXBX, W_P, W_TBL):
            continue  # read as paragraphs of their own
        elif tag == MC_ALT:
            chosen = choose_alternative(child)
            if chosen is not None:
                _collect(chosen, out, pos)
            continue
        else:
            _collect(child, out, pos)
            continue
        if text:
            out.append(Atom(child, pos[0], text))
            pos[0] += len(text)


class PartMasks:
    """The masks to apply to one XML part, collected by (paragraph, column) then applied."""

    def __init__(self, name: str, root: etree._Element) -> None:
        self.name = name
        self.root = root
        self._paras = list(root.iter(W_P))  # the reader's paragraph numbering
        self._atoms: dict[int, list[Atom]] = {}
        self.edits: dict[int, dict[int, str]] = {}

    def atoms(self, paragraph: int) -> list[Atom]:
        if paragraph not in self._atoms:
            if not 0 <= paragraph < len(self._paras):
                raise _mismatch(self.name, paragraph)
            p = self._paras[paragraph]
            atoms: list[Atom] = []
            _collect(p, atoms, [0])
            if "".join(a.text for a in atoms) != paragraph_raw_text(p):
                raise _mismatch(self.name, paragraph)
            self._atoms[paragraph] = atoms
        return self._atoms[paragraph]

    def atom_at(self, paragraph: int, column: int) -> Atom | None:
        atoms = self.atoms(paragraph)
        i = bisect.bisect_right([a.column for a in atoms], column) - 1
        if i >= 0 and column < atoms[i].column + len(atoms[i].text):
            return atoms[i]
        return None

    def set(self, paragraph: int, column: int, output: str) -> None:
        if self.atom_at(paragraph, column) is None:
            raise _mismatch(self.name, paragraph)
        self.edits.setdefault(paragraph, {})[column] = output

    def apply(self) -> int:
        """Write the collected outputs into the XML; returns the number of paragraphs changed."""
        for paragraph, edits in self.edits.items():
            for atom in self.atoms(paragraph):
                _apply_atom(atom, edits)
        return len(self.edits)


def _apply_atom(atom: Atom, edits: dict[int, str]) -> None:
    if atom.editable:
        new = "".join(edits.get(atom.column + i, ch) for i, ch in enumerate(atom.text))
        if new != atom.text:
            atom.element.text = new
            # Word drops leading/trailing spaces of a w:t unless told to keep them.
            if new != new.strip():
                atom.element.set(XML_SPACE, "preserve")
        return
    if atom.column not in edits or edits[atom.column] == atom.text:
        return
    output = edits[atom.column]
    parent = atom.element.getparent()
    if output:
        # A masked symbol (the ★ of a classification mark) becomes text in the same run.
        text = etree.Element(W_T)
        text.text = output
        parent.replace(atom.element, text)
    else:
        parent.remove(atom.element)


def _mismatch(part: str, paragraph: int) -> WorkbenchError:
    return WorkbenchError(
        f"The redaction map does not fit the document ({part}, paragraph {paragraph}): the "
        "file was read differently when it was reviewed. Scan it again.",
        code="redaction_mismatch", part=part, paragraph=paragraph)
