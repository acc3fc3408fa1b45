"""The proof: read the written copy back and look for every redacted string; any trace fails."""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from lxml import etree

from workbench.core.errors import WorkbenchError
from workbench.extraction import extract
from workbench.extraction.ooxml import NS, parse_xml, qn
from workbench.reporting.redaction.model import Redaction
from workbench.scanning.normalize import normalize_term

#: Subtypes whose numbers are also searched with every separator removed.
NUMBER_SUBTYPES = frozenset({"id_card", "mobile", "landline", "bank_card"})
_MIN_NEEDLE = 2  # one character is everywhere: it proves nothing either way
_BETWEEN_DIGITS = re.compile(r"(?<=\d)[\s\-‐‑–—·.．_/]+(?=\d)")
_LEFTOVERS = frozenset(qn(t) for t in (
    "w:del", "w:delText", "w:ins", "w:moveFrom", "w:moveTo", "w:commentRangeStart",
    "w:commentRangeEnd", "w:commentReference"))
_AUTHOR_PROPS = (f"{{{NS['dc']}}}creator", qn("cp:lastModifiedBy"), qn("cp:revision"),
                 f"{{{NS['ep']}}}Company", f"{{{NS['ep']}}}Manager")


class RedactionLeakError(WorkbenchError):
    """The written copy still contains something that was to be removed; it is not exported.

    ``params``: ``hit_id``, ``category``, ``subtype``, ``preview`` (the string with its middle
    masked, so the error itself never spreads it), ``found_by`` (which reading found it) and
    ``also_unredacted`` (the same string stands unredacted elsewhere in the reviewed text).
    """

    code = "redaction_leak"


