"""The reviewer's edits: decide hits, mark what the scanner missed, confirm a read, propose."""

from __future__ import annotations

from workbench.core.attributes import DisclosureAttribute, HitVerdict
from workbench.core.categories import DEFAULT_LEGAL_GROUND, Category
from workbench.core.errors import NotFoundError, ValidationError
from workbench.core.roles import Role
from workbench.services.actors import CurrentUser
from workbench.services.facts import start_reviewing
from workbench.services.guard import Tx, action, load_document
from workbench.services.results import Change
from workbench.services.workspace import Workspace
from workbench.storage import repositories as repo

MASK_STYLES = frozenset({"block", "asterisks", "placeholder"})


def _hit(tx: Tx, document: repo.Document, hit_id: int) -> repo.Hit:
    hit = repo.get_hit(tx.session, hit_id)
    if hit is None or hit.document_id != document.id:
        raise NotFoundError(f"Hit {hit_id} is not part of document {document.id}.",
                            code="no_hit")
    return hit


def _verdict(value: str | HitVerdict) -> HitVerdict:
    try:
        return HitVerdict(value)
    except ValueError as exc:
        raise ValidationError(f"Unknown verdict '{value}'.", code="verdict_unknown") from exc


def _decide(tx: Tx, hit: repo.Hit, verdict: HitVerdict, reason: str,
            mask_style: str | None) -> None:
    hit.verdict = str(verdict)
    hit.verdict_reason = reason or None
    hit.mask_style = (mask_style or "block") if verdict is HitVerdict.REDACT else None
    hit.decided_by = tx.actor.user_id
    hit.decided_at = tx.now


def decide_hit(ws: Workspace, actor: CurrentUser, document_id: int, hit_id: int,
               verdict: str | HitVerdict, expected_version: int, *, reason: str = "",
               mask_style: str | None = None, all_identical: bool = False) -> Change:
    """Confirm a hit as withhold/redact, or dismiss it with a reason (reviewer).

    ``all_identical`` applies the same decision to every still-undecided hit of the same
    category and text in this document (decisions already taken are never overwritten).
    """
    name = "hit.decide_all_identical" if all_identical else "hit.decide"
    with action(ws, actor, name, role=Role.REVIEWER, document_id=document_id) as tx:
        document = load_document(tx, document_id, expected_version)
        start_reviewing(tx, document)
        hit = _hit(tx, document, hit_id)
        chosen = _verdict(verdict)
        reason = reason.strip()
        if chosen is HitVerdict.DISMISS and not reason:
            raise ValidationError("Dismissing a hit needs a reason.", code="reason_required")
        if mask_style is not None and mask_style not in MASK_STYLES:
            raise ValidationError(f"Unknown mask style '{mask_style}'.", code="mask_unknown")
        previous = hit.verdict
        _decide(tx, hit, chosen, reason, mask_style)
        others: list[int] = []
        if all_identical:
            for other in repo.hits_of(tx.session, document.id):
                if (other.id != hit.id and other.verdict is None and other.text == hit.text
                        and other.category == hit.category):
                    _decide(tx, other, chosen, reason, mask_style)
                    others.append(other.id)
        seq = tx.audit(document=document, payload={
            "hit_id": hit.id, "category": hit.category, "rule": hit.rule_id,
            "span": [hit.start_offset, hit.end_offset], "verdict": str(chosen),
            "previous": previous, "reason": reason, "also_applied_to": others})
        return tx.change(document, seq, hit_ids=(hit.id, *others), verdict=str(chosen))


def undo_decision(ws: Workspace, actor: CurrentUser, document_id: int, hit_id: int,
                  expected_version: int) -> Change:
    """Make a decided hit undecided again (reviewer, while the review is editable)."""
    with action(ws, actor, "hit.undo", role=Role.REVIEWER, document_id=document_id) as tx:
        document = load_document(tx, document_id, expected_version)
        start_reviewing(tx, document)
        hit = _hit(tx, document, hit_id)
        previous = hit.verdict
        hit.verdict = hit.verdict_reason = hit.mask_style = None
        hit.decided_by = None
        hit.decided_at = None
        seq = tx.audit(document=document, payload={"hit_id": hit.id, "previous": previous})
        return tx.change(document, seq, hit_ids=(hit.id,))


