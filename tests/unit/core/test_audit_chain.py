"""The rules of one audit chain link, and how the database verifier stops at the first break."""

from __future__ import annotations

from dataclasses import replace

import pytest

from workbench.core.audit_chain import (
    GENESIS_HASH,
    ChainBreak,
    ChainedEvent,
    LinkCheck,
    canonical_json,
    check_link,
    event_hash,
    verify_chain,
)

INTACT = LinkCheck(follows=True, linked=True, hash_ok=True)


def _chain(count: int = 4) -> list[tuple[ChainedEvent, str]]:
    """A genuine chain, hashed as the database writer hashes it."""
    pairs, prev = [], GENESIS_HASH
    for seq in range(1, count + 1):
        event = ChainedEvent(
            seq=seq, occurred_at=f"2025-05-05T01:0{seq}:00.000000+00:00", actor_id=4,
            actor_name="陈晓东", role="reviewer", action="decide_hit", outcome="ok",
            document_id=31, document_sha256="3f5a9c0e" * 8,
            payload=canonical_json({"hit": seq, "verdict": "withhold"}), prev_hash=prev)
        prev = event_hash(event)
        pairs.append((event, prev))
    return pairs


def _previous(pair: tuple[ChainedEvent, str]) -> tuple[int, str]:
    return pair[0].seq, pair[1]


def test_an_intact_first_event_points_at_genesis() -> None:
    first, stored = _chain()[0]
    assert check_link(first, stored, None) == INTACT


def test_an_intact_link_follows_its_predecessor() -> None:
    chain = _chain()
    event, stored = chain[2]
    assert check_link(event, stored, _previous(chain[1])) == INTACT


@pytest.mark.parametrize(("field", "value"), [
    ("actor_name", "周海燕"),
    ("outcome", "refused"),
    ("payload", canonical_json({"hit": 3, "verdict": "dismiss"})),
    ("document_id", 32),
    ("actor_id", None),
])
def test_a_tampered_field_no_longer_matches_its_stored_hash(field: str, value: object) -> None:
    chain = _chain()
    event, stored = chain[2]
    tampered = replace(event, **{field: value})
    assert check_link(tampered, stored, _previous(chain[1])) == LinkCheck(
        follows=True, linked=True, hash_ok=False)


def test_a_rehashed_forgery_breaks_the_next_link() -> None:
    """Rewriting an event and its hash leaves the next event pointing at the old hash."""
    chain = _chain()
    forged = replace(chain[1][0], actor_name="周海燕")
    next_event, next_stored = chain[2]
    check = check_link(next_event, next_stored, (forged.seq, event_hash(forged)))
    assert check == LinkCheck(follows=True, linked=False, hash_ok=True)


def test_a_first_event_not_pointing_at_genesis_is_a_broken_link() -> None:
    event = replace(_chain()[0][0], prev_hash="f" * 64)
    assert check_link(event, event_hash(event), None) == LinkCheck(
        follows=True, linked=False, hash_ok=True)


def test_event_one_is_held_to_genesis_even_after_another_row() -> None:
    """A forged "event 0" in front cannot vouch for event 1's predecessor."""
    forged = replace(_chain()[0][0], prev_hash="e" * 64)
    check = check_link(forged, event_hash(forged), (0, "e" * 64))
    assert check.linked is False


def test_a_sequence_gap_leaves_the_link_unchecked() -> None:
    chain = _chain()
    event, stored = chain[3]
    check = check_link(event, stored, _previous(chain[1]))
    assert check == LinkCheck(follows=False, linked=None, hash_ok=True)


def test_a_chain_that_does_not_start_at_one_is_out_of_sequence() -> None:
    event, stored = _chain()[2]
    assert check_link(event, stored, None) == LinkCheck(follows=False, linked=None, hash_ok=True)


def test_a_repeated_sequence_number_does_not_follow() -> None:
    chain = _chain()
    event, stored = chain[1]
    assert not check_link(event, stored, _previous(chain[1])).follows


def test_verify_chain_accepts_an_intact_chain() -> None:
    chain = _chain()
    report = verify_chain(chain)
    assert report.intact and report.events == 4 and report.head_hash == chain[-1][1]


def test_verify_chain_of_nothing_ends_at_genesis() -> None:
    report = verify_chain([])
    assert report.intact and (report.events, report.head_hash) == (0, GENESIS_HASH)


def test_verify_chain_stops_at_a_tampered_event() -> None:
    chain = _chain()
    chain[1] = replace(chain[1][0], outcome="refused"), chain[1][1]
    chain[3] = replace(chain[3][0], outcome="refused"), chain[3][1]
    report = verify_chain(chain)
    assert report.first_break == ChainBreak(2, "hash_mismatch")
    assert (report.events, report.head_hash) == (2, chain[0][1])  # stopped there


def test_verify_chain_names_a_deleted_event_as_a_gap() -> None:
    chain = _chain()
    del chain[1]
    assert verify_chain(chain).first_break == ChainBreak(3, "gap")


def test_verify_chain_reports_a_bad_link_before_the_event_s_own_hash() -> None:
    chain = _chain()
    event, stored = chain[2]
    chain[2] = replace(event, prev_hash="a" * 64), stored  # both the link and the hash fail
    assert verify_chain(chain).first_break == ChainBreak(3, "prev_mismatch")


def test_verify_chain_holds_the_first_event_to_genesis() -> None:
    chain = _chain()
    event = replace(chain[0][0], prev_hash="b" * 64)
    chain[0] = event, event_hash(event)
    assert verify_chain(chain).first_break == ChainBreak(1, "prev_mismatch")