@dataclass(frozen=True)
class Needle:
    redaction: Redaction
    forms: tuple[str, ...]  # normalised forms searched in normalised readings

    @property
    def preview(self) -> str:
        text = self.redaction.text.strip()
        if len(text) <= 2:
            return text[:1] + "…"
        keep = max(1, len(text) // 4)
        return f"{text[:keep]}…{text[-keep:]}"


def _compact(text: str) -> str:
    return normalize_term(text)


def _digits_joined(text: str) -> str:
    return _BETWEEN_DIGITS.sub("", _compact(text))


def needles(redactions: Sequence[Redaction]) -> list[Needle]:
    """What to look for: each redacted string, compacted; numbers also without separators."""
    out: dict[tuple[str, ...], Needle] = {}
    for r in redactions:
        forms = {_compact(r.text)}
        if r.subtype in NUMBER_SUBTYPES or re.fullmatch(r"[\d\s\-xX]+", r.text.strip()):
            forms.add(_digits_joined(r.text))
        key = tuple(sorted(f for f in forms if len(f) >= _MIN_NEEDLE))
        if key and key not in out:
            out[key] = Needle(r, key)
    return list(out.values())


def _haystacks(text: str) -> tuple[str, str]:
    return _compact(text), _digits_joined(text)


def search(readings: dict[str, str], found: Sequence[Needle], masked_original: str) -> None:
    """Raise for the first needle any reading contains.

    Args:
        readings: reading name (``workbench``, ``pdfplumber``, ``xml:word/document.xml``) ->
            its text.
        found: the needles.
        masked_original: the reviewed text with the masks applied: a needle in it means the
            same string was left unredacted elsewhere (a review decision, not a writer bug).
    """
    stacks = {name: _haystacks(text) for name, text in readings.items()}
    reference = _haystacks(masked_original)
    for needle in found:
        for name, (compact, joined) in stacks.items():
            if any(form in compact or form in joined for form in needle.forms):
                r = needle.redaction
                elsewhere = any(form in reference[0] or form in reference[1]
                                for form in needle.forms)
                raise RedactionLeakError(
                    f"The copy still contains a redacted string ({r.category}"
                    f"{'/' + r.subtype if r.subtype else ''}, '{needle.preview}'"
                    f"{', hit ' + str(r.hit_id) if r.hit_id is not None else ''}), found by "
                    f"the {name} reading"
                    + ("; the same text was left unredacted elsewhere in the review."
                       if elsewhere else ". The copy was not exported."),
                    hit_id=r.hit_id, category=r.category, subtype=r.subtype,
                    preview=needle.preview, found_by=name, also_unredacted=elsewhere)


def _extracted_text(data: bytes, filename: str) -> str:
    return extract(data, filename).text


def check_text_copy(data: bytes, found: Sequence[Needle], masked_original: str,
                    codec: str) -> tuple[str, ...]:
    """The copy through the reader (its own guess of the encoding) and decoded as written."""
    readings = {"workbench": _extracted_text(data, "copy.txt"),
                "decoded": data.decode(codec, errors="replace")}
    search(readings, found, masked_original)
    return tuple(readings)


def _xml_readings(data: bytes) -> dict[str, str]:
    """Every XML member's text and attribute values: what any other program could read."""
    out: dict[str, str] = {}
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        for name in z.namelist():
            if not name.endswith((".xml", ".rels")):
                continue
            root = parse_xml(z.read(name))
            # Relationship targets (a mailto: or a link with a name in it) are attributes;
            # elsewhere attributes are widths and ids, which would only give false alarms.
            values = ([v for el in root.iter() for v in el.attrib.values()]
                      if name.endswith(".rels") else [])
            # All text joined, so a number split over runs (or field codes) is found whole.
            out[f"xml:{name}"] = "".join(root.itertext()) + "\n" + "\n".join(values)
    return out


def check_docx_structure(data: bytes) -> None:
    """No comments, tracked changes or author properties left in the copy."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        names = set(z.namelist())
        for name in names:
            base = name.rsplit("/", 1)[-1]
            if base.startswith("comments") or base == "people.xml" or name == "docProps/custom.xml":
                _structure_leak(f"the part {name}")
            if not name.endswith(".xml"):
                continue
            root = parse_xml(z.read(name))
            for el in root.iter(*_LEFTOVERS):
                _structure_leak(f"{etree.QName(el).localname} in {name}")
            for el in root.iter(*_AUTHOR_PROPS):
                if "".join(el.itertext()).strip():
                    _structure_leak(f"{etree.QName(el).localname} in {name}")


def _structure_leak(what: str) -> None:
    raise RedactionLeakError(f"The copy still contains {what}; it was not exported.",
                             found_by="structure", what=what)


def check_docx_copy(data: bytes, found: Sequence[Needle],
                    masked_original: str) -> tuple[str, ...]:
    check_docx_structure(data)
    readings = {"workbench": _extracted_text(data, "copy.docx"), **_xml_readings(data)}
    search(readings, found, masked_original)
    return ("workbench", "xml")


def check_pdf_copy(data: bytes, found: Sequence[Needle],
                   masked_original: str) -> tuple[str, ...]:
    """Our reader (PDFium), pdfplumber (pdfminer) as a second, and the metadata left."""
    import pdfplumber
    import pikepdf

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        plumber = "\n".join((page.extract_text() or "") + "\n"
                            + "".join(c["text"] for c in page.chars) for page in pdf.pages)
    readings = {"workbench": _extracted_text(data, "copy.pdf"), "pdfplumber": plumber}
    with pikepdf.open(io.BytesIO(data)) as pdf:
        readings["metadata"] = "\n".join(str(v) for v in pdf.docinfo.values())
        if "/Metadata" in pdf.Root:
            _structure_leak("XMP metadata")
        for number, page in enumerate(pdf.pages, 1):
            if "/Annots" in page.obj:
                _structure_leak(f"annotations on page {number}")
    search(readings, found, masked_original)
    return ("workbench", "pdfplumber", "metadata")


def masked_text(text: str, spans: Iterable[tuple[int, int, str]]) -> str:
    """``text`` with each (start, end, output) applied; spans must not overlap."""
    out, last = [], 0
    for start, end, output in sorted(spans):
        out.append(text[last:start])
        out.append(output)
        last = end
    out.append(text[last:])
    return "".join(out)
