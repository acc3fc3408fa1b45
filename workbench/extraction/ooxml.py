"""XML helpers for Office Open XML parts: namespaces, a hardened parser, relationships."""

from __future__ import annotations

import posixpath

from lxml import etree

NS = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
    "rel": "http://schemas.openxmlformats.org/package/2006/relationships",
    "ct": "http://schemas.openxmlformats.org/package/2006/content-types",
    "cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
    "dc": "http://purl.org/dc/elements/1.1/",
    "dcterms": "http://purl.org/dc/terms/",
    "ep": "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
    "cust": "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties",
}


def qn(name: str) -> str:
    """``w:p`` -> ``{namespace}p`` (Clark notation, what lxml compares tags with)."""
    prefix, local = name.split(":")
    return f"{{{NS[prefix]}}}{local}"


# No DTDs, no entity expansion, no network: a document must not make us fetch or inflate
# anything (billion laughs, XXE). huge_tree stays off so absurdly deep trees are refused.
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                          dtd_validation=False, remove_comments=True, remove_pis=True)


def parse_xml(data: bytes) -> etree._Element:
    """Parse one XML part; raises ``etree.XMLSyntaxError`` (callers turn it into a warning)."""
    return etree.fromstring(data, parser=_PARSER)


def rels_path(part: str) -> str:
    """``word/document.xml`` -> ``word/_rels/document.xml.rels``."""
    folder, name = posixpath.split(part)
    return posixpath.join(folder, "_rels", name + ".rels")


def resolve_target(part: str, target: str) -> str:
    """A relationship target relative to its source part, as a zip member name."""
    if target.startswith("/"):
        return target.lstrip("/")
    return posixpath.normpath(posixpath.join(posixpath.dirname(part), target))


def relationships(root: etree._Element | None, part: str) -> dict[str, tuple[str, str]]:
    """Map rId -> (type suffix, member name) for internal relationships of ``part``."""
    out: dict[str, tuple[str, str]] = {}
    if root is None:
        return out
    for rel in root.iter(qn("rel:Relationship")):
        if rel.get("TargetMode") == "External":
            continue
        rid, rtype, target = rel.get("Id"), rel.get("Type", ""), rel.get("Target")
        if rid and target:
            out[rid] = (rtype.rsplit("/", 1)[-1], resolve_target(part, target))
    return out
