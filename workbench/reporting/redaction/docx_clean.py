"""What a published .docx must not carry: tracked changes, comments, authors, hidden copies."""

from __future__ import annotations

import posixpath

from lxml import etree

from workbench.extraction.docx_props import APP_PART, CORE_PART, CUSTOM_PART
from workbench.extraction.docx_walk import MC_ALT, MC_CHOICE, MC_FALLBACK, W_DELTEXT, W_P, W_T
from workbench.extraction.ooxml import NS, qn, resolve_target

W_DEL, W_INS, W_MOVEFROM, W_MOVETO = qn("w:del"), qn("w:ins"), qn("w:moveFrom"), qn("w:moveTo")
_MARK_PARENTS = frozenset(qn(t) for t in ("w:rPr", "w:trPr", "w:tcPr", "w:pPr"))
#: Records of formatting changes (they hold the *old* formatting) and tracked-range markers.
_CHANGE_RECORDS = frozenset(qn(t) for t in (
    "w:rPrChange", "w:pPrChange", "w:sectPrChange", "w:tblPrChange", "w:tblPrExChange",
    "w:trPrChange", "w:tcPrChange", "w:tblGridChange", "w:numberingChange", "w:cellIns",
    "w:cellDel", "w:cellMerge", "w:moveFromRangeStart", "w:moveFromRangeEnd",
    "w:moveToRangeStart", "w:moveToRangeEnd", "w:customXmlInsRangeStart",
    "w:customXmlInsRangeEnd", "w:customXmlDelRangeStart", "w:customXmlDelRangeEnd",
    "w:customXmlMoveFromRangeStart", "w:customXmlMoveFromRangeEnd",
    "w:customXmlMoveToRangeStart", "w:customXmlMoveToRangeEnd", "w:delInstrText",
))
_COMMENT_MARKS = frozenset(qn(t) for t in ("w:commentRangeStart", "w:commentRangeEnd"))
W_COMMENT_REF = qn("w:commentReference")
#: Relationship types whose parts are dropped whole (comments and their people, custom
#: properties, the first-page thumbnail that shows the unredacted text, building blocks).
DROP_TYPES = frozenset({
    "comments", "commentsExtended", "commentsIds", "commentsExtensible", "people",
    "custom-properties", "thumbnail", "glossaryDocument",
})
_CORE_KEEP = frozenset({qn("dc:title"), f"{{{NS['dc']}}}language"})
_APP_DROP = frozenset(f"{{{NS['ep']}}}{t}" for t in (
    "Company", "Manager", "Template", "HyperlinkBase", "TitlesOfParts", "HeadingPairs"))
_SETTINGS_DROP = frozenset(qn(t) for t in ("w:attachedTemplate", "w:docVars",
                                           "w:trackRevisions", "w:rsids"))


def _unwrap(el: etree._Element) -> None:
    """Replace ``el`` by its children (an accepted insertion keeps its runs)."""
    parent = el.getparent()
    index = parent.index(el)
    for offset, child in enumerate(list(el)):
        parent.insert(index + offset, child)
    if el.tail:
        el.tail = None
    parent.remove(el)


def _ancestor(el: etree._Element, tag: str) -> etree._Element | None:
    node = el.getparent()
    while node is not None and node.tag != tag:
        node = node.getparent()
    return node


def accept_changes(root: etree._Element) -> int:
    """Accept every tracked change in one part; returns how many marks were resolved."""
    count = 0
    # Paragraphs whose own mark was deleted: once their text is gone they go too.
    deleted_marks = [p for p in root.iter(W_P)
                     if p.find(f"{qn('w:pPr')}/{qn('w:rPr')}/{W_DEL}") is not None]
    for el in list(root.iter(W_DEL, W_MOVEFROM)):
        parent = el.getparent()
        if parent is None:
            continue
        count += 1
        if parent.tag == qn("w:trPr"):  # a deleted table row goes with its row
            row = _ancestor(el, qn("w:tr"))
            if row is not None and row.getparent() is not None:
                row.getparent().remove(row)
                continue
        parent.remove(el)  # a deleted run/paragraph mark: the deletion is accepted
    for el in list(root.iter(W_INS, W_MOVETO)):
        parent = el.getparent()
        if parent is None:
            continue
        count += 1
        if parent.tag in _MARK_PARENTS:
            parent.remove(el)
        else:
            _unwrap(el)
    for el in list(root.iter(*_CHANGE_RECORDS, W_DELTEXT)):
        if el.getparent() is not None:
            count += 1
            el.getparent().remove(el)
    for p in deleted_marks:
        parent = p.getparent()
        empty = not any(True for _ in p.iter(W_T, qn("w:drawing"), qn("w:pict")))
        following = p.getnext()
        if parent is not None and empty and following is not None and following.tag == W_P:
            parent.remove(p)
    return count


