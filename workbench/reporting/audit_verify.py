"""Verify an exported audit file on its own, without the database: recompute every row's hash.

This is the inspector's check. It trusts nothing but the file and
:mod:`workbench.core.audit_chain`: each row's hash is recomputed from the row's own values, each
row whose predecessor is in the file must link to it, and a complete export (every event from 1
to the head) must end at the head hash printed in its summary.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from openpyxl import load_workbook

from workbench.core.audit_chain import ChainedEvent, check_link
from workbench.core.errors import EnvironmentProblem, ValidationError
from workbench.reporting import audit_format


class Links(StrEnum):
    COMPLETE = "complete"  # events 1..head, every link checked, head hash compared
    PARTIAL = "partial"  # a filtered selection: own hashes checked, links only where adjacent


@dataclass(frozen=True)
class RowProblem:
    seq: int
    reason: str  # hash_mismatch | prev_mismatch | not_genesis | head_mismatch


@dataclass(frozen=True)
class ExportVerification:
    """What the independent check found in one exported file."""

    rows: int
    stated_rows: int | None
    head_hash: str  # as printed in the file's summary
    head_seq: int | None
    links: Links
    links_checked: int
    problems: tuple[RowProblem, ...]

    @property
    def intact(self) -> bool:
        return not self.problems and self.stated_rows == self.rows

    @property
    def first_bad_seq(self) -> int | None:
        return self.problems[0].seq if self.problems else None


def verify_events(events: Iterable[tuple[ChainedEvent, str]], *, head_hash: str,
                  head_seq: int | None, stated_rows: int | None = None) -> ExportVerification:
    """Check rows read back from an export (in file order)."""
    problems: list[RowProblem] = []
    previous: tuple[int, str] | None = None
    first_seq: int | None = None
    count = links = 0
    for event, stated_hash in events:
        count += 1
        first_seq = event.seq if first_seq is None else first_seq
        link = check_link(event, stated_hash, previous)
        # A filtered export skips events, so a row whose predecessor is not in the file is no
        # problem: its own hash is still checked, its link cannot be (``linked`` is None).
        if not link.hash_ok:
            problems.append(RowProblem(event.seq, "hash_mismatch"))
        if link.linked is not None:
            links += 1
        if link.linked is False:
            reason = "not_genesis" if event.seq == 1 else "prev_mismatch"
            problems.append(RowProblem(event.seq, reason))
        previous = event.seq, stated_hash
    complete = (previous is not None and first_seq == 1 and links == count
                and previous[0] == head_seq)
    if complete and previous is not None and previous[1] != head_hash:
        problems.append(RowProblem(previous[0], "head_mismatch"))
    if previous is None and head_seq == 0:
        complete = True  # an empty chain, exported whole
    return ExportVerification(
        rows=count, stated_rows=stated_rows, head_hash=head_hash, head_seq=head_seq,
        links=Links.COMPLETE if complete else Links.PARTIAL, links_checked=links,
        problems=tuple(problems),
    )


def _int(text: str) -> int | None:
    try:
        return int(text)
    except (TypeError, ValueError):
        return None


def _rows_from_table(lines: Iterator[list[str]]) -> tuple[dict[str, str], list[tuple[int, dict]]]:
    """Split summary lines from the data rows (found by the header of field names)."""
    summary: dict[str, str] = {}
    header: list[str] | None = None
    rows: list[tuple[int, dict[str, str]]] = []
    for number, cells in enumerate(lines, start=1):
        if header is None:
            if cells and cells[0] == "seq" and "hash" in cells:
                header = cells
                missing = set(audit_format.FIELDS) - set(header)
                if missing:
                    raise ValidationError(f"The header lacks {sorted(missing)}.",
                                          code="audit_file_malformed")
            elif cells and (key := audit_format.parse_summary_label(cells[0])):
                summary[key] = cells[1] if len(cells) > 1 else ""
            continue
        if any(cells):
            rows.append((number, dict(zip(header, cells, strict=False))))
    if header is None:
        raise ValidationError("This is not a workbench audit export (no header row).",
                              code="audit_file_malformed")
    return summary, rows


def _verify_table(lines: Iterator[list[str]]) -> ExportVerification:
    summary, rows = _rows_from_table(lines)
    events = [audit_format.row_from_cells(cells, number) for number, cells in rows]
    return verify_events(events, head_hash=summary.get("head_hash", ""),
                         head_seq=_int(summary.get("head_seq", "")),
                         stated_rows=_int(summary.get("rows", "")))


def _open_error(path: Path, exc: OSError) -> EnvironmentProblem:
    return EnvironmentProblem(f"{path} cannot be read: {exc.strerror or exc}.",
                              code="audit_file_unreadable", path=str(path))


def verify_audit_csv(path: str | os.PathLike[str]) -> ExportVerification:
    """Read an exported CSV back and recompute its chain.

    Returns:
        The findings; ``intact`` is true when every row's hash recomputes, every checked link
        holds and the file has as many rows as its summary says. ``links`` tells whether the
        file was the whole chain or a filtered part of it.

    Raises:
        ValidationError: The file is not an audit export (or was reformatted beyond reading).
        EnvironmentProblem: The file cannot be read.
    """
    target = Path(path)
    try:
        with target.open(encoding="utf-8-sig", newline="") as handle:
            return _verify_table(csv.reader(handle))
    except OSError as exc:
        raise _open_error(target, exc) from exc
    except (UnicodeDecodeError, csv.Error) as exc:
        raise ValidationError(f"{target} is not a UTF-8 CSV audit export.",
                              code="audit_file_malformed") from exc


def _xlsx_lines(worksheet: Any) -> Iterator[list[str]]:  # a read-only openpyxl worksheet
    for values in worksheet.iter_rows(values_only=True):
        yield ["" if value is None else str(value) for value in values]


def verify_audit_xlsx(path: str | os.PathLike[str]) -> ExportVerification:
    """Read an exported XLSX back (rows and summary sheets) and verify it.

    Raises:
        ValidationError: The file is not an audit export.
        EnvironmentProblem: The file cannot be read.
    """
    target = Path(path)
    try:
        workbook = load_workbook(target, read_only=True, data_only=True)
    except OSError as exc:
        raise _open_error(target, exc) from exc
    except Exception as exc:  # openpyxl raises zipfile/KeyError/... for files that are not xlsx
        raise ValidationError(f"{target} is not an XLSX audit export.",
                              code="audit_file_malformed") from exc
    try:
        if not {audit_format.INFO_SHEET, audit_format.ROWS_SHEET} <= set(workbook.sheetnames):
            raise ValidationError(f"{target} is not an XLSX audit export.",
                                  code="audit_file_malformed")

        def lines() -> Iterator[list[str]]:
            yield from _xlsx_lines(workbook[audit_format.INFO_SHEET])
            yield from _xlsx_lines(workbook[audit_format.ROWS_SHEET])

        return _verify_table(lines())
    finally:
        workbook.close()
