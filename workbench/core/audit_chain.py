"""The audit hash chain: how one event's hash is computed, and how a chain is verified.

Pure functions, shared by the database writer, ``workbench audit verify`` and the exports, so an
inspector's check and the application's agree byte for byte. :func:`check_link` holds the rules
of one link; :func:`verify_chain` (the database) and the export verifier only decide what to do
with its findings.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

#: The hash that the first event points back to.
GENESIS_HASH = "0" * 64


def canonical_json(payload: Mapping[str, Any] | None) -> str:
    """Stable JSON text: sorted keys, no spaces, real UTF-8 (what is stored and hashed)."""
    return json.dumps(payload or {}, sort_keys=True, ensure_ascii=False, separators=(",", ":"),
                      default=str)


@dataclass(frozen=True)
class ChainedEvent:
    """The fields of one event that the hash covers, in stored form."""

    seq: int
    occurred_at: str  # ISO 8601 UTC, exactly as stored
    actor_id: int | None
    actor_name: str
    role: str | None
    action: str
    outcome: str
    document_id: int | None
    document_sha256: str | None
    payload: str  # canonical JSON text, exactly as stored
    prev_hash: str


def event_hash(event: ChainedEvent) -> str:
    """SHA-256 over a canonical serialisation of every covered field."""
    material = canonical_json({
        "seq": event.seq,
        "occurred_at": event.occurred_at,
        "actor_id": event.actor_id,
        "actor_name": event.actor_name,
        "role": event.role,
        "action": event.action,
        "outcome": event.outcome,
        "document_id": event.document_id,
        "document_sha256": event.document_sha256,
        "payload": event.payload,
        "prev_hash": event.prev_hash,
    })
    return hashlib.sha256(material.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class LinkCheck:
    """What one event's stored values say about its place in the chain."""

    follows: bool  # its seq is the one after the previous event's (1 when there is none)
    linked: bool | None  # prev_hash is the predecessor's hash; None: predecessor not at hand
    hash_ok: bool  # the stored hash recomputes from the event's fields


def check_link(event: ChainedEvent, stored_hash: str,
               previous: tuple[int, str] | None) -> LinkCheck:
    """Check one event against its stored hash and the event before it.

    Args:
        event: The event's hashed fields, as stored (or as read back from an export).
        stored_hash: The hash stored (or printed) beside it.
        previous: ``(seq, stored hash)`` of the event read just before it, if any.
    """
    if event.seq == 1:
        # Event 1 must point at genesis even when something was read before it, or a forged
        # "event 0" could supply any predecessor hash it likes.
        expected_prev: str | None = GENESIS_HASH
    elif previous is not None and previous[0] == event.seq - 1:
        expected_prev = previous[1]
    else:
        expected_prev = None
    return LinkCheck(
        follows=event.seq == (1 if previous is None else previous[0] + 1),
        linked=None if expected_prev is None else event.prev_hash == expected_prev,
        hash_ok=event_hash(event) == stored_hash,
    )


@dataclass(frozen=True)
class ChainBreak:
    """The first event whose stored values do not match the chain."""

    seq: int
    reason: str  # hash_mismatch, prev_mismatch, gap


@dataclass(frozen=True)
class ChainReport:
    events: int
    head_hash: str
    first_break: ChainBreak | None

    @property
    def intact(self) -> bool:
        return self.first_break is None


def verify_chain(events: Iterable[tuple[ChainedEvent, str]]) -> ChainReport:
    """Recompute the chain over ``(event, stored_hash)`` pairs in sequence order."""
    previous: tuple[int, str] | None = None
    count = 0
    head = GENESIS_HASH
    for event, stored_hash in events:
        count += 1
        link = check_link(event, stored_hash, previous)
        # The database holds the whole chain, so a missing predecessor is a break, not a
        # filter; the position is judged before the link, the link before the event's own hash.
        if not link.follows:
            return ChainReport(count, head, ChainBreak(event.seq, "gap"))
        if not link.linked:
            return ChainReport(count, head, ChainBreak(event.seq, "prev_mismatch"))
        if not link.hash_ok:
            return ChainReport(count, head, ChainBreak(event.seq, "hash_mismatch"))
        previous = event.seq, stored_hash
        head = stored_hash
    return ChainReport(count, head, None)
