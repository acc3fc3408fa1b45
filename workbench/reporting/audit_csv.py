"""The audit trail as CSV: UTF-8 with BOM (so Excel and WPS show Chinese), summary, then rows.

Layout (see :mod:`workbench.reporting.audit_format` for recomputing each hash)::

    政务公开保密审查工作台 审计记录导出
    格式 (format),workbench-audit/1
    ...                                  one ``标签 (key),value`` line per summary fact
    链头哈希 (head_hash),<64 hex>
    核验方法：...
    <empty line>
    seq,occurred_at,actor_id,...,prev_hash,hash     the header: the hashed field names
    1,2025-03-01T01:02:03.000004+00:00,...          one line per event, values exactly as stored

Open it to read; to verify, use :func:`workbench.reporting.audit_verify.verify_audit_csv` on the
file as exported (a spreadsheet that re-saves it may reformat numbers and times).
"""

from __future__ import annotations

import csv
import os
from pathlib import Path

from workbench.reporting import audit_format
from workbench.reporting.atomic import check_target, write_atomically
from workbench.reporting.labels import PRODUCT_NAME
from workbench.reporting.records import AuditTrail

TITLE = f"{PRODUCT_NAME} 审计记录导出"


def write_audit_csv(trail: AuditTrail, path: str | os.PathLike[str]) -> str:
    """Write the audit rows with the chain's summary as CSV (UTF-8 with BOM, CRLF lines).

    Args:
        trail: The selected events and the facts about the whole chain.
        path: The .csv file to create or replace (written atomically).

    Returns:
        The SHA-256 of the written file.

    Raises:
        ValidationError: The rows are out of order or carry malformed digests.
        EnvironmentProblem: The file cannot be written.
    """
    check_target(path)
    audit_format.validate(trail)
    summary = audit_format.summary(trail)

    def write(temp: Path) -> None:
        with temp.open("w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle, lineterminator="\r\n")  # what Excel and WPS expect
            writer.writerow([TITLE])
            for key, value in summary.items:
                writer.writerow([audit_format.summary_key_label(key), value])
            writer.writerow([audit_format.HOW_TO_VERIFY_ZH])
            writer.writerow([])
            writer.writerow(audit_format.FIELDS)
            for row in trail.rows:
                writer.writerow([audit_format.cell_text(row, name)
                                 for name in audit_format.FIELDS])

    return write_atomically(path, write)
