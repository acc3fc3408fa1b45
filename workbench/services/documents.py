"""Import a document: store its bytes once, extract its text, link duplicates and drafts."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from pathlib import PurePath

from workbench.core.errors import (
    InputFileError,
    NotFoundError,
    ValidationError,
)
from workbench.core.progress import NullProgress, ProgressSink, enter_phase
from workbench.core.roles import Role
from workbench.core.workflow import DocumentState
from workbench.extraction.model import ExtractedText
from workbench.heap import collector_paused
from workbench.services import drafts
from workbench.services.actors import CurrentUser
from workbench.services.guard import action, reading, record_refusal, require_role
from workbench.services.results import ImportResult
from workbench.services.settings import load_settings
from workbench.services.workdays import add_working_days
from workbench.services.workspace import Workspace
from workbench.storage import repositories as repo

#: ``(data, filename) -> ExtractedText``; raises InputFileError for unreadable files.
Extractor = Callable[[bytes, str], ExtractedText]

#: 文号 such as 某政办发〔2025〕3号, looked for near the top of the text.
DOC_NUMBER_RE = re.compile(r"[\u4e00-\u9fff]{1,16}[〔\[［(（]\d{4}[〕\]］)）]\d{1,5}号")


def default_extractor(data: bytes, filename: str) -> ExtractedText:
    from workbench.extraction import extract

    return extract(data, filename)


def guess_doc_number(text: str) -> str | None:
    match = DOC_NUMBER_RE.search(text[:600])
    return match.group(0) if match else None


def import_document(ws: Workspace, actor: CurrentUser, data: bytes, filename: str, *,
                    title: str | None = None, doc_number: str | None = None,
                    drafting_unit: str | None = None,
                    extractor: Extractor | None = None,
                    progress: ProgressSink | None = None) -> ImportResult:
    """Import one file for review (reviewer).

    The same bytes imported again are linked to the earlier review (``duplicate_of_id``); a
    new draft (same 文号, or same title, other bytes) is linked to the previous one
    (``previous_draft_id``) with a paragraph diff, and its scan carries decisions over.

    Args:
        extractor: reads the file; default: ``workbench.extraction`` in the workspace's
            worker process (``Workspace.offload``), else on this thread.
        progress: receives the phases (reading, extracting, saving) as the message, with the
            reader's page progress while extracting. Cancelling before saving raises
            ``CancelledError`` and leaves no trace: nothing is stored and nothing audited
            (the user changed nothing; the trail records changes and refusals).
    """
    sink = progress or NullProgress()
    name = PurePath(filename).name
    enter_phase(sink, "reading")
    if not data:
        raise ValidationError(f"{name} is empty.", code="empty_file")
    _precheck(ws, actor)
    sha = hashlib.sha256(data).hexdigest()
    phase = enter_phase(sink, "extracting")
    try:
        # Extraction is slow CPU work: done before the transaction takes the write lock.
        extracted = _extract(ws, data, name, extractor, phase)
    except InputFileError as exc:
        record_refusal(ws, actor, "document.import", Role.REVIEWER, None, exc)
        raise
    enter_phase(sink, "saving")  # the last chance to cancel: the transaction is all or nothing
    # One burst of short-lived rows: no full collection mid-save (see workbench.heap).
    with collector_paused(), action(ws, actor, "document.import", role=Role.REVIEWER) as tx:
        settings = load_settings(tx.session)
        repo.ensure_file(tx.session, sha, data)
        title = (title or extracted.metadata.get("title") or PurePath(name).stem).strip()[:500]
        doc_number = (doc_number or guess_doc_number(extracted.text) or "").strip() or None
        earlier = repo.first_document_with_sha(tx.session, sha)
        previous = None if earlier else repo.latest_draft_candidate(
            tx.session, title=title, doc_number=doc_number, exclude_sha=sha)
        diff = None
        if previous is not None:
            old_text = repo.document_text(tx.session, previous.id)
            diff, _ = drafts.compare(old_text.text if old_text else "", extracted.text,
                                     previous.id)
        today = tx.now.date()
        document = repo.Document(
            title=title, doc_number=doc_number, drafting_unit=(drafting_unit or None),
            filename=name[:500], format=extracted.format, sha256=sha,
            duplicate_of_id=earlier.id if earlier else None,
            previous_draft_id=previous.id if previous else None,
            state=str(DocumentState.IMPORTED), reviewer_id=tx.actor.user_id,
            imported_by=tx.actor.user_id, imported_at=tx.now, updated_at=tx.now,
            text_complete=extracted.text_complete, manual_read_confirmed=False,
            step_due=add_working_days(today, settings.step_deadline_days,
                                      settings.holidays, settings.extra_workdays))
        tx.session.add(document)
        tx.session.flush()
        tx.session.add(_text_row(document.id, extracted))
        warnings = tuple(w.code for w in extracted.warnings)
        seq = tx.audit(document=document, payload={
            "filename": name, "size": len(data), "format": extracted.format,
            "title": title, "doc_number": doc_number,
            "text_complete": extracted.text_complete, "warnings": list(warnings),
            "duplicate_of_id": document.duplicate_of_id,
            "previous_draft": drafts.diff_payload(diff) if diff else None,
        })
        return ImportResult(
            change=tx.change(document, seq), document_id=document.id, sha256=sha,
            text_complete=extracted.text_complete,
            warnings=tuple(w.message for w in extracted.warnings),
            duplicate_of_id=document.duplicate_of_id,
            previous_draft_id=document.previous_draft_id, draft_diff=diff)


def _extract(ws: Workspace, data: bytes, name: str, extractor: Extractor | None,
             progress: ProgressSink) -> ExtractedText:
    if extractor is not None:
        return extractor(data, name)
    if ws.worker is not None:
        return ws.worker.extract(data, name, progress)
    from workbench.extraction import extract

    return extract(data, name, progress=progress)


def _precheck(ws: Workspace, actor: CurrentUser) -> None:
    """Refuse a wrong-role import before spending time on extraction."""
    with reading(ws, actor, "document.import", role=Role.REVIEWER) as (_, live):
        require_role(live, Role.REVIEWER, "document.import")


def _text_row(document_id: int, extracted: ExtractedText) -> repo.DocumentText:
    # PDFs: not the boxes (the file is stored; page_boxes looks them up in it) but where
    # each line's characters sit in the file, a few bytes a line.
    from workbench.extraction.pdf_boxes import PdfBoxes  # PDFium stays off the start-up path

    source = extracted.box_source
    boxes = source.to_bytes() if isinstance(source, PdfBoxes) else None
    return repo.DocumentText(
        document_id=document_id, text=extracted.text,
        segments=[{"start": s.start, "end": s.end, "location": s.location.to_dict()}
                  for s in extracted.segments],
        meta=dict(extracted.metadata),
        warnings=[{"code": w.code, "message": w.message, "page": w.page}
                  for w in extracted.warnings],
        page_count=extracted.page_count, encoding=extracted.encoding, char_boxes=boxes)


def original_bytes(ws: Workspace, actor: CurrentUser, document_id: int) -> tuple[str, bytes]:
    """The imported file (name, bytes), e.g. to open it for a manual read."""
    with reading(ws, actor) as (session, _):
        document = repo.get_document(session, document_id)
        if document is None:
            raise NotFoundError(f"Document {document_id} does not exist.", code="no_document")
        return document.filename, repo.file_content(session, document.sha256) or b""
