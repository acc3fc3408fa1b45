"""Compare two drafts paragraph by paragraph and map spans of unchanged text between them."""

from __future__ import annotations

import difflib
from dataclasses import dataclass

from workbench.services.results import DraftDiff

SAMPLE_LIMIT = 5
SAMPLE_CHARS = 60


def _lines(text: str) -> tuple[list[str], list[int]]:
    """Paragraphs (lines) with the offset each starts at."""
    lines = text.split("\n")
    starts, pos = [], 0
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    return lines, starts


def _short(text: str) -> str:
    return text if len(text) <= SAMPLE_CHARS else text[: SAMPLE_CHARS - 1] + "…"


@dataclass(frozen=True)
class SpanMap:
    """Blocks of identical text: (new_start, new_end, old_start) character ranges."""

    blocks: tuple[tuple[int, int, int], ...]

    def old_span(self, start: int, end: int) -> tuple[int, int] | None:
        """Where ``[start, end)`` of the new text was in the old one, if it is unchanged."""
        for new_start, new_end, old_start in self.blocks:
            if new_start <= start and end <= new_end:
                shift = old_start - new_start
                return start + shift, end + shift
        return None


def compare(old: str, new: str, previous_document_id: int) -> tuple[DraftDiff, SpanMap]:
    """Paragraph-level diff (fast on long texts, and what a reviewer thinks in)."""
    old_lines, old_starts = _lines(old)
    new_lines, new_starts = _lines(new)
    matcher = difflib.SequenceMatcher(None, old_lines, new_lines, autojunk=False)
    added = removed = changed = unchanged = 0
    samples: list[tuple[str, str, str]] = []
    blocks: list[tuple[int, int, int]] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            unchanged += sum(1 for line in new_lines[j1:j2] if line.strip())
            new_end = new_starts[j2 - 1] + len(new_lines[j2 - 1])
            blocks.append((new_starts[j1], new_end, old_starts[i1]))
            continue
        old_part = [line for line in old_lines[i1:i2] if line.strip()]
        new_part = [line for line in new_lines[j1:j2] if line.strip()]
        common = min(len(old_part), len(new_part))
        changed += common
        removed += len(old_part) - common
        added += len(new_part) - common
        if len(samples) < SAMPLE_LIMIT and (old_part or new_part):
            kind = "changed" if old_part and new_part else ("removed" if old_part else "added")
            samples.append((kind, _short(" ".join(old_part)), _short(" ".join(new_part))))
    diff = DraftDiff(previous_document_id=previous_document_id, paragraphs_added=added,
                     paragraphs_removed=removed, paragraphs_changed=changed,
                     paragraphs_unchanged=unchanged, samples=tuple(samples))
    return diff, SpanMap(tuple(blocks))


def diff_payload(diff: DraftDiff) -> dict[str, int]:
    """The counts as they go into the audit event (no document text in the trail)."""
    return {"previous_document_id": diff.previous_document_id,
            "added": diff.paragraphs_added, "removed": diff.paragraphs_removed,
            "changed": diff.paragraphs_changed, "unchanged": diff.paragraphs_unchanged}
