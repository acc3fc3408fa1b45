"""Where hits sit on a PDF's pages: character boxes looked up in the stored file on demand."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from workbench.core.errors import InputFileError, NotFoundError
from workbench.extraction.model import BoxSource, CharBox, ExtractedText
from workbench.services.actors import CurrentUser
from workbench.services.guard import reading
from workbench.services.workspace import Workspace
from workbench.storage import repositories as repo

log = logging.getLogger(__name__)


def hit_boxes(ws: Workspace, actor: CurrentUser, document_id: int,
              hit_ids: Sequence[int] | None = None) -> dict[int, list[CharBox]]:
    """Boxes of each hit's characters, by hit id (every hit of the document when ``hit_ids``
    is None). Boxes are in PDF points, top-left origin, 1-based page; a hit outside the page
    text (metadata) or in a non-PDF document has an empty list."""
    wanted = None if hit_ids is None else set(hit_ids)
    with reading(ws, actor) as (session, _):
        hits = [(h.id, h.start_offset, h.end_offset)
                for h in repo.hits_of(session, document_id)
                if wanted is None or h.id in wanted]
        extracted = _stored(session, document_id)
    located = extracted.boxes_at([(start, end) for _, start, end in hits])
    return {hit_id: [b for b in boxes if b is not None]
            for (hit_id, _, _), boxes in zip(hits, located, strict=True)}


def range_boxes(ws: Workspace, actor: CurrentUser, document_id: int,
                ranges: Sequence[tuple[int, int]]) -> list[list[CharBox]]:
    """Boxes of the characters of each ``[start, end)`` of the document's text (e.g. a manual
    mark being drawn), in the same form as ``hit_boxes``."""
    with reading(ws, actor) as (session, _):
        extracted = _stored(session, document_id)
    return [[b for b in boxes if b is not None] for boxes in extracted.boxes_at(ranges)]


def _stored(session: repo.Session, document_id: int) -> ExtractedText:
    """The reviewed text with a box source over the stored file (inside the read session)."""
    document = repo.get_document(session, document_id)
    row = repo.document_text(session, document_id) if document else None
    if document is None or row is None:
        raise NotFoundError(f"Document {document_id} does not exist.", code="no_document")
    source: BoxSource | None = None
    if document.format == "pdf":
        from workbench.extraction.pdf_boxes import load_boxes  # PDFium only when needed

        data = repo.file_content(session, document.sha256) or b""
        if row.char_boxes is not None:
            source = load_boxes(row.char_boxes, data)
        elif data:
            source = _reread(data, document.filename, row.text)
    return ExtractedText(text=row.text, format=document.format, box_source=source)


def _reread(data: bytes, filename: str, text: str) -> BoxSource | None:
    """Boxes for a PDF stored without its index: read it again, if it still reads the same."""
    from workbench.extraction import extract

    try:
        extracted = extract(data, filename)
    except InputFileError:
        return None
    if extracted.text != text:
        # Offsets point into the reviewed text; boxes from another reading would misplace hits.
        log.warning("%s reads differently from when it was imported: no boxes", filename)
        return None
    return extracted.box_source
