"""The publishable copy (区分处理): redacted, cleaned, stamped, and proven clean by reading it back.

Public API (Qt-free, database-free)::

    redact(original, extracted, redactions, *, overrides=None, stamp=None) -> RedactedCopy
    attribute_stamp(attribute, position) -> Stamp | None
    mask_text(text, style, subtype=None) -> str

``original`` is the file's bytes, ``extracted`` the ``ExtractedText`` of those bytes (the
offsets the redactions refer to). The copy has the input's format (.docx, .pdf, .txt).

Raises ``ValidationError`` (``redaction_mismatch``, ``mask_unknown``,
``export_format_unsupported``), ``RedactionLeakError`` (``redaction_leak``: the copy read back
still contains a redacted string, a comment, a tracked change or an author) and
``WorkbenchError`` (``redaction_unlocated``: a PDF character without a position).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from workbench.core.attributes import DisclosureAttribute
from workbench.core.errors import ValidationError
from workbench.extraction import ExtractedText
from workbench.reporting.redaction import leakcheck
from workbench.reporting.redaction.docx import write_docx
from workbench.reporting.redaction.leakcheck import RedactionLeakError
from workbench.reporting.redaction.masking import (
    DEFAULT_STYLE,
    PERSONAL_DATA_NORMS,
    MaskPlan,
    MaskStyle,
    mask_text,
    plan_masks,
)
from workbench.reporting.redaction.model import (
    AppliedRedaction,
    LeakCheck,
    RedactedCopy,
    Redaction,
    RedactionReport,
    Stamp,
)
from workbench.reporting.redaction.pdf import write_pdf
from workbench.reporting.redaction.text import write_text

__all__ = [
    "DEFAULT_STYLE", "FORMATS", "PERSONAL_DATA_NORMS", "STAMP_TEXT", "AppliedRedaction",
    "LeakCheck", "MaskStyle", "RedactedCopy", "Redaction", "RedactionLeakError",
    "RedactionReport", "Stamp", "attribute_stamp", "mask_text", "redact",
]

#: The attribute line, in the form of a 公文's 附注 (GB/T 9704-2012).
STAMP_TEXT: Mapping[str, str] = {
    DisclosureAttribute.PROACTIVE: "（此件公开发布）",
    DisclosureAttribute.ON_REQUEST: "（此件依申请公开）",
}
#: Formats a copy can be written in (the same as the input's).
FORMATS = ("docx", "pdf", "txt")


def attribute_stamp(attribute: str, position: str) -> Stamp | None:
    """The stamp for a final attribute at ``position`` (footer, header; none: no stamp)."""
    if position == "none":
        return None
    if position not in ("footer", "header"):
        raise ValidationError(f"Unknown stamp position '{position}'.", code="stamp_invalid")
    text = STAMP_TEXT.get(attribute)
    if text is None:
        raise ValidationError(f"A '{attribute}' document is not published.",
                              code="not_publishable")
    return Stamp(text, position)


def _masked_original(text: str, plan: MaskPlan) -> str:
    return leakcheck.masked_text(text, (
        (g.start, g.end, g.label if g.label is not None else "".join(g.out))
        for g in plan.groups))


def redact(original: bytes, extracted: ExtractedText, redactions: Sequence[Redaction], *,
           overrides: Mapping[str, str] | None = None,
           stamp: Stamp | None = None) -> RedactedCopy:
    """Write the publishable copy in memory and prove it clean.

    Args:
        original: The imported file's bytes.
        extracted: Their ExtractedText (as the review saw it).
        redactions: The confirmed redactions (offsets into ``extracted.text``).
        overrides: Mask style per subtype, category or ``"*"``, chosen at export time; beats
            each redaction's own ``mask_style``.
        stamp: The attribute line, or None.

    Returns:
        The copy's bytes and the report (styles used, what was cleaned, how it was checked).
    """
    fmt = extracted.format
    if fmt not in FORMATS:
        raise ValidationError(
            f"A publishable copy of a .{fmt} file cannot be written: save it as .docx or "
            ".pdf and import that.", code="export_format_unsupported", format=fmt)
    plan = plan_masks(extracted.text, redactions, overrides)
    applied = plan.applied
    pages: tuple[int, ...] = ()
    warnings: list[str] = []
    if fmt == "docx":
        data, cleaned = write_docx(original, extracted, plan, stamp)
    elif fmt == "pdf":
        data, cleaned, pages, warnings = write_pdf(original, extracted, plan, stamp)
        # A page image has no text to say 【已删除】 with: the box itself is the marker.
        applied = tuple(a if a.style != MaskStyle.PLACEHOLDER else
                        AppliedRedaction(a.hit_id, a.start, a.end, a.category, a.subtype,
                                         str(MaskStyle.BLOCK)) for a in applied)
    else:
        data, warnings = write_text(original, extracted, plan, stamp)
        cleaned = []
    found = leakcheck.needles(redactions)
    masked = _masked_original(extracted.text, plan)
    if fmt == "docx":
        readers = leakcheck.check_docx_copy(data, found, masked)
    elif fmt == "pdf":
        readers = leakcheck.check_pdf_copy(data, found, masked)
    else:
        readers = leakcheck.check_text_copy(data, found, masked, extracted.encoding or "utf-8")
    report = RedactionReport(
        format=fmt, applied=applied, cleaned=tuple(cleaned), stamp=stamp,
        leak_check=LeakCheck(readers, len(found), structure_checked=fmt == "docx"),
        pages_rasterised=pages, warnings=tuple(warnings))
    return RedactedCopy(data=data, report=report, extension="." + fmt)