def add_manual_mark(ws: Workspace, actor: CurrentUser, document_id: int, expected_version: int,
                    *, category: str | Category, start: int, end: int,
                    verdict: str | HitVerdict = HitVerdict.REDACT, subtype: str | None = None,
                    note: str = "", mask_style: str | None = None) -> Change:
    """Mark a span the scanner missed (reviewer); the mark is decided when it is made."""
    with action(ws, actor, "hit.mark", role=Role.REVIEWER, document_id=document_id) as tx:
        document = load_document(tx, document_id, expected_version)
        start_reviewing(tx, document)
        try:
            cat = Category(category)
        except ValueError as exc:
            raise ValidationError(f"Unknown category '{category}'.",
                                  code="category_unknown") from exc
        chosen = _verdict(verdict)
        if chosen is HitVerdict.DISMISS:
            raise ValidationError("A manual mark is withheld or redacted, not dismissed; "
                                  "remove it instead.", code="verdict_invalid")
        text_row = repo.document_text(tx.session, document.id)
        text = text_row.text if text_row else ""
        if not 0 <= start < end <= len(text):
            raise ValidationError("The marked span lies outside the text.",
                                  code="span_invalid")
        hit = repo.Hit(document_id=document.id, category=str(cat), subtype=subtype,
                       rule_id="manual", start_offset=start, end_offset=end,
                       text=text[start:end], score=1.0, legal_ground=DEFAULT_LEGAL_GROUND[cat],
                       explanation=note.strip(), location=_location(text_row, start),
                       negative_list_version=document.negative_list_version, is_manual=True,
                       created_by=tx.actor.user_id)
        _decide(tx, hit, chosen, note.strip(), mask_style)
        tx.session.add(hit)
        tx.session.flush()
        seq = tx.audit(document=document, payload={
            "hit_id": hit.id, "category": str(cat), "subtype": subtype, "span": [start, end],
            "verdict": str(chosen), "note": note.strip()})
        return tx.change(document, seq, hit_ids=(hit.id,))


def remove_manual_mark(ws: Workspace, actor: CurrentUser, document_id: int, hit_id: int,
                       expected_version: int) -> Change:
    with action(ws, actor, "hit.unmark", role=Role.REVIEWER, document_id=document_id) as tx:
        document = load_document(tx, document_id, expected_version)
        start_reviewing(tx, document)
        hit = _hit(tx, document, hit_id)
        if not hit.is_manual:
            raise ValidationError("Only manual marks can be removed; dismiss a scanner hit "
                                  "with a reason instead.", code="not_manual")
        payload = {"hit_id": hit.id, "category": hit.category,
                   "span": [hit.start_offset, hit.end_offset]}
        repo.delete_hits(tx.session, [hit.id])
        seq = tx.audit(document=document, payload=payload)
        return tx.change(document, seq, hit_ids=(hit_id,))


def _location(text_row: repo.DocumentText | None, offset: int) -> dict:
    for segment in (text_row.segments if text_row else None) or []:
        if segment["start"] <= offset < segment["end"]:
            return dict(segment["location"])
    return {}


def confirm_manual_read(ws: Workspace, actor: CurrentUser, document_id: int,
                        expected_version: int) -> Change:
    """The reviewer confirms reading the original in full (text extraction was incomplete)."""
    with action(ws, actor, "document.confirm_manual_read", role=Role.REVIEWER,
                document_id=document_id) as tx:
        document = load_document(tx, document_id, expected_version)
        start_reviewing(tx, document)
        document.manual_read_confirmed = True
        seq = tx.audit(document=document, payload={"text_complete": document.text_complete})
        return tx.change(document, seq)


def propose_attribute(ws: Workspace, actor: CurrentUser, document_id: int,
                      expected_version: int, attribute: str | DisclosureAttribute, *,
                      reason: str = "", legal_ground: str = "") -> Change:
    """Propose the disclosure attribute with its reason and legal ground (reviewer)."""
    with action(ws, actor, "document.propose", role=Role.REVIEWER,
                document_id=document_id) as tx:
        document = load_document(tx, document_id, expected_version)
        start_reviewing(tx, document)
        try:
            chosen = DisclosureAttribute(attribute)
        except ValueError as exc:
            raise ValidationError(f"Unknown attribute '{attribute}'.",
                                  code="attribute_unknown") from exc
        document.proposed_attribute = str(chosen)
        document.proposal_reason = reason.strip() or None
        document.proposal_ground = legal_ground.strip() or None
        document.proposed_by = tx.actor.user_id
        seq = tx.audit(document=document, payload={
            "attribute": str(chosen), "reason": reason.strip(),
            "legal_ground": legal_ground.strip()})
        return tx.change(document, seq, attribute=str(chosen))
