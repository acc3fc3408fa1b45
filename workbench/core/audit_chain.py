"""The audit hash chain: how one event's hash is computed, and how a chain is verified.

Pure functions, shared by the database writer, ``workbench audit verify`` and the exports, so an
inspector's check and the application's agree byte for byte.
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
    expected_prev = GENESIS_HASH
    expected_seq = 1
    count = 0
    head = GENESIS_HASH
    for event, stored_hash in events:
        count += 1
        if event.seq != expected_seq:
            return ChainReport(count, head, ChainBreak(event.seq, "gap"))
        if event.prev_hash != expected_prev:
            return ChainReport(count, head, ChainBreak(event.seq, "prev_mismatch"))
        if event_hash(event) != stored_hash:
            return ChainReport(count, head, ChainBreak(event.seq, "hash_mismatch"))
        expected_prev = head = stored_hash
        expected_seq += 1
    return ChainReport(count, head, None)
