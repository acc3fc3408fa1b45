"""The .docx writer: masks in the XML of every part, tracked changes accepted, comments and
authors removed, the attribute line stamped; everything else of the package kept as it was."""

from __future__ import annotations

import bisect
import io
import zipfile

from lxml import etree

from workbench.extraction import ExtractedText
from workbench.extraction.docx_props import APP_PART, CORE_PART
from workbench.extraction.limits import DEFAULT_LIMITS
from workbench.extraction.ooxml import parse_xml, qn, relationships, rels_path
from workbench.extraction.safezip import SafeZip
from workbench.reporting.redaction import docx_clean
from workbench.reporting.redaction.docx_map import PartMasks, _mismatch
from workbench.reporting.redaction.docx_stamp import stamp_docx
from workbench.reporting.redaction.masking import MaskGroup, MaskPlan
from workbench.reporting.redaction.model import Stamp

_TYPES = "[Content_Types].xml"
_FIXED_TIME = (1980, 1, 1, 0, 0, 0)  # no save time of the author's PC in the copy
_SKIPPED_PARTS = frozenset({"comment"})  # read for the review, dropped from the copy


class _Package:
    """The members of a .docx, with the XML ones parsed on first use."""

    def __init__(self, data: bytes) -> None:
        self.zip = SafeZip(data, DEFAULT_LIMITS, kind="Word document")
        self.names = self.zip.names()
        self.trees: dict[str, etree._Element] = {}

    def tree(self, name: str) -> etree._Element:
        if name not in self.trees:
            self.trees[name] = parse_xml(self.zip.read(name))
        return self.trees[name]

    def main_part(self) -> str:
        for rtype, target in relationships(self.tree("_rels/.rels"), "").values():
            if rtype == "officeDocument" and self.zip.has(target):
                return target
        return "word/document.xml"


def _segments_in(extracted: ExtractedText, start: int, end: int):
    starts = [s.start for s in extracted.segments]
    i = max(bisect.bisect_right(starts, start) - 1, 0)
    while i < len(extracted.segments) and extracted.segments[i].start < end:
        seg = extracted.segments[i]
        if seg.end > start:
            yield seg
        i += 1


def _collect_masks(pkg: _Package, extracted: ExtractedText, plan: MaskPlan,
                   ) -> tuple[dict[str, PartMasks], set[str]]:
    """Per-part outputs of every masked character; also the metadata keys a mask touches."""
    masks: dict[str, PartMasks] = {}
    metadata_keys: set[str] = set()
    for group in plan.groups:
        label = group.label
        for seg in _segments_in(extracted, group.start, group.end):
            loc = seg.location
            if loc.part == "metadata":
                metadata_keys.add(loc.key or "")
                continue
            if loc.part in _SKIPPED_PARTS:
                continue
            if loc.xml_part is None or loc.paragraph is None or loc.column is None:
                raise _mismatch(loc.xml_part or loc.part, loc.paragraph or -1)
            if loc.xml_part not in masks:
                masks[loc.xml_part] = PartMasks(loc.xml_part, pkg.tree(loc.xml_part))
            part = masks[loc.xml_part]
            for offset in range(max(seg.start, group.start), min(seg.end, group.end)):
                column = loc.column + offset - seg.start
                output = group.output_at(offset)
                if label is not None and _label_fits(part, loc.paragraph, column, group,
                                                     extracted, offset):
                    output, label = label, None
                part.set(loc.paragraph, column, output)
    return masks, metadata_keys


def _label_fits(part: PartMasks, paragraph: int, column: int, group: MaskGroup,
                extracted: ExtractedText, offset: int) -> bool:
    atom = part.atom_at(paragraph, column)
    return atom is not None and atom.editable and not extracted.text[offset].isspace()


def write_docx(data: bytes, extracted: ExtractedText, plan: MaskPlan,
               stamp: Stamp | None) -> tuple[bytes, list[str]]:
    """Mask, clean and stamp a .docx; returns the new bytes and what was cleaned."""
    pkg = _Package(data)
    masks, metadata_keys = _collect_masks(pkg, extracted, plan)
    for part in masks.values():
        part.apply()
    cleaned: set[str] = set()
    names = set(pkg.names)
    rels = {n: pkg.tree(n) for n in pkg.names if n.endswith(".rels")}
    dropped = docx_clean.parts_to_drop(rels, names)
    if any("comment" in n or n.endswith("people.xml") for n in dropped):
        cleaned.add("comments")
    if dropped & {"docProps/custom.xml"}:
        cleaned.add("properties")
    if any(n.startswith("docProps/thumbnail") for n in dropped):
        cleaned.add("thumbnail")
    for name in pkg.names:
        if name in dropped or not name.startswith("word/") or not name.endswith(".xml"):
            continue
        root = pkg.tree(name)
        if docx_clean.accept_changes(root):
            cleaned.add("tracked_changes")
        if docx_clean.remove_comment_marks(root):
            cleaned.add("comments")
        if docx_clean.drop_fallback_copies(root):
            cleaned.add("fallback_copies")
        for binding in list(root.iter(qn("w:dataBinding"))):
            # A bound content control would be refilled from customXml when Word opens it.
            binding.getparent().remove(binding)
    if "word/settings.xml" in names:
        docx_clean.clean_settings(pkg.tree("word/settings.xml"))
    if CORE_PART in names:
        docx_clean.clean_core(pkg.tree(CORE_PART), drop_title="title" in metadata_keys)
        cleaned.add("properties")
    if APP_PART in names:
        docx_clean.clean_app(pkg.tree(APP_PART))
        cleaned.add("properties")
    types = pkg.tree(_TYPES) if _TYPES in names else None
    docx_clean.unlink_parts(rels, types, dropped)
    added: dict[str, bytes] = {}
    if stamp is not None and types is not None:
        main = pkg.main_part()
        main_rels = rels_path(main)
        if main_rels not in rels:
            rels[main_rels] = pkg.trees[main_rels] = parse_xml(
                b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
                b'relationships"/>')
            pkg.names.append(main_rels)
        added = stamp_docx(stamp.position, stamp.text, main, pkg.tree(main), rels[main_rels],
                           types, pkg.trees, names)
    return _write(pkg, dropped, added), sorted(cleaned)


def _write(pkg: _Package, dropped: set[str], added: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in [*pkg.names, *added]:
            if name in dropped:
                continue
            if name in added:
                body = added[name]
            elif name in pkg.trees:
                body = etree.tostring(pkg.trees[name], xml_declaration=True, encoding="UTF-8",
                                      standalone=True)
            else:
                body = pkg.zip.read(name)
            dst.writestr(zipfile.ZipInfo(name, date_time=_FIXED_TIME), body,
                         compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()