def remove_comment_marks(root: etree._Element) -> int:
    count = 0
    for el in list(root.iter(*_COMMENT_MARKS, W_COMMENT_REF)):
        run = el.getparent()
        run.remove(el)
        count += 1
        # The run that only carried the reference mark goes too.
        if el.tag == W_COMMENT_REF and all(c.tag == qn("w:rPr") for c in run):
            run.getparent().remove(run)
    return count


def drop_fallback_copies(root: etree._Element) -> int:
    """Remove ``mc:Fallback`` copies of text where the reader (and the masks) used the Choice.

    Word writes each text box twice; only the Choice was reviewed and masked.
    """
    count = 0
    for alt in list(root.iter(MC_ALT)):
        if not any(c.tag == MC_CHOICE for c in alt):
            continue
        for child in list(alt):
            if child.tag == MC_FALLBACK and any(True for _ in child.iter(W_T, W_P)):
                alt.remove(child)
                count += 1
    return count


def clean_core(root: etree._Element, drop_title: bool) -> None:
    """Keep only the title (and language) of the core properties; authors and dates go."""
    for child in list(root):
        if child.tag not in _CORE_KEEP or (drop_title and child.tag == qn("dc:title")):
            root.remove(child)


def clean_app(root: etree._Element) -> None:
    for child in list(root):
        if child.tag in _APP_DROP:
            root.remove(child)


def clean_settings(root: etree._Element) -> None:
    for child in list(root):
        if child.tag in _SETTINGS_DROP:
            root.remove(child)


def parts_to_drop(rels: dict[str, etree._Element], names: set[str]) -> set[str]:
    """Members to remove: targets of dropped relationship types, their own .rels, and the
    comment parts a package may hold without a relationship."""
    drop = {CUSTOM_PART} & names
    for rels_name, root in rels.items():
        source = _source_of(rels_name)
        for rel in root.iter(qn("rel:Relationship")):
            if rel.get("TargetMode") == "External":
                continue
            if rel.get("Type", "").rsplit("/", 1)[-1] in DROP_TYPES:
                drop.add(resolve_target(source, rel.get("Target", "")))
    drop |= {n for n in names if posixpath.basename(n) in (
        "comments.xml", "commentsExtended.xml", "commentsIds.xml", "commentsExtensible.xml",
        "people.xml")}
    drop |= {n for n in names if n.startswith(("word/glossary/", "docProps/thumbnail"))}
    drop |= {_rels_of(n) for n in drop} & names
    return drop & names


def _source_of(rels_name: str) -> str:
    """``word/_rels/document.xml.rels`` -> ``word/document.xml``; ``_rels/.rels`` -> ``""``."""
    folder, name = posixpath.split(rels_name)
    return posixpath.join(posixpath.dirname(folder), name[:-len(".rels")])


def _rels_of(part: str) -> str:
    folder, name = posixpath.split(part)
    return posixpath.join(folder, "_rels", name + ".rels")


def unlink_parts(rels: dict[str, etree._Element], types: etree._Element | None,
                 dropped: set[str]) -> None:
    """Remove relationships and content-type overrides that point at dropped parts."""
    for rels_name, root in rels.items():
        source = _source_of(rels_name)
        for rel in list(root.iter(qn("rel:Relationship"))):
            if (rel.get("TargetMode") != "External"
                    and resolve_target(source, rel.get("Target", "")) in dropped):
                root.remove(rel)
    if types is not None:
        for override in list(types.iter(qn("ct:Override"))):
            if override.get("PartName", "").lstrip("/") in dropped:
                types.remove(override)


PROPERTY_PARTS = (CORE_PART, APP_PART)
