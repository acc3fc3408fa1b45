"""Scan and rescan a document against the negative list, keeping the reviewer's decisions."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from workbench.core.errors import NotFoundError
from workbench.core.progress import NullProgress, ProgressSink, enter_phase
from workbench.core.roles import Role
from workbench.extraction.model import ExtractedText, ExtractionWarning, Location, Segment
from workbench.heap import collector_paused
from workbench.scanning.model import Hit, ScanResult
from workbench.services import drafts
from workbench.services.actors import CurrentUser
from workbench.services.facts import start_reviewing
from workbench.services.guard import action, load_document, reading
from workbench.services.results import ScanSummary
from workbench.services.workspace import Workspace
from workbench.storage import repositories as repo


class Scanner(Protocol):
    """What the scan service needs from ``workbench.scanning`` (an adapter may wrap it)."""

    version: str

    def scan(self, extracted: ExtractedText) -> ScanResult: ...


@dataclass(frozen=True)
class _Prepared:
    extracted: ExtractedText
    first_scan: bool
    source_id: int | None  # earlier review (duplicate) or previous draft to carry over from
    span_map: drafts.SpanMap | None


def to_extracted(row: repo.DocumentText, fmt: str) -> ExtractedText:
    """Rebuild the extraction result from its stored form."""
    return ExtractedText(
        text=row.text, format=fmt,
        segments=[Segment(s["start"], s["end"], Location(**s["location"]))
                  for s in row.segments or []],
        metadata=dict(row.meta or {}),
        warnings=[ExtractionWarning(w["code"], w["message"], w.get("page"))
                  for w in row.warnings or []],
        page_count=row.page_count, encoding=row.encoding)


def _prepare(ws: Workspace, actor: CurrentUser, document_id: int) -> _Prepared:
    with reading(ws, actor, "document.scan", document_id=document_id) as (session, _):
        document = repo.get_document(session, document_id)
        text = repo.document_text(session, document_id) if document else None
        if document is None or text is None:
            raise NotFoundError(f"Document {document_id} does not exist.", code="no_document")
        extracted = to_extracted(text, document.format)
        first = not repo.scans_of(session, document_id)
        source_id = document.duplicate_of_id or document.previous_draft_id
        span_map = None
        if first and source_id:
            old = repo.document_text(session, source_id)
            if old is not None:
                _, span_map = drafts.compare(old.text, text.text, source_id)
        return _Prepared(extracted, first, source_id, span_map)


def scan_document(ws: Workspace, actor: CurrentUser, document_id: int, expected_version: int,
                  *, scanner: Scanner | None = None,
                  progress: ProgressSink | None = None) -> ScanSummary:
    """Scan (or rescan) with the current negative list (reviewer).

    A rescan keeps the decision of every hit whose span and text are unchanged and keeps all
    manual marks; the first scan of a new draft (or of the same bytes imported again) carries
    over the decisions the earlier review made on unchanged text.

    Args:
        scanner: default: the department's list, scanning in the workspace's worker process
            (``Workspace.offload``), else on this thread.
        progress: receives the phases (reading, scanning, saving) as the message, with the
            scanner's steps while scanning. Cancelling before saving raises
            ``CancelledError``; nothing is stored and nothing audited.
    """
    sink = progress or NullProgress()
    enter_phase(sink, "reading")
    prepared = _prepare(ws, actor, document_id)
    phase = enter_phase(sink, "scanning")
    if scanner is None:
        scanner = default_scanner(ws)
        outcome = scanner.scan(prepared.extracted, phase)  # type: ignore[call-arg]
    else:
        outcome = scanner.scan(prepared.extracted)  # CPU work outside the write transaction
    enter_phase(sink, "saving")  # the last chance to cancel: the transaction is all or nothing
    # One burst of short-lived rows: no full collection mid-save (see workbench.heap).
    with collector_paused(), action(ws, actor, "document.scan", role=Role.REVIEWER,
                                    document_id=document_id) as tx:
        document = load_document(tx, document_id, expected_version)
        start_reviewing(tx, document)
        version = outcome.negative_list_version
        repo.ensure_list_version(tx.session, version, getattr(scanner, "description", ""),
                                 getattr(scanner, "snapshot", {}) or {})
        suggestion = outcome.suggestion
        scan = repo.Scan(document_id=document.id, negative_list_version=version,
                         scanned_at=tx.now, scanned_by=tx.actor.user_id,
                         suggested_attribute=str(suggestion.attribute) if suggestion else None,
                         needs_redaction=bool(suggestion and suggestion.needs_redaction),
                         suggestion_reason=(suggestion.reason if suggestion else "") or "",
                         hit_count=len(outcome.hits))
        tx.session.add(scan)
        tx.session.flush()
        kept, dropped, new_hits = _merge(tx, document, scan, outcome.hits, version)
        carried = 0
        if prepared.first_scan and prepared.source_id and prepared.span_map:
            carried = _carry_over(tx, document, prepared, new_hits)
        # A first scan writes thousands of rows: one bulk insert, no ORM object per hit.
        repo.insert_hits(tx.session, new_hits)
        document.negative_list_version = version
        document.suggested_attribute = scan.suggested_attribute
        seq = tx.audit(document=document, payload={
            "negative_list_version": version, "hits": len(outcome.hits), "kept": kept,
            "dropped": dropped, "carried_over": carried,
            "carried_from": prepared.source_id if carried else None,
            "suggested_attribute": scan.suggested_attribute})
        return ScanSummary(change=tx.change(document, seq), negative_list_version=version,
                           hits=len(outcome.hits), kept_decisions=kept,
                           carried_decisions=carried, dropped_hits=dropped,
                           suggested_attribute=scan.suggested_attribute,
                           needs_redaction=scan.needs_redaction)


def _merge(tx, document: repo.Document, scan: repo.Scan, found: Sequence[Hit],
           version: str) -> tuple[int, int, list[dict[str, Any]]]:
    """Replace scanner hits, keeping rows (and decisions) whose span and text are unchanged.

    Returns the kept decisions, the dropped rows, and the new hits as rows to insert.
    """
    existing = {(h.start_offset, h.end_offset, h.text, h.category): h
                for h in repo.hits_of(tx.session, document.id) if not h.is_manual}
    kept = 0
    new_rows: list[dict[str, Any]] = []
    for hit in found:
        key = (hit.start, hit.end, hit.text, str(hit.category))
        scanned = {"scan_id": scan.id, "subtype": hit.subtype, "rule_id": hit.rule,
                   "score": float(hit.score), "legal_ground": hit.legal_ground or "",
                   "explanation": hit.explanation or "",
                   "location": hit.location.to_dict() if hit.location else {},
                   "negative_list_version": version}
        row = existing.pop(key, None)
        if row is None:
            new_rows.append(_hit_row(
                document_id=document.id, start_offset=hit.start, end_offset=hit.end,
                text=hit.text, category=str(hit.category), is_manual=False,
                created_by=tx.actor.user_id, **scanned))
            continue
        kept += row.verdict is not None
        for column, value in scanned.items():
            setattr(row, column, value)
    repo.delete_hits(tx.session, [h.id for h in existing.values()])
    tx.session.flush()
    return kept, len(existing), new_rows


def _hit_row(**values: Any) -> dict[str, Any]:
    """Every column of a new hit (a bulk insert wants the same keys in every row)."""
    return {"verdict": None, "verdict_reason": None, "mask_style": None, "decided_by": None,
            "decided_at": None, **values}


def _carry_over(tx, document: repo.Document, prepared: _Prepared,
                new_rows: list[dict[str, Any]]) -> int:
    """Copy decisions (and manual marks) of the earlier review onto unchanged text.

    Works on the rows before they are inserted; manual marks are appended to them.
    """
    assert prepared.source_id is not None and prepared.span_map is not None
    decided = {(h.start_offset, h.end_offset, h.text, h.category): h
               for h in repo.hits_of(tx.session, prepared.source_id) if h.verdict}
    carried = 0
    for row in new_rows:
        old = prepared.span_map.old_span(row["start_offset"], row["end_offset"])
        source = decided.get((*old, row["text"], row["category"])) if old else None
        if source is not None:
            _copy_decision(tx, document, source, row)
            carried += 1
    for source in decided.values():
        if not source.is_manual:
            continue
        new_span = _new_span(prepared.span_map, source.start_offset, source.end_offset)
        if new_span is None:
            continue
        row = _hit_row(document_id=document.id, scan_id=None, category=source.category,
                       subtype=source.subtype, rule_id=source.rule_id,
                       start_offset=new_span[0], end_offset=new_span[1], text=source.text,
                       score=source.score, legal_ground=source.legal_ground,
                       explanation=source.explanation, location=source.location,
                       negative_list_version=None,
                       is_manual=True, created_by=source.created_by)
        new_rows.append(row)
        _copy_decision(tx, document, source, row)
        carried += 1
    return carried


def _new_span(span_map: drafts.SpanMap, start: int, end: int) -> tuple[int, int] | None:
    for new_start, new_end, old_start in span_map.blocks:
        shift = new_start - old_start
        if new_start <= start + shift and end + shift <= new_end:
            return start + shift, end + shift
    return None


def _copy_decision(tx, document: repo.Document, source: repo.Hit, row: dict[str, Any]) -> None:
    row.update(verdict=source.verdict, verdict_reason=source.verdict_reason,
               mask_style=source.mask_style, decided_by=source.decided_by,
               decided_at=source.decided_at)
    if source.decided_by is not None:  # they decided part of this review too (four eyes)
        repo.add_participant(tx.session, document.id, source.decided_by, "review",
                             document.round)


def default_scanner(ws: Workspace) -> Scanner:
    """The negative list shipped with the build plus the department's own terms (scanning in
    the workspace's worker process when it has one)."""
    from workbench.services.negative_list import build_scanner
    from workbench.services.offload import OffloadedScanner

    local = build_scanner(ws)
    return OffloadedScanner(local, ws.worker) if ws.worker is not None else local
