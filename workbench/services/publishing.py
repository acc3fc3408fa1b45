"""Export the publishable copy (区分处理): only after the last sign-off, proven clean, audited."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from workbench.core.attributes import DisclosureAttribute, HitVerdict
from workbench.core.errors import (
    EnvironmentProblem,
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
    WorkbenchError,
    WorkflowError,
)
from workbench.core.roles import Role
from workbench.core.workflow import LOCKED_STATES
from workbench.departments import active_profile
from workbench.extraction import ExtractedText
from workbench.reporting.atomic import check_target, write_atomically
from workbench.reporting.redaction import (
    RedactedCopy,
    Redaction,
    RedactionLeakError,
    attribute_stamp,
    redact,
)
from workbench.services.actors import CurrentUser
from workbench.services.documents import default_extractor
from workbench.services.guard import action, load_document, reading, record_refusal
from workbench.services.results import Change
from workbench.services.workspace import Workspace
from workbench.storage import repositories as repo
from workbench.storage.audit import append_event

log = logging.getLogger("workbench.services")

ACTION = "document.export_copy"
PUBLISHABLE = (DisclosureAttribute.PROACTIVE, DisclosureAttribute.ON_REQUEST)


@dataclass(frozen=True)
class ExportResult:
    """What the export wrote; ``change.audit_seq`` is its audit event."""

    change: Change
    path: str
    sha256: str
    format: str
    redactions: int
    #: (hit id, style) per redaction, as recorded in the audit event.
    mask_styles: tuple[tuple[int | None, str], ...]
    stamp: str | None  # footer | header | None
    pages_rasterised: tuple[int, ...]
    cleaned: tuple[str, ...]
    warnings: tuple[str, ...]


@dataclass(frozen=True)
class _Source:
    version: int
    filename: str
    data: bytes
    reviewed_text: str
    attribute: str
    redactions: tuple[Redaction, ...]


def _stamp_position(stamp: str | None) -> str:
    if stamp is not None:
        return stamp
    try:
        return active_profile().attribute_stamp
    except ValidationError as exc:  # a broken profile must not stop an export: use the default
        log.warning("department profile not used for the stamp: %s", exc)
        return "footer"


def _check_publishable(document: repo.Document) -> None:
    if document.state not in LOCKED_STATES:
        raise WorkflowError("A publishable copy is exported only after the last sign-off "
                            "(先审查、后公开).", code="not_signed_off")
    if document.final_attribute not in PUBLISHABLE:
        raise WorkflowError("A document decided as 'withheld' has no publishable copy.",
                            code="not_publishable")


def _load(ws: Workspace, actor: CurrentUser, document_id: int) -> _Source:
    try:
        with reading(ws, actor, ACTION, role=Role.REVIEWER, document_id=document_id) as (
                session, live):
            if not live.roles & {Role.REVIEWER, Role.SUPERVISOR}:
                raise PermissionDeniedError("Exporting a publishable copy needs the reviewer "
                                            "or supervisor role.", code="role_required",
                                            action=ACTION, role=str(Role.REVIEWER))
            document = repo.get_document(session, document_id)
            if document is None:
                raise NotFoundError(f"Document {document_id} does not exist.",
                                    code="no_document")
            _check_publishable(document)
            text = repo.document_text(session, document.id)
            hits = [h for h in repo.hits_of(session, document.id)
                    if h.verdict == HitVerdict.REDACT]
            return _Source(
                version=document.version, filename=document.filename,
                data=repo.file_content(session, document.sha256) or b"",
                reviewed_text=text.text if text else "",
                attribute=document.final_attribute or "",
                redactions=tuple(Redaction(h.start_offset, h.end_offset, h.text, h.category,
                                           h.subtype, h.mask_style, h.id) for h in hits))
    except WorkflowError as exc:
        record_refusal(ws, actor, ACTION, Role.REVIEWER, document_id, exc)
        raise


def _record_failure(ws: Workspace, actor: CurrentUser, document_id: int,
                    exc: WorkbenchError) -> None:
    """A copy that failed its proof is a ``failed`` event: the writer, not the person, erred."""
    payload = {"code": exc.code, "reason": exc.message,
               **{k: v for k, v in exc.params.items() if k in ("hit_id", "found_by", "what",
                                                                "also_unredacted")}}
    try:
        with ws.db.session() as session:
            document = repo.get_document(session, document_id)
            append_event(session, action=ACTION, actor_id=actor.user_id,
                         actor_name=actor.username, role=str(Role.REVIEWER), outcome="failed",
                         document_id=document_id,
                         document_sha256=document.sha256 if document else None, payload=payload)
    except EnvironmentProblem:
        log.warning("could not record the failed export of document %s", document_id)


def _make_copy(source: _Source, mask_styles: Mapping[str, str] | None,
               position: str) -> RedactedCopy:
    extracted: ExtractedText = default_extractor(source.data, source.filename)
    if extracted.text != source.reviewed_text:
        # The hits' offsets point into the reviewed text; another reading would misplace them.
        raise ValidationError(
            "The file now reads differently from when it was reviewed (the reader changed): "
            "scan it again and confirm the redactions before exporting.",
            code="extraction_changed")
    return redact(source.data, extracted, source.redactions, overrides=mask_styles,
                  stamp=attribute_stamp(source.attribute, position))


def export_publishable_copy(ws: Workspace, actor: CurrentUser, document_id: int,
                            path: str | Path, *, mask_styles: Mapping[str, str] | None = None,
                            stamp: str | None = None) -> ExportResult:
    """Write the redacted, cleaned and stamped copy of a signed-off document to ``path``.

    Allowed to a reviewer or supervisor once the last step is signed (state approved or
    published) and the final attribute is proactive or on_request. The copy is read back and
    searched for every redacted string before it is written; the audit event records its
    SHA-256, the mask style of each redaction and the count.

    Args:
        mask_styles: Style per subtype, category or ``"*"`` (block, placeholder, asterisks),
            overriding the styles chosen in the review; None keeps the review's choices.
        stamp: footer, header or none; None uses the department profile's ``attribute_stamp``.

    Raises:
        WorkflowError: not_signed_off, not_publishable (refusal audited).
        RedactionLeakError: redaction_leak, the copy was not written (failure audited).
        ValidationError: extraction_changed, redaction_mismatch, mask_unknown,
            export_format_unsupported, stamp_invalid, export_path (refusal audited).
        EnvironmentProblem: the file could not be written.
    """
    position = _stamp_position(stamp)
    source = _load(ws, actor, document_id)
    try:
        check_target(path)
        copy = _make_copy(source, mask_styles, position)
    except ValidationError as exc:
        record_refusal(ws, actor, ACTION, Role.REVIEWER, document_id, exc)
        raise
    except WorkbenchError as exc:  # the proof failed, or a PDF character had no position
        if isinstance(exc, EnvironmentProblem):
            raise
        _record_failure(ws, actor, document_id, exc)
        raise
    target = Path(path)
    written = False
    try:
        with action(ws, actor, ACTION, document_id=document_id) as tx:
            # Re-checked under the lock: a reopen since the copy was made wins.
            document = load_document(tx, document_id, source.version)
            _check_publishable(document)
            digest = write_atomically(target, lambda temp: temp.write_bytes(copy.data))
            written = True
            report = copy.report
            payload: dict[str, Any] = {
                "file": target.name, "format": report.format, "sha256": digest,
                "size": len(copy.data), "attribute": document.final_attribute,
                "redactions": len(report.applied), "styles": report.styles_used,
                "mask_styles": [a.to_dict() for a in report.applied],
                "stamp": report.stamp.position if report.stamp else None,
                "cleaned": list(report.cleaned), "pages_rasterised": list(
                    report.pages_rasterised),
                "leak_check": {"readers": list(report.leak_check.extractors),
                               "needles": report.leak_check.needles},
                "warnings": list(report.warnings)}
            seq = tx.audit(document=document, payload=payload)
            change = tx.change(document, seq, sha256=digest)
    except BaseException:
        if written:  # no audit event, no file: an unrecorded copy must not leave the office
            target.unlink(missing_ok=True)
        raise
    return ExportResult(
        change=change, path=str(target), sha256=digest, format=copy.report.format,
        redactions=len(copy.report.applied),
        mask_styles=tuple((a.hit_id, a.style) for a in copy.report.applied),
        stamp=copy.report.stamp.position if copy.report.stamp else None,
        pages_rasterised=copy.report.pages_rasterised, cleaned=copy.report.cleaned,
        warnings=copy.report.warnings)


__all__ = ["ExportResult", "RedactionLeakError", "export_publishable_copy"]
