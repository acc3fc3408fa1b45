"""The attribute line in a .docx: a centred paragraph in every footer (or header) of the file."""

from __future__ import annotations

from lxml import etree

from workbench.extraction.ooxml import NS, qn, resolve_target

_REL_BASE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
_CT_BASE = "application/vnd.openxmlformats-officedocument.wordprocessingml."


def stamp_paragraph(text: str) -> etree._Element:
    p = etree.Element(qn("w:p"), nsmap={"w": NS["w"]})
    ppr = etree.SubElement(p, qn("w:pPr"))
    etree.SubElement(ppr, qn("w:jc")).set(qn("w:val"), "center")
    run = etree.SubElement(p, qn("w:r"))
    etree.SubElement(run, qn("w:t")).text = text
    return p


def _new_part(kind: str, text: str) -> bytes:
    root = etree.Element(qn("w:hdr" if kind == "header" else "w:ftr"),
                         nsmap={"w": NS["w"], "r": NS["r"]})
    root.append(stamp_paragraph(text))
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def stamp_docx(kind: str, text: str, main: str, main_root: etree._Element,
               main_rels: etree._Element, types: etree._Element,
               parts: dict[str, etree._Element], names: set[str]) -> dict[str, bytes]:
    """Add the line to every ``kind`` part the sections use; create one if none is used.

    Args:
        kind: "header" or "footer".
        main, main_root, main_rels: the main document part, parsed, and its relationships.
        types: ``[Content_Types].xml``, parsed (a new part gets its override here).
        parts: parsed XML parts by member name (the stamped ones are changed in place).
        names: every member name of the package (to pick a free name).

    Returns:
        New members to add (name -> bytes): empty unless a part had to be created.
    """
    ref_tag = qn(f"w:{kind}Reference")
    targets: dict[str, str] = {}
    for rel in main_rels.iter(qn("rel:Relationship")):
        if rel.get("Type", "").endswith("/" + kind) and rel.get("TargetMode") != "External":
            targets[rel.get("Id", "")] = resolve_target(main, rel.get("Target", ""))
    sections = [s for s in main_root.iter(qn("w:sectPr"))
                if s.getparent() is None or s.getparent().tag != qn("w:sectPrChange")]
    used = {targets.get(ref.get(qn("r:id")) or "") for s in sections for ref in s.iter(ref_tag)}
    used.discard("")
    for name in sorted(used):
        if name in parts:
            parts[name].append(stamp_paragraph(text))
    first = sections[0] if sections else None
    if used and first is not None and first.find(ref_tag) is not None:
        return {}
    # The first section shows no such part (later ones inherit from it): give it one.
    number = 1
    while f"word/{kind}{number}.xml" in names:
        number += 1
    name = f"word/{kind}{number}.xml"
    rid = f"rIdWorkbench{kind.title()}"
    rel = etree.SubElement(main_rels, qn("rel:Relationship"))
    rel.set("Id", rid)
    rel.set("Type", _REL_BASE + kind)
    rel.set("Target", name.split("/", 1)[1])
    override = etree.SubElement(types, qn("ct:Override"))
    override.set("PartName", "/" + name)
    override.set("ContentType", _CT_BASE + kind + "+xml")
    if first is None:
        body = main_root.find(qn("w:body"))
        first = etree.SubElement(body, qn("w:sectPr"))
    ref = etree.Element(ref_tag)
    ref.set(qn("w:type"), "default")
    ref.set(qn("r:id"), rid)
    first.insert(0, ref)  # references come first in w:sectPr
    return {name: _new_part(kind, text)}
