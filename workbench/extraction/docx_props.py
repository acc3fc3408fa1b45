"""Document properties of an OOXML package (core, app, custom): they leak names too."""

from __future__ import annotations

from lxml import etree

from workbench.extraction.ooxml import NS, parse_xml, qn

CORE_PART, APP_PART, CUSTOM_PART = "docProps/core.xml", "docProps/app.xml", "docProps/custom.xml"

# (namespace prefix:tag, our key). Order is the order of the "metadata" lines in the text.
_CORE = [
    ("dc:title", "title"), ("dc:subject", "subject"), ("dc:creator", "author"),
    ("cp:lastModifiedBy", "last_modified_by"), ("cp:keywords", "keywords"),
    ("dc:description", "description"), ("cp:category", "category"),
    ("cp:contentStatus", "content_status"), ("cp:revision", "revision"),
    ("dcterms:created", "created"), ("dcterms:modified", "modified"),
    ("cp:lastPrinted", "last_printed"),
]
_APP = [
    ("ep:Company", "company"), ("ep:Manager", "manager"), ("ep:Template", "template"),
    ("ep:Application", "application"), ("ep:AppVersion", "app_version"),
]
#: Keys whose values are put into the text as "metadata" lines so the scanner sees them.
#: Dates, counters and program names cannot leak anything and would only add noise.
TEXT_KEYS = frozenset({
    "title", "subject", "author", "last_modified_by", "keywords", "description", "category",
    "content_status", "company", "manager", "template",
})


def _read(parts: dict[str, bytes], name: str) -> etree._Element | None:
    data = parts.get(name)
    if not data:
        return None
    try:
        return parse_xml(data)
    except etree.XMLSyntaxError:
        return None


def read_properties(parts: dict[str, bytes]) -> list[tuple[str, str, str]]:
    """Properties as (key, value, zip member); custom ones are keyed ``custom:<name>``.

    Args:
        parts: Member name -> bytes for whichever of the three property parts exist.
    """
    out: list[tuple[str, str, str]] = []
    for part, fields in ((CORE_PART, _CORE), (APP_PART, _APP)):
        root = _read(parts, part)
        if root is None:
            continue
        for tag, key in fields:
            el = root.find(qn(tag))
            value = "".join(el.itertext()).strip() if el is not None else ""
            if value:
                out.append((key, value, part))
    root = _read(parts, CUSTOM_PART)
    if root is not None:
        for prop in root.iter(f"{{{NS['cust']}}}property"):
            name = prop.get("name")
            value = "".join(prop.itertext()).strip()
            if name and value:
                out.append((f"custom:{name}", value, CUSTOM_PART))
    return out
